import path from 'node:path';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import webpack from 'webpack';
import { afterAll, describe, expect, it } from 'vitest';
import { packedApp } from './packedApp';

// `"sideEffects": false` once let webpack drop `import 'api-error-kit/styles.css'`: a production
// build of an app that imports the kit's styles must keep them.
const app = packedApp();
afterAll(() => app.remove());

describe('a webpack production build of an app', () => {
  it('keeps the kit’s styles and shakes the fallbacks it does not use', async () => {
    app.write('src/index.js', "import 'api-error-kit/styles.css';\nimport { GenericFallback } from 'api-error-kit';\nexport { GenericFallback };\n");
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack(
        {
          mode: 'production',
          context: app.dir,
          entry: './src/index.js',
          output: { path: path.join(app.dir, 'dist'), library: { type: 'module' } },
          experiments: { outputModule: true },
          externals: { react: 'react', 'react-dom': 'react-dom', 'react/jsx-runtime': 'react/jsx-runtime', 'react-error-boundary': 'react-error-boundary' },
          externalsType: 'module',
          module: { rules: [{ test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] }] },
          plugins: [new MiniCssExtractPlugin()],
          resolveLoader: { modules: [path.resolve(import.meta.dirname, '../../node_modules')] },
        },
        (failure, result) => (failure || !result ? reject(failure ?? new Error('no stats')) : resolve(result)),
      );
    });
    expect(stats.hasErrors()).toBe(false);
    const assets = stats.toJson({ assets: true }).assets ?? [];
    const css = assets.find((asset) => asset.name.endsWith('.css'));
    expect(css).toBeDefined();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path.join(app.dir, 'dist', css?.name ?? ''), 'utf8')).toContain('.aek-fallback');
    const script = assets.find((asset) => /\.m?js$/.test(asset.name));
    const js = readFileSync(path.join(app.dir, 'dist', script?.name ?? ''), 'utf8');
    // The fallbacks the app never imported are not in its bundle.
    expect(js).not.toContain('aek-fallback--quota');
    expect(js).not.toContain('aek-fallback--plex');
  });
});

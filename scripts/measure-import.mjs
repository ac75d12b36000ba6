import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [entryCode, ...rest] = process.argv.slice(2);
const result = await build({ stdin: { contents: entryCode, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', metafile: true, external: ['react', 'react-dom', 'react-error-boundary', '@tanstack/react-query', 'react/jsx-runtime'], platform: 'browser', define: { 'process.env.NODE_ENV': '"production"' } });
const out = result.outputFiles[0].contents;
console.log('total min', out.length, 'gz', gzipSync(out, { level: 9 }).length);
const inputs = Object.entries(result.metafile.outputs)[0][1].inputs;
const rows = Object.entries(inputs).map(([f, v]) => [v.bytesInOutput, f]).sort((a, b) => b[0] - a[0]);
for (const [b, f] of rows.slice(0, Number(rest[0] ?? 25))) console.log(String(b).padStart(7), f);

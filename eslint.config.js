import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist', 'storybook-static', 'public', 'coverage', 'reports', 'node_modules', '.stryker-tmp', '.openapi-generated'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Server text is data: render it as text, never as HTML.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'Server text is data: render it as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/core is framework-free: no React.' },
            { group: ['@tanstack/*', 'react-error-boundary'], message: 'src/core is framework-free.' },
            { group: ['../react/*', '../../react/*', '../react-query/*', '../../react-query/*'], message: 'src/core never imports the React layers.' },
          ],
        },
      ],
    },
  },
  {
    // The root entry and its React layer work without react-query or a router: only the
    // react-query entry imports it, and apps bring their own router.
    files: ['src/index.ts', 'src/react/**', 'src/fetch/**', 'src/dialects.ts', 'src/redact/**', 'src/locales/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tanstack/*', 'react-router', 'react-router-dom', 'next', 'next/*', 'swr'], message: 'The root entry imports no data library or router: an adapter entry does.' },
            { group: ['../react-query/*', '../../react-query/*'], message: 'The root entry never imports the react-query adapter.' },
          ],
        },
      ],
    },
  },
  {
    // The SWR adapter is for apps without react-query: it never imports it.
    files: ['src/swr/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tanstack/*', '../react-query/*', '../../react-query/*'], message: 'The SWR entry works with react-query uninstalled.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/fetch/**', 'src/redact/**', 'src/dialects.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '../react/*', '../../react/*'], message: 'Framework-free entries, importable on a server: no React.' },
            { group: ['@tanstack/*', 'react-router', 'next', 'next/*', 'swr'], message: 'Framework-free entries import no data library or router.' },
          ],
        },
      ],
    },
  },
);

// Lint rules: typescript-eslint's recommended set, and the import boundaries of STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const boundary = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: `src/${from} may not import this (see the import table in STYLE.md).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The pure engines run in Node too: no extension API, no DOM-side code.
  boundary('detect', ['webextension-polyfill', '../*', 'idb', 'preact*']),
  boundary('kb', ['webextension-polyfill', '../content/*', '../background/*', '../popup/*', '../options/*', 'preact*']),
  boundary('packs', [
    'webextension-polyfill',
    '../content/*',
    '../background/*',
    '../popup/*',
    '../options/*',
    'preact*',
  ]),
  // The content script runs in every page: never the KB, never the database library.
  boundary('content', ['idb', '../kb/db', '../kb/queries', '../packs/*', '../background/*']),
);

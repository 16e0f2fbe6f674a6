// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would break a process boundary, with the reason shown to whoever tries. */
const rendererBoundary = {
  paths: [
    {
      name: 'electron',
      message: 'The renderer talks to main only through the bridge (src-renderer/bridge).',
    },
  ],
  patterns: [
    { group: ['node:*'], message: 'The renderer runs in a sandboxed web page: no Node modules.' },
    { group: ['**/src-main/**'], message: 'The renderer never imports main-process code.' },
  ],
};

/** The engine (src-renderer/sip) is plain TypeScript: stores and components adapt it to Vue. */
const engineBoundary = {
  paths: [
    ...rendererBoundary.paths,
    { name: 'vue', message: 'sip/ is free of Vue: keep reactivity in the stores.' },
    { name: 'pinia', message: 'sip/ is free of Pinia: stores subscribe to the engine, not back.' },
  ],
  patterns: [
    ...rendererBoundary.patterns,
    { group: ['@vue/*', 'pinia/*', 'vue/*'], message: 'sip/ is free of Vue and Pinia.' },
  ],
};

const rawIpc = {
  selector: 'ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]',
  message:
    'Use the typed bridge helpers (src-main/shell/ipc-main.ts, src-preload/index.ts), never raw IPC.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', '.tmp/**', 'node_modules/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', rendererBoundary] },
  },
  {
    files: ['src-renderer/sip/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', engineBoundary] },
  },
  {
    // Type-only imports are erased at build time, so import-x does not count them as a cycle.
    files: ['src-*/**/*.{ts,vue}'],
    plugins: { 'import-x': importX },
    // import-x parses a .vue dependency with this file's parser options: name the script parser.
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.vue', '.js'] })],
      'import-x/extensions': ['.ts', '.vue', '.js'],
      'import-x/parsers': { 'vue-eslint-parser': ['.vue'], '@typescript-eslint/parser': ['.ts'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: [
      'src-main/**/*.ts',
      'src-preload/**/*.ts',
      'tests/**/*.ts',
      '*.config.{ts,js}',
      'scripts/**/*.mjs',
      'tests/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-renderer/**'], message: 'Main never imports the renderer.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', rawIpc],
    },
  },
  {
    // Services are the testable logic: Electron reaches them only through injected ports.
    files: ['src-main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Services take Electron through a port; import it in src-main/shell/.',
            },
          ],
          patterns: [
            { group: ['**/src-renderer/**'], message: 'Main never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // Services stay readable: a function that grows past a screen is where the next feature will
    // be hard to place (the composition root included).
    files: ['src-main/services/**/*.ts'],
    ignores: ['src-main/services/**/*.test.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Shared with the renderer (the bridge contract, the dial rules, the history export): no
    // Electron, no Node.
    files: [
      'src-preload/contract/**/*.ts',
      'src-preload/dial-rules/**/*.ts',
      'src-preload/history-export/**/*.ts',
      'src-preload/diagnostics/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'This code is shared with the renderer: keep it free of Electron.',
            },
          ],
          patterns: [
            { group: ['node:*'], message: 'This code runs in the renderer too.' },
            {
              group: ['**/src-main/**', '**/src-renderer/**'],
              message: 'Shared code imports neither process.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/shell/ipc-main.ts', 'src-preload/index.ts', 'src-preload/popup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src-preload/**/*.ts'],
    ignores: ['src-preload/index.ts', 'src-preload/popup.ts'],
    rules: { 'no-restricted-syntax': ['error', rawIpc] },
  },
  prettier,
);

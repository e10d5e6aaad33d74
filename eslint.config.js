// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * Layer rules (see ../shared/design/architecture.md): a wrong-way import is a lint error, so CI
 * fails on it. test/lint/layers.test.ts proves each rule fires.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const noNode = { group: nodeBuiltins, message: 'This layer must not use Node built-ins.' };
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron.' };
const noReact = { group: ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*'], message: 'React belongs in renderer/ (and documents).' };
// Folder rules match the import path by regular expression, so `../db/open` and `../../db/open` both count.
const noDb = { regex: '^(better-sqlite3(-multiple-ciphers)?$|.*(^|/)db(/|$))', message: 'Only the application side (handlers, hosts) may use the database.' };
// Relative paths only: '@react-pdf/renderer' is a package, not our renderer/.
const noRenderer = { regex: '^(\\.{1,2}/)+(.*/)?renderer(/|$)', message: 'Nothing imports the renderer.' };
const noHandlers = { regex: '^\\.{1,2}/.*(^|/)electron(/|$)', message: 'This layer must not reach into electron/.' };
const onlyContract = { regex: '(^|/)(handlers|main|web-host|log|pdf)(/|$)', message: 'The preload knows only the contract.' };

/** @param {...({group: string[], message: string} | {regex: string, message: string})} patterns */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.data/', 'test-results/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // shared/: pure TypeScript. No Node, no DOM, no React, no Electron, no database.
  {
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: restrict(noNode, noElectron, noReact, noDb, noRenderer, noHandlers),
  },
  // db/: Node and SQLite, never Electron, React or the hosts.
  {
    files: ['db/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(noElectron, noReact, noRenderer, noHandlers),
  },
  // The application side: handlers, web host, logs, documents. Node yes, Electron never.
  {
    files: ['electron/**/*.{ts,tsx}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(noElectron, noRenderer),
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noRenderer],
          paths: [{ name: 'electron', importNames: ['contextBridge', 'ipcRenderer'], message: 'Main never uses the preload APIs.' }],
        },
      ],
    },
  },
  // The preload: only the contract's names and Electron's bridge.
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(noNode, noReact, noDb, noRenderer, onlyContract),
  },
  // renderer/: the browser. No Node, no Electron, no database.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...restrict(noNode, noElectron, noDb, noHandlers),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', 'bench/**/*.ts', 'build/**/*.{js,cjs,ts}', '*.config.{js,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

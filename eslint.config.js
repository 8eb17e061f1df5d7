// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { prDeskPlugin } from './scripts/lint/rules.mjs';

/** Import boundaries from DESIGN.md §2, enforced rather than remembered. */
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url'];
const sharedForbidden = [
  { group: ['electron', 'electron/*', ...nodeModules], message: 'src-main/shared is used by both processes: no Node or Electron.' },
  { group: ['react', 'react-*', 'dexie', '@mantine/*'], message: 'src-main/shared holds pure TypeScript only.' },
  { group: ['**/src-renderer/**', '../../main/**', '../main/**', '**/preload/**'], message: 'src-main/shared imports nothing outside itself.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bench/out/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src-main/shared/**/*.ts'],
    ignores: ['src-main/shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedForbidden }] },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['zod', 'node:*', '**/contract', '**/src-renderer/**'], message: 'The sandboxed preload stays tiny: contextBridge, ipcRenderer and channel names only.' }] },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'pr-desk': prDeskPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...nodeModules], message: 'The renderer never touches Node or Electron: ask main through src-renderer/platform.' },
            { group: ['**/src-main/main/**', '**/src-main/preload/**'], message: 'The renderer may import only src-main/shared.' },
          ],
        },
      ],
      'pr-desk/feature-boundary': 'error',
      'pr-desk/bridge-only-in-platform': 'error',
      'pr-desk/database-access': 'error',
    },
  },
  {
    files: ['src-main/main/**/*.ts'],
    ignores: ['src-main/main/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src-renderer/**', 'react', 'dexie'], message: 'Main never imports renderer code.' }] }],
    },
  },
  {
    // What each folder may import (scripts/lint/layers.mjs, docs/ARCHITECTURE.md): tests beside the code too.
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    plugins: { 'pr-desk': prDeskPlugin },
    rules: { 'pr-desk/layering': 'error' },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
);

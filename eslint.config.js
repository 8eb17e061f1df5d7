// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/** Import boundaries from DESIGN.md §2, enforced rather than remembered. */
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url'];
const sharedForbidden = [
  { group: ['electron', 'electron/*', ...nodeModules], message: 'src-main/shared is used by both processes: no Node or Electron.' },
  { group: ['react', 'react-*', 'dexie', '@mantine/*'], message: 'src-main/shared holds pure TypeScript only.' },
  { group: ['**/src-renderer/**', '../../main/**', '../main/**', '**/preload/**'], message: 'src-main/shared imports nothing outside itself.' },
];

/**
 * A feature imports another feature only through its index.ts (DESIGN.md §2). Path patterns
 * cannot tell `../components/x` inside a feature from `../press/x` across features, so this
 * resolves each relative import and compares feature folders.
 */
/** @type {import('eslint').Rule.RuleModule} */
const featureBoundary = {
  meta: { type: 'problem', messages: { cross: 'Import feature "{{target}}" only through its index.ts.' } },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const own = /\/src-renderer\/features\/([^/]+)\//.exec(file)?.[1];
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (!source.startsWith('.')) return;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
        const match = /\/src-renderer\/features\/([^/]+)(\/.*)?$/.exec(target);
        if (!match || match[1] === own) return;
        if (!match[2] || ['/index', '/data', '/data/index'].includes(match[2])) return;
        context.report({ node, messageId: 'cross', data: { target: match[1] } });
      },
    };
  },
};

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
    plugins: { 'react-hooks': reactHooks, 'pr-desk': { rules: { 'feature-boundary': featureBoundary } } },
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
      'no-restricted-globals': ['error', { name: 'prDesk', message: 'Only src-renderer/platform reads window.prDesk.' }],
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
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
);

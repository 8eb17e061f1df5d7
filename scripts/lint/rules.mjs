// @ts-check
/**
 * The project's own lint rules (eslint.config.js), each tested with ESLint's RuleTester in
 * rules.test.ts. They resolve every relative import of a file, including re-exports and
 * dynamic import(), and compare folders: path patterns alone cannot tell `../model/x` inside a
 * feature from `../../app/x` above it.
 */
import path from 'node:path';
import { MAY_IMPORT, featureOf, layerOf } from './layers.mjs';

/** @typedef {import('eslint').Rule.RuleModule} RuleModule */
/** @typedef {import('eslint').Rule.RuleContext} RuleContext */

/**
 * Calls `check(node, source)` for every import, re-export and literal dynamic import.
 * @param {(node: import('estree').Node, source: string, typeOnly: boolean) => void} check
 */
function eachImport(check) {
  return {
    /** @param {any} node */
    ImportDeclaration(node) {
      check(node, String(node.source.value), node.importKind === 'type');
    },
    /** @param {any} node */
    ExportNamedDeclaration(node) {
      if (node.source) check(node, String(node.source.value), node.exportKind === 'type');
    },
    /** @param {any} node */
    ExportAllDeclaration(node) {
      check(node, String(node.source.value), node.exportKind === 'type');
    },
    /** @param {any} node */
    ImportExpression(node) {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string') check(node, node.source.value, false);
    },
  };
}

/** @param {RuleContext} context @param {string} source */
function resolveTarget(context, source) {
  const file = context.filename.replaceAll('\\', '/');
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
}

/** @type {RuleModule} */
export const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only the folders below it (scripts/lint/layers.mjs).' },
    messages: { upward: '{{from}} may not import {{to}}: {{from}} may import only {{allowed}} (docs/ARCHITECTURE.md).' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    return eachImport((node, source) => {
      if (!source.startsWith('.')) return;
      const target = resolveTarget(context, source);
      const to = layerOf(target);
      if (!to || MAY_IMPORT[from].includes(to)) return;
      // A feature's data/ may read its own feature's pure model (rules and calculations).
      if (from === 'feature-data' && to === 'features' && featureOf(target) === featureOf(context.filename) && /\/model(\/|$)/.test(target)) return;
      context.report({ node, messageId: 'upward', data: { from, to, allowed: MAY_IMPORT[from].join(', ') } });
    });
  },
};

/** @type {RuleModule} */
export const featureBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature is imported from outside only through its index.ts, its data/index.ts or its manifest.ts.' },
    messages: { cross: 'Import feature "{{target}}" only through its index.ts, its data/ entry or its manifest.' },
    schema: [],
  },
  create(context) {
    const own = featureOf(context.filename);
    return eachImport((node, source) => {
      if (!source.startsWith('.')) return;
      const target = resolveTarget(context, source);
      const match = /\/src-renderer\/features\/([^/]+)(\/.*)?$/.exec(target) ?? /^src-renderer\/features\/([^/]+)(\/.*)?$/.exec(target);
      if (!match || match[1] === own) return;
      if (!match[2] || ['/index', '/data', '/data/index', '/manifest'].includes(match[2])) return;
      context.report({ node, messageId: 'cross', data: { target: match[1] } });
    });
  },
};

/** Names from src-renderer/data that are the database itself or take it as an argument. */
const DATABASE_NAME = /^(PrDeskDb|useDb|useLiveDbQuery|useDbCommands|DatabaseContext|openPrDeskDb|liveRows?|readHistory|createAndUpdate|erasePersonWithEdit|unpublishedOps|\w+Repo)$/;

/** @param {string} file */
const isDatabaseFolder = (file) => /(^|\/)src-renderer\/(data|features\/[^/]+\/data)\//.test(file);

/** @type {RuleModule} */
export const databaseAccess = {
  meta: {
    type: 'problem',
    docs: { description: 'Only src-renderer/data and features/*/data touch the database; no .tsx file imports Dexie.' },
    messages: {
      dexieInTsx: 'A component never imports Dexie: read through a hook in the feature\'s data/ folder.',
      database: '"{{name}}" is the database: only src-renderer/data and features/<module>/data may use it. Add a hook or command there.',
      dbFromContext: 'Pages and components do not take the database from useAppData(): call a hook from the feature\'s data/ folder.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const layer = layerOf(file);
    if (!layer || ['shared', 'preload', 'main', 'resources'].includes(layer)) return {};
    const isTsx = file.endsWith('.tsx');
    const own = isDatabaseFolder(file);
    return {
      ...eachImport((node, source) => {
        if (/^dexie(-react-hooks)?(\/|$)/.test(source)) {
          if (isTsx) context.report({ node, messageId: 'dexieInTsx' });
          else if (!own) context.report({ node, messageId: 'database', data: { name: source } });
          return;
        }
        if (own || !source.startsWith('.')) return;
        if (layerOf(resolveTarget(context, source)) !== 'data') return;
        const anyNode = /** @type {any} */ (node);
        for (const spec of anyNode.specifiers ?? []) {
          const name = spec.imported?.name ?? spec.local?.name;
          if (name && DATABASE_NAME.test(name)) context.report({ node: spec, messageId: 'database', data: { name } });
        }
      }),
      /** @param {any} node `const { db } = useAppData()` */
      VariableDeclarator(node) {
        if (own) return;
        if (node.init?.type !== 'CallExpression' || node.init.callee.name !== 'useAppData' || node.id.type !== 'ObjectPattern') return;
        if (node.id.properties.some((p) => p.key?.name === 'db')) context.report({ node, messageId: 'dbFromContext' });
      },
      /** @param {any} node `useAppData().db` */
      MemberExpression(node) {
        if (own) return;
        if (node.object.type === 'CallExpression' && node.object.callee.name === 'useAppData' && node.property.name === 'db') context.report({ node, messageId: 'dbFromContext' });
      },
    };
  },
};

/** @type {RuleModule} */
export const bridgeOnlyInPlatform = {
  meta: {
    type: 'problem',
    docs: { description: 'Only src-renderer/platform reads window.prDesk (the preload bridge).' },
    messages: { bridge: 'Only src-renderer/platform reads window.prDesk: ask main through src-renderer/platform.' },
    schema: [],
  },
  create(context) {
    if (layerOf(context.filename) === 'platform') return {};
    return {
      /** @param {any} node */
      MemberExpression(node) {
        const name = node.property.type === 'Identifier' && !node.computed ? node.property.name : node.property.type === 'Literal' ? node.property.value : null;
        if (name === 'prDesk' && node.object.type === 'Identifier' && ['window', 'globalThis', 'self'].includes(node.object.name)) context.report({ node, messageId: 'bridge' });
      },
      /** @param {any} node a bare `prDesk` global */
      'Program:exit'() {
        const scope = context.sourceCode.scopeManager?.globalScope;
        for (const ref of scope?.through ?? []) if (ref.identifier.name === 'prDesk') context.report({ node: ref.identifier, messageId: 'bridge' });
      },
    };
  },
};

export const prDeskPlugin = {
  meta: { name: 'pr-desk' },
  rules: { layering, 'feature-boundary': featureBoundary, 'database-access': databaseAccess, 'bridge-only-in-platform': bridgeOnlyInPlatform },
};

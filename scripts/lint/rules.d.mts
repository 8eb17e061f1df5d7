// Types for rules.mjs (plain JavaScript so eslint.config.js can load it without a build step).
import type { ESLint, Rule } from 'eslint';

export declare const layering: Rule.RuleModule;
export declare const featureBoundary: Rule.RuleModule;
export declare const databaseAccess: Rule.RuleModule;
export declare const bridgeOnlyInPlatform: Rule.RuleModule;
export declare const prDeskPlugin: ESLint.Plugin;

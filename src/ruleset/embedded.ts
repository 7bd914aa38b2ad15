/**
 * What the bundle embeds at build time (scripts/build.mjs): the built-in rule pack and profiles,
 * already parsed and validated, so a run starts without YAML or schema validation. Undefined
 * when running from the sources (tests), where they are read from rules/ and src/profiles/.
 */
import type { ProfileSource } from '../profiles/profile.js';
import type { RuleDef } from './types.js';

// Embedded as JSON text: V8 parses JSON much faster than the same data as an object literal.
declare const __JIXIAO_BUILTIN_RULES__: string | undefined;
declare const __JIXIAO_BUILTIN_PROFILES__: string | undefined;
declare const __JIXIAO_BUILTIN_RULES_STAMP__: string | undefined;

export const EMBEDDED_RULES: RuleDef[] | undefined = typeof __JIXIAO_BUILTIN_RULES__ !== 'undefined' ? (JSON.parse(__JIXIAO_BUILTIN_RULES__) as RuleDef[]) : undefined;
/** What rules/ held when the pack was embedded: per file, size, mtime and hash (ruleset/fresh.ts). */
export interface RulesStamp {
  [file: string]: { size: number; mtimeMs: number; hash: string };
}

/** What rules/ held when the pack was embedded (ruleset/fresh.ts). */
export const EMBEDDED_RULES_STAMP: RulesStamp | undefined = typeof __JIXIAO_BUILTIN_RULES_STAMP__ !== 'undefined' ? (JSON.parse(__JIXIAO_BUILTIN_RULES_STAMP__) as RulesStamp) : undefined;
export const EMBEDDED_PROFILES: Record<string, ProfileSource> | undefined =
  typeof __JIXIAO_BUILTIN_PROFILES__ !== 'undefined' ? (JSON.parse(__JIXIAO_BUILTIN_PROFILES__) as Record<string, ProfileSource>) : undefined;

/**
 * The CLI's way to a profile: a built-in id from the bundle (no YAML parsing at start-up), else a
 * profile file, whose reader (YAML, schema validation) is loaded only then.
 */
import { EMBEDDED_PROFILES } from '../ruleset/embedded.js';
import { compileProfile, type Profile } from './profile.js';

export async function resolveProfile(idOrPath: string): Promise<Profile> {
  const embedded = EMBEDDED_PROFILES?.[idOrPath];
  if (embedded) return compileProfile(embedded);
  return (await import('./load.js')).loadProfile(idOrPath);
}

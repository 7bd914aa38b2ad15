/**
 * The CLI's way to a profile: a built-in id from the bundle (no YAML parsing at start-up), else a
 * profile file, whose reader (YAML, schema validation) is loaded only then. `auto` offers every
 * built-in outline, picked per document by its headings.
 */
import { EMBEDDED_PROFILES } from '../ruleset/embedded.js';
import { compileProfile, orderProfiles, type Profile } from './profile.js';

export { DEFAULT_PROFILE } from './profile.js';


export async function resolveProfile(idOrPath: string): Promise<Profile> {
  const embedded = EMBEDDED_PROFILES?.[idOrPath];
  if (embedded) return compileProfile(embedded);
  return (await import('./load.js')).loadProfile(idOrPath);
}


export async function builtinProfiles(): Promise<Profile[]> {
  if (EMBEDDED_PROFILES) return orderProfiles(EMBEDDED_PROFILES);
  return orderProfiles((await import('./load.js')).builtinProfileSources());
}

import { createChecker, mergePacks, NATIONAL_PACK, NO_PEOPLE, type Audience, type Checker, type ConferencePeople, type Finding, type LanguagePack } from '../../../shared/language';
import type { WorkerRequest } from './protocol';

type Configuration = Extract<WorkerRequest, { type: 'configure' }>;

/**
 * The checks as the worker runs them: one cached checker per configuration and audience, so a
 * keystroke re-checks only the line that changed. Also used on the page if a worker cannot start.
 */
export function createEngine() {
  const packs = new Map<string, { pack: LanguagePack; names: readonly string[]; places: readonly string[]; people: ConferencePeople }>();
  const checkers = new Map<string, Checker>();
  return {
    configure(configuration: Configuration): void {
      if (packs.has(configuration.key)) return;
      let pack = NATIONAL_PACK;
      if (configuration.authorityPack !== null) {
        try {
          pack = mergePacks(NATIONAL_PACK, configuration.authorityPack);
        } catch {
          // A pack that does not merge is never saved; if one arrives, check with the national pack.
          pack = NATIONAL_PACK;
        }
      }
      packs.set(configuration.key, { pack, names: configuration.names, places: configuration.places, people: configuration.people });
      // Only the latest few configurations matter (the settings preview makes many).
      while (packs.size > 8) {
        const oldest = packs.keys().next().value;
        if (oldest === undefined) break;
        packs.delete(oldest);
        for (const key of [...checkers.keys()]) if (key.startsWith(`${oldest}\u0000`)) checkers.delete(key);
      }
    },
    check(key: string, audience: Audience, text: string): readonly Finding[] {
      const configuration = packs.get(key);
      const checkerKey = `${key}\u0000${audience}`;
      let checker = checkers.get(checkerKey);
      if (!checker) {
        checker = createChecker({ audience, pack: configuration?.pack ?? NATIONAL_PACK, names: configuration?.names ?? [], places: configuration?.places ?? [], people: configuration?.people ?? NO_PEOPLE });
        checkers.set(checkerKey, checker);
      }
      return checker.check(text);
    },
  };
}

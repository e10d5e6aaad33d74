import type { Application } from '../../electron/handlers/app';
import { ok } from './calls';

/**
 * The translator's round trip for one recipient's copy, as a test's translation service does it:
 * export the XLIFF 2 file, put "<prefix> " before each English source as its target, import it.
 */
export async function translateEverything(app: Application, conferenceId: string, recipientId: string, language: string, prefix = language.toUpperCase()) {
  const exported = await ok(app, 'exportTranslation', { conferenceId, recipientId, language });
  const xliff = exported.xliff.replace(/<source>([^<]*)<\/source>/gu, (_whole, english: string) => `<source>${english}</source>\n        <target>${prefix} ${english}</target>`);
  return ok(app, 'importTranslation', { conferenceId, recipientId, language, xliff });
}

/**
 * The conference's own words through the translation service (issue 16): export one recipient's
 * copy's segments as XLIFF 2, import the file that comes back, the copy's status in a language,
 * and the chair's choice to leave a segment in English. Segments are read only from the copy the
 * audience function returns, so a file holds nothing this recipient may not see.
 *
 * An import checks the whole file before it writes anything, and writes it in one transaction:
 * a file for another conference, recipient or language, with ids or English that were changed,
 * or with a translation that could not be stored, is refused and changes nothing.
 */
import { appendAudit } from '../../db/audit/queries';
import { findTranslationExport, insertTranslationExport, listLeftInEnglish, listTranslations, saveTranslations, setLeftInEnglish, type CopyLanguage, type TranslationRow } from '../../db/translation/queries';
import { forRecipient, NoChildInCopyError, type ForRecipient } from '../../shared/audience/for-recipient';
import { everyoneRecipient, familyRecipients, type FamilyRecipient } from '../../shared/audience/recipients';
import { ConflictError, ValidationError } from '../../shared/contract/result';
import type { DocumentSource } from '../../shared/documents/source';
import { BIDI_EMBEDDINGS_AND_OVERRIDES, CONTROL_CHARACTERS, LONE_SURROGATE } from '../../shared/text/fields';
import { MAX_TARGET_CHARACTERS, type ImportTranslation, type LeaveInEnglish, type TranslationCopy, type TranslationExportFile } from '../../shared/translation/schema';
import { copySegments, type Segment } from '../../shared/translation/segments';
import { translationStatus, usableTranslations, type TranslationStatus } from '../../shared/translation/status';
import { translateCopy } from '../../shared/translation/translate-copy';
import { hashSegments } from '../translation/hash';
import { readTranslationFile, TranslationFileError, writeTranslationFile, type FileUnit } from '../translation/xliff-file';
import type { HandlerContext } from './context';
import { gatherDocumentSource } from './document-source';

const WHOSE_COPY = 'Choose whose copy this is.';

/** Everyone in the family who has a copy of any family document. */
function recipients(source: DocumentSource): FamilyRecipient[] {
  const all = [...familyRecipients(source, 'family-version'), ...familyRecipients(source, 'decision-letter'), everyoneRecipient(source)];
  return all.filter((recipient, i) => all.findIndex((r) => r.id === recipient.id) === i);
}

/** One recipient's copy, as the audience function makes it: only what they may see. */
export function recipientCopy(source: DocumentSource, recipientId: string): ForRecipient {
  const recipient = recipients(source).find((r) => r.id === recipientId);
  if (recipient === undefined) throw new ValidationError(WHOSE_COPY, { recipientId: WHOSE_COPY });
  try {
    return forRecipient(source, recipient);
  } catch (error) {
    if (error instanceof NoChildInCopyError) throw new ValidationError(error.message, { recipientId: error.message });
    throw error;
  }
}

/** The segments of one recipient's copy, with the hashes of their English. */
export function recipientSegments(context: HandlerContext, conferenceId: string, recipientId: string): Segment[] {
  return hashSegments(copySegments(recipientCopy(gatherDocumentSource(context, conferenceId), recipientId).source));
}

function statusOf(context: HandlerContext, copy: CopyLanguage, segments: readonly Segment[]): TranslationStatus {
  return translationStatus(segments, listTranslations(context.db, copy), listLeftInEnglish(context.db, copy));
}

/**
 * For the bilingual composition (issue 16): a recipient's copy (as `forRecipient` made it, with any
 * children the chair added) with its own words in the language, refused until every segment is
 * translated or left in English. Segments left in English keep their English.
 */
export function translatedCopy(context: HandlerContext, copy: ForRecipient, recipientId: string, language: string): { copy: ForRecipient; status: TranslationStatus } {
  const segments = hashSegments(copySegments(copy.source));
  const status = statusOf(context, { conferenceId: copy.source.conference.id, recipientId, language }, segments);
  if (!status.complete) {
    const left = status.counts.missing + status.counts['needs-translation-again'];
    throw new ConflictError(`This copy cannot be made in two languages yet: ${left === 1 ? 'one part is' : `${left} parts are`} not translated. Import the translation, or choose to leave ${left === 1 ? 'it' : 'them'} in English.`);
  }
  return { copy: translateCopy(copy, usableTranslations(status)), status };
}

export function getTranslationStatus(context: HandlerContext, request: TranslationCopy): TranslationStatus {
  return statusOf(context, request, recipientSegments(context, request.conferenceId, request.recipientId));
}

export async function exportTranslation(context: HandlerContext, request: TranslationCopy): Promise<TranslationExportFile> {
  const segments = recipientSegments(context, request.conferenceId, request.recipientId);
  if (segments.length === 0) throw new ValidationError('This copy has none of the conference’s own words to translate yet.');
  const exportId = context.newId();
  const xliff = await writeTranslationFile({ conferenceId: request.conferenceId, recipientId: request.recipientId, exportId, language: request.language }, segments);
  const at = context.now().toISOString();
  context.db.transaction(() => {
    insertTranslationExport(context.db, {
      id: exportId,
      conferenceId: request.conferenceId,
      recipientId: request.recipientId,
      language: request.language,
      segmentHashes: Object.fromEntries(segments.map((s) => [s.id, s.hash])),
      madeAt: at,
      madeBy: context.actor,
    });
    appendAudit(context.db, { at, actor: context.actor, action: 'export', entity: 'translation', entityId: exportId, conferenceId: request.conferenceId });
  })();
  // No names in the file's name: it travels by e-mail to the translation service.
  return { fileName: `confer-translation-${request.language}-${exportId.slice(0, 8)}.xlf`, xliff, segments: segments.length };
}

function refuse(message: string): never {
  throw new ValidationError(message, { xliff: message });
}

/** A translation is stored as any long text is: no broken characters, controls or direction overrides. */
function checkedTarget(unit: FileUnit & { target: string }): string {
  const target = unit.target.trim();
  if (target.length > MAX_TARGET_CHARACTERS) refuse(`The translation of the part ${unit.id} is far longer than its English. Check the file with the translation service.`);
  if (CONTROL_CHARACTERS.test(target) || LONE_SURROGATE.test(target) || BIDI_EMBEDDINGS_AND_OVERRIDES.test(target)) {
    refuse(`The translation of the part ${unit.id} holds characters that cannot be stored (hidden or broken characters). Check the file with the translation service.`);
  }
  return target;
}

/** Which stored export the file answers, checked against what the chair chose. */
function checkHeader(context: HandlerContext, request: ImportTranslation, header: { conferenceId: string; recipientId: string; exportId: string; language: string }) {
  if (header.conferenceId !== request.conferenceId) refuse('This file is for another conference. Nothing was imported.');
  if (header.recipientId !== request.recipientId) refuse('This file is for another person’s copy. Choose that copy, or the file for this one. Nothing was imported.');
  if (header.language !== request.language) refuse('This file is a translation into another language. Choose that language, or the file for this one. Nothing was imported.');
  const made = findTranslationExport(context.db, header.exportId);
  if (made === undefined || made.conferenceId !== header.conferenceId || made.recipientId !== header.recipientId || made.language !== header.language) {
    refuse('Confer did not export this file for this copy on this computer. Export the file again and send that one. Nothing was imported.');
  }
  return made;
}

export async function importTranslation(context: HandlerContext, request: ImportTranslation): Promise<{ imported: number; status: TranslationStatus }> {
  let file: Awaited<ReturnType<typeof readTranslationFile>>;
  try {
    file = await readTranslationFile(request.xliff);
  } catch (error) {
    if (error instanceof TranslationFileError) refuse(`${error.message} Nothing was imported.`);
    throw error;
  }
  const made = checkHeader(context, request, file.header);
  const segments = recipientSegments(context, request.conferenceId, request.recipientId);
  const current = new Set(segments.map((s) => s.id));
  const rows: TranslationRow[] = [];
  for (const unit of file.units) {
    // Every unit must be one the export wrote, with the English it wrote.
    const exported = made.segmentHashes[unit.id];
    if (exported === undefined) refuse(`The file has a part Confer did not export (${unit.id}). Its ids may have been changed. Nothing was imported.`);
    if (exported !== unit.hash) refuse(`The part ${unit.id} of the file was changed. Only the translations may be changed: export the file again. Nothing was imported.`);
    // A part no longer in the copy (removed from the record since the export) has nothing to translate.
    if (unit.target === null || unit.target.trim() === '' || !current.has(unit.id)) continue;
    rows.push({ segmentId: unit.id, sourceHash: unit.hash, target: checkedTarget({ ...unit, target: unit.target }) });
  }
  if (rows.length === 0) refuse('The file has no translations in it yet. Nothing was imported.');
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      saveTranslations(context.db, request, made.id, rows, context.actor, at);
      appendAudit(context.db, { at, actor: context.actor, action: 'import', entity: 'translation', entityId: made.id, conferenceId: request.conferenceId });
    })
    .immediate();
  return { imported: rows.length, status: statusOf(context, request, segments) };
}

export function leaveInEnglish(context: HandlerContext, request: LeaveInEnglish): TranslationStatus {
  const segments = recipientSegments(context, request.conferenceId, request.recipientId);
  if (!segments.some((s) => s.id === request.segmentId)) throw new ValidationError('This part is no longer in this copy.', { segmentId: 'This part is no longer in this copy.' });
  const at = context.now().toISOString();
  const copy: CopyLanguage = { conferenceId: request.conferenceId, recipientId: request.recipientId, language: request.language };
  context.db.transaction(() => {
    setLeftInEnglish(context.db, copy, request.segmentId, request.leave, context.actor, at);
    appendAudit(context.db, { at, actor: context.actor, action: 'update', entity: 'translation-left-in-english', entityId: request.segmentId, conferenceId: request.conferenceId });
  })();
  return statusOf(context, copy, segments);
}

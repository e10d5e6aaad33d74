/**
 * Making the conference's documents. The PDFs are drawn on the document worker; here the source
 * is gathered, each family document's recipient and the children the chair added are checked,
 * the family's plan is checked against its gate, and the export is audited.
 */
import { appendAudit } from '../../db/audit/queries';
import { insertDocumentExport, listDocumentExports, type DocumentExportRow } from '../../db/documents/queries';
import { AddedChildError, forRecipient, NoChildInCopyError, type ForRecipient, type ForRecipientOptions } from '../../shared/audience/for-recipient';
import { childPlanRecipients } from '../../shared/documents/child-plan';
import type { LeftOut } from '../../shared/audience/left-out';
import { EVERYONE_RECIPIENT, type FamilyRecipient } from '../../shared/audience/recipients';
import { ConflictError, ValidationError } from '../../shared/contract/result';
import { FamilyPlanRecipientError, familyPlanFor, familyPlanRecipient, familyPlanRecipients, familyPlanText, type FamilyPlanFor, type FamilyPlanModel } from '../../shared/documents/family-plan';
import { isFamilyDocument, type DocumentExport, type FamilyDocumentKind, type FamilyPlanCheck, type FamilyPlanCheckRequest, type MadeDocument, type MakeDocument } from '../../shared/documents/request';
import type { DocumentSource } from '../../shared/documents/source';
import { InformationPackRecipientError, informationPackFor } from '../../shared/documents/information-pack';
import { checkText, familyPlanGate, readability, type Finding } from '../../shared/language';
import { conferenceNames, conferencePeople } from '../../shared/language-settings/names';
import { letterFor, LetterRecipientError, letterRecipients } from '../../shared/letter/letter-recipients';
import type { HandlerContext } from './context';
import { childPlanGateAndWords } from './child-plan';
import { gatherDocumentSource } from './document-source';
import { currentPack } from './language';
import { languageChoice } from './language-packs';

/** The recipient rules' refusals, as messages beside the fields they are about. */
function refusedCopy(error: unknown, kind: FamilyDocumentKind): never {
  if (error instanceof FamilyPlanRecipientError || error instanceof LetterRecipientError) {
    const message = kind === 'family-plan' ? 'Choose who the family’s plan is for.' : 'Choose who the decision letter is for.';
    throw new ValidationError(message, { recipientId: error.message });
  }
  if (error instanceof NoChildInCopyError) throw new ValidationError(error.message, { addedChildIds: error.message });
  if (error instanceof AddedChildError) throw new ValidationError(error.message, error.problem === 'reason-needed' ? { addedReason: error.message } : { addedChildIds: error.message });
  throw error;
}

function options(request: { readonly addedChildIds: readonly string[]; readonly addedReason: string | null }): ForRecipientOptions {
  return { addedChildIds: request.addedChildIds, addedReason: request.addedReason };
}

function familyPlan(source: DocumentSource, recipientId: string | null, added: ForRecipientOptions): FamilyPlanFor {
  try {
    return familyPlanFor(source, recipientId ?? '', added);
  } catch (error) {
    return refusedCopy(error, 'family-plan');
  }
}

function letterLeftOut(source: DocumentSource, recipientId: string | null, added: ForRecipientOptions): readonly LeftOut[] {
  try {
    return letterFor(source, recipientId ?? '', added).leftOut;
  } catch (error) {
    return refusedCopy(error, 'letter');
  }
}

/** Refused before drawing: someone who cannot have an information pack. */
function packRecipient(source: DocumentSource, recipientId: string | null): void {
  try {
    informationPackFor(source, recipientId ?? '');
  } catch (error) {
    if (error instanceof InformationPackRecipientError || error instanceof NoChildInCopyError) throw new ValidationError(error.message, { recipientId: error.message });
    throw error;
  }
}

/** The family's plan as the family reads it, checked for the family audience with the authority's pack. */
function checkFamilyWords(context: HandlerContext, source: DocumentSource, model: FamilyPlanModel): { text: string; findings: readonly Finding[] } {
  const text = familyPlanText(model).join('\n');
  const { names, places } = conferenceNames(source.conference);
  return { text, findings: checkText(text, { audience: 'family', pack: currentPack(context), names, places, people: conferencePeople(source.conference) }) };
}

function describe(recipient: FamilyRecipient): string {
  switch (recipient.kind) {
    case 'parent-or-carer':
      return 'Parent or carer';
    case 'family-network':
      return `One copy for ${recipient.memberNames.join(', ')}`;
    case 'child':
      return 'A child’s own copy';
    case 'everyone':
      return 'One copy for everyone invited, professionals too: only what the whole family may read';
    default: {
      const never: never = recipient;
      return never;
    }
  }
}

/** Before a family document is made: who it can go to, what the chosen recipient's copy leaves out and why, and how the plan reads. */
export function checkFamilyPlan(context: HandlerContext, request: FamilyPlanCheckRequest): FamilyPlanCheck {
  const source = gatherDocumentSource(context, request.conferenceId);
  const list = request.kind === 'letter' ? letterRecipients(source) : familyPlanRecipients(source);
  const recipients = list.map((recipient) => ({ id: recipient.id, name: recipient.name, description: describe(recipient), childIds: [...recipient.childIds] }));
  if (request.recipientId === null) return { recipients, leftOut: null, check: null };
  if (request.kind === 'letter') return { recipients, leftOut: [...letterLeftOut(source, request.recipientId, options(request))], check: null };

  const { model, leftOut } = familyPlan(source, request.recipientId, options(request));
  const { text, findings } = checkFamilyWords(context, source, model);
  const scores = readability(text);
  const errors = findings.filter((finding) => finding.severity === 'error');
  const gate = familyPlanGate(findings, null);
  return {
    recipients,
    leftOut: [...leftOut],
    check: {
      recipientId: request.recipientId,
      title: model.title,
      words: scores.words,
      readingAge: scores.readingAge,
      readingAgeTarget: source.settings.readingAgeTarget,
      readingEase: scores.fleschReadingEase ?? 0,
      errors: errors.map((finding) => ({ message: finding.message, excerpt: text.slice(finding.start, finding.end) })),
      warnings: findings.length - errors.length,
      gate: { allowed: gate.allowed, reason: gate.reason },
    },
  };
}

/** The recipient's copy a bilingual document is made from, for its translations. */
function recipientCopyFor(source: DocumentSource, request: MakeDocument, added: ForRecipientOptions): { copy: ForRecipient; recipientId: string } {
  const recipientId = request.recipientId ?? '';
  if (request.kind === 'child-plan') {
    const child = childPlanRecipients(source).find((r) => r.id === recipientId);
    if (child === undefined) throw new ValidationError('Choose which child this copy is for.', { recipientId: 'Choose which child this copy is for.' });
    return { copy: forRecipient(source, child), recipientId };
  }
  if (request.kind === 'letter') {
    // A letter asked for without a recipient is the copy for everyone invited (as documentFor makes it).
    const letterRecipientId = request.recipientId ?? EVERYONE_RECIPIENT;
    try {
      return { copy: letterFor(source, letterRecipientId, added), recipientId: letterRecipientId };
    } catch (error) {
      return refusedCopy(error, 'letter');
    }
  }
  try {
    return { copy: forRecipient(source, familyPlanRecipient(source, recipientId), added), recipientId };
  } catch (error) {
    return refusedCopy(error, 'family-plan');
  }
}

export async function makeDocument(context: HandlerContext, request: MakeDocument): Promise<MadeDocument> {
  const source = gatherDocumentSource(context, request.conferenceId);
  const forFamily = isFamilyDocument(request.kind);
  // Family documents, a child's own copy and the information pack are made for someone; only a family document's copy can cover more children.
  const forSomeone = forFamily || request.kind === 'child-plan' || request.kind === 'information-pack';
  const added = forFamily ? options(request) : { addedChildIds: [], addedReason: null };
  // Checked first: a draft pack the chair has not confirmed changes nothing.
  const language = languageChoice(context, request.bilingual, () => recipientCopyFor(source, request, added));
  let wordingErrors = 0;
  // How the copy reads as it goes out, kept for the evaluation's plain-language figures.
  let measured: DocumentExportRow['measured'] = null;
  if (request.kind === 'family-plan') {
    const { model } = familyPlan(source, request.recipientId, added);
    const { text, findings } = checkFamilyWords(context, source, model);
    const gate = familyPlanGate(findings, request.overrideReason === null ? null : { reason: request.overrideReason });
    if (!gate.allowed) throw new ConflictError(gate.reason);
    wordingErrors = gate.errors;
    const scores = readability(text);
    measured = { words: scores.words, readingAge: scores.readingAge, readingAgeTarget: source.settings.readingAgeTarget, findings: findings.length };
  } else if (request.kind === 'child-plan') {
    const { gate, text, findings } = childPlanGateAndWords(context, source, request.recipientId, request.overrideReason);
    if (!gate.allowed) throw new ConflictError(gate.reason);
    wordingErrors = gate.errors;
    const scores = readability(text);
    measured = { words: scores.words, readingAge: scores.readingAge, readingAgeTarget: source.settings.childReadingAgeTarget, findings: findings.length };
  } else if (request.kind === 'letter') {
    letterLeftOut(source, request.recipientId, added);
  } else if (request.kind === 'information-pack') {
    packRecipient(source, request.recipientId);
  }
  const made = await context.documents.render({ ...request, recipientId: forSomeone ? request.recipientId : null, ...added, language }, source);
  const at = context.now().toISOString();
  const id = context.newId();
  const addedChildIds = added.addedChildIds ?? [];
  context.db.transaction(() => {
    insertDocumentExport(context.db, {
      id,
      conferenceId: request.conferenceId,
      kind: request.kind,
      printSize: request.printSize,
      recipientId: forSomeone ? request.recipientId : null,
      madeAt: at,
      madeBy: context.actor,
      wordingErrors,
      // The reason is kept only when it was needed: the chair's word for sending the plan as it is.
      overrideReason: wordingErrors > 0 ? (request.overrideReason?.trim() ?? null) : null,
      addedChildIds,
      addedReason: addedChildIds.length > 0 ? (added.addedReason?.trim() ?? null) : null,
      measured,
    });
    appendAudit(context.db, { at, actor: context.actor, action: 'export', entity: 'document', entityId: id, conferenceId: request.conferenceId });
  })();
  return {
    fileName: made.fileName,
    title: made.title,
    pages: made.pages,
    pdfBase64: Buffer.from(made.bytes).toString('base64'),
    pdfUaIdentifier: made.pdfUaIdentifier,
    language: made.language,
    untranslatedKeys: [...made.untranslatedKeys],
  };
}

/** The documents made for a conference, newest first, with their recipients and any children the chair added, by name. */
export function documentExports(context: HandlerContext, conferenceId: string): DocumentExport[] {
  const source = gatherDocumentSource(context, conferenceId);
  const names = new Map([...familyPlanRecipients(source), ...letterRecipients(source)].map((recipient) => [recipient.id, recipient.name]));
  for (const member of source.conference.familyMembers) if (!names.has(member.id)) names.set(member.id, member.displayName);
  for (const child of source.conference.children) if (!names.has(child.id)) names.set(child.id, child.displayName);
  const childName = new Map(source.conference.children.map((child) => [child.id, child.displayName]));
  return listDocumentExports(context.db, conferenceId).map((row) => ({
    id: row.id,
    kind: row.kind,
    printSize: row.printSize,
    recipientName: row.recipientId === null ? null : (names.get(row.recipientId) ?? 'Someone no longer recorded'),
    addedChildren: row.addedChildIds.map((childId) => childName.get(childId) ?? 'A child no longer recorded'),
    addedReason: row.addedReason,
    madeAt: row.madeAt,
    madeBy: row.madeBy,
    wordingErrors: row.wordingErrors,
    overrideReason: row.overrideReason,
  }));
}

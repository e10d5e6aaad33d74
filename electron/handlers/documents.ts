/**
 * Making the conference's documents. The PDFs are drawn on the document worker; here the source
 * is gathered, the family's plan is checked against its gate, and the export is audited.
 */
import { appendAudit } from '../../db/audit/queries';
import { insertDocumentExport, listDocumentExports } from '../../db/documents/queries';
import { ConflictError, ValidationError } from '../../shared/contract/result';
import { buildFamilyPlan, FamilyPlanRecipientError, familyPlanRecipients, familyPlanText, type FamilyPlanModel } from '../../shared/documents/family-plan';
import type { DocumentExport, FamilyPlanCheck, MadeDocument, MakeDocument } from '../../shared/documents/request';
import type { DocumentSource } from '../../shared/documents/source';
import { checkText, familyPlanGate, readability, type Finding } from '../../shared/language';
import { conferenceNames } from '../../shared/language-settings/names';
import type { HandlerContext } from './context';
import { childPlanGate } from './child-plan';
import { gatherDocumentSource } from './document-source';
import { currentPack } from './language';

function familyPlanFor(source: DocumentSource, recipientId: string | null): FamilyPlanModel {
  try {
    return buildFamilyPlan(source, recipientId ?? '');
  } catch (error) {
    if (error instanceof FamilyPlanRecipientError) throw new ValidationError('Choose who the family’s plan is for.', { recipientId: error.message });
    throw error;
  }
}

/** The family's plan as the family reads it, checked for the family audience with the authority's pack. */
function checkFamilyWords(context: HandlerContext, source: DocumentSource, model: FamilyPlanModel): { text: string; findings: readonly Finding[] } {
  const text = familyPlanText(model).join('\n');
  const { names, places } = conferenceNames(source.conference);
  return { text, findings: checkText(text, { audience: 'family', pack: currentPack(context), names, places }) };
}

export function checkFamilyPlan(context: HandlerContext, conferenceId: string, recipientId: string | null): FamilyPlanCheck {
  const source = gatherDocumentSource(context, conferenceId);
  const recipients = familyPlanRecipients(source).map((recipient) => ({
    id: recipient.id,
    name: recipient.name,
    description: recipient.kind === 'family-network' ? `One copy for ${recipient.memberNames.join(', ')}` : 'Parent or carer',
  }));
  if (recipientId === null) return { recipients, check: null };

  const model = familyPlanFor(source, recipientId);
  const { text, findings } = checkFamilyWords(context, source, model);
  const scores = readability(text);
  const errors = findings.filter((finding) => finding.severity === 'error');
  const gate = familyPlanGate(findings, null);
  return {
    recipients,
    check: {
      recipientId,
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

export async function makeDocument(context: HandlerContext, request: MakeDocument): Promise<MadeDocument> {
  const source = gatherDocumentSource(context, request.conferenceId);
  let wordingErrors = 0;
  if (request.kind === 'family-plan') {
    const model = familyPlanFor(source, request.recipientId);
    const gate = familyPlanGate(checkFamilyWords(context, source, model).findings, request.overrideReason === null ? null : { reason: request.overrideReason });
    if (!gate.allowed) throw new ConflictError(gate.reason);
    wordingErrors = gate.errors;
  } else if (request.kind === 'child-plan') {
    const gate = childPlanGate(context, source, request.recipientId, request.overrideReason);
    if (!gate.allowed) throw new ConflictError(gate.reason);
    wordingErrors = gate.errors;
  }
  const made = await context.documents.render(request, source);
  const at = context.now().toISOString();
  const id = context.newId();
  context.db.transaction(() => {
    insertDocumentExport(context.db, {
      id,
      conferenceId: request.conferenceId,
      kind: request.kind,
      printSize: request.printSize,
      recipientId: request.kind === 'family-plan' || request.kind === 'child-plan' ? request.recipientId : null,
      madeAt: at,
      madeBy: context.actor,
      wordingErrors,
      // The reason is kept only when it was needed: the chair's word for sending the plan as it is.
      overrideReason: wordingErrors > 0 ? (request.overrideReason?.trim() ?? null) : null,
    });
    appendAudit(context.db, { at, actor: context.actor, action: 'export', entity: 'document', entityId: id, conferenceId: request.conferenceId });
  })();
  return {
    fileName: made.fileName,
    title: made.title,
    pages: made.pages,
    pdfBase64: Buffer.from(made.bytes).toString('base64'),
    pdfUaIdentifier: made.pdfUaIdentifier,
  };
}

/** The documents made for a conference, newest first, with the family's plans' and children's copies' recipients by name. */
export function documentExports(context: HandlerContext, conferenceId: string): DocumentExport[] {
  const source = gatherDocumentSource(context, conferenceId);
  const names = new Map(familyPlanRecipients(source).map((recipient) => [recipient.id, recipient.name]));
  for (const member of source.conference.familyMembers) if (!names.has(member.id)) names.set(member.id, member.displayName);
  for (const child of source.conference.children) names.set(child.id, child.displayName);
  return listDocumentExports(context.db, conferenceId).map((row) => ({
    id: row.id,
    kind: row.kind,
    printSize: row.printSize,
    recipientName: row.recipientId === null ? null : (names.get(row.recipientId) ?? 'Someone no longer recorded'),
    madeAt: row.madeAt,
    madeBy: row.madeBy,
    wordingErrors: row.wordingErrors,
    overrideReason: row.overrideReason,
  }));
}

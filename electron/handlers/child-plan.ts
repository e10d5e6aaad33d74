/**
 * The child's or young person's own copy: which children can have one, and how the chosen
 * child's copy reads before it is made. It is held back by wording that would harm or confuse
 * the family exactly as the family's plan is (familyPlanGate), and its reading age is measured
 * against the authority's target for children.
 */
import { ValidationError } from '../../shared/contract/result';
import { childPlanFor, childPlanRecipients, childPlanText, ChildPlanRecipientError, type ChildPlanFor, type ChildPlanModel } from '../../shared/documents/child-plan';
import type { ChildPlanCheck } from '../../shared/documents/request';
import type { DocumentSource } from '../../shared/documents/source';
import { checkText, familyPlanGate, readability, type FamilyPlanGateResult, type Finding, type GatedDocument } from '../../shared/language';
import { conferenceNames, conferencePeople } from '../../shared/language-settings/names';
import type { HandlerContext } from './context';
import { gatherDocumentSource } from './document-source';
import { currentPack } from './language';

function childPlan(source: DocumentSource, childId: string | null): ChildPlanFor {
  try {
    return childPlanFor(source, childId ?? '');
  } catch (error) {
    if (error instanceof ChildPlanRecipientError) throw new ValidationError('Choose which child this copy is for.', { recipientId: error.message });
    throw error;
  }
}

/** How the gate names the copy it holds back. */
const CHILD_COPY: GatedDocument = { name: 'this child’s copy', short: 'the copy' };

/** The child's copy as the child reads it, checked for the family audience with the authority's pack. */
function checkChildWords(context: HandlerContext, source: DocumentSource, model: ChildPlanModel): { text: string; findings: readonly Finding[] } {
  const text = childPlanText(model).join('\n');
  const { names, places } = conferenceNames(source.conference);
  return { text, findings: checkText(text, { audience: 'family', pack: currentPack(context), names, places, people: conferencePeople(source.conference) }) };
}

export function checkChildPlan(context: HandlerContext, conferenceId: string, childId: string | null): ChildPlanCheck {
  const source = gatherDocumentSource(context, conferenceId);
  const children = childPlanRecipients(source).map(({ id, name, age, offeredByDefault }) => ({ id, name, age, offeredByDefault }));
  if (childId === null) return { children, leftOut: null, check: null };

  const { model, leftOut } = childPlan(source, childId);
  const { text, findings } = checkChildWords(context, source, model);
  const scores = readability(text);
  const errors = findings.filter((finding) => finding.severity === 'error');
  const gate = familyPlanGate(findings, null, CHILD_COPY);
  return {
    children,
    leftOut: [...leftOut],
    check: {
      childId,
      title: model.title,
      words: scores.words,
      readingAge: scores.readingAge,
      readingAgeTarget: source.settings.childReadingAgeTarget,
      readingEase: scores.fleschReadingEase ?? 0,
      errors: errors.map((finding) => ({ message: finding.message, excerpt: text.slice(finding.start, finding.end) })),
      warnings: findings.length - errors.length,
      gate: { allowed: gate.allowed, reason: gate.reason },
    },
  };
}

/** The gate for making a child's copy, with the chair's reason when one was given. */
export function childPlanGate(context: HandlerContext, source: DocumentSource, childId: string | null, overrideReason: string | null): FamilyPlanGateResult {
  return childPlanGateAndWords(context, source, childId, overrideReason).gate;
}

/** The gate with the words it checked, so the copy made can record how it read. */
export function childPlanGateAndWords(
  context: HandlerContext,
  source: DocumentSource,
  childId: string | null,
  overrideReason: string | null,
): { gate: FamilyPlanGateResult; text: string; findings: readonly Finding[] } {
  const { model } = childPlan(source, childId);
  const { text, findings } = checkChildWords(context, source, model);
  return { gate: familyPlanGate(findings, overrideReason === null ? null : { reason: overrideReason }, CHILD_COPY), text, findings };
}

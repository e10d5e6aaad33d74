import { z } from 'zod';
import { AGENCY_LABELS } from '../authority/agencies';
import type { ConferenceDetail } from '../conference/details';
import type { DecisionRecord } from '../decision/record';
import { ALTERNATIVE_LABELS, CATEGORY_LABELS, DECISION_OUTCOME_LABELS, ENDING_REASON_LABELS, hasPlan, type Decision } from '../decision/schema';
import { censusCode } from '../decision/rules';
import type { Professional } from '../professionals/schema';
import { ENGLISH_LETTER_WORDS } from './letter-words';

/** A charity's name: the same in every language. */
export const FAMILY_RIGHTS_GROUP = 'Family Rights Group';

const PersonLineSchema = z.object({ name: z.string(), role: z.string() });

/** What the decision letter says (brief §1.2, §1.13, requirement 13), as data for the documents. */
export const DecisionLetterSchema = z.object({
  conferenceTitle: z.string(),
  conferenceDate: z.string(),
  /** The parents and carers it is addressed to. */
  to: z.array(z.string()),
  chair: PersonLineSchema.nullable(),
  leadPractitioner: PersonLineSchema.nullable(),
  children: z.array(
    z.object({
      name: z.string(),
      decision: z.string(),
      category: z.string().nullable(),
      censusCode: z.string().nullable(),
      whatHappensInstead: z.string().nullable(),
      reasons: z.string(),
    }),
  ),
  outlinePlan: z.array(
    z.object({
      outcome: z.string(),
      howWeWillKnow: z.string(),
      actions: z.array(z.object({ what: z.string(), who: z.array(z.string()), byWhen: z.string().nullable(), howOften: z.string() })),
    }),
  ),
  contingency: z.string(),
  coreGroup: z.object({ members: z.array(z.string()), firstMeeting: z.string().nullable() }),
  nextReview: z.object({ date: z.string().nullable(), broughtForwardReason: z.string() }),
  howToChallenge: z.array(z.string()),
  whoCanHelp: z.array(PersonLineSchema),
});
export type DecisionLetter = z.infer<typeof DecisionLetterSchema>;

export interface DecisionLetterInput {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  readonly professionals: readonly Pick<Professional, 'id' | 'name' | 'role' | 'agency'>[];
  /** Whom this copy is addressed to; every parent and carer when not said. */
  readonly to?: readonly string[];
}

/**
 * The letter's content from the conference's data, and nothing else. A family member's letter is
 * made from the copy of the conference that reaches them (shared/audience/for-recipient.ts), so
 * what it holds is decided there, with every other family-facing output.
 */
export function decisionLetter({ conference, record, professionals, to }: DecisionLetterInput): DecisionLetter {
  const professional = new Map(professionals.map((p) => [p.id, p]));
  const member = new Map(conference.familyMembers.map((m) => [m.id, m]));
  const anyPlan = record.decisions.some((d) => hasPlan(d.outcome));
  const words = ENGLISH_LETTER_WORDS;

  const whoCanHelp = new Map<string, { name: string; role: string }>();
  if (conference.leadPractitioner) whoCanHelp.set(conference.leadPractitioner.id, { name: conference.leadPractitioner.name, role: conference.leadPractitioner.role });
  for (const invitation of conference.invitations) {
    if (invitation.invitee.kind !== 'professional') continue;
    if (invitation.invitee.agency === 'parent-advocacy' || invitation.invitee.agency === 'domestic-abuse-service') {
      whoCanHelp.set(invitation.invitee.professionalId, { name: invitation.invitee.name, role: invitation.invitee.role || AGENCY_LABELS[invitation.invitee.agency] });
    }
  }

  return {
    conferenceTitle: words.conference(conference.details.type),
    conferenceDate: conference.details.scheduledDate,
    to: to !== undefined ? [...to] : conference.familyMembers.filter((m) => m.kind === 'parent-or-carer').map((m) => m.displayName),
    chair: conference.chair ? { name: conference.chair.name, role: conference.details.chairRoleLabel } : null,
    leadPractitioner: conference.leadPractitioner ? { name: conference.leadPractitioner.name, role: conference.leadPractitioner.role } : null,
    children: conference.children.map((child) => {
      const decision = record.decisions.find((d) => d.childId === child.id);
      return {
        name: child.displayName,
        decision: decision ? decisionInWords(decision) : words.t('letter.noDecision'),
        category: decision && decision.categories.length > 0 ? decision.categories.map((c) => CATEGORY_LABELS[c]).join(' and ') : null,
        censusCode: decision ? censusCode(decision.categories) : null,
        whatHappensInstead: decision?.instead ? ALTERNATIVE_LABELS[decision.instead] : null,
        reasons: decision?.chairReasons ?? '',
      };
    }),
    outlinePlan: anyPlan
      ? record.outcomes.map((outcome) => ({
          outcome: outcome.text,
          howWeWillKnow: outcome.measure,
          actions: record.actions
            .filter((a) => a.outcomeId === outcome.id)
            .map((a) => ({ what: a.what, who: a.ownerNames, byWhen: a.dueDate, howOften: a.frequency })),
        }))
      : [],
    contingency: anyPlan ? record.plan.contingency : '',
    coreGroup: {
      members: anyPlan
        ? record.plan.coreGroup.map((m) =>
            m.kind === 'professional' ? (professional.get(m.professionalId)?.name ?? 'A professional') : (member.get(m.familyMemberId)?.displayName ?? 'A family member'),
          )
        : [],
      firstMeeting: anyPlan ? record.plan.firstCoreGroupDate : null,
    },
    nextReview: {
      date: anyPlan || record.decisions.some((d) => d.outcome === 'deferred') ? record.plan.nextReviewDate : null,
      broughtForwardReason: record.plan.broughtForwardReason,
    },
    howToChallenge: words.howToChallenge(conference.chair?.name ?? null),
    // Always last: the letter in another language replaces its role with the pack's words.
    whoCanHelp: [...whoCanHelp.values(), { name: FAMILY_RIGHTS_GROUP, role: words.t('letter.familyRightsGroup') }],
  };
}

function decisionInWords(decision: Decision): string {
  const base = DECISION_OUTCOME_LABELS[decision.outcome];
  if (decision.outcome === 'end-plan' && decision.endingReason) return `${base}: ${ENDING_REASON_LABELS[decision.endingReason].toLowerCase()}`;
  if (decision.outcome === 'deferred' && decision.deferredTo) return ENGLISH_LETTER_WORDS.t('letter.deferredTo', { date: decision.deferredTo });
  return base;
}

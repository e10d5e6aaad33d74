import { z } from 'zod';
import { restrictionField, shareableSummary } from '../audience/restriction';
import { entityId, LONG_TEXT, optionalIsoDate, optionalLongText, optionalText, SHORT_TEXT } from '../text/fields';
import { requiredLongText } from '../decision/fields';

/**
 * The child protection plan the conference agrees in outline (brief §1.6, entities 18–20):
 * outcomes with how everyone will know, actions with who and by when, how each child is seen,
 * the family network's part, the contingency plan, the core group and the next dates.
 */

/** Whoever will do an action: a professional, a member of the family or network, or someone named. */
export const OwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('professional'), professionalId: z.uuid({ message: 'Choose someone from the list.' }) }),
  z.object({ kind: z.literal('family-member'), familyMemberId: z.uuid({ message: 'Choose someone from the list.' }) }),
  z.object({ kind: z.literal('named'), name: optionalText(SHORT_TEXT, 'name').refine((v) => v !== '', { message: 'Enter who this is.' }) }),
]);
export type Owner = z.infer<typeof OwnerSchema>;

export const CoreGroupMemberSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('professional'), professionalId: z.uuid({ message: 'Choose someone from the list.' }) }),
  z.object({ kind: z.literal('family-member'), familyMemberId: z.uuid({ message: 'Choose someone from the list.' }) }),
]);
export type CoreGroupMember = z.infer<typeof CoreGroupMemberSchema>;

export const VisitSchema = z.object({
  childId: entityId,
  /** For example "At least every 10 working days". */
  frequency: optionalText(SHORT_TEXT, 'how often the child will be seen'),
  where: optionalText(SHORT_TEXT, 'where the child will be seen'),
  seenAlone: optionalText(SHORT_TEXT, 'when the child will be seen alone'),
  /**
   * Who may see how the child is seen (the three answers together: where a child is seen can be
   * what is kept from someone). Three short answers have no one summary to stand in their place,
   * so a marking here has none: a copy the visit does not reach leaves it out.
   */
  restriction: restrictionField().refine((r) => shareableSummary(r) === '', { path: ['sharedSummary'], message: 'Leave this empty: how a child is seen is left out where it may not go.' }),
});
export type Visit = z.infer<typeof VisitSchema>;

export const FGDM_STATUSES = ['not-offered', 'offered', 'declined', 'held'] as const;
export type FgdmStatus = (typeof FGDM_STATUSES)[number];
export const FGDM_STATUS_LABELS: Readonly<Record<FgdmStatus, string>> = {
  'not-offered': 'Not offered yet',
  offered: 'Offered',
  declined: 'Offered and declined',
  held: 'Held',
};

export const FNSP_STATUSES = ['requested', 'agreed', 'declined', 'provided'] as const;
export const FNSP_STATUS_LABELS: Readonly<Record<(typeof FNSP_STATUSES)[number], string>> = {
  requested: 'Requested',
  agreed: 'Agreed',
  declined: 'Declined',
  provided: 'Provided',
};

export const FnspItemSchema = z.object({
  description: optionalText(SHORT_TEXT, 'what the support is for').refine((v) => v !== '', { message: 'Say what the support is for.' }),
  amount: optionalText(60, 'amount'),
  status: z.enum(FNSP_STATUSES).default('requested'),
});

export const FamilyNetworkSchema = z.object({
  fgdm: z.enum(FGDM_STATUSES).default('not-offered'),
  fgdmDate: optionalIsoDate('date of the family group decision-making meeting'),
  coordinator: optionalText(SHORT_TEXT, 'coordinator'),
  familyPlan: optionalLongText(LONG_TEXT, 'family plan'),
  familyPlanRestriction: restrictionField(),
  fnspRequested: z.boolean().default(false),
  fnspItems: z.array(FnspItemSchema).max(20).default([]),
});
export type FamilyNetwork = z.infer<typeof FamilyNetworkSchema>;

export const PlanDetailsSchema = z.object({
  visits: z.array(VisitSchema).max(20).default([]),
  familyNetwork: FamilyNetworkSchema.default({ fgdm: 'not-offered', fgdmDate: null, coordinator: '', familyPlan: '', familyPlanRestriction: { level: 'none' }, fnspRequested: false, fnspItems: [] }),
  contingency: optionalLongText(LONG_TEXT, 'contingency plan'),
  contingencyRestriction: restrictionField(),
  coreGroup: z.array(CoreGroupMemberSchema).max(40).default([]),
  coreGroupNote: optionalLongText(LONG_TEXT, 'note about the core group'),
  firstCoreGroupDate: optionalIsoDate('date of the first core group'),
  nextReviewDate: optionalIsoDate('date of the next review'),
  /** Why the next review is earlier than the timescale needs. */
  broughtForwardReason: optionalLongText(LONG_TEXT, 'reason the review is brought forward'),
  broughtForwardReasonRestriction: restrictionField(),
});
export type PlanDetails = z.infer<typeof PlanDetailsSchema>;
export type PlanDetailsInput = z.input<typeof PlanDetailsSchema>;

export const SavePlanSchema = z.object({ conferenceId: entityId, plan: PlanDetailsSchema });

export const OUTCOME_PROGRESS = ['not-reviewed', 'achieved', 'partly', 'not-yet'] as const;
export type OutcomeProgress = (typeof OUTCOME_PROGRESS)[number];
export const OUTCOME_PROGRESS_LABELS: Readonly<Record<OutcomeProgress, string>> = {
  'not-reviewed': 'Not reviewed yet',
  achieved: 'Achieved',
  partly: 'Partly achieved',
  'not-yet': 'Not achieved yet',
};

export const ACTION_PROGRESS = ['not-reviewed', 'done', 'in-progress', 'not-started', 'stopped'] as const;
export type ActionProgress = (typeof ACTION_PROGRESS)[number];
export const ACTION_PROGRESS_LABELS: Readonly<Record<ActionProgress, string>> = {
  'not-reviewed': 'Not reviewed yet',
  done: 'Done',
  'in-progress': 'Happening',
  'not-started': 'Not started',
  stopped: 'No longer needed',
};

export const SaveOutcomeSchema = z.object({
  conferenceId: entityId,
  id: entityId,
  text: requiredLongText('outcome'),
  /** How everyone will know it is achieved. */
  measure: optionalLongText(LONG_TEXT, 'how everyone will know'),
  /** The children it is for; empty means every child with a plan. */
  childIds: z.array(entityId).max(20).default([]),
  dangerStatementId: entityId.nullable().default(null),
  progress: z.enum(OUTCOME_PROGRESS).default('not-reviewed'),
  progressNote: optionalLongText(LONG_TEXT, 'progress'),
  restriction: restrictionField(),
});
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;

export const OutcomeSchema = SaveOutcomeSchema.omit({ conferenceId: true }).extend({
  text: z.string(),
  /** Carried forward from the previous conference's plan, so progress can be recorded. */
  carriedForward: z.boolean(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const SaveActionSchema = z.object({
  conferenceId: entityId,
  id: entityId,
  outcomeId: entityId,
  what: requiredLongText('action'),
  owners: z.array(OwnerSchema).max(10).default([]),
  dueDate: optionalIsoDate('date it is due'),
  frequency: optionalText(SHORT_TEXT, 'how often'),
  reportsTo: optionalText(SHORT_TEXT, 'who it reports to'),
  progress: z.enum(ACTION_PROGRESS).default('not-reviewed'),
  progressNote: optionalLongText(LONG_TEXT, 'progress'),
  restriction: restrictionField(),
});
export type SaveAction = z.infer<typeof SaveActionSchema>;

export const ActionSchema = SaveActionSchema.omit({ conferenceId: true }).extend({
  what: z.string(),
  ownerNames: z.array(z.string()),
  carriedForward: z.boolean(),
});
export type Action = z.infer<typeof ActionSchema>;

export const PlanSchema = PlanDetailsSchema.extend({
  /** From the timescales: the first core group (after an initial conference) and the next review. */
  proposedFirstCoreGroupDate: z.string().nullable(),
  proposedNextReviewDate: z.string().nullable(),
});
export type Plan = z.infer<typeof PlanSchema>;

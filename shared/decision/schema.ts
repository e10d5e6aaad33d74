import { z } from 'zod';
import { restrictionField } from '../audience/restriction';
import { entityId, isoDate, LONG_TEXT, optionalIsoDate, optionalLongText, optionalText, SHORT_TEXT } from '../text/fields';
import { requiredLongText } from './fields';

/** The four categories of abuse (brief §1.5), stored by name and exported as census codes. */
export const CATEGORIES = ['physical', 'emotional', 'sexual', 'neglect'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  physical: 'Physical abuse',
  emotional: 'Emotional abuse',
  sexual: 'Sexual abuse',
  neglect: 'Neglect',
};

/** The significant harm test's two limbs (brief §1.5), in substance. */
export const LIMBS = ['a', 'b'] as const;
export type Limb = (typeof LIMBS)[number];
export const LIMB_TEXT: Readonly<Record<Limb, string>> = {
  a: 'The child can be shown to have suffered ill-treatment, or impairment of their health or development, as a result of physical, emotional or sexual abuse or neglect, and professional judgement is that further ill-treatment or impairment is likely.',
  b: 'Professional judgement, backed by the findings of the enquiries in this case or by research evidence, is that the child is likely to suffer ill-treatment, or impairment of their health or development, as a result of physical, emotional or sexual abuse or neglect.',
};
export const LIMB_LABELS: Readonly<Record<Limb, string>> = {
  a: '(a) Harm has happened and more is likely',
  b: '(b) Harm is likely',
};

/**
 * What the conference decided for the child. Reviews continue, change or end a plan; a child
 * without a plan may get one; an unborn baby's decision may wait for a named review.
 */
export const DECISION_OUTCOMES = ['plan', 'continue-plan', 'change-plan', 'end-plan', 'no-plan', 'deferred'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const DECISION_OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  plan: 'A child protection plan',
  'continue-plan': 'The child protection plan continues',
  'change-plan': 'The child protection plan continues, changed',
  'end-plan': 'The child protection plan ends',
  'no-plan': 'No child protection plan',
  deferred: 'Decision deferred to a named review',
};

/** Outcomes under which the child has a child protection plan after this conference. */
export const PLAN_OUTCOMES: readonly DecisionOutcome[] = ['plan', 'continue-plan', 'change-plan'];
export function hasPlan(outcome: DecisionOutcome): boolean {
  return PLAN_OUTCOMES.includes(outcome);
}

/** What happens instead when there is no plan, or a plan ends. */
export const ALTERNATIVES = ['family-help-plan', 'no-further-action'] as const;
export type Alternative = (typeof ALTERNATIVES)[number];
export const ALTERNATIVE_LABELS: Readonly<Record<Alternative, string>> = {
  'family-help-plan': 'A family help plan (child in need)',
  'no-further-action': 'No further action',
};

/** Why a plan ends (brief §1.8). */
export const ENDING_REASONS = ['no-longer-at-risk', 'moved-authority', 'reached-18', 'left-uk', 'looked-after', 'died'] as const;
export type EndingReason = (typeof ENDING_REASONS)[number];
export const ENDING_REASON_LABELS: Readonly<Record<EndingReason, string>> = {
  'no-longer-at-risk': 'The child is no longer at continuing risk of significant harm',
  'moved-authority': 'The child has moved permanently to another local authority, which has held a transfer-in conference',
  'reached-18': 'The child has reached 18',
  'left-uk': 'The child has permanently left the UK',
  'looked-after': 'The child is looked after and the risk is managed through the care plan',
  died: 'The child has died',
};

export const AGENCY_VIEWS = ['plan', 'no-plan', 'no-view'] as const;
export type AgencyViewKind = (typeof AGENCY_VIEWS)[number];
export const AGENCY_VIEW_LABELS: Readonly<Record<AgencyViewKind, string>> = {
  plan: 'A child protection plan is needed',
  'no-plan': 'A child protection plan is not needed',
  'no-view': 'No view given',
};

export const AgencyViewSchema = z.object({
  professionalId: z.uuid({ message: 'Choose a professional from the list.' }),
  view: z.enum(AGENCY_VIEWS, { error: 'Choose their view.' }),
  /** The category they think fits, if they said. */
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).default([]),
  reason: optionalLongText(LONG_TEXT, 'reason for their view'),
  restriction: restrictionField(),
});
export type AgencyView = z.infer<typeof AgencyViewSchema>;

export const FAMILY_AGREEMENT = ['agrees', 'partly', 'disagrees', 'not-known'] as const;
export type FamilyAgreement = (typeof FAMILY_AGREEMENT)[number];
export const FAMILY_AGREEMENT_LABELS: Readonly<Record<FamilyAgreement, string>> = {
  agrees: 'Agrees',
  partly: 'Partly agrees',
  disagrees: 'Disagrees',
  'not-known': 'View not known',
};

export const FamilyViewSchema = z.object({
  familyMemberId: z.uuid({ message: 'Choose a member of the family.' }),
  agreement: z.enum(FAMILY_AGREEMENT, { error: 'Choose whether they agree.' }),
  view: optionalLongText(LONG_TEXT, 'their view, in their words'),
  restriction: restrictionField(),
});
export type FamilyView = z.infer<typeof FamilyViewSchema>;

export const DecisionDetailsSchema = z.object({
  /** Null until the conference has answered it. */
  testMet: z.boolean().nullable().default(null),
  limb: z.enum(LIMBS).nullable().default(null),
  outcome: z.enum(DECISION_OUTCOMES, { error: 'Choose the decision.' }),
  instead: z.enum(ALTERNATIVES).nullable().default(null),
  endingReason: z.enum(ENDING_REASONS).nullable().default(null),
  /** The latest category, decided at this conference. */
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).default([]),
  categoryJustification: optionalLongText(LONG_TEXT, 'reason for more than one category'),
  chairReasons: requiredLongText('chair’s decision and reasons'),
  chairReasonsRestriction: restrictionField(),
  agencyViews: z.array(AgencyViewSchema).max(40).default([]),
  familyViews: z.array(FamilyViewSchema).max(40).default([]),
  deferredTo: optionalIsoDate('date of the review the decision is deferred to'),
  deferredReason: optionalLongText(LONG_TEXT, 'reason for deferring the decision'),
});
export type DecisionDetails = z.infer<typeof DecisionDetailsSchema>;
export type DecisionDetailsInput = z.input<typeof DecisionDetailsSchema>;

export const SaveDecisionSchema = z.object({ conferenceId: entityId, childId: entityId, decision: DecisionDetailsSchema });

export const DecisionSchema = DecisionDetailsSchema.extend({
  id: entityId,
  childId: entityId,
  chairReasons: z.string(),
  /** The category when the current run of plans began (brief §1.5: initial and latest). */
  initialCategories: z.array(z.enum(CATEGORIES)),
  initialCensusCode: z.string().nullable(),
  latestCensusCode: z.string().nullable(),
  updatedAt: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** A recorded disagreement, or a formal dissent, with a decision (brief §1.12, entity 17). */
export const DISSENT_KINDS = ['disagreement', 'formal-dissent'] as const;
export type DissentKind = (typeof DISSENT_KINDS)[number];
export const DISSENT_KIND_LABELS: Readonly<Record<DissentKind, string>> = {
  disagreement: 'Disagreement (recorded, not formal dissent)',
  'formal-dissent': 'Formal dissent',
};
export const DISSENT_ABOUT = ['test', 'category', 'plan'] as const;
export type DissentAbout = (typeof DISSENT_ABOUT)[number];
export const DISSENT_ABOUT_LABELS: Readonly<Record<DissentAbout, string>> = {
  test: 'Whether the test is met',
  category: 'The category',
  plan: 'The decision about the plan',
};

export const SaveDissentSchema = z.object({
  conferenceId: entityId,
  id: entityId,
  childId: entityId,
  professionalId: z.uuid({ message: 'Choose a professional from the list.' }),
  kind: z.enum(DISSENT_KINDS, { error: 'Choose disagreement or formal dissent.' }),
  about: z.enum(DISSENT_ABOUT, { error: 'Choose what it is about.' }),
  grounds: requiredLongText('grounds'),
  raisedOn: isoDate('date it was raised'),
  raisedAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Enter a real time in 24-hour form, for example 14:30.' }),
  escalatedTo: optionalText(SHORT_TEXT, 'person or role it was escalated to'),
  outcome: optionalLongText(LONG_TEXT, 'outcome'),
  restriction: restrictionField(),
});
export type SaveDissent = z.infer<typeof SaveDissentSchema>;

export const DissentSchema = SaveDissentSchema.omit({ conferenceId: true }).extend({
  professionalName: z.string(),
  agency: z.string(),
  grounds: z.string(),
  /** A formal dissent raised after the window closed is kept, and marked as late. */
  withinWindow: z.boolean(),
});
export type Dissent = z.infer<typeof DissentSchema>;

/**
 * The family's plain-language plan as plain data: every string is what the page shows, in
 * reading order, so the PDF layer only lays it out and the language checks read the same words.
 */

/** Guidance for family plans: no more than 8 actions (brief §6.2, Essex). More are listed later. */
export const MAX_PROMINENT_ACTIONS = 8;

export interface FamilyPlanAction {
  readonly what: string;
  /** "Who: Tom Reeves" */
  readonly who: string;
  /** "When: by Thursday 2 April 2026" */
  readonly when: string;
  /** "How often: Weekly", or null when not said. */
  readonly howOften: string | null;
  /** The person (or network) the plan is made for is one of those who will do it. */
  readonly forRecipient: boolean;
}

export interface FamilyPlanGoal {
  /** "We want this: Ruby and Leo are safe at home" */
  readonly text: string;
  /** "How we will know: …", or null when not said. */
  readonly howWeWillKnow: string | null;
}

/**
 * What will happen for one or more children. Children whose plans hold the same outcomes share
 * one part, so a family with two children on the same plan reads it once, not twice.
 */
export interface FamilyPlanChildren {
  /** The first child's id: a stable key for this part. */
  readonly childId: string;
  readonly childIds: readonly string[];
  /** First names, or "the baby" before a first name is known. */
  readonly names: readonly string[];
  readonly heading: string;
  /** When and where each child will be seen (brief §1.6). */
  readonly seen: readonly string[];
  readonly goals: readonly FamilyPlanGoal[];
  /** At most MAX_PROMINENT_ACTIONS, shown first. */
  readonly actions: readonly FamilyPlanAction[];
  /** True exactly when these children have more actions than are shown prominently. */
  readonly moreActionsThanShown: boolean;
  /** The sentence shown above the list when there are more, saying where the rest are. */
  readonly moreActionsNote: string | null;
}

export interface FamilyPlanLaterActions {
  /** The first child's id: a stable key for this part. */
  readonly childId: string;
  readonly childIds: readonly string[];
  readonly heading: string;
  readonly actions: readonly FamilyPlanAction[];
}

export interface FamilyPlanDate {
  readonly isoDate: string;
  /** "Thursday 4 June 2026" */
  readonly date: string;
  readonly what: string;
}

export interface FamilyPlanPerson {
  readonly name: string;
  readonly role: string;
}

export interface FamilyPlanGlossaryEntry {
  readonly term: string;
  readonly meaning: string;
}

export const TEXT_SECTION_KEYS = [
  'going-well',
  'worries',
  'private-part',
  'needs-to-happen',
  'children-said',
  'decisions',
  'if-things-go-wrong',
  'core-group',
  'chair',
  'challenge',
] as const;
export type TextSectionKey = (typeof TEXT_SECTION_KEYS)[number];

interface SectionBase {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export type FamilyPlanSection =
  | (SectionBase & { readonly key: TextSectionKey; readonly items: readonly string[] })
  | (SectionBase & { readonly key: 'actions'; readonly children: readonly FamilyPlanChildren[] })
  | (SectionBase & { readonly key: 'dates'; readonly dates: readonly FamilyPlanDate[] })
  | (SectionBase & { readonly key: 'who-can-help'; readonly people: readonly FamilyPlanPerson[] })
  | (SectionBase & { readonly key: 'later-actions'; readonly children: readonly FamilyPlanLaterActions[] })
  | (SectionBase & { readonly key: 'glossary'; readonly entries: readonly FamilyPlanGlossaryEntry[] });
export type FamilyPlanSectionKey = FamilyPlanSection['key'];

export interface FamilyPlanModel {
  readonly conferenceId: string;
  readonly recipient: {
    readonly id: string;
    readonly kind: 'parent-or-carer' | 'family-network';
    readonly name: string;
    /** The recipient's own address or phone, for the envelope; null when confidential or for the network. */
    readonly contactDetails: string | null;
  };
  /** "Our plan for Ruby, Leo and the baby" */
  readonly title: string;
  /** "Made for Danielle Price" */
  readonly madeFor: string;
  /** "Made on Friday 20 March 2026" */
  readonly madeOn: string;
  readonly introduction: readonly string[];
  /** In reading order: what is going well always comes before the worries. */
  readonly sections: readonly FamilyPlanSection[];
}

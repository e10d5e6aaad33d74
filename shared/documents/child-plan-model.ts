/**
 * The child's or young person's own copy of the plan (issue 13) as plain data: every string is
 * what the page shows, in reading order, so the PDF only lays it out and the language checks and
 * the reading age read the same words.
 */

/** At most this many things to do are listed; a child reads a short list (the family's plan has 8). */
export const MAX_CHILD_ACTIONS = 6;

export interface ChildPlanAction {
  readonly what: string;
  /** "Who: " and the names of who will do it */
  readonly who: string;
  /** "When: by Monday 23 March 2026" */
  readonly when: string;
}

export interface ChildPlanPerson {
  readonly name: string;
  readonly about: string;
}

export const CHILD_TEXT_SECTION_KEYS = ['why-we-met', 'you-told-us', 'just-for-you', 'going-well', 'worries', 'if-you-do-not-agree'] as const;
export type ChildTextSectionKey = (typeof CHILD_TEXT_SECTION_KEYS)[number];

interface SectionBase {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export type ChildPlanSection =
  | (SectionBase & { readonly key: ChildTextSectionKey; readonly items: readonly string[] })
  | (SectionBase & {
      /** In this order on the page: the decision, seen, goals, actions, the note, the next meeting. */
      readonly key: 'what-will-happen';
      /** What the conference decided for the child, in words for them. */
      readonly decision: string;
      /** When and where they will be seen. */
      readonly seen: readonly string[];
      /** "This is what everyone wants for you:", when there are goals. */
      readonly goalsIntro: string | null;
      /** What everyone wants for them (the plan's outcomes). */
      readonly goals: readonly string[];
      /** "This is who will help, and what they will do:", when there are actions. */
      readonly actionsIntro: string | null;
      readonly actions: readonly ChildPlanAction[];
      /** Says how many more things there are, when more than MAX_CHILD_ACTIONS. */
      readonly moreActionsNote: string | null;
      readonly nextMeeting: string | null;
    })
  | (SectionBase & { readonly key: 'who-you-can-talk-to' | 'words'; readonly people: readonly ChildPlanPerson[] });
export type ChildPlanSectionKey = ChildPlanSection['key'];

export interface ChildPlanModel {
  readonly conferenceId: string;
  readonly child: { readonly id: string; readonly name: string };
  /** "Your plan, " and the child's first name */
  readonly title: string;
  /** "Made for " and the child's first name */
  readonly madeFor: string;
  readonly madeOn: string;
  readonly introduction: readonly string[];
  readonly sections: readonly ChildPlanSection[];
}

/**
 * The family's feedback after a conference (issue 17): six statements answered on one scale of
 * words, and one question in their own words. Seven questions at most, as the issue asks, so it
 * can be answered at the end of a long meeting.
 */

/** Each statement's key is also its column in `family_feedback`. */
export const FEEDBACK_STATEMENTS = [
  { key: 'knew_why', text: 'I knew why we were meeting.' },
  { key: 'saw_reports_in_time', text: 'I saw the reports in time to read them before the meeting.' },
  { key: 'listened_to', text: 'I was listened to.' },
  { key: 'understood_decision', text: 'I understood the decision.' },
  { key: 'know_what_happens_next', text: 'I know what happens next.' },
  { key: 'had_support', text: 'I had the support I needed.' },
] as const;

export type FeedbackStatementKey = (typeof FEEDBACK_STATEMENTS)[number]['key'];

export const FEEDBACK_OWN_WORDS_QUESTION = 'Is there anything else you want to tell us?';

/**
 * The answer scale, in words (never only faces or colours). Stored as 1 to 5; a statement left
 * unanswered is stored as NULL.
 */
export const FEEDBACK_SCALE = [
  { value: 1, words: 'No, not at all' },
  { value: 2, words: 'Not really' },
  { value: 3, words: 'Partly' },
  { value: 4, words: 'Mostly' },
  { value: 5, words: 'Yes, completely' },
] as const;

export type FeedbackAnswer = (typeof FEEDBACK_SCALE)[number]['value'];

/** Who answered: the family's side of the conference only. */
export const FEEDBACK_RESPONDENTS = ['parent-or-carer', 'young-person', 'family-network'] as const;
export type FeedbackRespondent = (typeof FEEDBACK_RESPONDENTS)[number];

/** On the laptop in family mode at the end of the meeting, or typed in later from the paper form. */
export const FEEDBACK_HOW = ['on-the-laptop', 'from-paper'] as const;
export type FeedbackHow = (typeof FEEDBACK_HOW)[number];

import type { FeedbackRespondent } from '../../../shared/feedback/questions';

/** Who is answering, in the words the family reads on the form. */
export const RESPONDENT_LABELS: Readonly<Record<FeedbackRespondent, string>> = {
  'parent-or-carer': 'A parent or carer',
  'young-person': 'A young person',
  'family-network': 'Family or a friend of the family',
};

export const WHO_HINT = 'You do not have to give your name. If you choose your name, the chair can see which answers are yours.';

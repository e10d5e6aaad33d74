import type { AgendaItemKind } from '../../../shared/agenda/schema';

/** What each kind of agenda item is for, in the words a chair would use. */
export const AGENDA_ITEM_KIND_LABELS: Readonly<Record<AgendaItemKind, string>> = {
  welcome: 'Welcome and introductions',
  confidentiality: 'Confidentiality and ground rules',
  reports: 'Reports received',
  'family-views': 'The family’s views',
  'child-views': 'The child’s views and experience',
  'agency-information': 'Information from agencies',
  progress: 'Progress on the plan',
  analysis: 'Analysis of worries and strengths',
  decision: 'The decision',
  plan: 'The plan',
  'next-steps': 'Next steps and dates',
  other: 'Something else',
};

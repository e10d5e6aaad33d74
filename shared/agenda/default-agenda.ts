import type { ConferenceType } from '../conference/schema';
import type { AgendaTemplateItem } from './schema';

/**
 * The built-in agenda for each type of conference, in the order of brief §4.4. An authority can
 * replace it with its own template; the chair can edit any conference's agenda.
 */
const OPENING: readonly AgendaTemplateItem[] = [
  { kind: 'welcome', title: 'Welcome, introductions and purpose', plannedMinutes: 10 },
  { kind: 'confidentiality', title: 'Confidentiality and how we will work today', plannedMinutes: 5 },
  { kind: 'reports', title: 'Reports received and shared', plannedMinutes: 5 },
];

const VOICES: readonly AgendaTemplateItem[] = [
  { kind: 'family-views', title: 'The family’s views', plannedMinutes: 15 },
  { kind: 'child-views', title: 'The child’s views and experience', plannedMinutes: 10 },
  { kind: 'agency-information', title: 'Information from each agency', plannedMinutes: 25 },
];

const CLOSING: readonly AgendaTemplateItem[] = [
  { kind: 'analysis', title: 'Analysis: worries, what is working well, what needs to happen', plannedMinutes: 20 },
  { kind: 'decision', title: 'Decision for each child', plannedMinutes: 10 },
  { kind: 'plan', title: 'The plan', plannedMinutes: 15 },
  { kind: 'next-steps', title: 'Next steps and dates', plannedMinutes: 5 },
];

export function defaultAgenda(type: ConferenceType): readonly AgendaTemplateItem[] {
  switch (type) {
    case 'initial':
    case 'transfer-in':
      return [...OPENING, ...VOICES, ...CLOSING];
    case 'pre-birth-initial':
      return [...OPENING, ...VOICES, { kind: 'plan', title: 'The birth plan', plannedMinutes: 10 }, ...CLOSING];
    case 'review':
      return [...OPENING, { kind: 'progress', title: 'Progress on the plan since the last conference', plannedMinutes: 20 }, ...VOICES, ...CLOSING];
    default: {
      const unexpected: never = type;
      throw new Error(`No default agenda for ${String(unexpected)}`);
    }
  }
}

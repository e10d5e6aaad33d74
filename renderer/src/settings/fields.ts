import { DEFAULT_AUTHORITY_SETTINGS, MIN_RETENTION_DAYS, PRACTICE_MODEL_LABELS, type AuthoritySettings } from '../../../shared/authority/settings';

/** The number answers on the settings screen, by their path in AuthoritySettings. */
export const NUMBER_PATHS = [
  'initialConferenceWorkingDays',
  'transferInWorkingDays',
  'firstReviewMonths',
  'laterReviewMonths',
  'firstCoreGroupWorkingDays',
  'preBirthFirstReview.workingDaysAfterBirth',
  'preBirthFirstReview.monthsAfterConference',
  'reportsToFamilyWorkingDays.initial',
  'reportsToFamilyWorkingDays.review',
  'decisionLetterWorkingDays',
  'recordWorkingDays',
  'dissentWindowHours',
  'quorumOtherAgencies',
  'inquorateRebookWorkingDays',
  'dueSoonWorkingDays',
  'retentionDays',
  'idleLockMinutes',
  'readingAgeTarget',
  'childReadingAgeTarget',
  'readingEaseTarget',
] as const;
export type NumberPath = (typeof NUMBER_PATHS)[number];

type Unit = 'working days' | 'months' | 'hours' | 'days' | 'minutes' | 'agencies' | 'years' | 'points';

export interface NumberField {
  readonly path: NumberPath;
  readonly label: string;
  readonly unit: Unit;
  readonly hint?: string;
}

export const FIELDS: Readonly<Record<NumberPath, NumberField>> = {
  initialConferenceWorkingDays: { path: 'initialConferenceWorkingDays', label: 'Initial conference: working days after the strategy discussion', unit: 'working days' },
  transferInWorkingDays: { path: 'transferInWorkingDays', label: 'Transfer-in conference: working days after the written notice', unit: 'working days' },
  firstReviewMonths: { path: 'firstReviewMonths', label: 'First review: months after the initial conference', unit: 'months' },
  laterReviewMonths: { path: 'laterReviewMonths', label: 'Later reviews: months between reviews', unit: 'months' },
  firstCoreGroupWorkingDays: { path: 'firstCoreGroupWorkingDays', label: 'First core group: working days after the initial conference', unit: 'working days' },
  'preBirthFirstReview.workingDaysAfterBirth': { path: 'preBirthFirstReview.workingDaysAfterBirth', label: 'Working days after the birth', unit: 'working days' },
  'preBirthFirstReview.monthsAfterConference': { path: 'preBirthFirstReview.monthsAfterConference', label: 'Months after the conference', unit: 'months' },
  'reportsToFamilyWorkingDays.initial': { path: 'reportsToFamilyWorkingDays.initial', label: 'Reports to the family: working days before an initial conference', unit: 'working days' },
  'reportsToFamilyWorkingDays.review': { path: 'reportsToFamilyWorkingDays.review', label: 'Reports to the family: working days before a review', unit: 'working days' },
  decisionLetterWorkingDays: { path: 'decisionLetterWorkingDays', label: 'Decision letter: working days after the conference', unit: 'working days' },
  recordWorkingDays: { path: 'recordWorkingDays', label: 'Conference record: working days after the conference', unit: 'working days' },
  dissentWindowHours: { path: 'dissentWindowHours', label: 'Formal dissent: hours after the conference to raise it', unit: 'hours' },
  quorumOtherAgencies: {
    path: 'quorumOtherAgencies',
    label: 'Agencies needed besides children’s social care',
    unit: 'agencies',
    hint: 'Agencies that have had direct contact with the child or family.',
  },
  inquorateRebookWorkingDays: { path: 'inquorateRebookWorkingDays', label: 'Rebooking a conference that was not quorate: working days', unit: 'working days' },
  dueSoonWorkingDays: { path: 'dueSoonWorkingDays', label: 'Show a deadline as due soon: working days before it', unit: 'working days' },
  retentionDays: {
    path: 'retentionDays',
    label: 'Days to keep a conference after it is exported',
    unit: 'days',
    hint: `At least ${MIN_RETENTION_DAYS} days. The record of note is in your case-management system.`,
  },
  idleLockMinutes: {
    path: 'idleLockMinutes',
    label: 'Lock Confer after this many minutes without use',
    unit: 'minutes',
    hint: 'The record is hidden until the passphrase is entered.',
  },
  readingAgeTarget: { path: 'readingAgeTarget', label: 'Reading age to write for', unit: 'years' },
  childReadingAgeTarget: {
    path: 'childReadingAgeTarget',
    label: 'Reading age to write for in a child’s own copy',
    unit: 'years',
    hint: 'The copy of the plan written for a child or young person.',
  },
  readingEaseTarget: { path: 'readingEaseTarget', label: 'Reading ease to aim for', unit: 'points', hint: 'From 0 to 100: higher is easier to read.' },
};

export function numberAt(settings: AuthoritySettings, path: NumberPath): number {
  const [group, field] = path.split('.') as [string, string | undefined];
  const value: unknown = field ? (settings as unknown as Record<string, Record<string, unknown>>)[group]?.[field] : (settings as unknown as Record<string, unknown>)[group];
  return typeof value === 'number' ? value : 0;
}

function withUnit(value: number, unit: Unit): string {
  switch (unit) {
    case 'years':
      return `${value} years`;
    case 'points':
      return String(value);
    case 'agencies':
      return `${value} ${value === 1 ? 'agency' : 'agencies'}`;
    default:
      return `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
  }
}

/** "Default: 15 working days", with any hint of the field's own before it. */
export function hintFor(field: NumberField): string {
  const fallback = `Default: ${withUnit(numberAt(DEFAULT_AUTHORITY_SETTINGS, field.path), field.unit)}`;
  return field.hint ? `${field.hint} ${fallback}.` : `${fallback}.`;
}

export const DEFAULT_HINTS = {
  chairRoleLabel: `As it appears in records and letters, for example LCPP or Child protection chair. Default: ${DEFAULT_AUTHORITY_SETTINGS.chairRoleLabel}.`,
  practiceModel: `Default: ${PRACTICE_MODEL_LABELS[DEFAULT_AUTHORITY_SETTINGS.practiceModel]}.`,
  whichever: `Default: whichever is ${DEFAULT_AUTHORITY_SETTINGS.preBirthFirstReview.whichever}.`,
} as const;

/** The form's answers: numbers as typed, so a wrong answer can be shown back with its error. */
export type SettingsDraft = Readonly<Record<NumberPath, string>> & {
  readonly chairRoleLabel: string;
  readonly practiceModel: string;
  readonly whichever: string;
};

export function draftOf(settings: AuthoritySettings): SettingsDraft {
  const numbers = Object.fromEntries(NUMBER_PATHS.map((path) => [path, String(numberAt(settings, path))])) as Record<NumberPath, string>;
  return { ...numbers, chairRoleLabel: settings.chairRoleLabel, practiceModel: settings.practiceModel, whichever: settings.preBirthFirstReview.whichever };
}

function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isNaN(value) ? undefined : value;
}

/** The answers as settings for the schema to check, keeping the saved bank holiday lists. */
export function settingsOf(draft: SettingsDraft, saved: AuthoritySettings): unknown {
  const n = (path: NumberPath) => numberOf(draft[path]);
  return {
    initialConferenceWorkingDays: n('initialConferenceWorkingDays'),
    transferInWorkingDays: n('transferInWorkingDays'),
    firstReviewMonths: n('firstReviewMonths'),
    laterReviewMonths: n('laterReviewMonths'),
    firstCoreGroupWorkingDays: n('firstCoreGroupWorkingDays'),
    reportsToFamilyWorkingDays: { initial: n('reportsToFamilyWorkingDays.initial'), review: n('reportsToFamilyWorkingDays.review') },
    decisionLetterWorkingDays: n('decisionLetterWorkingDays'),
    recordWorkingDays: n('recordWorkingDays'),
    dissentWindowHours: n('dissentWindowHours'),
    quorumOtherAgencies: n('quorumOtherAgencies'),
    inquorateRebookWorkingDays: n('inquorateRebookWorkingDays'),
    dueSoonWorkingDays: n('dueSoonWorkingDays'),
    chairRoleLabel: draft.chairRoleLabel,
    practiceModel: draft.practiceModel,
    preBirthFirstReview: {
      workingDaysAfterBirth: n('preBirthFirstReview.workingDaysAfterBirth'),
      monthsAfterConference: n('preBirthFirstReview.monthsAfterConference'),
      whichever: draft.whichever,
    },
    retentionDays: n('retentionDays'),
    idleLockMinutes: n('idleLockMinutes'),
    readingAgeTarget: n('readingAgeTarget'),
    childReadingAgeTarget: n('childReadingAgeTarget'),
    readingEaseTarget: n('readingEaseTarget'),
    extraBankHolidays: saved.extraBankHolidays,
    removedBankHolidays: saved.removedBankHolidays,
  };
}

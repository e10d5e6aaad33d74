import type { SummaryItem } from '../agenda/draft';

/** Which part of the settings screen a problem came from: each part saves on its own. */
export type SettingsPart = 'identity' | 'settings' | 'bank-holidays' | 'templates' | 'language-packs';

/** A part reports its problems (none once it saves); the screen lists them all in one summary. */
export type ReportProblems = (part: SettingsPart, problems: readonly SummaryItem[]) => void;

import { z } from 'zod';
import type { PracticeModel } from '../authority/settings';
import { restrictionField, RestrictionSchema } from '../audience/restriction';
import { entityId, optionalLongText, optionalText, SHORT_TEXT, LONG_TEXT } from '../text/fields';
import { PersonRefSchema, requiredLongText } from './fields';

/**
 * The analysis (brief §4.1, entities 14 and 15): what we are worried about, what is working well,
 * and what needs to happen, then a 0–10 scale from each person with their reason.
 */
export const STATEMENT_KINDS = ['harm', 'danger', 'complicating-factor', 'strength', 'existing-safety', 'safety-goal', 'next-step'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const ANALYSIS_COLUMNS = ['worries', 'working-well', 'needs-to-happen'] as const;
export type AnalysisColumn = (typeof ANALYSIS_COLUMNS)[number];

export const COLUMN_OF: Readonly<Record<StatementKind, AnalysisColumn>> = {
  harm: 'worries',
  danger: 'worries',
  'complicating-factor': 'worries',
  strength: 'working-well',
  'existing-safety': 'working-well',
  'safety-goal': 'needs-to-happen',
  'next-step': 'needs-to-happen',
};

export const STATEMENT_KIND_LABELS: Readonly<Record<StatementKind, string>> = {
  harm: 'Harm (what has happened)',
  danger: 'Danger statement (what we are worried could happen)',
  'complicating-factor': 'Complicating factor',
  strength: 'Strength',
  'existing-safety': 'Existing safety',
  'safety-goal': 'Safety goal',
  'next-step': 'Next step',
};

/** The three columns' headings in each practice model the authority may choose. */
export const COLUMN_HEADINGS: Readonly<Record<PracticeModel, Readonly<Record<AnalysisColumn, string>>>> = {
  'signs-of-safety': { worries: 'What are we worried about?', 'working-well': 'What is working well?', 'needs-to-happen': 'What needs to happen?' },
  'strengthening-families': { worries: 'Danger and risk', 'working-well': 'Strengths and protective factors', 'needs-to-happen': 'What needs to change' },
  'family-safeguarding': { worries: 'Worries and risks', 'working-well': 'Strengths and resources', 'needs-to-happen': 'Goals and what will change' },
  other: { worries: 'Worries', 'working-well': 'What is working well', 'needs-to-happen': 'What needs to happen' },
};

export const SaveStatementSchema = z
  .object({
    conferenceId: entityId,
    id: entityId,
    kind: z.enum(STATEMENT_KINDS, { error: 'Choose what kind of statement this is.' }),
    text: requiredLongText('statement'),
    /** A safety goal answers one danger statement. */
    pairedDangerId: entityId.nullable().default(null),
    /** Written in the family's own words, and whose words they are. */
    inFamilysWords: z.boolean().default(false),
    whoseWords: optionalText(SHORT_TEXT, 'name of the person whose words these are'),
    restriction: restrictionField(),
  })
  .superRefine((statement, context) => {
    if (statement.kind === 'safety-goal' && statement.pairedDangerId === null) {
      context.addIssue({ code: 'custom', path: ['pairedDangerId'], message: 'Choose the danger statement this safety goal answers.' });
    }
    if (statement.inFamilysWords && statement.whoseWords === '') {
      context.addIssue({ code: 'custom', path: ['whoseWords'], message: 'Say whose words these are.' });
    }
  });
export type SaveStatement = z.infer<typeof SaveStatementSchema>;

export const StatementSchema = z.object({
  id: entityId,
  kind: z.enum(STATEMENT_KINDS),
  text: z.string(),
  pairedDangerId: entityId.nullable(),
  inFamilysWords: z.boolean(),
  whoseWords: z.string(),
  restriction: RestrictionSchema,
});
export type Statement = z.infer<typeof StatementSchema>;

export const SCALE_QUESTION =
  'On a scale of 0 to 10, where 10 means everyone knows the children are safe enough for children’s services to close the case, and 0 means things are so bad the children cannot stay at home, where are things today?';

export const SaveScaleSchema = z.object({
  conferenceId: entityId,
  id: entityId,
  rater: PersonRefSchema,
  /** The danger statement it scales, or null for the overall scale. */
  dangerStatementId: entityId.nullable().default(null),
  score: z
    .number({ error: 'Enter a number from 0 to 10.' })
    .int({ message: 'Enter a whole number from 0 to 10.' })
    .min(0, { message: 'Enter a number from 0 to 10.' })
    .max(10, { message: 'Enter a number from 0 to 10.' }),
  reason: optionalLongText(LONG_TEXT, 'reason'),
  /** Who may read the reason; the score itself is for everyone. */
  restriction: restrictionField(),
});
export type SaveScale = z.infer<typeof SaveScaleSchema>;

export const ScaleSchema = z.object({
  id: entityId,
  rater: PersonRefSchema,
  raterName: z.string(),
  raterRole: z.string(),
  dangerStatementId: entityId.nullable(),
  score: z.number().int(),
  reason: z.string(),
  restriction: RestrictionSchema,
});
export type Scale = z.infer<typeof ScaleSchema>;

export const RemoveItemSchema = z.object({ conferenceId: entityId, id: entityId });

/**
 * The calls behind the language checks in the app: the authority's pack, "ignore here,
 * because…" decisions kept with the record they apply to, and a conference's summary of open
 * findings. Which stored texts are checked, and for whom, is declared here once.
 */
import { z } from 'zod';
import { AuthorityPackSchema } from '../language/packs';
import { CATEGORIES, type Audience } from '../language/types';
import { entityId, LONG_TEXT, longText } from '../text/fields';

/** The records whose texts are checked, each field with the audience it is written for. */
export const LANGUAGE_FIELDS = {
  /**
   * The conference's own details. The chair's declaration is what the family will be told; the
   * reason for the conference is written for the family's information pack (issue 17).
   */
  conference: { chairDeclaration: 'family', delayReason: 'professional', inquorateReason: 'professional', familyReason: 'family' },
  /** What was said at the meeting, as minuted: the professional record. */
  contribution: { text: 'professional' },
  /** A child's decision: the chair's reasons and the reasons beside it are the professional record. */
  decision: { chairReasons: 'professional', categoryJustification: 'professional', deferredReason: 'professional' },
  /** An analysis statement (professional, even when written in the family's words: those are theirs, quoted). */
  statement: { text: 'professional' },
  /** A disagreement or formal dissent: the professional record. */
  dissent: { grounds: 'professional', outcome: 'professional' },
  /** The plan's outcomes and actions go into the family's plan. */
  outcome: { text: 'family', measure: 'family' },
  action: { what: 'family' },
  /** The plan itself (one per conference, kept under the conference's id): the contingency plan is the family's. */
  plan: { contingency: 'family' },
  /** A correction after sign-off and its reason: the professional record. */
  amendment: { correction: 'professional', reason: 'professional' },
} as const satisfies Record<string, Record<string, Audience>>;

export type LanguageRecordKind = keyof typeof LANGUAGE_FIELDS;
export const LANGUAGE_RECORD_KINDS = Object.keys(LANGUAGE_FIELDS) as readonly LanguageRecordKind[];

export function audienceOf(recordKind: LanguageRecordKind, field: string): Audience | null {
  const fields: Readonly<Record<string, Audience>> = LANGUAGE_FIELDS[recordKind];
  return Object.prototype.hasOwnProperty.call(fields, field) ? (fields[field] ?? null) : null;
}

/** One text field of one record of one conference. */
export const LanguageTargetSchema = z
  .object({
    conferenceId: entityId,
    recordKind: z.enum(LANGUAGE_RECORD_KINDS as [LanguageRecordKind, ...LanguageRecordKind[]], { error: 'Choose a kind of record that is checked.' }),
    recordId: entityId,
    field: z.string().min(1).max(60),
  })
  .superRefine((target, context) => {
    if (audienceOf(target.recordKind, target.field) === null) context.addIssue({ code: 'custom', path: ['field'], message: 'This field is not checked for wording.' });
  });
export type LanguageTarget = z.infer<typeof LanguageTargetSchema>;

const ignoreFields = {
  id: entityId,
  conferenceId: entityId,
  recordKind: z.enum(LANGUAGE_RECORD_KINDS as [LanguageRecordKind, ...LanguageRecordKind[]]),
  recordId: entityId,
  field: z.string(),
  ruleId: z.string(),
  /** The flagged words: the decision applies wherever this rule flags these words in this field. */
  text: z.string(),
  reason: z.string(),
};

export const IgnoreDecisionSchema = z.object({ ...ignoreFields, decidedBy: z.string(), decidedAt: z.string() });
export type IgnoreDecision = z.infer<typeof IgnoreDecisionSchema>;

export const IGNORE_REASON_MAX = 1_000;

export const IgnoreFindingSchema = z
  .object({
    ...ignoreFields,
    field: z.string().min(1).max(60),
    ruleId: z.string().min(1, { message: 'Say which check this is.' }).max(120).regex(/^[A-Za-z0-9.+_-]+$/u, { message: 'This is not a check’s name.' }),
    text: z.string().min(1, { message: 'Say which words were flagged.' }).max(LONG_TEXT, { message: `The flagged words can be at most ${LONG_TEXT.toLocaleString('en-GB')} characters.` }),
    reason: longText(
      z
        .string({ error: 'Say why the wording is right here.' })
        .trim()
        .min(3, { message: 'Say why the wording is right here.' })
        .max(IGNORE_REASON_MAX, { message: `The reason can be at most ${IGNORE_REASON_MAX.toLocaleString('en-GB')} characters.` }),
      'reason',
    ),
  })
  .superRefine((input, context) => {
    if (audienceOf(input.recordKind, input.field) === null) context.addIssue({ code: 'custom', path: ['field'], message: 'This field is not checked for wording.' });
  });
export type IgnoreFinding = z.infer<typeof IgnoreFindingSchema>;

export const RemoveIgnoreSchema = z.object({ conferenceId: entityId, id: entityId });

/** Caps on an authority pack, so an imported file cannot be made arbitrarily large. */
export const PACK_LIMITS = { acronyms: 500, preferredTerms: 500, properNouns: 2_000, rules: 500 } as const;

export const BoundedAuthorityPackSchema = AuthorityPackSchema.superRefine((pack, context) => {
  if (pack.acronyms.length > PACK_LIMITS.acronyms) context.addIssue({ code: 'custom', path: ['acronyms'], message: `A pack can have at most ${PACK_LIMITS.acronyms} acronyms.` });
  if (pack.preferredTerms.length > PACK_LIMITS.preferredTerms) context.addIssue({ code: 'custom', path: ['preferredTerms'], message: `A pack can have at most ${PACK_LIMITS.preferredTerms} preferred terms.` });
  if (pack.properNouns.length > PACK_LIMITS.properNouns) context.addIssue({ code: 'custom', path: ['properNouns'], message: `A pack can have at most ${PACK_LIMITS.properNouns} names.` });
  if (Object.keys(pack.rules).length > PACK_LIMITS.rules) context.addIssue({ code: 'custom', path: ['rules'], message: `A pack can change at most ${PACK_LIMITS.rules} checks.` });
  const seen = new Set<string>();
  pack.acronyms.forEach((item, index) => {
    const key = item.acronym.toUpperCase();
    if (seen.has(key)) context.addIssue({ code: 'custom', path: ['acronyms', index, 'acronym'], message: `${item.acronym} is listed twice.` });
    seen.add(key);
  });
});

export const AuthorityPackStateSchema = z.object({
  /** Null until the authority saves its own pack: only the national pack applies. */
  pack: AuthorityPackSchema.nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type AuthorityPackState = z.infer<typeof AuthorityPackStateSchema>;

export const SaveAuthorityPackSchema = z.object({ pack: BoundedAuthorityPackSchema.nullable() });

const count = z.number().int().nonnegative();
export const SeverityCountsSchema = z.object({ error: count, warning: count, info: count });
export type SeverityCounts = z.infer<typeof SeverityCountsSchema>;

export const LanguageSummarySchema = z.object({
  conferenceId: entityId,
  /** Stored texts that were checked (non-empty fields). */
  textsChecked: count,
  open: SeverityCountsSchema,
  ignored: count,
  byCategory: z.array(z.object({ category: z.enum(CATEGORIES), counts: SeverityCountsSchema })),
  /** Error-level findings left in family-facing text: these hold back the family's plan. */
  familyFacingErrors: count,
});
export type LanguageSummary = z.infer<typeof LanguageSummarySchema>;

import { z } from 'zod';
import { LEFT_OUT_KINDS, LEFT_OUT_RULES } from '../audience/left-out';
import { BILINGUAL_ORDERS, LOCALE_PATTERN } from '../i18n/choice';
import { entityId, longText } from '../text/fields';
import { DOCUMENT_KINDS } from './source';

export const PRINT_SIZE_NAMES = ['standard', 'large'] as const;
export type PrintSizeName = (typeof PRINT_SIZE_NAMES)[number];

/** Long enough to say why; short enough to keep out pasted documents. */
const OVERRIDE_REASON_MAX = 1_000;

/** The documents made for one named recipient (shared/audience/recipients.ts), and the others. */
export const FAMILY_DOCUMENT_KINDS = ['family-plan', 'letter'] as const;
export type FamilyDocumentKind = (typeof FAMILY_DOCUMENT_KINDS)[number];
export function isFamilyDocument(kind: string): kind is FamilyDocumentKind {
  return (FAMILY_DOCUMENT_KINDS as readonly string[]).includes(kind);
}

/** Children the chair adds to one recipient's copy, beyond their own, and why (kept with the record of it). */
const addedChildren = {
  addedChildIds: z.array(entityId).max(20).default([]),
  addedReason: longText(z.string().trim().max(OVERRIDE_REASON_MAX, 'Keep the reason under 1,000 characters.'), 'reason').nullable().default(null),
};
const ADDED_REASON_MESSAGE = 'Say why this copy covers another child.';
function reasonForAdded(request: { addedChildIds: readonly string[]; addedReason: string | null }): boolean {
  return request.addedChildIds.length === 0 || (request.addedReason ?? '') !== '';
}

/** The documents that can be made bilingual: every family-facing one (issue 16). */
export const BILINGUAL_KINDS = ['family-plan', 'letter', 'child-plan'] as const;

/**
 * A family document in English and the recipient's language, paragraph by paragraph, the
 * language first or second as the chair chooses. A pack no translator has checked (a draft) is
 * only used when the chair confirms it.
 */
export const BilingualSchema = z
  .object({
    language: z.string().regex(LOCALE_PATTERN, 'Choose a language.'),
    order: z.enum(BILINGUAL_ORDERS),
    confirmDraft: z.boolean().default(false),
  })
  .strict();
export type Bilingual = z.infer<typeof BilingualSchema>;

/**
 * Which document to make for a conference. The family's plan and the decision letter are made for
 * one named recipient, with any children the chair adds to their copy; a child's own copy for that
 * child.
 */
export const MakeDocumentSchema = z
  .object({
    conferenceId: entityId,
    kind: z.enum(DOCUMENT_KINDS, { error: 'Choose which document to make.' }),
    printSize: z.enum(PRINT_SIZE_NAMES).default('standard'),
    /** A family member's id, 'family-network', a child's id, or 'everyone-invited' (the letter); only for a family document. */
    recipientId: z.string().max(64).nullable().default(null),
    /** The chair's reason to send a family copy with wording problems left in (see familyPlanGate). */
    overrideReason: longText(z.string().max(OVERRIDE_REASON_MAX, 'Keep the reason under 1,000 characters.'), 'reason').nullable().default(null),
    /** English and the recipient's language, or null for English only. */
    bilingual: BilingualSchema.nullable().default(null),
    ...addedChildren,
  })
  .strict()
  .refine((request) => request.bilingual === null || (BILINGUAL_KINDS as readonly string[]).includes(request.kind), {
    message: 'Only the family’s plan, the decision letter and the child’s own copy can be made in two languages.',
    path: ['bilingual'],
  })
  .refine((request) => request.kind !== 'family-plan' || request.recipientId !== null, { message: 'Choose who the family’s plan is for.', path: ['recipientId'] })
  .refine((request) => request.kind !== 'letter' || request.recipientId !== null, { message: 'Choose who the decision letter is for.', path: ['recipientId'] })
  .refine((request) => request.kind !== 'child-plan' || request.recipientId !== null, { message: 'Choose which child this copy is for.', path: ['recipientId'] })
  .refine((request) => request.kind !== 'information-pack' || request.recipientId !== null, { message: 'Choose who the information pack is for.', path: ['recipientId'] })
  .refine(reasonForAdded, { message: ADDED_REASON_MESSAGE, path: ['addedReason'] });
export type MakeDocument = z.infer<typeof MakeDocumentSchema>;

/** A made document: the PDF itself, ready to preview and save. */
export const MadeDocumentSchema = z.object({
  fileName: z.string(),
  title: z.string(),
  pages: z.number().int().nonnegative(),
  /** The PDF file, base64-encoded so it crosses IPC and HTTP as text. */
  pdfBase64: z.string(),
  /** True when this file passed the checks and so carries the PDF/UA identifier. */
  pdfUaIdentifier: z.boolean(),
  /** "en-GB", or the second language of a bilingual copy. */
  language: z.string().default('en-GB'),
  /** Fixed words the language's pack lacks, printed in English instead (its message keys). */
  untranslatedKeys: z.array(z.string()).default([]),
});
export type MadeDocument = z.infer<typeof MadeDocumentSchema>;

export const FamilyPlanCheckRequestSchema = z
  .object({
    conferenceId: entityId,
    /** The family's plan (checked for wording too) or the decision letter. */
    kind: z.enum(FAMILY_DOCUMENT_KINDS).default('family-plan'),
    recipientId: z.string().max(64).nullable().default(null),
    ...addedChildren,
  })
  .strict()
  .refine(reasonForAdded, { message: ADDED_REASON_MESSAGE, path: ['addedReason'] });
export type FamilyPlanCheckRequest = z.infer<typeof FamilyPlanCheckRequestSchema>;

/** One thing left out of a recipient's copy, and the rule that left it out (shared/audience/left-out.ts). */
export const LeftOutSchema = z.object({
  kind: z.enum(LEFT_OUT_KINDS),
  id: z.string(),
  description: z.string(),
  rule: z.enum(LEFT_OUT_RULES),
  summaryInstead: z.boolean(),
});

/**
 * What the chair sees before making a family document: who it can go to, what was left out of the
 * chosen recipient's copy and why, and for the family's plan how readable it is.
 */
export const FamilyPlanCheckSchema = z.object({
  recipients: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      /** The children this recipient's copy covers before the chair adds any. */
      childIds: z.array(z.string()),
    }),
  ),
  /** Null until a recipient is chosen. */
  leftOut: z.array(LeftOutSchema).nullable(),
  /** Null until a recipient is chosen, and for the letter (its wording is checked where it is written). */
  check: z
    .object({
      recipientId: z.string(),
      title: z.string(),
      words: z.number().int(),
      /** Null when there are too few words to work one out. */
      readingAge: z.number().nullable(),
      readingAgeTarget: z.number(),
      readingEase: z.number(),
      errors: z.array(z.object({ message: z.string(), excerpt: z.string() })),
      warnings: z.number().int(),
      gate: z.object({ allowed: z.boolean(), reason: z.string() }),
    })
    .nullable(),
});
export type FamilyPlanCheck = z.infer<typeof FamilyPlanCheckSchema>;

export const ChildPlanCheckRequestSchema = z.object({ conferenceId: entityId, childId: entityId.nullable().default(null) }).strict();

/** The wording of one family-facing copy, as the chair sees it before making it. */
const WordingCheckSchema = z.object({
  title: z.string(),
  words: z.number().int(),
  /** Null when there are too few words to work one out. */
  readingAge: z.number().nullable(),
  readingAgeTarget: z.number(),
  readingEase: z.number(),
  errors: z.array(z.object({ message: z.string(), excerpt: z.string() })),
  warnings: z.number().int(),
  gate: z.object({ allowed: z.boolean(), reason: z.string() }),
});

/**
 * What the chair sees before making a child's own copy: the children who can have one (each
 * offered by default from age 10; the chair chooses), what was left out of the chosen child's
 * copy and why, and how it reads against the children's reading-age target.
 */
export const ChildPlanCheckSchema = z.object({
  children: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Whole years on the day of the conference; null when the date of birth is not known. */
      age: z.number().int().nullable(),
      offeredByDefault: z.boolean(),
    }),
  ),
  /** What was left out of the chosen child's copy and why; null until a child is chosen. */
  leftOut: z.array(LeftOutSchema).nullable(),
  /** Null until a child is chosen. */
  check: WordingCheckSchema.extend({ childId: z.string() }).nullable(),
});
export type ChildPlanCheck = z.infer<typeof ChildPlanCheckSchema>;

/** A document made for a conference, as the Documents section lists them. */
export const DocumentExportSchema = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  printSize: z.enum(PRINT_SIZE_NAMES),
  /** Who a family document or a child's own copy was made for, by name; null for the other documents. */
  recipientName: z.string().nullable(),
  /** Children the chair added to the copy, by name, and why; empty and null when none were added. */
  addedChildren: z.array(z.string()),
  addedReason: z.string().nullable(),
  madeAt: z.string(),
  madeBy: z.string(),
  /** Error-level wording problems left in a family's plan, and the chair's reason for sending it so. */
  wordingErrors: z.number().int().nonnegative(),
  overrideReason: z.string().nullable(),
});
export type DocumentExport = z.infer<typeof DocumentExportSchema>;

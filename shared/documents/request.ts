import { z } from 'zod';
import { entityId } from '../text/fields';
import { DOCUMENT_KINDS } from './source';

export const PRINT_SIZE_NAMES = ['standard', 'large'] as const;
export type PrintSizeName = (typeof PRINT_SIZE_NAMES)[number];

/** Long enough to say why; short enough to keep out pasted documents. */
const OVERRIDE_REASON_MAX = 1_000;

/** Which document to make for a conference. The family's plan and the child's copy are always made for one named recipient. */
export const MakeDocumentSchema = z
  .object({
    conferenceId: entityId,
    kind: z.enum(DOCUMENT_KINDS, { error: 'Choose which document to make.' }),
    printSize: z.enum(PRINT_SIZE_NAMES).default('standard'),
    /** A family member's id, or 'family-network', for the family's plan; the child's id for the child's copy. */
    recipientId: z.string().max(64).nullable().default(null),
    /** The chair's reason to send a family copy with wording problems left in (see familyPlanGate). */
    overrideReason: z.string().max(OVERRIDE_REASON_MAX, 'Keep the reason under 1,000 characters.').nullable().default(null),
  })
  .strict()
  .refine((request) => request.kind !== 'family-plan' || request.recipientId !== null, {
    message: 'Choose who the family’s plan is for.',
    path: ['recipientId'],
  })
  .refine((request) => request.kind !== 'child-plan' || request.recipientId !== null, {
    message: 'Choose which child this copy is for.',
    path: ['recipientId'],
  });
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
});
export type MadeDocument = z.infer<typeof MadeDocumentSchema>;

export const FamilyPlanCheckRequestSchema = z.object({ conferenceId: entityId, recipientId: z.string().max(64).nullable().default(null) }).strict();

/** What the chair sees before exporting the family's plan: who it can go to, and how readable it is. */
export const FamilyPlanCheckSchema = z.object({
  recipients: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
  /** Null until a recipient is chosen. */
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
 * offered by default from age 10; the chair chooses), and how the chosen child's copy reads
 * against the children's reading-age target.
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
  /** Null until a child is chosen. */
  check: WordingCheckSchema.extend({ childId: z.string() }).nullable(),
});
export type ChildPlanCheck = z.infer<typeof ChildPlanCheckSchema>;

/** A document made for a conference, as the Documents section lists them. */
export const DocumentExportSchema = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  printSize: z.enum(PRINT_SIZE_NAMES),
  /** Who a family's plan or a child's copy was made for, by name; null for the other documents. */
  recipientName: z.string().nullable(),
  madeAt: z.string(),
  madeBy: z.string(),
  /** Error-level wording problems left in a family's plan, and the chair's reason for sending it so. */
  wordingErrors: z.number().int().nonnegative(),
  overrideReason: z.string().nullable(),
});
export type DocumentExport = z.infer<typeof DocumentExportSchema>;

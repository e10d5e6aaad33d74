import { z } from 'zod';
import { FiguresSchema } from './figures';

/**
 * The evaluation file a chair's laptop exports so one copy of Confer can show the authority's
 * whole picture: our own JSON format, with a format marker, a version, the figures as aggregate
 * counts only, and the SHA-256 digest of the rest (see electron/handlers/evaluation-file.ts).
 */
export const EVALUATION_FILE_FORMAT = 'confer-evaluation';
export const EVALUATION_FILE_VERSION = 1;
/** Far above any real file (a few kilobytes): anything larger is not one of ours. */
export const EVALUATION_FILE_MAX_CHARS = 200_000;

export const EvaluationFileSchema = z.strictObject({
  format: z.literal(EVALUATION_FILE_FORMAT),
  version: z.literal(EVALUATION_FILE_VERSION),
  figures: FiguresSchema,
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type EvaluationFile = z.infer<typeof EvaluationFileSchema>;

/** What the digest covers: everything but the digest, keys in a fixed order, so it is the same wherever it is worked out. */
export function digestInput(file: { readonly format: string; readonly version: number; readonly figures: unknown }): string {
  return canonicalJson({ format: file.format, version: file.version, figures: file.figures });
}

/** JSON with every object's keys sorted: one text for one content. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const ImportEvaluationFileSchema = z.strictObject({
  content: z.string().max(EVALUATION_FILE_MAX_CHARS, { message: 'This file is too large to be a Confer evaluation file. Nothing was imported.' }),
});

export const EvaluationFileOutSchema = z.strictObject({ fileName: z.string(), content: z.string() });

export const ImportedEvaluationSchema = z.strictObject({
  /** The first characters of the file's digest: enough to tell files apart on screen. */
  reference: z.string(),
  importedAt: z.string(),
  conferences: z.number().int().min(0),
});

export const EvaluationImportsSchema = z.strictObject({
  files: z.array(ImportedEvaluationSchema),
  /** The imported files' figures added together; null with none imported. */
  combined: FiguresSchema.nullable(),
});
export type EvaluationImports = z.infer<typeof EvaluationImportsSchema>;

export const ImportEvaluationResultSchema = z.strictObject({ alreadyImported: z.boolean(), conferences: z.number().int().min(0) });

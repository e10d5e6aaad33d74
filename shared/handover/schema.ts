import { z } from 'zod';
import { entityId } from '../text/fields';

export const MIN_PASSPHRASE_LENGTH = 12;

const passphrase = z
  .string({ error: 'Enter the passphrase.' })
  .min(MIN_PASSPHRASE_LENGTH, { message: `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters, for example three unrelated words.` })
  .max(500, { message: 'The passphrase can be at most 500 characters.' });

/** A package travels as base64 text over IPC and HTTP; 12 MB of it at most. */
const packageText = z
  .string({ error: 'Choose a package file.' })
  .min(1, { message: 'Choose a package file.' })
  .max(12_000_000, { message: 'This file is too large to be a Confer handover package.' })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'This file is not a Confer handover package.' });

export const ExportHandoverSchema = z.object({ conferenceId: entityId, passphrase });
export const HandoverPackageSchema = z.object({ fileName: z.string(), content: z.string() });
export const ImportHandoverSchema = z.object({ content: packageText, passphrase: z.string().min(1, { message: 'Enter the passphrase.' }).max(500) });
/** What an import added; `alreadyHere` when everything in the package was here already, so nothing changed. */
export const ImportResultSchema = z.object({ conferenceId: entityId, newRecords: z.number().int(), alreadyHere: z.boolean() });
export type ImportResult = z.infer<typeof ImportResultSchema>;

import { z } from 'zod';
import { entityId } from '../text/fields';

export const RETENTION_STATES = ['not-exported', 'kept', 'due'] as const;

export const RetentionItemSchema = z.object({
  conferenceId: entityId,
  children: z.string(),
  scheduledDate: z.string(),
  state: z.enum(RETENTION_STATES),
  /** Only a finalised conference can be marked as exported to the case-management system. */
  finalised: z.boolean(),
  exportedAt: z.string().nullable(),
  /** When this computer may remove it (exported date plus the authority's retention period). */
  removableFrom: z.string().nullable(),
});
export type RetentionItem = z.infer<typeof RetentionItemSchema>;

export const RemoveConferenceSchema = z.object({
  conferenceId: entityId,
  /** The person typed the word to confirm: removal cannot be undone on this computer. */
  confirmation: z.literal('REMOVE', { error: 'Type REMOVE to confirm.' }),
});

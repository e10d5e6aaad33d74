import { z } from 'zod';
import { FamilyReasonSchema } from '../invitations/family-reason';

/** The Invitations section's information packs: the chair's reason, and who can have a pack and when one last went out. */
export const InformationPacksSchema = z.object({
  reason: FamilyReasonSchema,
  recipients: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(['parent-or-carer', 'child']),
      /** When a pack was last made for them (ISO time), or null. */
      lastMadeAt: z.string().nullable(),
    }),
  ),
});
export type InformationPacks = z.infer<typeof InformationPacksSchema>;

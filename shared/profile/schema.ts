import { z } from 'zod';
import { boundedText } from '../text/fields';

/** Who is using Confer on this computer (issue 15): the name every record and document shows. */
export const PROFILE_ROLES = ['chair', 'minute-taker', 'administrator'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];
export const PROFILE_ROLE_LABELS: Readonly<Record<ProfileRole, string>> = {
  chair: 'Chair',
  'minute-taker': 'Minute-taker',
  administrator: 'Administrator (business support)',
};

export const PROFILE_NAME_MAX = 100;

export const ProfileDetailsSchema = z
  .object({
    name: boundedText(PROFILE_NAME_MAX, 'name'),
    role: z.enum(PROFILE_ROLES, { error: 'Choose your role.' }),
  })
  .strict();
export type ProfileDetails = z.infer<typeof ProfileDetailsSchema>;

export const ProfileSchema = ProfileDetailsSchema.extend({ updatedAt: z.string() });
export type Profile = z.infer<typeof ProfileSchema>;

export const SaveProfileSchema = z.object({ profile: ProfileDetailsSchema }).strict();

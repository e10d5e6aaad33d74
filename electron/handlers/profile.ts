import type { Profile, ProfileDetails } from '../../shared/profile/schema';
import { appendAudit } from '../../db/audit/queries';
import { readProfile, writeProfile } from '../../db/profile/queries';
import type { HandlerContext } from './context';

/** Who is using Confer, or null at first run (the app asks before anything else). */
export function getProfile(context: HandlerContext): Profile | null {
  return readProfile(context.db);
}

/** Sets up or changes the profile; from now on changes are recorded in this name. */
export function saveProfile(context: HandlerContext, profile: ProfileDetails): Profile {
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      const before = readProfile(context.db);
      writeProfile(context.db, profile, at);
      // The trail says who set the name up, in the name they gave (not the computer's login).
      appendAudit(context.db, { at, actor: profile.name, action: before ? 'update' : 'create', entity: 'profile', entityId: 'profile', conferenceId: null });
    })
    .immediate();
  const saved = readProfile(context.db);
  if (!saved) throw new Error('The profile was not saved.');
  return saved;
}

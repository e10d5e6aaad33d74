import type { Profile, ProfileDetails } from '../../shared/profile/schema';
import type { Db } from '../open';

interface ProfileRow {
  readonly name: string;
  readonly role: Profile['role'];
  readonly updated_at: string;
}

export function readProfile(db: Db): Profile | null {
  const row = db.prepare('SELECT name, role, updated_at FROM user_profile WHERE id = 1').get() as ProfileRow | undefined;
  return row ? { name: row.name, role: row.role, updatedAt: row.updated_at } : null;
}

export function writeProfile(db: Db, profile: ProfileDetails, at: string): void {
  db.prepare(
    `INSERT INTO user_profile (id, name, role, updated_at) VALUES (1, @name, @role, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, updated_at = excluded.updated_at`,
  ).run({ ...profile, at });
}

import type Database from 'better-sqlite3-multiple-ciphers';
import { migration0001Conferences } from './0001-conferences';
import { migration0002ConferenceSetup } from './0002-conference-setup';
import { migration0003LiveCapture } from './0003-live-capture';
// Decision and plan
import { migration0004DecisionAndPlan } from './0004-decision-and-plan';
import { migration0005AppLock } from './0005-app-lock';
// Language checks
import { migration0006Language } from './0006-language';
import { migration0008Retention } from './0008-retention';
// Search
import { migration0009Search } from './0009-search';
// Language checks on the decision and plan
import { migration0010LanguageRecords } from './0010-language-records';
// Deadline filters in SQL
import { migration0011NextDeadline } from './0011-next-deadline';
import { migration0012DocumentExports } from './0012-document-exports';
// The retention exception keyed on the conference being removed (issue 14)
import { migration0013RemovalByConference } from './0013-removal-by-conference';
// Restores recorded; the app lock's wrong passphrases kept
import { migration0014RestoresAndLockAttempts } from './0014-restores-and-lock-attempts';
// Nothing lost, nothing forged: speakers not yet chosen, text kept for an amendment
import { migration0015SpeakersAndKeptText } from './0015-speakers-and-kept-text';
// Every word has an audience
import { migration0016Audience } from './0016-audience';
// Every word has an audience: whom a helper supports, letters per recipient, children added to a copy
import { migration0017AudienceDocuments } from './0017-audience-documents';
// Held is its own state; the deadlines after the meeting (issue 15)
import { migration0018Held } from './0018-held';
// Who is using the app (issue 15)
import { migration0019UserProfile } from './0019-user-profile';
// The authority's identity: the letterhead of every document (issue 15)
import { migration0020AuthorityIdentity } from './0020-authority-identity';
// Interpreters where the meeting happens (issue 15)
import { migration0021Interpreters } from './0021-interpreters';
// Every word has an audience: why the review is brought forward, and how each child is seen
import { migration0023PlanMarkings } from './0023-plan-markings';
// A conference's restricted parts and exclusions, found by conference (the family-safe search)
import { migration0024ClosedPartsByConference } from './0024-closed-parts-by-conference';
// The family's feedback after a conference, kept apart from the record (issue 17)
import { migration0025FamilyFeedback } from './0025-family-feedback';
import { migration0026LanguagePacks } from './0026-language-packs';
// The conference's own words through the translation service (issue 16)
import { migration0027Translations } from './0027-translations';
// The family's information pack and family mode (issue 17)
import { migration0028FamilySide } from './0028-family-side';
// How conferences are going: person ids, teams, how family documents read, imported figures (issue 17)
import { migration0029Evaluation } from './0029-evaluation';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database.Database) => void;
}

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Conferences,
  migration0002ConferenceSetup,
  migration0003LiveCapture,
  // Decision and plan
  migration0004DecisionAndPlan,
  migration0005AppLock,
  // Language checks
  migration0006Language,
  migration0008Retention,
  // Search
  migration0009Search,
  // Language checks on the decision and plan
  migration0010LanguageRecords,
  // Deadline filters in SQL
  migration0011NextDeadline,
  migration0012DocumentExports,
  // The retention exception keyed on the conference being removed (issue 14)
  migration0013RemovalByConference,
  // Restores recorded; the app lock's wrong passphrases kept
  migration0014RestoresAndLockAttempts,
  // Nothing lost, nothing forged: speakers not yet chosen, text kept for an amendment
  migration0015SpeakersAndKeptText,
  // Every word has an audience
  migration0016Audience,
  // Every word has an audience: whom a helper supports, letters per recipient, children added to a copy
  migration0017AudienceDocuments,
  // Held is its own state; the deadlines after the meeting (issue 15)
  migration0018Held,
  // Who is using the app (issue 15)
  migration0019UserProfile,
  // The authority's identity: the letterhead of every document (issue 15)
  migration0020AuthorityIdentity,
  // Interpreters where the meeting happens (issue 15)
  migration0021Interpreters,
  // Every word has an audience: why the review is brought forward, and how each child is seen
  migration0023PlanMarkings,
  // A conference's restricted parts and exclusions, found by conference (the family-safe search)
  migration0024ClosedPartsByConference,
  migration0025FamilyFeedback,
  migration0026LanguagePacks,
  migration0027Translations,
  // The family's information pack and family mode (issue 17)
  migration0028FamilySide,
  // How conferences are going: person ids, teams, how family documents read, imported figures (issue 17)
  migration0029Evaluation,
];

export class DatabaseFromNewerVersionError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(
      `This database was written by a newer version of Confer (schema ${found}; this version understands up to ${supported}). ` +
        'Install the latest version of Confer to open it. Nothing has been changed.',
    );
    this.name = 'DatabaseFromNewerVersionError';
  }
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export function assertStrictlyIncreasing(migrations: readonly Migration[]): void {
  migrations.reduce((previous, migration) => {
    if (!Number.isInteger(migration.version) || migration.version <= previous) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, not above ${previous}.`);
    }
    return migration.version;
  }, 0);
}

/**
 * Bring the schema up to date in one transaction: either every pending migration applies or none.
 * `upTo` exists for migration tests, which seed data in the shape before a migration.
 */
export function runMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  upTo: number = latestVersion(migrations),
): number {
  assertStrictlyIncreasing(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  const supported = latestVersion(migrations);
  if (current > supported) throw new DatabaseFromNewerVersionError(current, supported);
  const pending = migrations.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return pending.at(-1)?.version ?? current;
}

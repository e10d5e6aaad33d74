import type {
  Attendance,
  ChildVoice,
  ContributionVersion,
  Exclusion,
  RestrictedPart,
  SaveContribution,
  Speaker,
} from '../../shared/capture/schema';
import { markingText, readMarking } from '../audience/markings';
import type { Db } from '../open';

export interface ContributionRow {
  readonly id: string;
  readonly conference_id: string;
  readonly agenda_item_id: string;
  readonly speaker: string;
  readonly kind: SaveContribution['kind'];
  readonly text: string;
  readonly spoken_at: string;
  readonly restriction: string;
  readonly report_id: string | null;
  readonly version: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly updated_by: string;
}

export function findContribution(db: Db, id: string): ContributionRow | undefined {
  return db.prepare('SELECT * FROM contribution WHERE id = ?').get(id) as ContributionRow | undefined;
}

export function listContributionRows(db: Db, conferenceId: string): readonly ContributionRow[] {
  return db.prepare('SELECT * FROM contribution WHERE conference_id = ? ORDER BY created_at, rowid').all(conferenceId) as ContributionRow[];
}

/** While the same person keeps typing, their saves refine one version rather than making many. */
export const EDIT_SESSION_MS = 2 * 60 * 1000;

/**
 * Inserts or updates a contribution. A change by someone else, or after a pause longer than an
 * editing session, first keeps the previous text as an earlier version.
 */
export function upsertContribution(db: Db, input: SaveContribution, actor: string, at: string, editSessionMs: number = EDIT_SESSION_MS): number {
  const existing = findContribution(db, input.id);
  const values = {
    id: input.id,
    conference_id: input.conferenceId,
    agenda_item_id: input.agendaItemId,
    speaker: JSON.stringify(input.speaker),
    kind: input.kind,
    text: input.text,
    spoken_at: input.spokenAt,
    restriction: markingText(input.restriction),
    report_id: input.reportId,
    at,
    actor,
  };
  if (!existing) {
    db.prepare(
      `INSERT INTO contribution (id, conference_id, agenda_item_id, speaker, kind, text, spoken_at, restriction, report_id, version, created_at, updated_at, updated_by)
       VALUES (@id, @conference_id, @agenda_item_id, @speaker, @kind, @text, @spoken_at, @restriction, @report_id, 1, @at, @at, @actor)`,
    ).run(values);
    return 1;
  }
  const unchanged =
    existing.text === values.text &&
    existing.kind === values.kind &&
    existing.restriction === values.restriction &&
    existing.speaker === values.speaker &&
    existing.agenda_item_id === values.agenda_item_id &&
    existing.spoken_at === values.spoken_at &&
    existing.report_id === values.report_id;
  if (unchanged) return existing.version;
  const sameSession = existing.updated_by === actor && Date.parse(at) - Date.parse(existing.updated_at) < editSessionMs;
  const version = sameSession ? existing.version : existing.version + 1;
  if (!sameSession) {
    db.prepare(
      `INSERT INTO contribution_version (contribution_id, version, text, kind, restriction, edited_by, edited_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(existing.id, existing.version, existing.text, existing.kind, existing.restriction, existing.updated_by, existing.updated_at);
  }
  db.prepare(
    `UPDATE contribution SET agenda_item_id = @agenda_item_id, speaker = @speaker, kind = @kind, text = @text, spoken_at = @spoken_at,
       restriction = @restriction, report_id = @report_id, version = @version, updated_at = @at, updated_by = @actor
     WHERE id = @id`,
  ).run({ ...values, version });
  return version;
}

export function listContributionVersions(db: Db, contributionId: string): ContributionVersion[] {
  const rows = db
    .prepare(
      `SELECT version, text, kind, restriction, edited_by AS editedBy, edited_at AS editedAt FROM contribution_version WHERE contribution_id = ?
       UNION ALL
       SELECT version, text, kind, restriction, updated_by, updated_at FROM contribution WHERE id = ?
       ORDER BY version DESC`,
    )
    .all(contributionId, contributionId) as (Omit<ContributionVersion, 'restriction'> & { restriction: string })[];
  return rows.map((row) => ({ ...row, restriction: readMarking(row.restriction) }));
}

export function parseSpeaker(text: string): Speaker {
  return JSON.parse(text) as Speaker;
}

export function setCurrentAgendaItem(db: Db, conferenceId: string, agendaItemId: string): void {
  db.prepare('UPDATE conference SET current_agenda_item_id = ? WHERE id = ?').run(agendaItemId, conferenceId);
}

export function upsertAttendance(db: Db, attendance: Attendance, at: string): void {
  db.prepare(
    `INSERT INTO attendance (invitation_id, mode, arrived_at, left_at, parts, updated_at) VALUES (@invitationId, @mode, @arrivedAt, @leftAt, @parts, @at)
     ON CONFLICT (invitation_id) DO UPDATE SET mode = excluded.mode, arrived_at = excluded.arrived_at, left_at = excluded.left_at,
       parts = excluded.parts, updated_at = excluded.updated_at`,
  ).run({ ...attendance, at });
}

export function listAttendance(db: Db, conferenceId: string): Attendance[] {
  return db
    .prepare(
      `SELECT a.invitation_id AS invitationId, a.mode, a.arrived_at AS arrivedAt, a.left_at AS leftAt, a.parts
       FROM attendance a JOIN invitation i ON i.id = a.invitation_id WHERE i.conference_id = ?`,
    )
    .all(conferenceId) as Attendance[];
}

export function upsertExclusion(db: Db, conferenceId: string, exclusion: Omit<Exclusion, 'familyMemberName'>, at: string): void {
  db.prepare(
    `INSERT INTO exclusion (id, conference_id, family_member_id, grounds, started_at, ended_at, views_presented_by, restriction, updated_at)
     VALUES (@id, @conferenceId, @familyMemberId, @grounds, @startedAt, @endedAt, @viewsPresentedBy, @restriction, @at)
     ON CONFLICT (id) DO UPDATE SET family_member_id = excluded.family_member_id, grounds = excluded.grounds, started_at = excluded.started_at,
       ended_at = excluded.ended_at, views_presented_by = excluded.views_presented_by, restriction = excluded.restriction, updated_at = excluded.updated_at`,
  ).run({ ...exclusion, restriction: markingText(exclusion.restriction), conferenceId, at });
}

export function listExclusions(db: Db, conferenceId: string): Exclusion[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.family_member_id AS familyMemberId, m.given_name || ' ' || m.family_name AS familyMemberName, e.grounds,
              e.started_at AS startedAt, e.ended_at AS endedAt, e.views_presented_by AS viewsPresentedBy, e.restriction
       FROM exclusion e JOIN family_member m ON m.id = e.family_member_id WHERE e.conference_id = ? ORDER BY e.started_at`,
    )
    .all(conferenceId) as (Omit<Exclusion, 'restriction'> & { restriction: string })[];
  return rows.map((row) => ({ ...row, restriction: readMarking(row.restriction) }));
}

export function upsertChildVoice(db: Db, conferenceId: string, voice: Omit<ChildVoice, 'gatheredOn'> & { gatheredOn: string | null }, at: string): void {
  db.prepare(
    `INSERT INTO child_voice (id, conference_id, child_id, method, gathered_by, gathered_on, words, restriction, updated_at)
     VALUES (@id, @conferenceId, @childId, @method, @gatheredBy, @gatheredOn, @words, @restriction, @at)
     ON CONFLICT (id) DO UPDATE SET child_id = excluded.child_id, method = excluded.method, gathered_by = excluded.gathered_by,
       gathered_on = excluded.gathered_on, words = excluded.words, restriction = excluded.restriction, updated_at = excluded.updated_at`,
  ).run({ ...voice, restriction: markingText(voice.restriction), conferenceId, at });
}

export function listChildVoices(db: Db, conferenceId: string): ChildVoice[] {
  const rows = db
    .prepare(
      `SELECT id, child_id AS childId, method, gathered_by AS gatheredBy, gathered_on AS gatheredOn, words, restriction
       FROM child_voice WHERE conference_id = ? ORDER BY rowid`,
    )
    .all(conferenceId) as (Omit<ChildVoice, 'restriction'> & { restriction: string })[];
  return rows.map((row) => ({ ...row, restriction: readMarking(row.restriction) }));
}

export function upsertRestrictedPart(db: Db, conferenceId: string, part: Omit<RestrictedPart, 'whoLeft'> & { whoLeftIds: readonly string[] }, at: string): void {
  db.prepare(
    `INSERT INTO restricted_part (id, conference_id, reason, started_at, ended_at, who_left, shared_summary, summary_restriction, updated_at)
     VALUES (@id, @conferenceId, @reason, @startedAt, @endedAt, @whoLeft, @sharedSummary, @summaryRestriction, @at)
     ON CONFLICT (id) DO UPDATE SET reason = excluded.reason, started_at = excluded.started_at, ended_at = excluded.ended_at,
       who_left = excluded.who_left, shared_summary = excluded.shared_summary, summary_restriction = excluded.summary_restriction, updated_at = excluded.updated_at`,
  ).run({
    id: part.id,
    reason: part.reason,
    startedAt: part.startedAt,
    endedAt: part.endedAt,
    sharedSummary: part.sharedSummary,
    summaryRestriction: markingText(part.summaryRestriction),
    whoLeft: JSON.stringify(part.whoLeftIds),
    conferenceId,
    at,
  });
}

export function listRestrictedParts(db: Db, conferenceId: string): (Omit<RestrictedPart, 'whoLeft'> & { whoLeftIds: string[] })[] {
  const rows = db
    .prepare(
      `SELECT id, reason, started_at AS startedAt, ended_at AS endedAt, who_left AS whoLeft, shared_summary AS sharedSummary,
              summary_restriction AS summaryRestriction
       FROM restricted_part WHERE conference_id = ? ORDER BY started_at`,
    )
    .all(conferenceId) as (Omit<RestrictedPart, 'whoLeft' | 'whoLeftIds' | 'summaryRestriction'> & { whoLeft: string; summaryRestriction: string })[];
  return rows.map(({ whoLeft, summaryRestriction, ...row }) => ({ ...row, summaryRestriction: readMarking(summaryRestriction), whoLeftIds: JSON.parse(whoLeft) as string[] }));
}

export function ownerConference(db: Db, table: 'exclusion' | 'child_voice' | 'restricted_part', id: string): string | undefined {
  return db.prepare(`SELECT conference_id FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
}

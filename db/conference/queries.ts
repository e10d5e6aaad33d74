import type { ConferenceDetails } from '../../shared/conference/details';
import type { ConferenceType, StoredConferenceStatus } from '../../shared/conference/schema';
import type { Db } from '../open';

export interface ConferenceRow {
  readonly id: string;
  readonly family_id: string;
  readonly type: ConferenceType;
  readonly status: StoredConferenceStatus;
  readonly scheduled_date: string;
  readonly scheduled_time: string;
  readonly trigger_date: string | null;
  readonly mode: ConferenceDetails['mode'];
  readonly venue: string;
  readonly team: string;
  readonly chair_id: string | null;
  readonly chair_role_label: string;
  readonly chair_in_strategy_discussion: number | null;
  readonly chair_in_section_47_enquiry: number | null;
  readonly chair_declaration: string;
  readonly lead_practitioner_id: string | null;
  readonly minute_taker_id: string | null;
  readonly delay_reason: string;
  readonly inquorate_reason: string;
  readonly previous_conference_id: string | null;
  /** When it actually took place, once marked held (migration 0018). */
  readonly held_date: string | null;
  readonly held_time: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

export function insertFamily(db: Db, family: { id: string; createdAt: string }): void {
  db.prepare('INSERT INTO family (id, created_at) VALUES (?, ?)').run(family.id, family.createdAt);
}

export function insertConference(
  db: Db,
  conference: { id: string; familyId: string; type: ConferenceType; scheduledDate: string; scheduledTime: string; chairRoleLabel: string; at: string },
): void {
  db.prepare(
    `INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, chair_role_label, created_at, updated_at)
     VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?)`,
  ).run(conference.id, conference.familyId, conference.type, conference.scheduledDate, conference.scheduledTime, conference.chairRoleLabel, conference.at, conference.at);
}

export function findConference(db: Db, id: string): ConferenceRow | undefined {
  return db.prepare('SELECT * FROM conference WHERE id = ?').get(id) as ConferenceRow | undefined;
}

/** Soonest first, so the chair sees what is coming next. */
export function listConferences(db: Db): readonly ConferenceRow[] {
  return db.prepare('SELECT * FROM conference ORDER BY scheduled_date, scheduled_time, created_at').all() as ConferenceRow[];
}

export function conferencesOfFamily(db: Db, familyId: string): readonly string[] {
  return db.prepare('SELECT id FROM conference WHERE family_id = ?').pluck().all(familyId) as string[];
}

const toFlag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

export function updateConferenceDetails(db: Db, id: string, details: ConferenceDetails, at: string): void {
  db.prepare(
    `UPDATE conference SET type = @type, trigger_date = @triggerDate, scheduled_date = @scheduledDate, scheduled_time = @scheduledTime,
       mode = @mode, venue = @venue, team = @team, chair_id = @chairId, chair_role_label = @chairRoleLabel,
       chair_in_strategy_discussion = @chairInStrategyDiscussion, chair_in_section_47_enquiry = @chairInSection47Enquiry,
       chair_declaration = @chairDeclaration, lead_practitioner_id = @leadPractitionerId, minute_taker_id = @minuteTakerId,
       delay_reason = @delayReason, inquorate_reason = @inquorateReason, updated_at = @at
     WHERE id = @id`,
  ).run({
    ...details,
    chairInStrategyDiscussion: toFlag(details.chairInStrategyDiscussion),
    chairInSection47Enquiry: toFlag(details.chairInSection47Enquiry),
    id,
    at,
  });
}

/** When the conference actually took place; null for both marks it as not held after all. */
export function setConferenceHeld(db: Db, id: string, held: { date: string; time: string } | null, at: string): void {
  db.prepare('UPDATE conference SET held_date = ?, held_time = ?, updated_at = ? WHERE id = ?').run(held?.date ?? null, held?.time ?? null, at, id);
}

/** Marks the conference as changed, for lists and for the chair's view of the minute-taker's work. */
export function touchConference(db: Db, id: string, at: string): void {
  db.prepare('UPDATE conference SET updated_at = ? WHERE id = ?').run(at, id);
}

export function detailsOf(row: ConferenceRow): ConferenceDetails {
  const flag = (value: number | null) => (value === null ? null : value === 1);
  return {
    type: row.type,
    triggerDate: row.trigger_date,
    scheduledDate: row.scheduled_date,
    scheduledTime: row.scheduled_time,
    mode: row.mode,
    venue: row.venue,
    team: row.team,
    chairId: row.chair_id,
    chairRoleLabel: row.chair_role_label,
    chairInStrategyDiscussion: flag(row.chair_in_strategy_discussion),
    chairInSection47Enquiry: flag(row.chair_in_section_47_enquiry),
    chairDeclaration: row.chair_declaration,
    leadPractitionerId: row.lead_practitioner_id,
    minuteTakerId: row.minute_taker_id,
    delayReason: row.delay_reason,
    inquorateReason: row.inquorate_reason,
  };
}

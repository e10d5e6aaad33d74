import type { AgencyReportDetails, Invitation, InvitationResponse, ReportSharing } from '../../shared/invitations/schema';
import type { AgencyId } from '../../shared/authority/agencies';
import type { Db } from '../open';

interface InvitationRow {
  readonly id: string;
  readonly conference_id: string;
  readonly professional_id: string | null;
  readonly family_member_id: string | null;
  readonly response: InvitationResponse;
  readonly direct_contact: number;
  /** A JSON list of family member ids (migration 0017). */
  readonly supports_family_member_ids: string;
  readonly professional_name: string | null;
  readonly professional_role: string | null;
  readonly agency: AgencyId | null;
  readonly member_name: string | null;
}

const INVITATION_SELECT = `
  SELECT i.*, p.name AS professional_name, p.role AS professional_role, p.agency AS agency,
         m.given_name || ' ' || m.family_name AS member_name
  FROM invitation i
  LEFT JOIN professional p ON p.id = i.professional_id
  LEFT JOIN family_member m ON m.id = i.family_member_id`;

function toInvitation(row: InvitationRow): Invitation {
  const invitee: Invitation['invitee'] =
    row.professional_id !== null
      ? { kind: 'professional', professionalId: row.professional_id, name: row.professional_name ?? '', role: row.professional_role ?? '', agency: row.agency ?? 'other' }
      : { kind: 'family-member', familyMemberId: row.family_member_id ?? '', name: row.member_name ?? '' };
  return { id: row.id, invitee, response: row.response, directContact: row.direct_contact === 1, supportsFamilyMemberIds: JSON.parse(row.supports_family_member_ids) as string[] };
}

export function listInvitations(db: Db, conferenceId: string): Invitation[] {
  return (db.prepare(`${INVITATION_SELECT} WHERE i.conference_id = ? ORDER BY i.family_member_id IS NULL, i.created_at`).all(conferenceId) as InvitationRow[]).map(toInvitation);
}

export function findInvitationConference(db: Db, invitationId: string): string | undefined {
  return db.prepare('SELECT conference_id FROM invitation WHERE id = ?').pluck().get(invitationId) as string | undefined;
}

export function insertInvitation(
  db: Db,
  invitation: { id: string; conferenceId: string; professionalId: string | null; familyMemberId: string | null; directContact: boolean; supportsFamilyMemberIds?: readonly string[]; at: string },
): void {
  db.prepare(
    `INSERT INTO invitation (id, conference_id, professional_id, family_member_id, direct_contact, supports_family_member_ids, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    invitation.id,
    invitation.conferenceId,
    invitation.professionalId,
    invitation.familyMemberId,
    invitation.directContact ? 1 : 0,
    JSON.stringify(invitation.supportsFamilyMemberIds ?? []),
    invitation.at,
    invitation.at,
  );
}

export function isInvited(db: Db, conferenceId: string, invitee: { professionalId?: string; familyMemberId?: string }): boolean {
  return (
    db
      .prepare('SELECT 1 FROM invitation WHERE conference_id = ? AND (professional_id = ? OR family_member_id = ?)')
      .get(conferenceId, invitee.professionalId ?? null, invitee.familyMemberId ?? null) !== undefined
  );
}

export function updateInvitationResponse(db: Db, invitationId: string, response: InvitationResponse, directContact: boolean | undefined, at: string): void {
  db.prepare(
    `UPDATE invitation SET response = ?, direct_contact = coalesce(?, direct_contact), updated_at = ? WHERE id = ?`,
  ).run(response, directContact === undefined ? null : directContact ? 1 : 0, at, invitationId);
}

/** Whom a professional supports in the family; an empty list is the whole family. */
export function updateInvitationSupports(db: Db, invitationId: string, familyMemberIds: readonly string[], at: string): void {
  db.prepare('UPDATE invitation SET supports_family_member_ids = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(familyMemberIds), at, invitationId);
}

export function deleteInvitation(db: Db, invitationId: string): void {
  db.prepare('DELETE FROM invitation WHERE id = ?').run(invitationId);
}

export interface AgencyReportRow {
  readonly id: string;
  readonly professional_id: string;
  readonly author: string;
  readonly agency: AgencyId;
  readonly received_date: string | null;
  readonly shared_with_family: ReportSharing;
  readonly shared_date: string | null;
  readonly not_shared_reason: string;
}

export function listAgencyReports(db: Db, conferenceId: string): AgencyReportRow[] {
  return db
    .prepare(
      `SELECT r.id, r.professional_id, p.name AS author, p.agency, r.received_date, r.shared_with_family, r.shared_date, r.not_shared_reason
       FROM agency_report r JOIN professional p ON p.id = r.professional_id
       WHERE r.conference_id = ? ORDER BY p.agency, p.name`,
    )
    .all(conferenceId) as AgencyReportRow[];
}

export function findAgencyReportConference(db: Db, reportId: string): string | undefined {
  return db.prepare('SELECT conference_id FROM agency_report WHERE id = ?').pluck().get(reportId) as string | undefined;
}

/** One report per professional per conference: saving again updates it. */
export function upsertAgencyReport(db: Db, id: string, report: AgencyReportDetails, at: string): void {
  db.prepare(
    `INSERT INTO agency_report (id, conference_id, professional_id, received_date, shared_with_family, shared_date, not_shared_reason, created_at, updated_at)
     VALUES (@id, @conferenceId, @professionalId, @receivedDate, @sharedWithFamily, @sharedDate, @notSharedReason, @at, @at)
     ON CONFLICT (conference_id, professional_id) DO UPDATE SET
       received_date = excluded.received_date, shared_with_family = excluded.shared_with_family,
       shared_date = excluded.shared_date, not_shared_reason = excluded.not_shared_reason, updated_at = excluded.updated_at`,
  ).run({ id, at, ...report });
}

export function deleteAgencyReport(db: Db, reportId: string): void {
  db.prepare('DELETE FROM agency_report WHERE id = ?').run(reportId);
}

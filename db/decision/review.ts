import type { Db } from '../open';
import { FOR_EVERYONE } from '../../shared/audience/restriction';
import { insertInvitation } from '../invitations/queries';
import { EMPTY_PLAN, findPlan, listActions, listOutcomes, upsertAction, upsertOutcome, upsertPlan } from '../plan/queries';
import { listStatements, upsertStatement } from './queries';

/**
 * A review starts from the conference before it: the same people in the same roles, counted
 * from that conference's date, with the invitations, the analysis and the plan carried forward
 * under new ids (the finalised conference keeps its own).
 */
export function carryForward(db: Db, from: string, to: string, options: { at: string; newId: () => string; broughtForwardReason: string }): void {
  const { at, newId } = options;
  db.prepare(
    `UPDATE conference SET
       previous_conference_id = p.id, trigger_date = p.scheduled_date, mode = p.mode, venue = p.venue, chair_id = p.chair_id,
       chair_role_label = p.chair_role_label, lead_practitioner_id = p.lead_practitioner_id, minute_taker_id = p.minute_taker_id,
       brought_forward_reason = @reason
     FROM (SELECT * FROM conference WHERE id = @from) AS p
     WHERE conference.id = @to`,
  ).run({ from, to, reason: options.broughtForwardReason });

  const invitations = db
    .prepare('SELECT professional_id, family_member_id, direct_contact, supports_family_member_ids FROM invitation WHERE conference_id = ? ORDER BY created_at, rowid')
    .all(from) as {
    professional_id: string | null;
    family_member_id: string | null;
    direct_contact: number;
    supports_family_member_ids: string;
  }[];
  for (const invitation of invitations) {
    insertInvitation(db, {
      id: newId(),
      conferenceId: to,
      professionalId: invitation.professional_id,
      familyMemberId: invitation.family_member_id,
      directContact: invitation.direct_contact === 1,
      supportsFamilyMemberIds: JSON.parse(invitation.supports_family_member_ids) as string[],
      at,
    });
  }

  const statementIds = new Map<string, string>();
  const statements = listStatements(db, from);
  for (const statement of statements) statementIds.set(statement.id, newId());
  // Danger statements first, so each safety goal can point at its copy.
  for (const statement of [...statements].sort((a, b) => Number(b.kind === 'danger') - Number(a.kind === 'danger'))) {
    upsertStatement(
      db,
      { ...statement, conferenceId: to, id: statementIds.get(statement.id) ?? newId(), pairedDangerId: statement.pairedDangerId ? (statementIds.get(statement.pairedDangerId) ?? null) : null },
      at,
    );
  }

  const plan = findPlan(db, from) ?? EMPTY_PLAN;
  // The core group already meets; the next review's date is set at this review.
  upsertPlan(db, to, { ...plan, firstCoreGroupDate: null, nextReviewDate: null, broughtForwardReason: '', broughtForwardReasonRestriction: FOR_EVERYONE }, at);

  const outcomeIds = new Map<string, string>();
  for (const outcome of listOutcomes(db, from)) {
    const id = newId();
    outcomeIds.set(outcome.id, id);
    upsertOutcome(
      db,
      {
        ...outcome,
        id,
        conferenceId: to,
        dangerStatementId: outcome.dangerStatementId ? (statementIds.get(outcome.dangerStatementId) ?? null) : null,
        progress: 'not-reviewed',
        progressNote: '',
        carriedFromId: outcome.id,
      },
      at,
    );
  }
  for (const action of listActions(db, from)) {
    const outcomeId = outcomeIds.get(action.outcomeId);
    if (!outcomeId) continue;
    upsertAction(db, { ...action, id: newId(), conferenceId: to, outcomeId, progress: 'not-reviewed', progressNote: '', carriedFromId: action.id }, at);
  }
}

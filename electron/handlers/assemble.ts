import type { ConferenceDetail, Deadline } from '../../shared/conference/details';
import { conferenceStatus, type ConferenceSummary } from '../../shared/conference/schema';
import type { LocalDateTime } from '../../shared/calendar/local-date-time';
import { caseloadRowsByIds } from '../../db/search/caseload';
import type { AuthoritySettings } from '../../shared/authority/settings';
import { timescaleRulesFor } from '../../shared/timescales/rules';
import { conferenceDeadlines } from '../../shared/timescales/conference-deadlines';
import { conferenceDueDate, stageOf, type ConferenceDueBasis } from '../../shared/timescales/conference-due';
import { requiresDelayReason } from '../../shared/timescales/delay';
import { reportsToFamilyDue } from '../../shared/timescales/after-conference';
import { assessQuoracy } from '../../shared/quoracy/quoracy';
import { listAgenda } from '../../db/agenda/queries';
import { readAuthoritySettings } from '../../db/authority/queries';
import { detailsOf, findConference, type ConferenceRow } from '../../db/conference/queries';
import { listChildren, listFamilyMembers } from '../../db/family/queries';
import { listAgencyReports, listInvitations, type AgencyReportRow } from '../../db/invitations/queries';
import { findProfessional } from '../../db/professionals/queries';
import type { HandlerContext } from './context';

/** Everything the set-up screens show about one conference, worked out in one place. */
export function assembleConference(context: HandlerContext, row: ConferenceRow, today: string): ConferenceDetail {
  const { db } = context;
  const settings = readAuthoritySettings(db);
  const rules = timescaleRulesFor(settings);
  const children = listChildren(db, row.family_id);
  const invitations = listInvitations(db, row.id);
  const basis = dueBasis(context, row);
  const dueDate = basis ? conferenceDueDate(basis, rules) : null;
  const reportRows = listAgencyReports(db, row.id);
  const reportsDue = basis ? reportsToFamilyDue(heldAt(row)?.date ?? row.scheduled_date, stageOf(basis), rules) : null;
  const held = heldAt(row);
  const after = caseloadRowsByIds(db, [row.id])[0];
  const deadlines = conferenceDeadlines(
    {
      basis,
      type: row.type,
      scheduledDate: row.scheduled_date,
      heldOn: held?.date ?? null,
      heldAt: held?.time ?? null,
      reportsSharedOn: allReportsSharedOn(reportRows),
      planInPlace: after?.plan_in_place === 1,
      decisionLetterSentOn: after?.decision_letter_sent_on ?? null,
      recordSentOn: after?.record_sent_on ?? null,
      planSentOn: after?.plan_sent_on ?? null,
      firstCoreGroupHeldOn: after?.first_core_group_date ?? null,
      nextReviewHeldOn: after?.next_review_held_on ?? null,
    },
    today,
    rules,
  ).map(
    (deadline): Deadline => ({
      key: deadline.kind,
      label: deadline.label,
      due: deadline.dueDate,
      dueTime: deadline.dueTime,
      status: deadline.status,
      doneLate: deadline.doneLate,
    }),
  );
  const person = (id: string | null) => {
    const professional = id ? findProfessional(db, id) : undefined;
    return professional ? { id: professional.id, name: professional.name, role: professional.role, agency: professional.agency } : null;
  };

  return {
    id: row.id,
    familyId: row.family_id,
    status: conferenceStatus(row.status, row.held_date),
    held: row.held_date !== null && row.held_time !== null ? { date: row.held_date, time: row.held_time } : null,
    details: detailsOf(row),
    chair: person(row.chair_id),
    leadPractitioner: person(row.lead_practitioner_id),
    minuteTaker: person(row.minute_taker_id),
    children,
    familyMembers: listFamilyMembers(db, row.family_id),
    invitations,
    reports: reportRows.map((report) => ({
      id: report.id,
      professionalId: report.professional_id,
      author: report.author,
      agency: report.agency,
      receivedDate: report.received_date,
      sharedWithFamily: report.shared_with_family,
      sharedDate: report.shared_date,
      notSharedReason: report.not_shared_reason,
      late: reportsDue !== null && isLate(report, reportsDue, today),
    })),
    agenda: listAgenda(db, row.id),
    dueDate,
    needsDelayReason: dueDate !== null && requiresDelayReason(row.scheduled_date, dueDate),
    deadlines,
    quoracy: quoracyOf(invitations, settings),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What the conference's due date is counted from. A review counts from the previous conference:
 * three months after an initial conference, six after a review. Without a linked previous
 * conference a review is treated as a first review, the stricter of the two.
 */
function dueBasis(context: HandlerContext, row: ConferenceRow): ConferenceDueBasis | null {
  const trigger = row.trigger_date;
  if (trigger === null) return null;
  switch (row.type) {
    case 'initial':
      return { kind: 'initial', strategyDiscussionDate: trigger };
    case 'pre-birth-initial':
      return { kind: 'pre-birth-initial', triggerDate: trigger };
    case 'transfer-in':
      return { kind: 'transfer-in', noticeDate: trigger };
    case 'review': {
      const previous = row.previous_conference_id ? findConference(context.db, row.previous_conference_id) : undefined;
      return previous?.type === 'review'
        ? { kind: 'later-review', previousConferenceDate: trigger }
        : { kind: 'first-review', initialConferenceDate: trigger };
    }
    default: {
      const unexpected: never = row.type;
      throw new Error(`Unknown conference type ${String(unexpected)}`);
    }
  }
}

/** The date the last report reached the family, once every report has been dealt with. */
function allReportsSharedOn(reports: readonly AgencyReportRow[]): string | null {
  if (reports.length === 0 || reports.some((r) => r.shared_with_family === 'not-yet')) return null;
  const dates = reports.map((r) => r.shared_date).filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

function isLate(report: AgencyReportRow, due: string, today: string): boolean {
  if (report.shared_with_family === 'not-yet') return today > due;
  return report.shared_date !== null && report.shared_date > due;
}

function quoracyOf(invitations: ConferenceDetail['invitations'], settings: AuthoritySettings): ConferenceDetail['quoracy'] {
  const attendance = invitations.flatMap((invitation) =>
    invitation.invitee.kind === 'professional'
      ? [
          {
            agency: invitation.invitee.agency,
            directContact: invitation.directContact,
            attending: invitation.response === 'attending-in-person' || invitation.response === 'attending-online',
          },
        ]
      : [],
  );
  const { quorate, summary, reasons, countedAgencies, needsReason } = assessQuoracy(attendance, settings);
  return { quorate, summary, reasons: [...reasons], countedAgencies, needsReason };
}

/**
 * When a conference took place, as far as the record says: the date and time it was marked held;
 * a conference finalised before held was its own state (migration 0018) counts as held when booked.
 */
export function heldAt(row: {
  readonly status: string;
  readonly scheduled_date: string;
  readonly scheduled_time: string;
  readonly held_date: string | null;
  readonly held_time: string | null;
}): LocalDateTime | null {
  if (row.held_date !== null && row.held_time !== null) return { date: row.held_date, time: row.held_time };
  return row.status === 'finalised' ? { date: row.scheduled_date, time: row.scheduled_time } : null;
}

/** The open deadline that most needs the chair's attention: overdue first, then the soonest. */
export function mostPressingDeadline(deadlines: readonly Deadline[]): ConferenceSummary['attention'] {
  const rank = { overdue: 0, 'due-soon': 1, upcoming: 2 } as const;
  const open = deadlines.flatMap((d) => (d.status === 'done' ? [] : [{ label: d.label, due: d.due, status: d.status }]));
  open.sort((a, b) => rank[a.status] - rank[b.status] || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return open[0] ?? null;
}

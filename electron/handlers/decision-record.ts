import { AGENCY_LABELS } from '../../shared/authority/agencies';
import { conferenceStatus } from '../../shared/conference/schema';
import { heldAt } from './assemble';
import { readAuthoritySettings } from '../../db/authority/queries';
import type { PersonRef } from '../../shared/decision/fields';
import type { DecisionRecord } from '../../shared/decision/record';
import { finaliseProblems } from '../../shared/decision/readiness';
import { censusCode, decisionProblems, initialCategories, type DecisionFacts } from '../../shared/decision/rules';
import { hasPlan } from '../../shared/decision/schema';
import { dueFor } from '../../shared/letter/distribution';
import type { Owner } from '../../shared/plan/schema';
import { compareLocalDateTimes } from '../../shared/calendar/local-date-time';
import { dissentWindowEnds } from '../../shared/timescales/dissent-window';
import { decisionLetterDue, firstCoreGroupDue, recordDue } from '../../shared/timescales/after-conference';
import { firstReviewDue, laterReviewDue, preBirthFirstReviewDue } from '../../shared/timescales/conference-due';
import { timescaleRulesFor, type TimescaleRules } from '../../shared/timescales/rules';
import { compareIsoDates, localIsoDate } from '../../shared/dates/local-date';
import { countWithoutSpeaker } from '../../db/capture/queries';
import type { ConferenceRow } from '../../db/conference/queries';
import {
  listAmendments,
  listDecisions,
  listDissents,
  listScales,
  listStatements,
  nextConference,
  previousConferences,
  signOffOf,
} from '../../db/decision/queries';
import { listChildren, listFamilyMembers } from '../../db/family/queries';
import { EMPTY_PLAN, findPlan, listActions, listOutcomes, listRecipients, listSent } from '../../db/plan/queries';
import { listProfessionals } from '../../db/professionals/queries';
import type { HandlerContext } from './context';
import { existingConference } from './guard';

/** Names of everyone who may appear in the analysis, decision and plan of one conference. */
export function peopleOf(context: HandlerContext, row: ConferenceRow) {
  const professionals = new Map(listProfessionals(context.db).map((p) => [p.id, p]));
  const members = new Map(listFamilyMembers(context.db, row.family_id).map((m) => [m.id, m]));
  const children = new Map(listChildren(context.db, row.family_id).map((c) => [c.id, c]));
  const describe = (person: PersonRef | Owner): { name: string; role: string } | null => {
    switch (person.kind) {
      case 'professional': {
        const p = professionals.get(person.professionalId);
        return p ? { name: p.name, role: p.role || AGENCY_LABELS[p.agency] } : null;
      }
      case 'family-member': {
        const m = members.get(person.familyMemberId);
        return m ? { name: m.displayName, role: m.relationships[0]?.relationship ?? 'Family' } : null;
      }
      case 'child': {
        const c = children.get(person.childId);
        return c ? { name: c.displayName, role: 'Child' } : null;
      }
      case 'named':
        return { name: person.name, role: '' };
      default: {
        const unexpected: never = person;
        throw new Error(`Unknown person ${JSON.stringify(unexpected)}`);
      }
    }
  };
  return { professionals, members, children, describe };
}

/** The facts a decision for one child is checked against. */
export function decisionFacts(context: HandlerContext, row: ConferenceRow, childId: string): DecisionFacts {
  const people = peopleOf(context, row);
  const child = people.children.get(childId);
  return {
    conferenceType: row.type,
    conferenceDate: row.scheduled_date,
    childIsUnborn: child?.isUnborn ?? false,
    hadPlan: previousPlanChildren(context, row).has(childId),
    professionalIds: new Set(people.professionals.keys()),
    familyMemberIds: new Set(people.members.keys()),
  };
}

/** Children who had a plan after the previous conference. */
export function previousPlanChildren(context: HandlerContext, row: ConferenceRow): ReadonlySet<string> {
  if (!row.previous_conference_id) return new Set();
  return new Set(listDecisions(context.db, row.previous_conference_id).filter((d) => hasPlan(d.outcome)).map((d) => d.childId));
}

/** When the next review is due if this conference makes or continues a plan (brief §1.2). */
export function nextReviewDue(row: ConferenceRow, rules: TimescaleRules, birthDate: string | null): string {
  switch (row.type) {
    case 'initial':
    case 'transfer-in':
      return firstReviewDue(row.scheduled_date, rules);
    case 'pre-birth-initial':
      return preBirthFirstReviewDue(row.scheduled_date, birthDate, rules).dueDate;
    case 'review':
      return laterReviewDue(row.scheduled_date, rules);
    default: {
      const unexpected: never = row.type;
      throw new Error(`Unknown conference type ${String(unexpected)}`);
    }
  }
}

export function getDecisionRecord(context: HandlerContext, conferenceId: string): DecisionRecord {
  const { db } = context;
  const row = existingConference(context, conferenceId);
  const settings = readAuthoritySettings(db);
  const rules = timescaleRulesFor(settings);
  const people = peopleOf(context, row);
  const chain = previousConferences(db, conferenceId);
  const previousPlan = previousPlanChildren(context, row);
  const stored = listDecisions(db, conferenceId);
  const earlierDecisions = [...chain].reverse().map((c) => listDecisions(db, c.id));

  const decisions = stored.map((decision) => {
    const history = [...earlierDecisions.flatMap((list) => list.filter((d) => d.childId === decision.childId)), decision];
    const initial = hasPlan(decision.outcome) ? initialCategories(history) : [];
    return {
      ...decision,
      initialCategories: [...initial],
      initialCensusCode: censusCode(initial),
      latestCensusCode: censusCode(decision.categories),
    };
  });

  // Counted from when the conference started: the time it was held, or until then the time booked.
  const start = heldAt(row) ?? { date: row.scheduled_date, time: row.scheduled_time };
  const windowEnds = /^\d\d:\d\d$/.test(start.time) ? dissentWindowEnds(start, rules) : null;
  const dissents = listDissents(db, conferenceId).map((dissent) => {
    const professional = people.professionals.get(dissent.professionalId);
    return {
      ...dissent,
      professionalName: professional?.name ?? 'A professional',
      agency: professional ? AGENCY_LABELS[professional.agency] : '',
      withinWindow: dissent.kind !== 'formal-dissent' || windowEnds === null || compareLocalDateTimes({ date: dissent.raisedOn, time: dissent.raisedAt }, windowEnds) <= 0,
    };
  });

  const planDetails = findPlan(db, conferenceId) ?? EMPTY_PLAN;
  const unborn = [...people.children.values()].find((c) => c.isUnborn);
  const born = [...people.children.values()].find((c) => !c.isUnborn && c.expectedDeliveryDate !== null);
  const proposedNextReviewDate = nextReviewDue(row, rules, unborn ? null : (born?.dateOfBirth ?? null));
  const needsFirstCoreGroup = row.type !== 'review';
  const proposedFirstCoreGroupDate = needsFirstCoreGroup ? firstCoreGroupDue(row.scheduled_date, rules) : null;
  const outcomes = listOutcomes(db, conferenceId);
  const actions = listActions(db, conferenceId);

  const children = [...people.children.values()].map((c) => ({ id: c.id, name: c.displayName }));
  const readiness = finaliseProblems({
    heldDate: row.held_date,
    today: localIsoDate(context.now()),
    chairNamed: row.chair_id !== null,
    children,
    decisions: stored.map((d) => ({ childId: d.childId, outcome: d.outcome, problems: decisionProblems(d, decisionFacts(context, row, d.childId)) })),
    plan: { plan: planDetails, outcomes, actions, needsFirstCoreGroup, proposedNextReviewDate },
    withoutSpeaker: countWithoutSpeaker(db, conferenceId),
  });

  const meetingDate = heldAt(row)?.date ?? row.scheduled_date;
  const dues = { decisionLetterDue: decisionLetterDue(meetingDate, rules), recordDue: recordDue(meetingDate, rules) };
  const sent = listSent(db, conferenceId);
  const previous = chain[0];
  const next = nextConference(db, conferenceId);
  const signOff = signOffOf(db, conferenceId);

  return {
    conferenceId,
    conferenceType: row.type,
    status: conferenceStatus(row.status, row.held_date),
    practiceModel: settings.practiceModel,
    finalisedAt: signOff.finalised_at,
    finalisedBy: signOff.finalised_by,
    statements: listStatements(db, conferenceId),
    scales: listScales(db, conferenceId).map((scale) => {
      const described = people.describe(scale.rater);
      return { ...scale, raterName: described?.name ?? 'Someone no longer listed', raterRole: described?.role ?? '' };
    }),
    decisions,
    childrenWithPreviousPlan: [...previousPlan],
    dissents,
    dissentWindowEnds: windowEnds,
    plan: { ...planDetails, proposedFirstCoreGroupDate, proposedNextReviewDate },
    outcomes: outcomes.map(({ carriedFromId, ...outcome }) => ({ ...outcome, carriedForward: carriedFromId !== null })),
    actions: actions.map(({ carriedFromId, ...action }) => ({
      ...action,
      ownerNames: action.owners.map((owner) => people.describe(owner)?.name ?? 'Someone no longer listed'),
      carriedForward: carriedFromId !== null,
    })),
    amendments: listAmendments(db, conferenceId),
    distribution: {
      ...dues,
      recipients: listRecipients(db, conferenceId).map((recipient) => ({
        ...recipient,
        name: people.describe(recipient.recipient)?.name ?? 'Someone no longer listed',
        isFamily: recipient.recipient.kind === 'family-member',
        sent: sent
          .filter((s) => s.recipient_id === recipient.id)
          .map((s) => {
            const due = dueFor(s.document, dues);
            return { document: s.document, sentOn: s.sent_on, late: due !== null && compareIsoDates(s.sent_on, due) > 0 };
          }),
      })),
    },
    readiness: [...readiness],
    previous: previous ? { conferenceId: previous.id, scheduledDate: previous.scheduled_date, status: previous.status as DecisionRecord['status'] } : null,
    nextReview: next ? { conferenceId: next.id, scheduledDate: next.scheduled_date, status: next.status as DecisionRecord['status'] } : null,
    broughtForwardReason: signOff.brought_forward_reason,
  };
}

import { RestrictionSchema, type Restriction } from '../../shared/audience/restriction';
import { defaultAgenda } from '../../shared/agenda/default-agenda';
import type { ConferenceDetail } from '../../shared/conference/details';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/contract/result';
import { compareIsoDates } from '../../shared/dates/local-date';
import type { DecisionRecord } from '../../shared/decision/record';
import { hasPlan } from '../../shared/decision/schema';
import type { Amend, AmendmentDraft, AuditEvent, KeepForAmendment, StartReview } from '../../shared/decision/signoff';
import { decisionLetter, type DecisionLetter } from '../../shared/letter/decision-letter';
import { timescaleRulesFor } from '../../shared/timescales/rules';
import { findAgendaTemplate, replaceAgenda } from '../../db/agenda/queries';
import { appendAudit } from '../../db/audit/queries';
import { readAuthoritySettings } from '../../db/authority/queries';
import { insertConference } from '../../db/conference/queries';
import { findAmendmentConference, finaliseConference, insertAmendment, listAuditEvents, listDecisions, nextConference } from '../../db/decision/queries';
import { deleteAmendmentDraft, findAmendmentDraftConference, keepAmendmentDraft, listAmendmentDrafts } from '../../db/decision/amendment-drafts';
import { carryForward } from '../../db/decision/review';
import { findPlan } from '../../db/plan/queries';
import { listProfessionals } from '../../db/professionals/queries';
import { getConference } from './conference';
import type { HandlerContext } from './context';
import { checkMarking } from './audience';
import { getDecisionRecord, nextReviewDue, peopleOf } from './decision-record';
import { editableConference, existingConference } from './guard';
import { refreshNextDeadlines } from './next-deadline';

/**
 * The chair finalises the conference: from then on the database refuses any change to its data
 * (see migration 0004), and corrections are amendments.
 */
export function finalise(context: HandlerContext, conferenceId: string): DecisionRecord {
  editableConference(context, conferenceId);
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      editableConference(context, conferenceId);
      // Checked inside the transaction, so a contribution saved in another window a moment
      // before (without a speaker, say) is seen.
      const problems = getDecisionRecord(context, conferenceId).readiness;
      if (problems.length > 0) {
        throw new ValidationError(
          problems.length === 1 ? 'There is 1 thing to finish before the conference can be finalised.' : `There are ${problems.length} things to finish before the conference can be finalised.`,
          Object.fromEntries(problems.map((p) => [p.path, p.message])),
        );
      }
      finaliseConference(context.db, conferenceId, context.actor, at);
      appendAudit(context.db, { at, actor: context.actor, action: 'update', entity: 'sign-off', entityId: conferenceId, conferenceId });
      // Finalised counts as held: the conference's own deadline is met.
      refreshNextDeadlines(context.db);
    })
    .immediate();
  return getDecisionRecord(context, conferenceId);
}

// The items a correction can point at that carry a marking of their own.
const MARKED_ITEMS = ['contribution', 'safety_statement', 'safety_scale', 'plan_outcome', 'plan_action', 'dissent', 'exclusion'] as const;

/** The marking of the item a correction is to, when it is one of this conference's marked items. */
function correctedItemMarking(db: HandlerContext['db'], conferenceId: string, entityId: string | null): Restriction | null {
  if (entityId === null) return null;
  for (const table of MARKED_ITEMS) {
    const stored = db.prepare(`SELECT restriction FROM ${table} WHERE id = ? AND conference_id = ?`).pluck().get(entityId, conferenceId) as string | undefined;
    if (stored !== undefined) return RestrictionSchema.parse(JSON.parse(stored));
  }
  return null;
}

/**
 * A correction left for everyone takes the marking of the item it corrects: the original and the
 * corrected words say what the item said, so they must not reach anyone the item may not.
 */
function atLeastAsPrivate(chosen: Restriction, item: Restriction | null): Restriction {
  return chosen.level === 'none' && item !== null ? item : chosen;
}

/** A correction to a finalised conference, with its reason, kept beside the original. */
export function amend(context: HandlerContext, input: Amend): DecisionRecord {
  const row = existingConference(context, input.conferenceId);
  const owner = findAmendmentConference(context.db, input.id);
  if (owner !== undefined) {
    if (owner !== input.conferenceId) throw new ConflictError('This amendment belongs to another conference.');
    return getDecisionRecord(context, input.conferenceId);
  }
  if (row.status !== 'finalised') throw new ConflictError('This conference is not finalised yet: change the record itself instead.');
  const fields: Record<string, string> = {};
  checkMarking(input.restriction, peopleOf(context, row), 'restriction', fields);
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
  const keptFor = findAmendmentDraftConference(context.db, input.id);
  if (keptFor !== undefined && keptFor !== input.conferenceId) throw new ConflictError('This amendment belongs to another conference.');
  const at = context.now().toISOString();
  const marked = { ...input, restriction: atLeastAsPrivate(input.restriction, correctedItemMarking(context.db, input.conferenceId, input.entityId)) };
  context.db
    .transaction(() => {
      insertAmendment(context.db, marked, context.actor, at);
      // Text kept for an amendment is used up by the amendment made from it (same id).
      deleteAmendmentDraft(context.db, input.id);
      appendAudit(context.db, { at, actor: context.actor, action: 'create', entity: 'amendment', entityId: input.id, conferenceId: input.conferenceId });
    })
    .immediate();
  return getDecisionRecord(context, input.conferenceId);
}

/**
 * What was typed into the minutes after sign-off (the lock refused the save), kept as the start
 * of an amendment so that nothing typed is dropped. Only for a finalised conference: before
 * sign-off the contribution itself is saved. Keeping the same id again keeps the latest text.
 */
export function keepForAmendment(context: HandlerContext, input: KeepForAmendment): AmendmentDraft[] {
  const row = existingConference(context, input.conferenceId);
  if (findAmendmentConference(context.db, input.id) !== undefined) throw new ConflictError('An amendment has already been recorded from this text.');
  const owner = findAmendmentDraftConference(context.db, input.id);
  if (owner !== undefined && owner !== input.conferenceId) throw new ConflictError('This kept text belongs to another conference.');
  if (row.status !== 'finalised') throw new ConflictError('This conference is not finalised: save the contribution itself instead.');
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      keepAmendmentDraft(context.db, input, context.actor, at);
      appendAudit(context.db, { at, actor: context.actor, action: owner ? 'update' : 'create', entity: 'amendment-draft', entityId: input.id, conferenceId: input.conferenceId });
    })
    .immediate();
  return listAmendmentDrafts(context.db, input.conferenceId);
}

export function getKeptForAmendment(context: HandlerContext, conferenceId: string): AmendmentDraft[] {
  existingConference(context, conferenceId);
  return listAmendmentDrafts(context.db, conferenceId);
}

/** The chair decides the kept text is not needed. Discarding it twice is the same as once. */
export function discardKeptForAmendment(context: HandlerContext, conferenceId: string, id: string): AmendmentDraft[] {
  existingConference(context, conferenceId);
  const owner = findAmendmentDraftConference(context.db, id);
  if (owner !== undefined && owner !== conferenceId) throw new ConflictError('This kept text belongs to another conference.');
  if (owner === undefined) return listAmendmentDrafts(context.db, conferenceId);
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      deleteAmendmentDraft(context.db, id);
      appendAudit(context.db, { at, actor: context.actor, action: 'delete', entity: 'amendment-draft', entityId: id, conferenceId });
    })
    .immediate();
  return listAmendmentDrafts(context.db, conferenceId);
}

/**
 * The review that follows a finalised conference: a new conference for the same family, with
 * the invitations, analysis and plan carried forward and the previous conference linked, so its
 * due date is counted from that conference's date.
 */
export function startReview(context: HandlerContext, input: StartReview): ConferenceDetail {
  const previous = existingConference(context, input.previousConferenceId);
  if (previous.status !== 'finalised') throw new ConflictError('Finalise this conference before starting its review.');
  if (nextConference(context.db, previous.id)) throw new ConflictError('A review has already been started from this conference.');
  const decisions = listDecisions(context.db, previous.id);
  if (!decisions.some((d) => hasPlan(d.outcome) || d.outcome === 'deferred')) {
    throw new ConflictError('No child has a plan or a deferred decision after this conference, so there is no review to hold.');
  }
  const rules = timescaleRulesFor(readAuthoritySettings(context.db));
  const due = nextReviewDue(previous, rules, null);
  const plan = findPlan(context.db, previous.id);
  const scheduledDate = input.scheduledDate ?? plan?.nextReviewDate ?? due;
  const reason = input.broughtForwardReason !== '' ? input.broughtForwardReason : scheduledDate === plan?.nextReviewDate ? (plan.broughtForwardReason ?? '') : '';
  const fields: Record<string, string> = {};
  if (compareIsoDates(scheduledDate, previous.scheduled_date) <= 0) fields['scheduledDate'] = 'The review is after the conference before it.';
  else if (compareIsoDates(scheduledDate, due) < 0 && reason === '') fields['broughtForwardReason'] = 'The review is before its due date: say why it is brought forward.';
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);

  const id = context.newId();
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      insertConference(context.db, {
        id,
        familyId: previous.family_id,
        type: 'review',
        scheduledDate,
        scheduledTime: input.scheduledTime ?? previous.scheduled_time,
        chairRoleLabel: previous.chair_role_label,
        at,
      });
      carryForward(context.db, previous.id, id, { at, newId: context.newId, broughtForwardReason: compareIsoDates(scheduledDate, due) < 0 ? reason : '' });
      replaceAgenda(context.db, id, findAgendaTemplate(context.db, 'review') ?? defaultAgenda('review'), context.newId);
      appendAudit(context.db, { at, actor: context.actor, action: 'create', entity: 'conference', entityId: id, conferenceId: id });
      appendAudit(context.db, { at, actor: context.actor, action: 'create', entity: 'review', entityId: id, conferenceId: previous.id });
      refreshNextDeadlines(context.db);
    })
    .immediate();
  return getConference(context, id);
}

const ENTITY_WORDS: Readonly<Record<string, string>> = {
  conference: 'Conference',
  child: 'Child',
  'family-member': 'Family member',
  invitation: 'Invitation',
  'agency-report': 'Agency report',
  agenda: 'Agenda',
  contribution: 'Contribution to the minutes',
  attendance: 'Attendance',
  exclusion: 'Exclusion',
  'child-voice': 'Child’s voice',
  'restricted-part': 'Restricted part',
  'safety-statement': 'Analysis statement',
  'safety-scale': 'Safety scale',
  decision: 'Decision',
  dissent: 'Disagreement or dissent',
  plan: 'Plan',
  'plan-outcome': 'Plan outcome',
  'plan-action': 'Plan action',
  'distribution-recipient': 'Distribution list',
  'distribution-sent': 'Document sent',
  'sign-off': 'Finalised by the chair',
  held: 'Conference held (when it took place)',
  amendment: 'Amendment',
  'amendment-draft': 'Text kept for an amendment',
  review: 'Review started from this conference',
};

/** Every change to the conference, oldest first: who, when, what, to which record. */
export function getHistory(context: HandlerContext, conferenceId: string): AuditEvent[] {
  existingConference(context, conferenceId);
  return listAuditEvents(context.db, conferenceId).map((event) => ({
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    action: event.action,
    entity: event.entity,
    entityId: event.entity_id,
    what: ENTITY_WORDS[event.entity] ?? event.entity.replace(/-/g, ' '),
  }));
}

export function getDecisionLetter(context: HandlerContext, conferenceId: string): DecisionLetter {
  const conference = getConference(context, conferenceId);
  if (!conference) throw new NotFoundError('This conference');
  return decisionLetter({ conference, record: getDecisionRecord(context, conferenceId), professionals: listProfessionals(context.db) });
}

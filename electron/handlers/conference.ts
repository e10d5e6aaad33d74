import { defaultAgenda } from '../../shared/agenda/default-agenda';
import type { ConferenceDetail, ConferenceDetails } from '../../shared/conference/details';
import type { ConferenceSummary, NewConference } from '../../shared/conference/schema';
import { ValidationError } from '../../shared/contract/result';
import { compareIsoDates, localIsoDate } from '../../shared/dates/local-date';
import { replaceAgenda, findAgendaTemplate } from '../../db/agenda/queries';
import { appendAudit } from '../../db/audit/queries';
import { readAuthoritySettings } from '../../db/authority/queries';
import { insertConference, insertFamily, updateConferenceDetails } from '../../db/conference/queries';
import { insertChild } from '../../db/family/queries';
import { findProfessional } from '../../db/professionals/queries';
import { assembleConference } from './assemble';
import type { HandlerContext } from './context';
import { changeConference, editableConference, existingConference } from './guard';
// Search
import { listCaseloadChildren, listCaseloadRows } from '../../db/search/caseload';
import { attentionCalculator, summarise } from './summaries';
import { refreshNextDeadlines } from './next-deadline';

export function listConferenceSummaries(context: HandlerContext): ConferenceSummary[] {
  // Search: one query for the rows and one for the children, with the deadlines worked out once
  // per distinct set of dates, instead of assembling every conference (N+1 queries).
  const rows = listCaseloadRows(context.db);
  return summarise(context, rows, attentionCalculator(context, localIsoDate(context.now())), listCaseloadChildren(context.db));
}

export function getConference(context: HandlerContext, conferenceId: string): ConferenceDetail {
  return assembleConference(context, existingConference(context, conferenceId), localIsoDate(context.now()));
}

/** A new family with its children and their first conference, with the agenda from the template. */
export function createConference(context: HandlerContext, input: NewConference): ConferenceDetail {
  checkBirthDates(input.children, localIsoDate(context.now()));
  const at = context.now().toISOString();
  const familyId = context.newId();
  const conferenceId = context.newId();
  const settings = readAuthoritySettings(context.db);
  context.db
    .transaction(() => {
      insertFamily(context.db, { id: familyId, createdAt: at });
      for (const child of input.children) {
        insertChild(context.db, {
          id: context.newId(),
          familyId,
          at,
          details: {
            givenName: child.status === 'born' ? child.givenName : '',
            familyName: child.familyName,
            dateOfBirth: child.status === 'born' ? child.dateOfBirth : null,
            expectedDeliveryDate: child.status === 'unborn' ? child.expectedDeliveryDate : null,
            gender: '',
            ethnicity: '',
            schoolOrSetting: '',
            firstLanguage: '',
            interpreterLanguage: '',
            interpreterDialect: '',
            communicationNeeds: '',
            cmsPersonId: '',
          },
        });
      }
      insertConference(context.db, {
        id: conferenceId,
        familyId,
        type: input.type,
        scheduledDate: input.scheduledDate,
        scheduledTime: input.scheduledTime,
        chairRoleLabel: settings.chairRoleLabel,
        at,
      });
      replaceAgenda(context.db, conferenceId, findAgendaTemplate(context.db, input.type) ?? defaultAgenda(input.type), context.newId);
      appendAudit(context.db, { at, actor: context.actor, action: 'create', entity: 'conference', entityId: conferenceId, conferenceId });
      refreshNextDeadlines(context.db);
    })
    .immediate();
  return getConference(context, conferenceId);
}

export function updateConference(context: HandlerContext, conferenceId: string, details: ConferenceDetails): ConferenceDetail {
  const row = editableConference(context, conferenceId);
  checkDetails(context, details);
  const current = assembleConference(context, { ...row, scheduled_date: details.scheduledDate, trigger_date: details.triggerDate, type: details.type }, localIsoDate(context.now()));
  if (current.needsDelayReason && details.delayReason === '') {
    throw new ValidationError('Please correct the highlighted answers.', {
      delayReason: 'The conference is after its due date: record the reason for the delay.',
    });
  }
  changeConference(context, conferenceId, { action: 'update', entity: 'conference', entityId: conferenceId }, (at) =>
    updateConferenceDetails(context.db, conferenceId, details, at),
  );
  return getConference(context, conferenceId);
}

function checkDetails(context: HandlerContext, details: ConferenceDetails): void {
  const fields: Record<string, string> = {};
  if (details.triggerDate !== null && compareIsoDates(details.triggerDate, details.scheduledDate) > 0) {
    fields['triggerDate'] =
      details.type === 'review'
        ? 'The previous conference must be before this review.'
        : 'The date that starts the timescale must be on or before the conference date.';
  }
  for (const [field, id] of [
    ['chairId', details.chairId],
    ['leadPractitionerId', details.leadPractitionerId],
    ['minuteTakerId', details.minuteTakerId],
  ] as const) {
    if (id !== null && !findProfessional(context.db, id)) fields[field] = 'Choose someone from the list of professionals.';
  }
  if (details.chairId !== null && details.chairId === details.leadPractitionerId) {
    fields['leadPractitionerId'] = 'The chair and the family help lead practitioner must be different people.';
  }
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
}

export function checkBirthDates(children: readonly { status: string; dateOfBirth?: string }[], today: string): void {
  const fields: Record<string, string> = {};
  children.forEach((child, index) => {
    if (child.dateOfBirth !== undefined && compareIsoDates(child.dateOfBirth, today) > 0) {
      fields[`children.${index}.dateOfBirth`] = 'The date of birth cannot be in the future.';
    }
  });
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
}

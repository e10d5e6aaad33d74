import type { ConferenceDetail, ConferenceSummary, NewConference } from '../../shared/conference/schema';
import { ValidationError, NotFoundError } from '../../shared/contract/result';
import { compareIsoDates, localIsoDate } from '../../shared/dates/local-date';
import { appendAudit } from '../../db/audit/queries';
import {
  findConference,
  insertChild,
  insertConference,
  insertFamily,
  listChildrenOfFamilies,
  listChildrenOfFamily,
  listConferences,
  type ChildRow,
  type ConferenceRow,
} from '../../db/conference/queries';
import type { HandlerContext } from './context';

export function listConferenceSummaries(context: HandlerContext): ConferenceSummary[] {
  const conferences = listConferences(context.db);
  const children = listChildrenOfFamilies(context.db, [...new Set(conferences.map((c) => c.family_id))]);
  return conferences.map((row) => ({
    ...conferenceFields(row),
    children: (children.get(row.family_id) ?? []).map((child) => ({
      id: child.id,
      displayName: childDisplayName(child),
      isUnborn: child.date_of_birth === null,
    })),
  }));
}

export function getConference(context: HandlerContext, conferenceId: string): ConferenceDetail {
  const row = findConference(context.db, conferenceId);
  if (!row) throw new NotFoundError('This conference');
  return toDetail(row, listChildrenOfFamily(context.db, row.family_id));
}

/** A new family with its children and their first conference, in one transaction. */
export function createConference(context: HandlerContext, input: NewConference): ConferenceDetail {
  checkChildDates(input, localIsoDate(context.now()));
  const at = context.now().toISOString();
  const familyId = context.newId();
  const conferenceId = context.newId();
  context.db.transaction(() => {
    insertFamily(context.db, { id: familyId, createdAt: at });
    input.children.forEach((child, position) => {
      insertChild(context.db, {
        id: context.newId(),
        family_id: familyId,
        given_name: child.status === 'born' ? child.givenName : '',
        family_name: child.familyName,
        date_of_birth: child.status === 'born' ? child.dateOfBirth : null,
        expected_delivery_date: child.status === 'unborn' ? child.expectedDeliveryDate : null,
        position,
        created_at: at,
      });
    });
    insertConference(context.db, {
      id: conferenceId,
      family_id: familyId,
      type: input.type,
      status: 'draft',
      scheduled_date: input.scheduledDate,
      scheduled_time: input.scheduledTime,
      created_at: at,
      updated_at: at,
    });
    appendAudit(context.db, {
      at,
      actor: context.actor,
      action: 'create',
      entity: 'conference',
      entityId: conferenceId,
      conferenceId,
    });
  }).immediate();
  return getConference(context, conferenceId);
}

function checkChildDates(input: NewConference, today: string): void {
  const fields: Record<string, string> = {};
  input.children.forEach((child, index) => {
    if (child.status === 'born' && compareIsoDates(child.dateOfBirth, today) > 0) {
      fields[`children.${index}.dateOfBirth`] = 'The date of birth cannot be in the future.';
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new ValidationError('Please correct the highlighted answers.', fields);
  }
}

/** An unborn baby is shown as "Unborn baby Price" until the birth is recorded. */
export function childDisplayName(child: Pick<ChildRow, 'given_name' | 'family_name' | 'date_of_birth'>): string {
  return child.date_of_birth === null ? `Unborn baby ${child.family_name}` : `${child.given_name} ${child.family_name}`;
}

function conferenceFields(row: ConferenceRow) {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    scheduledDate: row.scheduled_date,
    scheduledTime: row.scheduled_time,
  };
}

function toDetail(row: ConferenceRow, children: readonly ChildRow[]): ConferenceDetail {
  return {
    ...conferenceFields(row),
    familyId: row.family_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    children: children.map((child) => ({
      id: child.id,
      displayName: childDisplayName(child),
      isUnborn: child.date_of_birth === null,
      dateOfBirth: child.date_of_birth,
      expectedDeliveryDate: child.expected_delivery_date,
    })),
  };
}

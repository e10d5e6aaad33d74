import { NO_SPEAKER_YET } from '../../shared/capture/schema';
import type {
  Attendance,
  Capture,
  Contribution,
  ContributionVersion,
  RecordAttendanceTable,
  SaveContribution,
} from '../../shared/capture/schema';
import type { z } from 'zod';
import type { SaveChildVoiceSchema, SaveExclusionSchema, SaveRestrictedPartSchema } from '../../shared/capture/schema';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/contract/result';
import { familyMemberRole, professionalRole } from '../../shared/people/roles';
import { listAgenda } from '../../db/agenda/queries';
import { readMarking } from '../../db/audience/markings';
import {
  findContribution,
  listAttendance,
  listChildVoices,
  listContributionRows,
  listContributionVersions,
  listExclusions,
  listRestrictedParts,
  ownerConference,
  parseSpeaker,
  setCurrentAgendaItem as setCurrentItemRow,
  upsertAttendance,
  upsertChildVoice,
  upsertContribution,
  upsertExclusion,
  upsertRestrictedPart,
} from '../../db/capture/queries';
import { listChildren, listFamilyMembers } from '../../db/family/queries';
import { listInterpreters, upsertInterpreter } from '../../db/interpreters/queries';
import type { SaveInterpreter } from '../../shared/interpreters/schema';
import { findInvitationConference, listAgencyReports } from '../../db/invitations/queries';
import { findProfessional, listProfessionals } from '../../db/professionals/queries';
import { checkMarking } from './audience';
import type { HandlerContext } from './context';
import { changeConference, editableConference, existingConference } from './guard';

/** Names for everyone who may speak at this conference: the chair, professionals, family, children. */
function speakerDirectory(context: HandlerContext, conferenceId: string) {
  const conference = existingConference(context, conferenceId);
  const professionals = new Map(listProfessionals(context.db).map((p) => [p.id, p]));
  const members = new Map(listFamilyMembers(context.db, conference.family_id).map((m) => [m.id, m]));
  const children = new Map(listChildren(context.db, conference.family_id).map((c) => [c.id, c]));
  const chair = conference.chair_id ? professionals.get(conference.chair_id) : undefined;
  return {
    conference,
    members,
    children,
    professionals,
    describe(speaker: Contribution['speaker']): { name: string; role: string } {
      switch (speaker.kind) {
        case 'not-yet-chosen':
          return { name: NO_SPEAKER_YET, role: '' };
        case 'chair':
          return { name: chair?.name ?? 'The chair', role: `Chair (${conference.chair_role_label})` };
        case 'professional': {
          const p = professionals.get(speaker.professionalId);
          if (!p) return { name: 'A professional', role: '' };
          return { name: p.name, role: professionalRole(p.agency) };
        }
        case 'family-member': {
          const m = members.get(speaker.familyMemberId);
          return { name: m?.displayName ?? 'A family member', role: m ? familyMemberRole(m, [...children.values()]) : 'Family' };
        }
        case 'child': {
          const c = children.get(speaker.childId);
          return { name: c?.displayName ?? 'A child', role: 'Child' };
        }
        default: {
          const unexpected: never = speaker;
          throw new Error(`Unknown speaker ${JSON.stringify(unexpected)}`);
        }
      }
    },
  };
}

export function getCapture(context: HandlerContext, conferenceId: string): Capture {
  const directory = speakerDirectory(context, conferenceId);
  const { db } = context;
  return {
    conferenceId,
    finalised: directory.conference.status === 'finalised',
    currentAgendaItemId: (db.prepare('SELECT current_agenda_item_id FROM conference WHERE id = ?').pluck().get(conferenceId) as string | null) ?? null,
    contributions: listContributionRows(db, conferenceId).map((row) => {
      const speaker = parseSpeaker(row.speaker);
      const described = directory.describe(speaker);
      return {
        id: row.id,
        agendaItemId: row.agenda_item_id,
        speaker,
        speakerName: described.name,
        speakerRole: described.role,
        kind: row.kind,
        text: row.text,
        spokenAt: row.spoken_at,
        restriction: readMarking(row.restriction),
        reportId: row.report_id,
        version: row.version,
        updatedAt: row.updated_at,
      };
    }),
    attendance: listAttendance(db, conferenceId),
    exclusions: listExclusions(db, conferenceId),
    childVoices: listChildVoices(db, conferenceId),
    restrictedParts: listRestrictedParts(db, conferenceId).map((part) => ({
      ...part,
      whoLeft: part.whoLeftIds.map((id) => directory.members.get(id)?.displayName ?? 'A family member'),
    })),
    interpreters: listInterpreters(db, conferenceId, [...directory.members.values()]),
  };
}

/**
 * The interpreter for a family member at this conference: booked or not and who, then on the day
 * whether they are present and the restricted parts they left the room for. Only for a member of
 * this family who needs one, and only parts of this conference; refused otherwise, nothing changed.
 */
export function saveInterpreter(context: HandlerContext, input: SaveInterpreter): Capture {
  const directory = speakerDirectory(context, input.conferenceId);
  const member = directory.members.get(input.familyMemberId);
  const fields: Record<string, string> = {};
  if (!member) fields['familyMemberId'] = 'Choose a member of this family.';
  else if (member.interpreterLanguage === '') fields['familyMemberId'] = `${member.displayName} has no interpreter need recorded: add the language on the Family page first.`;
  const parts = new Set(listRestrictedParts(context.db, input.conferenceId).map((part) => part.id));
  input.leftForPartIds.forEach((id, index) => {
    if (!parts.has(id)) fields[`leftForPartIds.${index}`] = 'Choose a restricted part of this meeting.';
    else if (input.leftForPartIds.indexOf(id) < index) fields[`leftForPartIds.${index}`] = 'This part is already listed.';
  });
  if (input.present === false && input.leftForPartIds.length > 0) fields['present'] = 'An interpreter who was not present cannot have left the room.';
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
  changeConference(context, input.conferenceId, { action: 'update', entity: 'interpreter', entityId: input.familyMemberId }, (at) => upsertInterpreter(context.db, input, at));
  return getCapture(context, input.conferenceId);
}

/**
 * Saves a contribution as it is typed. Everything it points at must belong to this conference,
 * so a contribution can never be filed against another family's record.
 */
export function saveContribution(context: HandlerContext, input: SaveContribution): { id: string; version: number; savedAt: string } {
  // Only what this save needs: the whole professionals directory (hundreds of people in an
  // authority) was read and mapped on every keystroke's save.
  const conference = existingConference(context, input.conferenceId);
  const directory = {
    members: new Map(listFamilyMembers(context.db, conference.family_id).map((m) => [m.id, m])),
    children: new Set(listChildren(context.db, conference.family_id).map((c) => c.id)),
  };
  const existing = findContribution(context.db, input.id);
  if (existing && existing.conference_id !== input.conferenceId) throw new ConflictError('This contribution belongs to another conference.');
  const fields: Record<string, string> = {};
  if (!listAgenda(context.db, input.conferenceId).some((item) => item.id === input.agendaItemId)) fields['agendaItemId'] = 'Choose an item on this conference’s agenda.';
  const speaker = input.speaker;
  if (speaker.kind === 'professional' && !findProfessional(context.db, speaker.professionalId)) fields['speaker'] = 'Choose someone at this conference.';
  if (speaker.kind === 'family-member' && !directory.members.has(speaker.familyMemberId)) fields['speaker'] = 'Choose someone at this conference.';
  if (speaker.kind === 'child' && !directory.children.has(speaker.childId)) fields['speaker'] = 'Choose one of this family’s children.';
  checkMarking(input.restriction, directory, 'restriction', fields);
  if (input.reportId !== null && !listAgencyReports(context.db, input.conferenceId).some((r) => r.id === input.reportId)) fields['reportId'] = 'Choose one of this conference’s reports.';
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);

  let version = 0;
  const at = context.now().toISOString();
  changeConference(context, input.conferenceId, { action: existing ? 'update' : 'create', entity: 'contribution', entityId: input.id }, (now) => {
    version = upsertContribution(context.db, input, context.actor, now, context.editSessionMs);
  });
  return { id: input.id, version, savedAt: at };
}

export function getContributionHistory(context: HandlerContext, contributionId: string): ContributionVersion[] {
  if (!findContribution(context.db, contributionId)) throw new NotFoundError('This contribution');
  return listContributionVersions(context.db, contributionId);
}

/**
 * The item the meeting is on, so the chair's view follows the minute-taker. Moving between items
 * is not a change to the record, so it is neither audited nor marks the conference as changed.
 */
export function setCurrentAgendaItem(context: HandlerContext, conferenceId: string, agendaItemId: string): Capture {
  editableConference(context, conferenceId);
  if (!listAgenda(context.db, conferenceId).some((item) => item.id === agendaItemId)) {
    throw new ValidationError('Please choose an item on this agenda.', { agendaItemId: 'Choose an item on this conference’s agenda.' });
  }
  setCurrentItemRow(context.db, conferenceId, agendaItemId);
  return getCapture(context, conferenceId);
}

export function recordAttendance(context: HandlerContext, input: Attendance): Capture {
  const conferenceId = findInvitationConference(context.db, input.invitationId);
  if (!conferenceId) throw new NotFoundError('This invitation');
  if (input.arrivedAt && input.leftAt && input.leftAt < input.arrivedAt) {
    throw new ValidationError('Please correct the highlighted answer.', { leftAt: 'They cannot leave before they arrived.' });
  }
  changeConference(context, conferenceId, { action: 'update', entity: 'attendance', entityId: input.invitationId }, (at) => upsertAttendance(context.db, input, at));
  return getCapture(context, conferenceId);
}

/**
 * The attendance table in one go, in one transaction: any bad row refuses the whole table (its
 * answers named by row, `rows.3.leftAt`), and nothing is changed.
 */
export function recordAttendanceTable(context: HandlerContext, input: RecordAttendanceTable): Capture {
  editableConference(context, input.conferenceId);
  const fields: Record<string, string> = {};
  input.rows.forEach((row, index) => {
    if (findInvitationConference(context.db, row.invitationId) !== input.conferenceId) fields[`rows.${index}.invitationId`] = 'This person is not invited to this conference.';
    if (row.arrivedAt && row.leftAt && row.leftAt < row.arrivedAt) fields[`rows.${index}.leftAt`] = 'They cannot leave before they arrived.';
  });
  if (Object.keys(fields).length > 0) throw new ValidationError('Nothing was saved. Please correct the highlighted answers, then save the table again.', fields);
  changeConference(context, input.conferenceId, { action: 'update', entity: 'attendance', entityId: input.conferenceId }, (at) => {
    for (const row of input.rows) upsertAttendance(context.db, row, at);
  });
  return getCapture(context, input.conferenceId);
}

export function saveExclusion(context: HandlerContext, input: z.output<typeof SaveExclusionSchema>): Capture {
  const directory = speakerDirectory(context, input.conferenceId);
  assertSameConference(context, 'exclusion', input.id, input.conferenceId);
  const fields: Record<string, string> = {};
  if (!directory.members.has(input.familyMemberId)) fields['familyMemberId'] = 'Choose a member of this family.';
  if (input.endedAt && input.endedAt < input.startedAt) fields['endedAt'] = 'The end cannot be before the start.';
  checkMarking(input.restriction, directory, 'restriction', fields);
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
  const { conferenceId, ...exclusion } = input;
  changeConference(context, conferenceId, { action: 'update', entity: 'exclusion', entityId: input.id }, (at) => upsertExclusion(context.db, conferenceId, exclusion, at));
  return getCapture(context, conferenceId);
}

export function saveChildVoice(context: HandlerContext, input: z.output<typeof SaveChildVoiceSchema>): Capture {
  const directory = speakerDirectory(context, input.conferenceId);
  assertSameConference(context, 'child_voice', input.id, input.conferenceId);
  const fields: Record<string, string> = {};
  if (!directory.children.has(input.childId)) fields['childId'] = 'Choose one of this family’s children.';
  checkMarking(input.restriction, directory, 'restriction', fields);
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
  const { conferenceId, ...voice } = input;
  changeConference(context, conferenceId, { action: 'update', entity: 'child-voice', entityId: input.id }, (at) => upsertChildVoice(context.db, conferenceId, voice, at));
  return getCapture(context, conferenceId);
}

export function saveRestrictedPart(context: HandlerContext, input: z.output<typeof SaveRestrictedPartSchema>): Capture {
  const directory = speakerDirectory(context, input.conferenceId);
  assertSameConference(context, 'restricted_part', input.id, input.conferenceId);
  const fields: Record<string, string> = {};
  input.whoLeftIds.forEach((id, index) => {
    if (!directory.members.has(id)) fields[`whoLeftIds.${index}`] = 'Choose a member of this family.';
    else if (input.whoLeftIds.indexOf(id) < index) fields[`whoLeftIds.${index}`] = 'This person is already named here: name each person once.';
  });
  if (input.endedAt && input.endedAt < input.startedAt) fields['endedAt'] = 'The end cannot be before the start.';
  checkMarking(input.summaryRestriction, directory, 'summaryRestriction', fields);
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
  const { conferenceId, ...part } = input;
  changeConference(context, conferenceId, { action: 'update', entity: 'restricted-part', entityId: input.id }, (at) => upsertRestrictedPart(context.db, conferenceId, part, at));
  return getCapture(context, conferenceId);
}

function assertSameConference(context: HandlerContext, table: 'exclusion' | 'child_voice' | 'restricted_part', id: string, conferenceId: string): void {
  const owner = ownerConference(context.db, table, id);
  if (owner !== undefined && owner !== conferenceId) throw new ConflictError('This record belongs to another conference.');
}


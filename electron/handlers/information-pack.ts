/**
 * The family's information pack before the meeting (issue 17): the chair's reason for the
 * conference, written for the family and marked like every other text, and who can have a pack.
 * The pack itself is made with makeDocument (kind `information-pack`), listed with the documents
 * made, with the day it went out.
 */
import { listDocumentExports } from '../../db/documents/queries';
import { readFamilyReason, writeFamilyReason } from '../../db/invitations/family-reason';
import { listChildren, listFamilyMembers } from '../../db/family/queries';
import { FOR_EVERYONE } from '../../shared/audience/restriction';
import { ValidationError } from '../../shared/contract/result';
import { informationPackRecipients } from '../../shared/documents/information-pack';
import type { InformationPacks } from '../../shared/documents/information-pack-request';
import type { SaveFamilyReason } from '../../shared/invitations/family-reason';
import { checkMarking } from './audience';
import type { HandlerContext } from './context';
import { gatherDocumentSource } from './document-source';
import { changeConference, editableConference } from './guard';

export function getInformationPacks(context: HandlerContext, conferenceId: string): InformationPacks {
  const source = gatherDocumentSource(context, conferenceId);
  const stored = readFamilyReason(context.db, conferenceId);
  const made = listDocumentExports(context.db, conferenceId).filter((row) => row.kind === 'information-pack');
  return {
    reason: { conferenceId, reason: stored?.reason ?? '', restriction: stored?.restriction ?? FOR_EVERYONE, updatedAt: stored?.updatedAt ?? null },
    recipients: informationPackRecipients(source).map((recipient) => ({
      id: recipient.id,
      name: recipient.name,
      kind: recipient.kind,
      // Newest first.
      lastMadeAt: made.find((row) => row.recipientId === recipient.id)?.madeAt ?? null,
    })),
  };
}

export function saveFamilyReason(context: HandlerContext, input: SaveFamilyReason): InformationPacks {
  const conference = editableConference(context, input.conferenceId);
  const fields: Record<string, string> = {};
  const family = {
    members: new Set(listFamilyMembers(context.db, conference.family_id).map((m) => m.id)),
    children: new Set(listChildren(context.db, conference.family_id).map((c) => c.id)),
  };
  checkMarking(input.restriction, family, 'restriction', fields);
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct who may read the reason.', fields);
  changeConference(context, input.conferenceId, { action: 'update', entity: 'conference-family-reason', entityId: input.conferenceId }, (at) =>
    writeFamilyReason(context.db, input.conferenceId, input.reason, input.restriction, at),
  );
  return getInformationPacks(context, input.conferenceId);
}

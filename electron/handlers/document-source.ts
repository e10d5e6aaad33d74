import type { DocumentSource } from '../../shared/documents/source';
import { localIsoDate } from '../../shared/dates/local-date';
import { NotFoundError } from '../../shared/contract/result';
import { readFamilyReason } from '../../db/invitations/family-reason';
import { getAuthorityIdentity, getAuthoritySettings } from './authority';
import { getCapture } from './capture';
import { getConference } from './conference';
import type { HandlerContext } from './context';
import { getDecisionRecord } from './decision-record';
import { getDecisionLetter } from './signoff';

/** Everything a conference's documents are made from, read through the same use cases the screens call. */
export function gatherDocumentSource(context: HandlerContext, conferenceId: string): DocumentSource {
  const conference = getConference(context, conferenceId);
  if (!conference) throw new NotFoundError('This conference');
  return {
    conference,
    capture: getCapture(context, conferenceId),
    decisionRecord: getDecisionRecord(context, conferenceId),
    letter: getDecisionLetter(context, conferenceId),
    settings: getAuthoritySettings(context),
    authority: getAuthorityIdentity(context).identity,
    familyReason: familyReason(context, conferenceId),
    madeOn: localIsoDate(context.now()),
  };
}

/** The chair's reason for the family's information pack, with its marking; forRecipient decides who reads it. */
function familyReason(context: HandlerContext, conferenceId: string): DocumentSource['familyReason'] {
  const stored = readFamilyReason(context.db, conferenceId);
  return stored && stored.reason.trim() !== '' ? { reason: stored.reason, restriction: stored.restriction } : null;
}

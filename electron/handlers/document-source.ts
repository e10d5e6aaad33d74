import type { DocumentSource } from '../../shared/documents/source';
import { localIsoDate } from '../../shared/dates/local-date';
import { NotFoundError } from '../../shared/contract/result';
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
    madeOn: localIsoDate(context.now()),
  };
}

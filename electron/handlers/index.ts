import type { Handlers } from '../../shared/contract/api';
import { createConference, getConference, listConferenceSummaries } from './conference';
import type { HandlerContext } from './context';

/** The application's use cases, bound to one context. Both hosts serve exactly this map. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    listConferences: () => listConferenceSummaries(context),
    createConference: (input) => createConference(context, input),
    getConference: (input) => getConference(context, input.conferenceId),
  };
}

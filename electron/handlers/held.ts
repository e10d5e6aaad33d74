import type { ConferenceDetail, MarkHeld } from '../../shared/conference/details';
import { ValidationError } from '../../shared/contract/result';
import { compareLocalDateTimes } from '../../shared/calendar/local-date-time';
import { ukDateTime } from '../../shared/dates/uk-time';
import { setConferenceHeld } from '../../db/conference/queries';
import type { HandlerContext } from './context';
import { getConference } from './conference';
import { changeConference, editableConference } from './guard';

/**
 * The chair marks the conference held: when it actually took place, in UK local time. Its
 * deadlines after the meeting start from that day. Until it is finalised the time can be
 * corrected, or the mark taken away (held by mistake); a time still to come is refused.
 */
export function markHeld(context: HandlerContext, input: MarkHeld): ConferenceDetail {
  const row = editableConference(context, input.conferenceId);
  if (input.held !== null) {
    const fields: Record<string, string> = {};
    if (compareLocalDateTimes(input.held, ukDateTime(context.now())) > 0) {
      fields['held.date'] = 'The conference cannot be marked held at a time still to come: enter when it took place.';
    } else if (row.trigger_date !== null && input.held.date < row.trigger_date) {
      fields['held.date'] = 'The conference was held after the date that starts its timescale: check the date.';
    }
    if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
  }
  changeConference(context, input.conferenceId, { action: 'update', entity: 'held', entityId: input.conferenceId }, (at) =>
    setConferenceHeld(context.db, input.conferenceId, input.held, at),
  );
  return getConference(context, input.conferenceId);
}

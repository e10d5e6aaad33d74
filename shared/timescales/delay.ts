import { assertIsoDate, type IsoDate } from '../calendar/iso-date';
import { compareIsoDates } from '../dates/local-date';

/**
 * A conference booked after its due date needs a recorded reason, agreed by the manager and the
 * chair (brief §1.2). Booking on the due date itself is in time.
 */
export function requiresDelayReason(scheduledDate: IsoDate, dueDate: IsoDate): boolean {
  return compareIsoDates(assertIsoDate(scheduledDate), assertIsoDate(dueDate)) > 0;
}

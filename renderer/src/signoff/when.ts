import { formatInstant } from '../../../shared/dates/uk-time';

/** A moment the application recorded (stored in UTC), in UK local time, for the history and the amendments. */
export const when = (iso: string) => formatInstant(iso);

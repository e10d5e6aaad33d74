import { formatIsoDate } from '../../../shared/dates/format';

/** A moment the application recorded (UTC), for the history and the amendments. */
export const when = (iso: string) => `${formatIsoDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;

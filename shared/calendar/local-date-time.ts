import { addDaysIso, isTimeOfDay } from '../dates/local-date';
import { assertIsoDate, type IsoDate } from './iso-date';

/** A date and wall-clock time (`HH:MM`) in the authority's own time, as people say them. */
export interface LocalDateTime {
  readonly date: IsoDate;
  readonly time: string;
}

const MINUTES_PER_DAY = 24 * 60;

/**
 * Hours counted on the wall clock, as a chair counts them ("10:00 Thursday plus 72 hours is
 * 10:00 Sunday"): a clock change in between neither adds nor removes an hour.
 */
export function addWallClockHours(start: LocalDateTime, hours: number): LocalDateTime {
  assertIsoDate(start.date);
  if (!isTimeOfDay(start.time)) throw new RangeError(`Not a time of day in the form HH:MM: "${start.time}".`);
  if (!Number.isInteger(hours) || hours < 0) throw new RangeError(`Hours must be a whole number, 0 or more (got ${hours}).`);
  const [hh, mm] = start.time.split(':').map(Number) as [number, number];
  const total = hh * 60 + mm + hours * 60;
  const days = Math.floor(total / MINUTES_PER_DAY);
  const minutes = total % MINUTES_PER_DAY;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: addDaysIso(start.date, days), time };
}

export function compareLocalDateTimes(a: LocalDateTime, b: LocalDateTime): number {
  const left = `${a.date}T${a.time}`;
  const right = `${b.date}T${b.time}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** UK display formats for calendar dates and times, independent of the machine's time zone. */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03-19` → `Thu 19 Mar 2026` */
export function formatIsoDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return LONG_DATE.format(new Date(Date.UTC(year, month - 1, day))).replace(/,/g, '');
}

/** `2026-03-19`, `10:00` → `Thu 19 Mar 2026, 10:00` */
export function formatDateAndTime(date: string, time: string): string {
  return `${formatIsoDate(date)}, ${time}`;
}

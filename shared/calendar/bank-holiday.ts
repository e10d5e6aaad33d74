import type { IsoDate } from './iso-date';

/** Where a bank holiday comes from: the standing rules, a one-off proclamation, or the authority. */
export type BankHolidaySource = 'rule' | 'one-off' | 'authority';

export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** True when the day stands in for a holiday that fell at a weekend. */
  readonly substituteDay: boolean;
  readonly source: BankHolidaySource;
}

/** A holiday as data: what a one-off change or an administrator adds. */
export interface HolidayEntry {
  readonly date: IsoDate;
  readonly name: string;
}

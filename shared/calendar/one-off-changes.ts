import type { HolidayEntry } from './bank-holiday';
import type { IsoDate } from './iso-date';

/**
 * Bank holidays moved or added by royal proclamation. They follow no rule, so they are data:
 * each change removes the rule's day (if any) and adds the proclaimed ones. Add a new entry here
 * when one is announced; an authority can also add a date in its own settings meanwhile.
 */
export interface OneOffChange {
  readonly why: string;
  readonly remove: readonly IsoDate[];
  readonly add: readonly HolidayEntry[];
}

export const ONE_OFF_CHANGES: readonly OneOffChange[] = [
  {
    why: '50th anniversary of VE Day: the early May bank holiday moved to Monday 8 May.',
    remove: ['1995-05-01'],
    add: [{ date: '1995-05-08', name: 'Early May bank holiday (VE day)' }],
  },
  {
    why: 'The millennium.',
    remove: [],
    add: [{ date: '1999-12-31', name: 'Millennium bank holiday' }],
  },
  {
    why: 'Golden Jubilee: the spring bank holiday moved to Tuesday 4 June, with an extra day on Monday 3 June.',
    remove: ['2002-05-27'],
    add: [
      { date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ],
  },
  {
    why: 'Royal wedding.',
    remove: [],
    add: [{ date: '2011-04-29', name: 'Royal wedding bank holiday' }],
  },
  {
    why: 'Diamond Jubilee: the spring bank holiday moved to Monday 4 June, with an extra day on Tuesday 5 June.',
    remove: ['2012-05-28'],
    add: [
      { date: '2012-06-04', name: 'Spring bank holiday' },
      { date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
    ],
  },
  {
    why: '75th anniversary of VE Day: the early May bank holiday moved from Monday 4 May to Friday 8 May.',
    remove: ['2020-05-04'],
    add: [{ date: '2020-05-08', name: 'Early May bank holiday (VE day)' }],
  },
  {
    why: 'Platinum Jubilee: the spring bank holiday moved from Monday 30 May to Thursday 2 June, with an extra day on Friday 3 June.',
    remove: ['2022-05-30'],
    add: [
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
    ],
  },
  {
    why: 'State funeral of Queen Elizabeth II.',
    remove: [],
    add: [{ date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' }],
  },
  {
    why: 'Coronation of King Charles III.',
    remove: [],
    add: [{ date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' }],
  },
];

import { useState, type ReactNode } from 'react';
import { calendarForAuthority } from '../../../shared/authority/calendar';
import type { AuthoritySettings } from '../../../shared/authority/settings';
import type { BankHoliday } from '../../../shared/calendar/bank-holiday';
import type { ApiError } from '../../../shared/contract/result';
import { formatIsoDate } from '../../../shared/dates/format';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { AddBankHoliday } from './AddBankHoliday';
import type { ReportProblems } from './problems';

interface BankHolidaysProps {
  readonly settings: AuthoritySettings;
  readonly onSaved: (settings: AuthoritySettings) => void;
  readonly reportProblems: ReportProblems;
}

/** England and Wales bank holidays for this year and next, with the days the authority adds. */
export function BankHolidays({ settings, onSaved, reportProblems }: BankHolidaysProps) {
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const calendar = calendarForAuthority(settings);
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear + 1];
  const others = settings.extraBankHolidays.filter((holiday) => !years.includes(Number(holiday.date.slice(0, 4))));

  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const ask = (date: string) => {
    setConfirming(date);
    focusLater(`holiday-${date}-confirm`);
  };
  const cancel = (date: string) => {
    setConfirming(null);
    focusLater(`holiday-${date}-remove`);
  };
  const remove = async (holiday: Pick<BankHoliday, 'date' | 'name'>) => {
    const next = { ...settings, extraBankHolidays: settings.extraBankHolidays.filter((entry) => entry.date !== holiday.date) };
    const result = await api.updateAuthoritySettings({ settings: next });
    setConfirming(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onSaved(result.value);
    setStatus(`Removed ${holiday.name} on ${formatIsoDate(holiday.date)}.`);
    focusLater('bank-holidays-heading');
  };

  const actions = (holiday: Pick<BankHoliday, 'date' | 'name'>) => {
    const label = `${holiday.name}, ${formatIsoDate(holiday.date)}`;
    if (confirming !== holiday.date) {
      return (
        <button type="button" id={`holiday-${holiday.date}-remove`} className="button button--link" onClick={() => ask(holiday.date)}>
          Remove<span className="visually-hidden"> {label}</span>
        </button>
      );
    }
    return (
      <div className="button-row">
        <button type="button" id={`holiday-${holiday.date}-confirm`} className="button button--primary" onClick={() => void remove(holiday)}>
          Yes, remove<span className="visually-hidden"> {label}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={() => cancel(holiday.date)}>
          Cancel
        </button>
      </div>
    );
  };

  return (
    <section aria-labelledby="bank-holidays-heading">
      <h2 id="bank-holidays-heading" tabIndex={-1}>
        Bank holidays
      </h2>
      <p>
        Working days leave out weekends and these England and Wales bank holidays. Add a day your authority also treats as a holiday,
        for example a newly announced bank holiday.
      </p>
      {error && <ErrorMessage error={error} />}
      <div className="holiday-years">
        {years.map((year) => (
          <HolidayTable key={year} caption={String(year)} holidays={calendar.bankHolidays(year)} actions={actions} />
        ))}
      </div>
      {others.length > 0 && (
        <HolidayTable
          caption="Other dates your authority added"
          holidays={others.map((holiday) => ({ ...holiday, substituteDay: false, source: 'authority' }))}
          actions={actions}
        />
      )}
      <AddBankHoliday settings={settings} onSaved={onSaved} onAdded={setStatus} reportProblems={reportProblems} />
      <p className="agenda-status" role="status">
        {status}
      </p>
    </section>
  );
}

interface HolidayTableProps {
  readonly caption: string;
  readonly holidays: readonly BankHoliday[];
  readonly actions: (holiday: BankHoliday) => ReactNode;
}

function HolidayTable({ caption, holidays, actions }: HolidayTableProps) {
  return (
    <table className="table holiday-table">
      <caption className="holiday-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Holiday</th>
          <th scope="col">
            <span className="visually-hidden">Changes</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {holidays.map((holiday) => (
          <tr key={holiday.date}>
            <td className="holiday-table__date">{formatIsoDate(holiday.date)}</td>
            <th scope="row">
              {holiday.name}
              {holiday.source === 'authority' && (
                <>
                  {' '}
                  <span className="tag tag--added">Added by your authority</span>
                </>
              )}
            </th>
            <td>{holiday.source === 'authority' ? actions(holiday) : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

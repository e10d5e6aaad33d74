import type { ConferenceDetail } from '../../../shared/conference/details';
import { TRIGGER_LABELS } from '../../../shared/conference/schema';
import { formatDateAndTime, formatIsoDate } from '../../../shared/dates/format';

const STATUS_TEXT = { done: 'Done', upcoming: 'Upcoming', 'due-soon': 'Due soon', overdue: 'Overdue' } as const;
// A window closes: it is open until then, never overdue.
const WINDOW_TEXT = { done: 'Closed', upcoming: 'Open', 'due-soon': 'Open, closes soon', overdue: 'Closed' } as const;

/** When things are due by the authority's timescales, in working days, and how each stands today. */
export function DeadlinesPanel({ conference }: { readonly conference: ConferenceDetail }) {
  return (
    <section className="panel" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Timescales</h2>
      {conference.dueDate === null && (
        <p>
          Enter the {TRIGGER_LABELS[conference.details.type].toLowerCase()} below to work out when this conference is due.
        </p>
      )}
      {conference.deadlines.length > 0 && (
        <>
          {conference.dueDate !== null && (
            <p>
              This conference is due by <strong>{formatIsoDate(conference.dueDate)}</strong>. Dates count working days:
              weekends and bank holidays are left out.
            </p>
          )}
          {conference.held && <p>The deadlines after the meeting are counted from the day it was held.</p>}
          {conference.needsDelayReason && (
            <div className="notice notice--warning">
              <p>
                It is booked after its due date. Record the reason for the delay below: it was agreed by the chair and a
                manager.
              </p>
            </div>
          )}
          <table className="table">
            <caption className="visually-hidden">Deadlines for this conference</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Due by</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {conference.deadlines.map((deadline) => (
                <tr key={deadline.key}>
                  <th scope="row">{deadline.label}</th>
                  <td>{deadline.dueTime ? formatDateAndTime(deadline.due, deadline.dueTime) : formatIsoDate(deadline.due)}</td>
                  <td>
                    <span className={`tag tag--${deadline.doneLate ? 'late' : deadline.status}`}>
                      {deadline.doneLate ? 'Done late' : deadline.key === 'dissent-window' ? WINDOW_TEXT[deadline.status] : STATUS_TEXT[deadline.status]}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

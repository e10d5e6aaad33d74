import type { ConferenceDetail } from '../../../shared/conference/details';
import { AgencyReportRow } from './AgencyReportRow';
import { ReportsDeadline } from './ReportsDeadline';

interface AgencyReportsPanelProps {
  readonly conference: ConferenceDetail;
  /** Whether any invited professional has no report yet, so one can be added. */
  readonly canAdd: boolean;
  readonly formOpen: boolean;
  /** Open the report form: a new report (null) or the given professional's report. */
  readonly onOpenForm: (professionalId: string | null) => void;
}

export const REPORTS_HEADING_ID = 'agency-reports-heading';

/** Every agency's written report and whether the family had it in time (brief §1.2, §1.3). */
export function AgencyReportsPanel({ conference, canAdd, formOpen, onOpenForm }: AgencyReportsPanelProps) {
  const focusHeading = () => requestAnimationFrame(() => document.getElementById(REPORTS_HEADING_ID)?.focus());
  const deadline = conference.deadlines.find((d) => d.key === 'reports-to-family');
  return (
    <section className="panel" aria-labelledby={REPORTS_HEADING_ID}>
      <h2 id={REPORTS_HEADING_ID} tabIndex={-1}>
        Agency reports
      </h2>
      <ReportsDeadline conferenceId={conference.id} deadline={deadline} />
      <p>Every invited agency should send a written report, even if no one from it can attend.</p>
      {conference.reports.length === 0 ? (
        <p>No reports are recorded yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-labelledby={REPORTS_HEADING_ID}>
            <thead>
              <tr>
                <th scope="col">Author</th>
                <th scope="col">Agency</th>
                <th scope="col">Received</th>
                <th scope="col">Shared with the family</th>
                <th scope="col">Reason not shared</th>
                <th scope="col">
                  <span className="visually-hidden">Change or remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {conference.reports.map((report) => (
                <AgencyReportRow key={report.id} report={report} onChange={() => onOpenForm(report.professionalId)} onRemoved={focusHeading} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canAdd ? (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={formOpen}
          aria-controls={formOpen ? 'agency-report' : undefined}
          id="open-add-report"
          onClick={() => onOpenForm(null)}
        >
          Add a report
        </button>
      ) : (
        conference.reports.length === 0 && <p>Invite the professionals first, then record their reports here.</p>
      )}
    </section>
  );
}

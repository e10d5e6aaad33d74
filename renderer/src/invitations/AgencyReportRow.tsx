import { AGENCY_LABELS } from '../../../shared/authority/agencies';
import { formatIsoDate } from '../../../shared/dates/format';
import { REPORT_SHARING_LABELS, type AgencyReport } from '../../../shared/invitations/schema';
import { api } from '../api/client';
import { useConferences } from '../conference/store';
import { useAnnouncer } from './announcer';
import { ConfirmRemoval } from './ConfirmRemoval';

interface AgencyReportRowProps {
  readonly report: AgencyReport;
  readonly onChange: () => void;
  readonly onRemoved: () => void;
}

/** One agency's report: when it came, and whether and when the family saw it. */
export function AgencyReportRow({ report, onChange, onRemoved }: AgencyReportRowProps) {
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnouncer((state) => state.announce);
  const whose = `${report.author}’s report`;

  const remove = async () => {
    const result = await applyChange(api.removeAgencyReport({ reportId: report.id }));
    announce(result.ok ? `${whose} is removed.` : `Not removed: ${result.error.message}`);
    if (result.ok) onRemoved();
    return result.ok;
  };

  return (
    <tr>
      <th scope="row">{report.author}</th>
      <td>{AGENCY_LABELS[report.agency]}</td>
      <td>{report.receivedDate ? formatIsoDate(report.receivedDate) : 'Not yet'}</td>
      <td>
        {REPORT_SHARING_LABELS[report.sharedWithFamily]}
        {report.sharedDate && (
          <>
            <br />
            {formatIsoDate(report.sharedDate)}
          </>
        )}
        {report.late && (
          <>
            {' '}
            <span className="tag tag--late">
              Late
              <span className="visually-hidden">
                : {report.sharedWithFamily === 'not-yet' ? 'not yet shared and the deadline has passed' : 'shared with the family after the deadline'}
              </span>
            </span>
          </>
        )}
      </td>
      <td className="report-reason">{report.notSharedReason}</td>
      <td>
        <div className="button-row">
          <button type="button" id={`change-report-${report.professionalId}`} className="button button--link" onClick={onChange}>
            Change<span className="visually-hidden"> {whose}</span>
          </button>
          <ConfirmRemoval subject={whose} question={`Remove ${whose}?`} onConfirm={remove} />
        </div>
      </td>
    </tr>
  );
}

import type { ConferenceDetail } from '../../../shared/conference/details';
import { hrefFor } from '../app/router';

interface QuoracyPanelProps {
  readonly conferenceId: string;
  readonly quoracy: ConferenceDetail['quoracy'];
  readonly inquorateReason: string;
}

/** Whether the conference will be quorate with the answers so far, and why (brief §1.3). */
export function QuoracyPanel({ conferenceId, quoracy, inquorateReason }: QuoracyPanelProps) {
  const [, ...reasons] = quoracy.reasons;
  return (
    <section className="panel quoracy" aria-labelledby="quoracy-heading">
      <h2 id="quoracy-heading">Quoracy</h2>
      <p>
        <span className={`tag ${quoracy.quorate ? 'tag--done' : 'tag--overdue'}`}>{quoracy.quorate ? 'Quorate' : 'Not quorate'}</span>{' '}
        {quoracy.summary}
      </p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p className="field__hint">
        Only professionals attending in person or online count. Other than children’s social care, an agency counts only if it
        has had direct contact with the child or family, and once however many of its people come.
      </p>
      {quoracy.needsReason && (
        <div className="notice notice--warning">
          <p>
            {inquorateReason
              ? 'The chair has recorded a reason for going ahead without a quorum.'
              : 'Going ahead without a quorum needs the chair’s recorded reason.'}{' '}
            <a href={hrefFor({ screen: 'conference', conferenceId, section: 'overview' })}>
              {inquorateReason ? 'See the reason on Overview and details' : 'Record the reason on Overview and details'}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}

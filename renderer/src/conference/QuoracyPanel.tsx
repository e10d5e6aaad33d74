import type { ConferenceDetail } from '../../../shared/conference/details';
import { hrefFor } from '../app/router';

/** Whether the expected attendance makes the conference quorate, and why. */
export function QuoracyPanel({ conference }: { readonly conference: ConferenceDetail }) {
  const { quoracy } = conference;
  return (
    <section className="panel" aria-labelledby="quoracy-heading">
      <h2 id="quoracy-heading">
        Quoracy <span className={`tag ${quoracy.quorate ? 'tag--ok' : 'tag--overdue'}`}>{quoracy.quorate ? 'Quorate' : 'Not quorate'}</span>
      </h2>
      <ul>
        {quoracy.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>
        <a href={hrefFor({ screen: 'conference', conferenceId: conference.id, section: 'invitations' })}>
          Change who is invited and their answers
        </a>
      </p>
    </section>
  );
}

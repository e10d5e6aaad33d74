import { useEffect } from 'react';
import { CONFERENCE_STATUS_LABELS, CONFERENCE_TYPE_LABELS } from '../../../shared/conference/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { formatDateAndTime, formatIsoDate } from '../../../shared/dates/format';
import { ErrorMessage } from '../app/ErrorMessage';
import { hrefFor } from '../app/router';
import { useScreenHeading } from '../app/usePageTitle';
import { useConferences } from './store';

export function ConferenceScreen({ conferenceId }: { readonly conferenceId: string }) {
  const { open, loadConference } = useConferences();
  useEffect(() => {
    void loadConference(conferenceId);
  }, [conferenceId, loadConference]);

  const loaded = open.state === 'loaded' && open.value.id === conferenceId ? open.value : null;
  const title = loaded ? conferenceTitle(loaded) : open.state === 'failed' ? 'Conference not found' : 'Conference';
  const heading = useScreenHeading(title);

  return (
    <>
      <p>
        <a href={hrefFor({ screen: 'home' })}>Back to conferences</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {open.state === 'failed' && <ErrorMessage error={open.error} />}
      {!loaded && open.state === 'loading' && <p aria-live="polite">Loading the conference…</p>}
      {loaded && <ConferenceOverview conference={loaded} />}
    </>
  );
}

function conferenceTitle(conference: ConferenceDetail): string {
  return `${CONFERENCE_TYPE_LABELS[conference.details.type]} conference: ${conference.children.map((c) => c.displayName).join(', ')}`;
}

function ConferenceOverview({ conference }: { readonly conference: ConferenceDetail }) {
  return (
    <>
      <dl className="summary-list">
        <div>
          <dt>Type</dt>
          <dd>{CONFERENCE_TYPE_LABELS[conference.details.type]}</dd>
        </div>
        <div>
          <dt>Date and time</dt>
          <dd>{formatDateAndTime(conference.details.scheduledDate, conference.details.scheduledTime)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{CONFERENCE_STATUS_LABELS[conference.status]}</dd>
        </div>
      </dl>
      <h2>Children</h2>
      <ul className="card-list">
        {conference.children.map((child) => (
          <li key={child.id} className="card">
            <h3>{child.displayName}</h3>
            <p>
              {child.dateOfBirth
                ? `Born ${formatIsoDate(child.dateOfBirth)}`
                : `Expected ${formatIsoDate(child.expectedDeliveryDate ?? '')}`}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

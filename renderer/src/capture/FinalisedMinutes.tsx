import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { hrefFor } from '../app/router';
import { useCapture } from './store';

/** Above both views once the conference is finalised: read-only, where corrections go, and any text kept for them. */
export function FinalisedMinutesNotice({ conferenceId }: { readonly conferenceId: string }) {
  const kept = useCapture((state) => state.kept);
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    let live = true;
    void api.getKeptForAmendment({ conferenceId }).then((result) => {
      if (live && result.ok) setWaiting(result.value.length);
    });
    return () => {
      live = false;
    };
  }, [conferenceId, kept]);
  const signoff = hrefFor({ screen: 'conference', conferenceId, section: 'signoff' });
  return (
    <div className="notice capture-finalised" data-testid="minutes-finalised">
      <p>
        <strong>This conference has been finalised, so the minutes cannot be changed.</strong> To correct something, record an amendment on the{' '}
        <a href={signoff}>sign-off page</a>; it is shown beside the original.
      </p>
      {waiting > 0 && (
        <p>
          {waiting === 1 ? 'Text typed after sign-off is kept for an amendment.' : `${waiting} texts typed after sign-off are kept for amendments.`} Record or discard{' '}
          {waiting === 1 ? 'it' : 'them'} on the sign-off page.
        </p>
      )}
    </div>
  );
}

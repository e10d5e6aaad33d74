import { useCallback, useEffect, useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import type { AmendmentDraft } from '../../../shared/decision/signoff';
import { api } from '../api/client';
import { AmendForm } from './AmendForm';
import { clearAmendmentStart, pendingAmendmentStart, startFromKept } from './amendmentStart';

/** Text typed into the minutes after sign-off and kept for an amendment, read again after each change. */
function useKeptForAmendment(conferenceId: string, refreshKey: number) {
  const [kept, setKept] = useState<readonly AmendmentDraft[]>([]);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    void api.getKeptForAmendment({ conferenceId }).then((result) => {
      if (live && result.ok) setKept(result.value);
    });
    return () => {
      live = false;
    };
  }, [conferenceId, refreshKey, asked]);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { kept, reload };
}

/**
 * The amendment form, filled in from what another screen sent (a contribution to correct, or what
 * was typed after sign-off), else from the oldest kept text, else blank. Recording or discarding
 * kept text brings the next one, so none is forgotten.
 */
export function Amending({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const { kept, reload } = useKeptForAmendment(conference.id, record.amendments.length);
  // What another screen sent stays until it is used or the chair leaves the page.
  const [sent] = useState(() => pendingAmendmentStart(conference.id));
  const [sentUsed, setSentUsed] = useState(false);
  const oldest = kept[0];
  const start = sent && !sentUsed ? sent : oldest ? startFromKept(conference.id, oldest) : null;
  const done = useCallback(() => {
    setSentUsed(true);
    clearAmendmentStart();
    reload();
  }, [reload]);
  return (
    <AmendForm
      key={start?.id ?? 'blank'}
      conference={conference}
      record={record}
      start={start}
      focusOnArrival={start !== null && start === sent}
      moreKept={kept.filter((k) => k.id !== start?.id).length}
      onDone={done}
    />
  );
}

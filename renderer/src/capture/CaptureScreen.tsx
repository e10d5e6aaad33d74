import { useCallback, useEffect, useState } from 'react';
import { ErrorMessage } from '../app/ErrorMessage';
import { hrefFor } from '../app/router';
import { useScreenHeading } from '../app/usePageTitle';
import { conferenceTitle } from '../conference/ConferenceScreen';
import { useConferences } from '../conference/store';
import { AttendanceView } from './AttendanceView';
import { Announcer } from './Announcer';
import { CaptureTabs, type CaptureView } from './CaptureTabs';
import { FinalisedMinutesNotice } from './FinalisedMinutes';
import { MinutesView } from './MinutesView';
import { ShortcutsHelp } from './ShortcutsHelp';
import { speakerOptions } from './speakers';
import { loadCapture, setSpeakers, useCapture } from './store';
import { useCaptureShortcuts } from './useCaptureShortcuts';
import { useCaptureSync } from './useCaptureSync';

/** The live capture screen: the minute-taker writes here during the meeting, the chair follows. */
export function CaptureScreen({ conferenceId }: { readonly conferenceId: string }) {
  const { open, loadConference } = useConferences();
  const capture = useCapture((state) => state.capture);
  const load = useCapture((state) => state.load);
  const [view, setView] = useState<CaptureView>('minutes');
  const [helpOpen, setHelpOpen] = useState(false);
  const conference = open.state === 'loaded' && open.value.id === conferenceId ? open.value : null;

  useEffect(() => {
    void loadConference(conferenceId);
  }, [conferenceId, loadConference]);
  useEffect(() => {
    if (!conference) return;
    setSpeakers(speakerOptions(conference));
    void loadCapture(conferenceId, conference.agenda[0]?.id ?? null);
  }, [conference, conferenceId]);
  useCaptureSync();
  const ready = conference && capture?.conferenceId === conferenceId ? capture : null;
  // Signed off, here or in another window (the poll says so): nothing here may change the minutes.
  const readOnly = conference?.status === 'finalised' || ready?.finalised === true;
  const toggleHelp = useCallback(() => setHelpOpen((was) => !was), []);
  const showMinutes = useCallback(() => setView('minutes'), []);
  useCaptureShortcuts(conference?.agenda ?? NO_AGENDA, toggleHelp, showMinutes, readOnly);

  const title = conference ? `Minutes: ${conferenceTitle(conference)}` : 'Minutes';
  const heading = useScreenHeading(title);

  return (
    <div className="capture">
      <p>
        <a href={hrefFor({ screen: 'conference', conferenceId, section: 'overview' })}>Back to the conference</a>
      </p>
      <h1 ref={heading} tabIndex={-1} className="capture__title">
        {title}
      </h1>
      <Announcer />
      {open.state === 'failed' && <ErrorMessage error={open.error} />}
      {load.state === 'failed' && <ErrorMessage error={load.error} />}
      {!ready && open.state !== 'failed' && load.state !== 'failed' && <p>Loading the minutes…</p>}
      {conference && ready && (
        <>
          {readOnly && <FinalisedMinutesNotice conferenceId={conferenceId} />}
          <CaptureTabs view={view} onChange={setView}>
            {view === 'minutes' ? (
              <MinutesView conference={conference} capture={ready} readOnly={readOnly} onHelp={toggleHelp} />
            ) : (
              <AttendanceView conference={conference} capture={ready} readOnly={readOnly} />
            )}
          </CaptureTabs>
          <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
        </>
      )}
    </div>
  );
}

const NO_AGENDA: readonly never[] = [];

import { useMemo } from 'react';
import type { Capture } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { AgendaNav } from './AgendaNav';
import { CurrentItem } from './CurrentItem';
import { contributionsOnScreen } from './onScreen';
import { ShortcutBar } from './ShortcutBar';
import { SpeakerPanel } from './SpeakerPanel';
import { InterpretersHere } from '../interpreters/InterpretersHere';
import { useCapture } from './store';

/** Laid out by the agenda: the items on one side, the item on screen in the middle, who is here on the other. */
export function MinutesView({ conference, capture, readOnly, onHelp }: { readonly conference: ConferenceDetail; readonly capture: Capture; readonly readOnly: boolean; readonly onHelp: () => void }) {
  const viewingItemId = useCapture((state) => state.viewingItemId);
  const speakers = useCapture((state) => state.speakers);
  const familySafe = useCapture((state) => state.familySafe);
  // On the family-safe screen even the number of restricted contributions is not shown.
  const shown = useMemo(() => contributionsOnScreen(capture, familySafe), [capture, familySafe]);
  const index = conference.agenda.findIndex((item) => item.id === viewingItemId);
  const item = conference.agenda[index];
  if (!item) return <p>This conference has no agenda yet. Set the agenda first.</p>;
  return (
    <div className="capture-layout">
      <AgendaNav agenda={conference.agenda} viewingItemId={item.id} minuteTakerItemId={capture.currentAgendaItemId} contributions={shown} />
      <div className="capture-main">
        <CurrentItem conference={conference} capture={capture} item={item} position={index + 1} readOnly={readOnly} />
        <ShortcutBar readOnly={readOnly} onHelp={onHelp} />
      </div>
      {/* Picking a speaker starts a contribution: not once the minutes are finalised. */}
      {!readOnly && (
        <div className="capture-side">
          <SpeakerPanel speakers={speakers} item={item} />
          <InterpretersHere conferenceId={conference.id} capture={capture} familySafe={familySafe} />
        </div>
      )}
    </div>
  );
}

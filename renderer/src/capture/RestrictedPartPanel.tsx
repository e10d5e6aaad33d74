import { useState } from 'react';
import { defaultRestriction } from '../../../shared/audience/room';
import { RESTRICTION_REASON_LABELS, type RestrictedPart } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { audienceInWords, joinNames } from '../audience/words';
import { focusSoon } from './activeEditor';
import { EndRestrictedPart } from './EndRestrictedPart';
import { StartRestrictedPart } from './StartRestrictedPart';
import { focusWhenDrawn } from '../app/focus';

const ENDED_ID = 'restricted-part-ended';

/** Starting and ending a part of the meeting held without some of the family. Not drawn on the family-safe screen. */
export function RestrictedPartPanel({ conference, openPart }: { readonly conference: ConferenceDetail; readonly openPart: RestrictedPart | null }) {
  const [starting, setStarting] = useState(false);
  // The part just ended, said where focus lands once its form has gone.
  const [endedAt, setEndedAt] = useState<string | null>(null);
  if (openPart) {
    return (
      <section className="capture-part capture-part--open" aria-labelledby="restricted-part-title">
        <h2 id="restricted-part-title" className="capture-part__title" tabIndex={-1}>
          Restricted part in progress since {openPart.startedAt}
        </h2>
        <p>
          {RESTRICTION_REASON_LABELS[openPart.reason]}. {openPart.whoLeft.length > 0 ? `Out of the room: ${joinNames(openPart.whoLeft)}.` : 'No one left the room.'} New
          contributions are marked {audienceInWords(defaultRestriction([openPart]), conference)}.
        </p>
        <EndRestrictedPart
          key={openPart.id}
          conference={conference}
          part={openPart}
          onEnded={(at) => {
            setEndedAt(at);
            focusWhenDrawn(ENDED_ID);
          }}
        />
      </section>
    );
  }
  return (
    <section className="capture-part" aria-label="Restricted part of the meeting">
      {endedAt && !starting && (
        <p id={ENDED_ID} className="capture-part__ended" tabIndex={-1}>
          The restricted part ended at {endedAt}. New contributions are marked {audienceInWords(defaultRestriction([]), conference)}.
        </p>
      )}
      {starting ? (
        <StartRestrictedPart
          conference={conference}
          onDone={() => {
            setStarting(false);
            focusSoon('start-part');
          }}
        />
      ) : (
        <button
          type="button"
          id="start-part"
          className="button button--secondary"
          onClick={() => {
            setStarting(true);
            setEndedAt(null);
            focusSoon('part-reason');
          }}
        >
          Start a restricted part
        </button>
      )}
    </section>
  );
}

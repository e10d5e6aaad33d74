import { startAmendment } from '../signoff/amendmentStart';
import { FINALISED_NOT_SAVED } from './saveState';
import { useCapture, type KeptText } from './store';

/**
 * In place of the editor once the conference is finalised: what was typed after sign-off, kept
 * as the start of an amendment, and the way to record it. Never a dead end, never dropped.
 */
export function KeptForAmendment({ agendaItemId }: { readonly agendaItemId: string }) {
  const kept = useCapture((state) => state.kept);
  const familySafe = useCapture((state) => state.familySafe);
  const here = Object.entries(kept).filter(([, entry]) => entry.agendaItemId === agendaItemId);
  if (here.length === 0) return null;
  return (
    <>
      {here.map(([contributionId, entry]) => (
        <KeptPanel key={contributionId} contributionId={contributionId} entry={entry} hidden={familySafe && entry.restricted} />
      ))}
    </>
  );
}

function KeptPanel({ contributionId, entry, hidden }: { readonly contributionId: string; readonly entry: KeptText; readonly hidden: boolean }) {
  const headingId = `kept-${contributionId}`;
  const state = entry.state;
  return (
    <section className="notice notice--warning capture-kept" aria-labelledby={headingId}>
      <h3 id={headingId} className="capture-kept__title" tabIndex={-1}>
        Not saved to the minutes: kept for an amendment
      </h3>
      <p>{FINALISED_NOT_SAVED}</p>
      <p data-testid="kept-state">
        {state === 'keeping'
          ? 'Keeping what you typed…'
          : state === 'kept'
            ? 'Kept. It waits on the sign-off page until you record it as an amendment or discard it.'
            : `Not kept in the record: ${state.failed} It is still shown here, so copy it before you leave this screen.`}
      </p>
      {hidden ? (
        <p>This text is restricted, so it is hidden on the family-safe screen. It is kept.</p>
      ) : (
        <p className="capture-kept__text">{entry.correction}</p>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={() =>
          startAmendment({ conferenceId: entry.conferenceId, id: entry.id, section: 'minutes', entityId: entry.contributionId, original: entry.original, correction: entry.correction, kept: true, restriction: entry.restriction })
        }
      >
        Record it as an amendment
      </button>
    </section>
  );
}

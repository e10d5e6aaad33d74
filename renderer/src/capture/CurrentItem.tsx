import { useMemo } from 'react';
import type { AgendaItem } from '../../../shared/agenda/schema';
import type { Capture } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { ContributionEditor } from './ContributionEditor';
import { ContributionList } from './ContributionList';
import { KeptForAmendment } from './KeptForAmendment';
import { MinuteTakerNotice } from './MinuteTakerNotice';
import { contributionsOnScreen } from './onScreen';
import { RestrictedPartPanel } from './RestrictedPartPanel';
import { correctContribution, editContribution, startContribution } from './sessions';
import { useCapture } from './store';

interface CurrentItemProps {
  readonly conference: ConferenceDetail;
  readonly capture: Capture;
  readonly item: AgendaItem;
  readonly position: number;
  /** Finalised: the minutes are read, and corrected by amendment. */
  readonly readOnly: boolean;
}

/** The agenda item on screen: what has been said on it, and the contribution being written. */
export function CurrentItem({ conference, capture, item, position, readOnly }: CurrentItemProps) {
  const familySafe = useCapture((state) => state.familySafe);
  const openSession = useCapture((state) => state.editors[item.id]);
  const session = readOnly ? undefined : openSession;
  const contributions = useMemo(
    // On the family-safe screen restricted contributions are not drawn at all.
    () => contributionsOnScreen(capture, familySafe).filter((c) => c.agendaItemId === item.id),
    [capture, item.id, familySafe],
  );
  const openPart = capture.restrictedParts.find((part) => part.endedAt === null) ?? null;

  return (
    <section className="capture-item" aria-labelledby="capture-item-title">
      <div className="capture-item__header">
        <p className="capture-item__position">
          Item {position} of {conference.agenda.length}
        </p>
        <h2 id="capture-item-title" className="capture-item__title" tabIndex={-1}>
          {item.title}
        </h2>
        <p className="capture-item__planned">Planned time: {item.plannedMinutes} minutes</p>
      </div>
      <MinuteTakerNotice agenda={conference.agenda} minuteTakerItemId={capture.currentAgendaItemId} viewingItemId={item.id} />
      {!familySafe && !readOnly && <RestrictedPartPanel conference={conference} openPart={openPart} />}
      <ContributionList
        contributions={contributions}
        session={session}
        conference={conference}
        familySafe={familySafe}
        onEdit={readOnly ? null : editContribution}
        onCorrect={correctContribution}
      />
      {readOnly ? (
        <KeptForAmendment agendaItemId={item.id} />
      ) : session?.isNew ? (
        <ContributionEditor key={session.draft.id} session={session} conference={conference} />
      ) : (
        <button type="button" id="new-contribution" className="button button--primary capture-new" onClick={() => startContribution(item)}>
          New contribution <span className="capture-key">(Alt+N)</span>
        </button>
      )}
    </section>
  );
}

import type { AgendaItem } from '../../../shared/agenda/schema';
import { goToItem } from './store';

/** For the chair's window: which item the minute-taker is on, as the record says (polled). */
export function MinuteTakerNotice({ agenda, minuteTakerItemId, viewingItemId }: { readonly agenda: readonly AgendaItem[]; readonly minuteTakerItemId: string | null; readonly viewingItemId: string }) {
  const item = agenda.find((candidate) => candidate.id === minuteTakerItemId);
  return (
    <div className="capture-follow">
      <p className="capture-follow__text">
        The minute-taker is on: <strong data-testid="minute-taker-item">{item ? item.title : 'no item yet'}</strong>
      </p>
      {item && item.id !== viewingItemId && (
        <button type="button" className="button button--link" onClick={() => goToItem(item.id)}>
          Go to this item
        </button>
      )}
    </div>
  );
}

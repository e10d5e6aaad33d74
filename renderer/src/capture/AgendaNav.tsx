import { memo, useMemo } from 'react';
import type { AgendaItem } from '../../../shared/agenda/schema';
import type { Contribution } from '../../../shared/capture/schema';
import { goToItem } from './store';

interface AgendaNavProps {
  readonly agenda: readonly AgendaItem[];
  readonly viewingItemId: string | null;
  readonly minuteTakerItemId: string | null;
  /** The contributions the screen may show (see onScreen.ts). */
  readonly contributions: readonly Contribution[];
}

/** The agenda, with the item on screen marked; Alt+Down and Alt+Up move through it from anywhere. */
export const AgendaNav = memo(function AgendaNav({ agenda, viewingItemId, minuteTakerItemId, contributions }: AgendaNavProps) {
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const c of contributions) map.set(c.agendaItemId, (map.get(c.agendaItemId) ?? 0) + 1);
    return map;
  }, [contributions]);
  return (
    <nav className="capture-agenda" aria-labelledby="capture-agenda-title">
      <h2 id="capture-agenda-title" className="capture-side__title">
        Agenda
      </h2>
      <ol className="capture-agenda__list">
        {agenda.map((item, index) => {
          const count = counts.get(item.id) ?? 0;
          return (
            <li key={item.id}>
              <button
                type="button"
                className="capture-agenda__item"
                aria-current={item.id === viewingItemId ? 'step' : undefined}
                onClick={() => goToItem(item.id)}
              >
                <span className="capture-agenda__number">{index + 1}.</span> <span className="capture-agenda__title">{item.title}</span>
                <span className="capture-agenda__meta">
                  {count === 1 ? '1 contribution' : `${count} contributions`}
                  {item.id === minuteTakerItemId && ' · minute-taker here'}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});

import { memo, useMemo } from 'react';
import type { AgendaItem } from '../../../shared/agenda/schema';
import { hasSpeaker, type Contribution } from '../../../shared/capture/schema';
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
    const map = new Map<string, { all: number; noSpeaker: number }>();
    for (const c of contributions) {
      const count = map.get(c.agendaItemId) ?? { all: 0, noSpeaker: 0 };
      map.set(c.agendaItemId, { all: count.all + 1, noSpeaker: count.noSpeaker + (hasSpeaker(c.speaker) ? 0 : 1) });
    }
    return map;
  }, [contributions]);
  return (
    <nav className="capture-agenda" aria-labelledby="capture-agenda-title">
      <h2 id="capture-agenda-title" className="capture-side__title">
        Agenda
      </h2>
      <ol className="capture-agenda__list">
        {agenda.map((item, index) => {
          const { all, noSpeaker } = counts.get(item.id) ?? { all: 0, noSpeaker: 0 };
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
                  {all === 1 ? '1 contribution' : `${all} contributions`}
                  {noSpeaker > 0 && ` · ${noSpeaker} without a speaker`}
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

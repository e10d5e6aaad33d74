import { useState } from 'react';
import { EXCLUSION_GROUND_LABELS, type Exclusion } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { ExclusionForm } from './ExclusionForm';

/** Exclusions are hidden on the family-safe screen: their grounds are not for a shared screen. */
export function ExclusionsPanel({ conference, exclusions, familySafe }: { readonly conference: ConferenceDetail; readonly exclusions: readonly Exclusion[]; readonly familySafe: boolean }) {
  const [editing, setEditing] = useState<Exclusion | 'new' | null>(null);
  if (familySafe) return null;
  return (
    <section className="panel" aria-labelledby="exclusions-title">
      <h2 id="exclusions-title">Exclusions</h2>
      {exclusions.length === 0 ? (
        <p>No one has been excluded.</p>
      ) : (
        <ul className="capture-record-list">
          {exclusions.map((exclusion) => (
            <li key={exclusion.id}>
              <p>
                <strong>{exclusion.familyMemberName}</strong>, from {exclusion.startedAt}
                {exclusion.endedAt ? ` until ${exclusion.endedAt}` : ''}: {EXCLUSION_GROUND_LABELS[exclusion.grounds]}
              </p>
              {exclusion.viewsPresentedBy && <p>Views presented: {exclusion.viewsPresentedBy}</p>}
              <button type="button" className="button button--link" onClick={() => setEditing(exclusion)}>
                Change<span className="visually-hidden"> the exclusion of {exclusion.familyMemberName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ExclusionForm key={editing === 'new' ? 'new' : editing.id} conference={conference} exclusion={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          Record an exclusion
        </button>
      )}
    </section>
  );
}

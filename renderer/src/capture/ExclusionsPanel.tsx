import { useState } from 'react';
import { EXCLUSION_GROUND_LABELS, type Exclusion, type RestrictedPart } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { AudienceTag } from '../audience/AudienceTag';
import { ExclusionForm } from './ExclusionForm';

/** Exclusions are hidden on the family-safe screen: their grounds are not for a shared screen. */
interface ExclusionsPanelProps {
  readonly conference: ConferenceDetail;
  readonly exclusions: readonly Exclusion[];
  readonly parts: readonly RestrictedPart[];
  readonly familySafe: boolean;
}

export function ExclusionsPanel({ conference, exclusions, parts, familySafe }: ExclusionsPanelProps) {
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
              {exclusion.viewsPresentedBy && (
                <>
                  <p>Views presented: {exclusion.viewsPresentedBy}</p>
                  <AudienceTag restriction={exclusion.restriction} people={conference} />
                </>
              )}
              <button type="button" className="button button--link" onClick={() => setEditing(exclusion)}>
                Change<span className="visually-hidden"> the exclusion of {exclusion.familyMemberName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ExclusionForm key={editing === 'new' ? 'new' : editing.id} conference={conference} exclusion={editing === 'new' ? null : editing} parts={parts} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          Record an exclusion
        </button>
      )}
    </section>
  );
}

import type { Restriction } from '../../../shared/audience/restriction';
import { restrictionLabel, type AudiencePeople } from './words';

/** The marking on a listed item, in words (never by colour alone); nothing for text for everyone. */
export function AudienceTag({ restriction, people }: { readonly restriction: Restriction; readonly people: AudiencePeople }) {
  const label = restrictionLabel(restriction, people);
  if (!label) return null;
  const summary = restriction.level === 'none' ? '' : restriction.sharedSummary.trim();
  return (
    <div className="audience-tag">
      <span className="capture-restricted-label">{label}</span>
      {summary && <p className="audience-tag__summary">Summary that may be shared: {summary}</p>}
    </div>
  );
}

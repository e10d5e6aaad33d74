import { RESTRICTION_REASON_LABELS, type RestrictedPart } from '../../../shared/capture/schema';
import { joinNames } from './restriction';

/** The restricted parts held. On the family-safe screen only the summary meant for the family is drawn. */
export function RestrictedPartsList({ parts, familySafe }: { readonly parts: readonly RestrictedPart[]; readonly familySafe: boolean }) {
  return (
    <section className="panel" aria-labelledby="restricted-parts-title">
      <h2 id="restricted-parts-title">Restricted parts of the meeting</h2>
      {parts.length === 0 && <p>None so far. Start one from the minutes when some of the family leave the room.</p>}
      <ul className="capture-record-list">
        {parts.map((part) =>
          familySafe ? (
            part.sharedSummary && (
              <li key={part.id}>
                <p>Summary for the family: {part.sharedSummary}</p>
              </li>
            )
          ) : (
            <li key={part.id} className="capture-record--restricted">
              <p className="capture-restricted-label">Restricted part: {RESTRICTION_REASON_LABELS[part.reason]}</p>
              <p>
                From {part.startedAt}
                {part.endedAt ? ` to ${part.endedAt}` : ' (still going on)'}. {part.whoLeft.length > 0 ? `Out of the room: ${joinNames(part.whoLeft)}.` : ''}
              </p>
              {part.sharedSummary && <p>Summary that may be shared with the family: {part.sharedSummary}</p>}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

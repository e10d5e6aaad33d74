import { RESTRICTION_REASON_LABELS, type RestrictedPart } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { AudienceTag } from '../audience/AudienceTag';
import { joinNames } from '../audience/words';

interface RestrictedPartsListProps {
  readonly conference: ConferenceDetail;
  readonly parts: readonly RestrictedPart[];
  readonly familySafe: boolean;
}

/** The restricted parts held. On the family-safe screen only a summary meant for the whole family is drawn. */
export function RestrictedPartsList({ conference, parts, familySafe }: RestrictedPartsListProps) {
  return (
    <section className="panel" aria-labelledby="restricted-parts-title">
      <h2 id="restricted-parts-title">Restricted parts of the meeting</h2>
      {parts.length === 0 && <p>None so far. Start one from the minutes when some of the family leave the room.</p>}
      <ul className="capture-record-list">
        {parts.map((part) =>
          familySafe ? (
            part.sharedSummary &&
            part.summaryRestriction.level === 'none' && (
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
              {part.sharedSummary && (
                <>
                  <p>Summary that may be shared with the family: {part.sharedSummary}</p>
                  <AudienceTag restriction={part.summaryRestriction} people={conference} />
                </>
              )}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { ApiError } from '../../../shared/contract/result';
import type { DecisionRecord } from '../../../shared/decision/record';
import { formatIsoDate } from '../../../shared/dates/format';
import type { DecisionLetter } from '../../../shared/letter/decision-letter';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';

/** What the decision letter will say, assembled from the record (the document itself comes later). */
export function LetterPanel({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const [letter, setLetter] = useState<DecisionLetter | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void api.getDecisionLetter({ conferenceId: conference.id }).then((result) => {
      if (!live) return;
      if (result.ok) setLetter(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [conference.id, record]);
  return (
    <section className="panel" aria-labelledby="letter-heading">
      <h3 id="letter-heading">The decision letter’s content</h3>
      {error && <ErrorMessage error={error} />}
      {letter && (
        <details>
          <summary>Show what the letter says</summary>
          <div className="signoff-letter">
            <p>
              {letter.conferenceTitle}, {formatIsoDate(letter.conferenceDate)}. To: {letter.to.join(', ')}.
            </p>
            <h4>The decision</h4>
            <ul className="family-plain-list">
              {letter.children.map((child) => (
                <li key={child.name}>
                  {child.name}: {child.decision}
                  {child.category && ` (${child.category})`}
                  {child.whatHappensInstead && `; instead: ${child.whatHappensInstead}`}
                </li>
              ))}
            </ul>
            {letter.outlinePlan.length > 0 && (
              <>
                <h4>The outline plan</h4>
                <ul className="family-plain-list">
                  {letter.outlinePlan.map((o) => (
                    <li key={o.outcome}>
                      {o.outcome} (how we will know: {o.howWeWillKnow}); {o.actions.length} {o.actions.length === 1 ? 'action' : 'actions'}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>
              Core group: {letter.coreGroup.members.join(', ') || 'none'}; first meeting {letter.coreGroup.firstMeeting ? formatIsoDate(letter.coreGroup.firstMeeting) : 'not set'}. Next review:{' '}
              {letter.nextReview.date ? formatIsoDate(letter.nextReview.date) : 'not set'}. Lead practitioner: {letter.leadPractitioner?.name ?? 'not named'}.
            </p>
            <h4>How to challenge the decision</h4>
            <ul className="family-plain-list">
              {letter.howToChallenge.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <h4>Who can help</h4>
            <ul className="family-plain-list">
              {letter.whoCanHelp.map((p) => (
                <li key={p.name}>
                  {p.name}: {p.role}
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </section>
  );
}

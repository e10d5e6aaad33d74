import { useCallback, useEffect, useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Result } from '../../../shared/contract/result';
import type { FeedbackCounts } from '../../../shared/feedback/schema';
import { api } from '../api/client';
import { ErrorSummary } from '../app/ErrorSummary';
import { FeedbackForm } from './FeedbackForm';
import { useFamilyMode } from './familyMode';
import { RESPONDENT_LABELS } from './words';

/**
 * The family's feedback after the meeting (issue 17): how many have answered (never what they
 * said: answers stay apart from the record), family mode for answering on the laptop, and the
 * same form to type in answers from the printed one.
 */
export function FeedbackSection({ conference }: { readonly conference: ConferenceDetail }) {
  const [counts, setCounts] = useState<Result<FeedbackCounts> | null>(null);
  const [paperOpen, setPaperOpen] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const show = useFamilyMode((state) => state.show);
  const load = useCallback(() => {
    void api.getFeedbackCounts({ conferenceId: conference.id }).then(setCounts);
  }, [conference.id]);
  useEffect(load, [load]);

  const start = async () => {
    const result = await api.startFamilyMode({ conferenceId: conference.id });
    if (result.ok) {
      show(result.value);
      return;
    }
    setStartError(result.error.message);
    setAttempt((count) => count + 1);
  };

  return (
    <>
      <section className="panel" aria-labelledby="feedback-counts-heading">
        <h2 id="feedback-counts-heading">Answers so far</h2>
        {counts === null && <p aria-live="polite">Loading…</p>}
        {counts !== null && !counts.ok && <p className="field__error">{counts.error.message}</p>}
        {counts?.ok && (
          <>
            <p data-testid="feedback-total">{counts.value.total === 0 ? 'No one has answered yet.' : counts.value.total === 1 ? 'One person has answered.' : `${counts.value.total} people have answered.`}</p>
            {counts.value.total > 0 && (
              <ul>
                {(Object.keys(RESPONDENT_LABELS) as (keyof typeof RESPONDENT_LABELS)[]).map((kind) => (
                  <li key={kind}>
                    {RESPONDENT_LABELS[kind]}: {counts.value.byRespondent[kind]}
                  </li>
                ))}
                <li>Without a name: {counts.value.anonymous}</li>
                <li>From paper forms: {counts.value.byHow['from-paper']}</li>
              </ul>
            )}
            <p className="field__hint">The answers are kept apart from the record: they are never in a conference document.</p>
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="family-mode-heading">
        <h2 id="family-mode-heading">Family mode</h2>
        <p>At the end of the meeting, hand the laptop to the family. Confer shows only the feedback form, and they can answer one after another. The rest of Confer needs your passphrase to come back.</p>
        <ErrorSummary errors={startError ? [{ message: startError }] : []} attempt={attempt} level={3} />
        <button type="button" className="button" onClick={() => void start()}>
          Start family mode
        </button>
      </section>

      <section className="panel" aria-labelledby="paper-forms-heading">
        <h2 id="paper-forms-heading">Paper forms</h2>
        <button type="button" id="paper-feedback-toggle" className="button button--secondary" aria-expanded={paperOpen} aria-controls="paper-feedback-form" onClick={() => setPaperOpen(!paperOpen)}>
          Enter answers from a paper form
        </button>
        {paperOpen && (
          <div id="paper-feedback-form">
            <FeedbackForm conferenceId={conference.id} mode="paper" headingLevel={3} onSaved={load} />
          </div>
        )}
      </section>
    </>
  );
}

import { useEffect, useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { ApiError } from '../../../shared/contract/result';
import type { Category } from '../../../shared/language';
import type { LanguageSummary } from '../../../shared/language-settings/schema';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLanguage } from './store';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'deficit-blame': 'Blame',
  judgemental: 'Judgements and labels',
  'victim-blaming': 'Blaming a child or victim',
  acronym: 'Unexplained acronyms',
  'system-jargon': 'Care-system jargon',
  officialese: 'Official words',
  vague: 'Vague',
  'passive-agentless': 'Who did it is missing',
  'long-sentence': 'Long sentences',
  depersonalising: 'A role or category, not a person',
  'us-spelling': 'US spelling',
};

/**
 * Open wording findings across the conference's stored texts (its details and the minutes'
 * contributions), checked by the application with the same engine, pack and names as the screen.
 */
export function LanguageSummaryPanel({ conference }: { readonly conference: ConferenceDetail }) {
  const [summary, setSummary] = useState<LanguageSummary | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const decisions = useLanguage((state) => state.ignores[conference.id]);
  const packVersion = useLanguage((state) => state.pack?.updatedAt);

  // Checked again whenever the conference is saved, a finding is ignored, or the pack changes.
  useEffect(() => {
    let current = true;
    void api.getLanguageSummary({ conferenceId: conference.id }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setSummary(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [conference.id, conference.updatedAt, decisions, packVersion]);

  const open = summary ? summary.open.error + summary.open.warning + summary.open.info : 0;
  return (
    <section className="panel" aria-labelledby="language-summary-heading">
      <h2 id="language-summary-heading">Wording</h2>
      {error && <ErrorMessage error={error} />}
      {!summary && !error && <p>Checking the wording…</p>}
      {summary && open === 0 && (
        <p>
          No open suggestions in {summary.textsChecked === 1 ? 'the 1 text' : `the ${summary.textsChecked} texts`} written so far.
          {summary.ignored > 0 && ` ${summary.ignored} ignored with a reason.`}
        </p>
      )}
      {summary && open > 0 && (
        <>
          <p>
            {open} open {open === 1 ? 'suggestion' : 'suggestions'} across {summary.textsChecked} {summary.textsChecked === 1 ? 'text' : 'texts'}: {summary.open.error} must change, {summary.open.warning} should change, {summary.open.info} to consider.
            {summary.ignored > 0 && ` ${summary.ignored} ignored with a reason.`}
          </p>
          {summary.familyFacingErrors > 0 && (
            <div className="notice notice--warning">
              <p>
                {summary.familyFacingErrors} {summary.familyFacingErrors === 1 ? 'finding' : 'findings'} that must change {summary.familyFacingErrors === 1 ? 'is' : 'are'} in text the family will read. The family’s plan will be held back until
                {summary.familyFacingErrors === 1 ? ' it is' : ' they are'} changed, or the chair records why it goes out as it is.
              </p>
            </div>
          )}
          <table className="table language-summary__table">
            <caption className="visually-hidden">Open wording suggestions by kind and how strongly they ask for a change</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col" className="table__number">Must change</th>
                <th scope="col" className="table__number">Should change</th>
                <th scope="col" className="table__number">Consider</th>
              </tr>
            </thead>
            <tbody>
              {summary.byCategory.map((entry) => (
                <tr key={entry.category}>
                  <th scope="row">{CATEGORY_LABELS[entry.category]}</th>
                  <td className="table__number">{entry.counts.error}</td>
                  <td className="table__number">{entry.counts.warning}</td>
                  <td className="table__number">{entry.counts.info}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

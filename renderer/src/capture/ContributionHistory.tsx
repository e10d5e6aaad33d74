import { useState } from 'react';
import { CONTRIBUTION_KIND_LABELS, type ContributionVersion } from '../../../shared/capture/schema';
import type { ApiError } from '../../../shared/contract/result';
import { api } from '../api/client';
import { clockTime } from './saveState';

type History = { readonly state: 'closed' } | { readonly state: 'loading' } | { readonly state: 'loaded'; readonly versions: readonly ContributionVersion[] } | { readonly state: 'failed'; readonly error: ApiError };

/** Earlier wordings of an edited contribution, from the record: what it said, who changed it, when. */
export function ContributionHistory({ contributionId, version, showRestricted }: { readonly contributionId: string; readonly version: number; readonly showRestricted: boolean }) {
  const [history, setHistory] = useState<History>({ state: 'closed' });
  const open = history.state !== 'closed';
  const panelId = `history-${contributionId}`;

  const toggle = async () => {
    if (open) {
      setHistory({ state: 'closed' });
      return;
    }
    setHistory({ state: 'loading' });
    const result = await api.getContributionHistory({ contributionId });
    setHistory(result.ok ? { state: 'loaded', versions: result.value } : { state: 'failed', error: result.error });
  };

  return (
    <div className="capture-history">
      <button type="button" className="button button--link" aria-expanded={open} aria-controls={panelId} onClick={() => void toggle()}>
        {open ? 'Hide earlier versions' : 'Show earlier versions'} <span className="visually-hidden">(version {version} now)</span>
      </button>
      <div id={panelId} hidden={!open}>
        {history.state === 'loading' && <p>Loading earlier versions…</p>}
        {history.state === 'failed' && <p className="field__error">{history.error.message}</p>}
        {history.state === 'loaded' && (
          <ol className="capture-history__list" reversed>
            {history.versions.map((entry) => (
              <li key={entry.version}>
                <p className="capture-history__meta">
                  Version {entry.version} · {CONTRIBUTION_KIND_LABELS[entry.kind]} · {entry.editedBy} at {clockTime(entry.editedAt)}
                </p>
                {entry.restriction.level !== 'none' && !showRestricted ? (
                  <p className="capture-history__text">(Restricted wording hidden on the family-safe screen.)</p>
                ) : (
                  <p className="capture-history__text">{entry.text || '(No text)'}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

import { useState, type KeyboardEvent } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import type { Finding } from '../../../shared/language';
import type { IgnoreDecision } from '../../../shared/language-settings/schema';
import { countLabel, isReplacement, LEVEL_LABELS, promptLabel } from './findings';
import { formatInstant } from '../../../shared/dates/uk-time';

interface FindingListProps {
  readonly idBase: string;
  readonly countId: string;
  readonly findings: readonly Finding[];
  readonly currentIndex: number;
  readonly ignoredHere: readonly IgnoreDecision[];
  readonly onMove: (backwards: boolean, from: number) => void;
  readonly onBack: () => void;
  readonly onApply: (finding: Finding, suggestion: number) => void;
  /** Absent when the record cannot take ignore decisions (not saved yet). */
  readonly onIgnore: ((finding: Finding, reason: string, decisionId: string) => Promise<ApiError | null>) | undefined;
  readonly onUndoIgnore: (decisionId: string) => Promise<ApiError | null>;
}

/** The findings below a checked text box: the field's description, and where each is acted on. */
export function FindingList({ idBase, countId, findings, currentIndex, ignoredHere, onMove, onBack, onApply, onIgnore, onUndoIgnore }: FindingListProps) {
  if (findings.length === 0 && ignoredHere.length === 0) return null;
  return (
    <div className="language-findings">
      {findings.length > 0 && (
        <>
          <p className="language-findings__count" id={countId}>
            {countLabel(findings.length)} <span className="language-findings__keys">Alt+F8 moves to the next, Shift+Alt+F8 to the previous.</span>
          </p>
          <ul className="language-findings__list">
            {findings.map((finding, index) => (
              <FindingEntry
                key={`${finding.ruleId}-${finding.start}`}
                id={`${idBase}-finding-${index}`}
                finding={finding}
                current={index === currentIndex}
                onMove={onMove}
                onBack={onBack}
                onApply={onApply}
                onIgnore={onIgnore}
              />
            ))}
          </ul>
        </>
      )}
      {ignoredHere.length > 0 && <IgnoredHere decisions={ignoredHere} onUndo={onUndoIgnore} />}
    </div>
  );
}

interface FindingEntryProps {
  readonly id: string;
  readonly finding: Finding;
  readonly current: boolean;
  readonly onMove: FindingListProps['onMove'];
  readonly onBack: FindingListProps['onBack'];
  readonly onApply: FindingListProps['onApply'];
  readonly onIgnore: FindingListProps['onIgnore'];
}

function FindingEntry({ id, finding, current, onMove, onBack, onApply, onIgnore }: FindingEntryProps) {
  const [ignoring, setIgnoring] = useState(false);
  const replacements = finding.suggestions.map((suggestion, index) => ({ suggestion, index })).filter(({ suggestion }) => isReplacement(suggestion));
  const prompts = finding.suggestions.filter((suggestion) => !isReplacement(suggestion));
  const keyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'F8' && event.altKey) {
      event.preventDefault();
      onMove(event.shiftKey, finding.start);
    } else if (event.key === 'Escape' && !ignoring) {
      event.preventDefault();
      onBack();
    }
  };
  return (
    <li id={id} tabIndex={-1} className={`language-finding language-finding--${finding.severity}${current ? ' language-finding--current' : ''}`} onKeyDown={keyDown}>
      <p className="language-finding__message" id={`${id}-message`}>
        <span className="language-finding__level">{LEVEL_LABELS[finding.severity]}:</span> “{finding.text.length > 80 ? `${finding.text.slice(0, 77)}…` : finding.text}”. {finding.message}
      </p>
      {prompts.length > 0 && (
        <p className="language-finding__prompt">
          {prompts.map((prompt) => `${promptLabel(prompt.text)} `)}
        </p>
      )}
      <div className="language-finding__actions">
        {replacements.map(({ suggestion, index }) => (
          <button key={index} type="button" className="button button--secondary button--small" onClick={() => onApply(finding, index)}>
            Change to “{suggestion.text}”
          </button>
        ))}
        {!ignoring && onIgnore && (
          <button type="button" className="button button--link" onClick={() => setIgnoring(true)}>
            Ignore here<span className="visually-hidden">: “{finding.text}”</span>…
          </button>
        )}
      </div>
      {ignoring && onIgnore && <IgnoreForm id={`${id}-ignore`} finding={finding} onCancel={() => setIgnoring(false)} onIgnore={onIgnore} />}
    </li>
  );
}

interface IgnoreFormProps {
  readonly id: string;
  readonly finding: Finding;
  readonly onCancel: () => void;
  readonly onIgnore: NonNullable<FindingListProps['onIgnore']>;
}

/** Not a <form>: it sits inside the record's own form, so Enter is handled here. */
function IgnoreForm({ id, finding, onCancel, onIgnore }: IgnoreFormProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [decisionId] = useState(() => crypto.randomUUID());
  const save = async () => {
    if (saving) return;
    if (reason.trim().length < 3) {
      setError('Say why the wording is right here.');
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setSaving(true);
    const failed = await onIgnore(finding, reason, decisionId);
    setSaving(false);
    if (failed) {
      setError(failed.fields?.['reason'] ?? failed.message);
      document.getElementById(`${id}-reason`)?.focus();
    }
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <div className={`language-ignore field${error ? ' field--error' : ''}`} role="group" aria-labelledby={`${id}-label`}>
      <label className="field__label" id={`${id}-label`} htmlFor={`${id}-reason`}>
        Why is “{finding.text}” right here?
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        For example: the family’s own words, or a legal term that must stay. Kept with the record, with your name and the time.
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={`${id}-reason`}
        type="text"
        className="language-ignore__reason"
        autoComplete="off"
        autoFocus
        value={reason}
        aria-invalid={Boolean(error)}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
        onChange={(event) => setReason(event.target.value)}
        onKeyDown={keyDown}
      />
      <div className="button-row">
        <button type="button" className="button button--secondary button--small" disabled={saving} onClick={() => void save()}>
          Ignore here
        </button>
        <button type="button" className="button button--link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function IgnoredHere({ decisions, onUndo }: { readonly decisions: readonly IgnoreDecision[]; readonly onUndo: FindingListProps['onUndoIgnore'] }) {
  return (
    <details className="language-ignored">
      <summary>
        {decisions.length} {decisions.length === 1 ? 'finding' : 'findings'} ignored here, with reasons
      </summary>
      <ul>
        {decisions.map((decision) => (
          <li key={decision.id}>
            “{decision.text}”: {decision.reason} <span className="language-ignored__who">({decision.decidedBy}, {formatInstant(decision.decidedAt)})</span>{' '}
            <button type="button" className="button button--link" onClick={() => void onUndo(decision.id)}>
              Check it again<span className="visually-hidden">: “{decision.text}”</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

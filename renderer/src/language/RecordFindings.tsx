import { useEffect, useId, useMemo, useState } from 'react';
import { audienceOf, type LanguageTarget } from '../../../shared/language-settings/schema';
import { isIgnored } from '../../../shared/language-settings/summary';
import { LEVEL_LABELS } from './findings';
import { loadIgnores, useLanguage } from './store';
import { useCheckConfiguration, useFindings } from './useFindings';

const NO_DECISIONS: readonly never[] = [];

interface RecordFindingsProps {
  readonly text: string;
  readonly check: LanguageTarget;
  /** Who wrote it and when, for the marker's accessible name ("in the contribution by … at …"). */
  readonly about: string;
}

/**
 * The wording findings of a finished text, where it stands in a list: a marker with the count
 * that opens the findings (read only: they are changed by editing the text). Nothing is shown
 * when there are none, or when each is ignored here with a reason.
 */
export function RecordFindings({ text, check, about }: RecordFindingsProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const configuration = useCheckConfiguration(check.conferenceId);
  const all = useFindings(text, audienceOf(check.recordKind, check.field) ?? 'professional', configuration);
  const decisions = useLanguage((state) => state.ignores[check.conferenceId]) ?? NO_DECISIONS;
  const findings = useMemo(() => all.filter((finding) => !isIgnored(decisions, check, finding)), [all, decisions, check]);

  useEffect(() => {
    void loadIgnores(check.conferenceId);
  }, [check.conferenceId]);

  if (findings.length === 0) return null;
  const count = `${findings.length} wording ${findings.length === 1 ? 'suggestion' : 'suggestions'}`;
  return (
    <div className="record-findings">
      <button type="button" className="button button--link record-findings__marker" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((was) => !was)}>
        {count}
        <span className="visually-hidden"> {about}</span>
      </button>
      <ul id={listId} className="record-findings__list" hidden={!open}>
        {findings.map((finding) => (
          <li key={`${finding.ruleId}-${finding.start}`} className={`language-finding language-finding--${finding.severity}`}>
            <span className="language-finding__level">{LEVEL_LABELS[finding.severity]}:</span> “{finding.text.length > 80 ? `${finding.text.slice(0, 77)}…` : finding.text}”. {finding.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

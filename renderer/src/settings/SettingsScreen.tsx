import { useEffect, useRef, useState } from 'react';
import type { AuthoritySettings } from '../../../shared/authority/settings';
import type { ApiError } from '../../../shared/contract/result';
import type { SummaryItem } from '../agenda/draft';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { ErrorSummary } from '../app/ErrorSummary';
import { useScreenHeading } from '../app/usePageTitle';
import { AgendaTemplates } from './AgendaTemplates';
import { AuthorityIdentityForm } from './AuthorityIdentityForm';
import { BankHolidays } from './BankHolidays';
import { LanguagePacksPanel } from './LanguagePacksPanel';
import type { ReportProblems, SettingsPart } from './problems';
import { SettingsForm } from './SettingsForm';
// Language checks
import { AuthorityPackPanel } from '../language/AuthorityPackPanel';
import { ProfilePanel } from '../profile/ProfilePanel';

const PARTS: readonly SettingsPart[] = ['identity', 'settings', 'bank-holidays', 'templates', 'language-packs'];

/** For an administrator: the authority's letterhead, its own rules, bank holidays and agenda templates. */
export function SettingsScreen() {
  const heading = useScreenHeading('Authority settings');
  const [settings, setSettings] = useState<AuthoritySettings | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<Partial<Record<SettingsPart, readonly SummaryItem[]>>>({});
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    void api.getAuthoritySettings({}).then((result) => {
      if (!current) return;
      if (result.ok) setSettings(result.value);
      else setLoadError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  // One summary at the top lists every part's problems, so there is only ever one on screen.
  // Counts reports with problems: the summary takes the focus once it is drawn (not a frame
  // later by guesswork, which lost the race when a report came after reading a file).
  const [reported, setReported] = useState(0);
  const reportProblems: ReportProblems = (part, items) => {
    setProblems((current) => ({ ...current, [part]: items }));
    if (items.length > 0) setReported((count) => count + 1);
  };
  useEffect(() => {
    if (reported > 0) (summary.current?.querySelector('[role="alert"]') as HTMLElement | null)?.focus();
  }, [reported]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Authority settings
      </h1>
      <div ref={summary}>
        <ErrorSummary errors={PARTS.flatMap((part) => problems[part] ?? [])} />
      </div>
      <p>Your authority’s letterhead, timescales, bank holidays and agenda templates. They apply to every conference on this computer.</p>
      <ProfilePanel />
      {loadError && <ErrorMessage error={loadError} />}
      {!settings && !loadError && <p aria-live="polite">Loading the settings…</p>}
      {settings && (
        <>
          <AuthorityIdentityForm reportProblems={reportProblems} />
          <SettingsForm settings={settings} onSaved={setSettings} reportProblems={reportProblems} />
          <BankHolidays settings={settings} onSaved={setSettings} reportProblems={reportProblems} />
          <AgendaTemplates reportProblems={reportProblems} />
          <LanguagePacksPanel reportProblems={reportProblems} />
          {/* Language checks */}
          <AuthorityPackPanel />
        </>
      )}
    </>
  );
}

import { useEffect, useMemo } from 'react';
import { familySafeConference } from '../../../shared/audience/family-screen';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { CONFERENCE_STATUS_LABELS, CONFERENCE_TYPE_LABELS } from '../../../shared/conference/schema';
import { formatDateAndTime } from '../../../shared/dates/format';
import { AgendaSection } from '../agenda/AgendaSection';
import { ErrorMessage } from '../app/ErrorMessage';
import { useFamilySafe } from '../app/familySafe';
import { assertNever, CONFERENCE_SECTIONS, hrefFor, type ConferenceSection } from '../app/router';
import { useScreenHeading } from '../app/usePageTitle';
import { FamilySection } from '../family/FamilySection';
import { InvitationsSection } from '../invitations/InvitationsSection';
import { OverviewSection } from './OverviewSection';
// Decision and plan
import { AnalysisSection } from '../decision/AnalysisSection';
import { DecisionSection } from '../decision/DecisionSection';
import { PlanSection } from '../plan/PlanSection';
import { SignoffSection } from '../signoff/SignoffSection';
import { DocumentsSection } from '../documents/DocumentsSection';
import { FeedbackSection } from '../feedback/FeedbackSection';
import { useConferences } from './store';

export const SECTION_LABELS: Readonly<Record<ConferenceSection, string>> = {
  overview: 'Overview and details',
  family: 'Family and network',
  invitations: 'Invitations and reports',
  agenda: 'Agenda',
  // Decision and plan
  analysis: 'Analysis',
  decision: 'Decisions',
  plan: 'Plan',
  signoff: 'Sign-off and history',
  documents: 'Documents',
  feedback: 'Family feedback',
};

/** One conference, set up section by section; each section is a page of its own. */
export function ConferenceScreen({ conferenceId, section }: { readonly conferenceId: string; readonly section: ConferenceSection }) {
  const { open, loadConference } = useConferences();
  useEffect(() => {
    void loadConference(conferenceId);
  }, [conferenceId, loadConference]);

  const loaded = open.state === 'loaded' && open.value.id === conferenceId ? open.value : null;
  const name = loaded ? conferenceTitle(loaded) : open.state === 'failed' ? 'Conference not found' : 'Conference';
  const heading = useScreenHeading(loaded ? `${SECTION_LABELS[section]}: ${name}` : name, `${conferenceId}/${section}/${loaded ? 'loaded' : open.state}`);

  return (
    <>
      <p>
        <a href={hrefFor({ screen: 'home' })}>Back to conferences</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {name}
      </h1>
      {open.state === 'failed' && <ErrorMessage error={open.error} />}
      {!loaded && open.state === 'loading' && <p aria-live="polite">Loading the conference…</p>}
      {loaded && (
        <>
          <p className="conference-meta">
            {formatDateAndTime(loaded.details.scheduledDate, loaded.details.scheduledTime)} ·{' '}
            <span className={`status status--${loaded.status}`}>{CONFERENCE_STATUS_LABELS[loaded.status]}</span>
          </p>
          <p>
            <a href={hrefFor({ screen: 'capture', conferenceId })}>{loaded.status === 'finalised' ? 'Read the minutes (finalised)' : 'Start or continue the minutes'}</a>
          </p>
          <nav className="section-nav" aria-label="Conference set-up">
            <ul>
              {CONFERENCE_SECTIONS.map((item) => (
                <li key={item}>
                  <a href={hrefFor({ screen: 'conference', conferenceId, section: item })} aria-current={item === section ? 'page' : undefined}>
                    {SECTION_LABELS[item]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <ShownSection conference={loaded} section={section} />
        </>
      )}
    </>
  );
}

/**
 * On the family-safe screen a section shows the conference as the whole family may see it, and
 * nothing can be changed: a form never holds a hidden text it could save over the real one. The
 * section is drawn afresh when the switch changes, so no form keeps what it showed before.
 */
function ShownSection({ conference, section }: { readonly conference: ConferenceDetail; readonly section: ConferenceSection }) {
  const familySafe = useFamilySafe((state) => state.on);
  const shown = useMemo(() => familySafeConference(conference), [conference]);
  if (!familySafe) return <Section conference={conference} section={section} />;
  return (
    <fieldset className="family-safe-section" disabled aria-label="Read only on the family-safe screen">
      <Section conference={shown} section={section} />
    </fieldset>
  );
}

function Section({ conference, section }: { readonly conference: ConferenceDetail; readonly section: ConferenceSection }) {
  switch (section) {
    case 'overview':
      return <OverviewSection conference={conference} />;
    case 'family':
      return <FamilySection conference={conference} />;
    case 'invitations':
      return <InvitationsSection conference={conference} />;
    case 'agenda':
      return <AgendaSection conference={conference} />;
    // Decision and plan
    case 'analysis':
      return <AnalysisSection conference={conference} />;
    case 'decision':
      return <DecisionSection conference={conference} />;
    case 'plan':
      return <PlanSection conference={conference} />;
    case 'signoff':
      return <SignoffSection conference={conference} />;
    case 'documents':
      return <DocumentsSection conference={conference} />;
    case 'feedback':
      return <FeedbackSection conference={conference} />;
    default:
      return assertNever(section);
  }
}

export function conferenceTitle(conference: ConferenceDetail): string {
  return `${CONFERENCE_TYPE_LABELS[conference.details.type]} conference: ${conference.children.map((c) => c.displayName).join(', ')}`;
}

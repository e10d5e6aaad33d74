import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { useAnnouncer } from './announcer';
import { Announcement } from './Announcement';
import { AgencyReportForm, type ReportAuthor } from './AgencyReportForm';
import { AgencyReportsPanel, REPORTS_HEADING_ID } from './AgencyReportsPanel';
import { InvitationsPanel } from './InvitationsPanel';
import { InterpretersPanel } from '../interpreters/InterpretersPanel';
import { InviteFamilyMemberForm } from './InviteFamilyMemberForm';
import { InviteProfessionalForm } from './InviteProfessionalForm';
import { QuoracyPanel } from './QuoracyPanel';
import { SupportsPanel } from './SupportsPanel';
import { InformationPacksPanel } from './InformationPacksPanel';
import { useFamilySafe } from '../app/familySafe';

/** One form is open at a time, so the page keeps one error summary and one place to type. */
type OpenForm =
  | { readonly kind: 'none' }
  | { readonly kind: 'invite-professional' }
  | { readonly kind: 'invite-family-member' }
  | { readonly kind: 'report'; readonly professionalId: string | null };

const NONE: OpenForm = { kind: 'none' };

/** Who is invited, whether the conference will be quorate, and the agencies' reports (issue 3). */
export function InvitationsSection({ conference }: { readonly conference: ConferenceDetail }) {
  const [open, setOpen] = useState<OpenForm>(NONE);
  const announce = useAnnouncer((state) => state.announce);
  // The packs' reason is read with its marking from the application: not on the family-safe screen.
  const familySafe = useFamilySafe((state) => state.on);

  /** Closing a form puts focus back on the button that opened it. */
  const close = (returnTo: string) => {
    setOpen(NONE);
    requestAnimationFrame(() => document.getElementById(returnTo)?.focus());
  };

  const reportAuthors: readonly ReportAuthor[] = conference.invitations.flatMap(({ invitee }) =>
    invitee.kind === 'professional' && !conference.reports.some((report) => report.professionalId === invitee.professionalId)
      ? [{ professionalId: invitee.professionalId, name: invitee.name, role: invitee.role, agency: invitee.agency }]
      : [],
  );
  const reportBeingChanged = open.kind === 'report' && open.professionalId !== null
    ? (conference.reports.find((report) => report.professionalId === open.professionalId) ?? null)
    : null;

  return (
    <>
      <Announcement />
      <QuoracyPanel conferenceId={conference.id} quoracy={conference.quoracy} inquorateReason={conference.details.inquorateReason} />
      <InvitationsPanel
        invitations={conference.invitations}
        openForm={open.kind === 'invite-professional' ? 'professional' : open.kind === 'invite-family-member' ? 'family-member' : null}
        onOpenForm={(form) => setOpen({ kind: form === 'professional' ? 'invite-professional' : 'invite-family-member' })}
      />
      {open.kind === 'invite-professional' && (
        <InviteProfessionalForm conferenceId={conference.id} invitations={conference.invitations} onClose={() => close('open-invite-professional')} />
      )}
      {open.kind === 'invite-family-member' && (
        <InviteFamilyMemberForm
          conferenceId={conference.id}
          familyMembers={conference.familyMembers}
          invitations={conference.invitations}
          onClose={() => close('open-invite-family-member')}
        />
      )}
      <SupportsPanel invitations={conference.invitations} familyMembers={conference.familyMembers} />
      <InterpretersPanel conferenceId={conference.id} />
      <AgencyReportsPanel
        conference={conference}
        canAdd={reportAuthors.length > 0}
        formOpen={open.kind === 'report' && open.professionalId === null}
        onOpenForm={(professionalId) => setOpen({ kind: 'report', professionalId })}
      />
      {open.kind === 'report' && (
        <AgencyReportForm
          key={open.professionalId ?? 'new'}
          conferenceId={conference.id}
          report={reportBeingChanged}
          authors={reportAuthors}
          onSaved={(author) => {
            announce(`${author}’s report is saved.`);
            close(REPORTS_HEADING_ID);
          }}
          onClose={() => close(open.professionalId === null ? 'open-add-report' : `change-report-${open.professionalId}`)}
        />
      )}
      {!familySafe && <InformationPacksPanel conference={conference} />}
    </>
  );
}

import type { Invitation } from '../../../shared/invitations/schema';
import { InvitationRow } from './InvitationRow';

interface InvitationsPanelProps {
  readonly invitations: readonly Invitation[];
  /** The forms that add people open below; the button says which one is open. */
  readonly openForm: 'professional' | 'family-member' | null;
  readonly onOpenForm: (form: 'professional' | 'family-member') => void;
}

export const INVITATIONS_HEADING_ID = 'invitations-heading';

/** Who is invited, their answers and whether their agency counts towards quoracy. */
export function InvitationsPanel({ invitations, openForm, onOpenForm }: InvitationsPanelProps) {
  const focusHeading = () => requestAnimationFrame(() => document.getElementById(INVITATIONS_HEADING_ID)?.focus());
  return (
    <section className="panel" aria-labelledby={INVITATIONS_HEADING_ID}>
      <h2 id={INVITATIONS_HEADING_ID} tabIndex={-1}>
        Who is invited
      </h2>
      {invitations.length === 0 ? (
        <p>No one is invited yet. Invite the professionals who know the family, and the family members.</p>
      ) : (
        <>
          <p>Answers are saved as soon as you choose them.</p>
          <p className="field__hint" id="direct-contact-hint">
            Tick “Direct contact” when the professional’s agency has had direct contact with the child or family. Only then does
            their agency count towards quoracy.
          </p>
          <div className="table-scroll">
            <table className="table invitations-table" aria-labelledby={INVITATIONS_HEADING_ID}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role and agency</th>
                  <th scope="col">Answer</th>
                  <th scope="col">Direct contact with the family</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <InvitationRow key={invitation.id} invitation={invitation} directContactHintId="direct-contact-hint" onRemoved={focusHeading} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="button-row invitations-actions">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={openForm === 'professional'}
          aria-controls={openForm === 'professional' ? 'invite-professional' : undefined}
          id="open-invite-professional"
          onClick={() => onOpenForm('professional')}
        >
          Invite a professional
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={openForm === 'family-member'}
          aria-controls={openForm === 'family-member' ? 'invite-family-member' : undefined}
          id="open-invite-family-member"
          onClick={() => onOpenForm('family-member')}
        >
          Invite a family member
        </button>
      </div>
    </section>
  );
}

import { useCallback, useState } from 'react';
import type { AgencyId } from '../../../shared/authority/agencies';
import type { FamilyMember } from '../../../shared/family/schema';
import type { Invitation } from '../../../shared/invitations/schema';
import { api } from '../api/client';
import { useConferences } from '../conference/store';
import { useAnnouncer } from './announcer';
import { useQueuedSave } from './useQueuedSave';

/** The helpers the family's documents list under "who can help": whom each supports decides whose copies name them. */
const HELPER_AGENCIES: ReadonlySet<AgencyId> = new Set(['parent-advocacy', 'domestic-abuse-service']);

type ProfessionalInvitation = Invitation & { readonly invitee: Extract<Invitation['invitee'], { kind: 'professional' }> };

function isHelper(invitation: Invitation): invitation is ProfessionalInvitation {
  return invitation.invitee.kind === 'professional' && (HELPER_AGENCIES.has(invitation.invitee.agency) || invitation.supportsFamilyMemberIds.length > 0);
}

/** Whom each advocate and domestic abuse adviser supports: only those people's copies name them (issue 13). */
export function SupportsPanel({ invitations, familyMembers }: { readonly invitations: readonly Invitation[]; readonly familyMembers: readonly FamilyMember[] }) {
  const helpers = invitations.filter(isHelper);
  if (helpers.length === 0 || familyMembers.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="supports-heading">
      <h2 id="supports-heading">Whom each helper supports</h2>
      <p className="field__hint">
        An advocate or a domestic abuse adviser is named in the family’s documents only in the copies of the people they support. Tick no one when they
        support the whole family. Saved as soon as you change it.
      </p>
      {helpers.map((invitation) => (
        <SupportsField key={invitation.id} invitation={invitation} familyMembers={familyMembers} />
      ))}
    </section>
  );
}

function SupportsField({ invitation, familyMembers }: { readonly invitation: ProfessionalInvitation; readonly familyMembers: readonly FamilyMember[] }) {
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnouncer((state) => state.announce);
  const [error, setError] = useState<string | null>(null);
  const { name } = invitation.invitee;
  const nameOf = useCallback((id: string) => familyMembers.find((m) => m.id === id)?.displayName ?? 'someone no longer in the family', [familyMembers]);

  const save = useCallback(
    async (ids: readonly string[]) => {
      const result = await applyChange(api.setInvitationSupports({ invitationId: invitation.id, supportsFamilyMemberIds: [...ids] }));
      setError(result.ok ? null : result.error.message);
      announce(result.ok ? `Saved: ${name} supports ${ids.length === 0 ? 'the whole family' : ids.map(nameOf).join(', ')}.` : `Not saved: ${result.error.message}`);
      return result.ok;
    },
    [applyChange, announce, invitation.id, name, nameOf],
  );
  const { pending, choose } = useQueuedSave(save);
  const shown = pending ?? invitation.supportsFamilyMemberIds;
  const errorId = `supports-error-${invitation.id}`;
  const hintId = `supports-hint-${invitation.id}`;

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="checkboxes" aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
        <legend className="field__label">Whom does {name} support?</legend>
        <p className="field__hint" id={hintId}>
          {shown.length === 0 ? 'Now: the whole family.' : `Now: ${shown.map(nameOf).join(', ')}.`}
        </p>
        {error && (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        {familyMembers.map((member) => {
          const id = `supports-${invitation.id}-${member.id}`;
          return (
            <div className="checkbox" key={member.id}>
              <input
                id={id}
                type="checkbox"
                checked={shown.includes(member.id)}
                onChange={(event) => choose(event.target.checked ? [...shown, member.id] : shown.filter((other) => other !== member.id))}
              />
              <label htmlFor={id}>{member.displayName}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

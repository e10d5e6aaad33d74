import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { FAMILY_MEMBER_KIND_LABELS, type FamilyMember } from '../../../shared/family/schema';
import type { Invitation } from '../../../shared/invitations/schema';
import { withRole } from '../../../shared/people/roles';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { hrefFor } from '../app/router';
import { submitForm } from '../app/submit';
import { useConferences } from '../conference/store';
import { useAnnouncer } from './announcer';
import { FormActions } from './FormActions';
import { FormPanel } from './FormPanel';
import { useFormErrors } from './useFormErrors';
import { focusWhenDrawn } from '../app/focus';

const ChooseFamilyMemberSchema = z.object({
  familyMemberId: z.string().min(1, { message: 'Choose who to invite from the family.' }),
});

const ALL_INVITED_ID = 'invite-family-member-all-invited';

interface InviteFamilyMemberFormProps {
  readonly conferenceId: string;
  readonly familyMembers: readonly FamilyMember[];
  readonly invitations: readonly Invitation[];
  readonly onClose: () => void;
}

/** Invite one of the family's adults (parents, carers, the wider network) not yet invited. */
export function InviteFamilyMemberForm({ conferenceId, familyMembers, invitations, onClose }: InviteFamilyMemberFormProps) {
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnouncer((state) => state.announce);
  const [familyMemberId, setFamilyMemberId] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors('inviteFamilyMember', 'familyMemberId');
  const select = useRef<HTMLSelectElement>(null);

  const invited = new Set(invitations.flatMap((i) => (i.invitee.kind === 'family-member' ? [i.invitee.familyMemberId] : [])));
  const choices = familyMembers.filter((member) => !invited.has(member.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await submitForm(ChooseFamilyMemberSchema, { familyMemberId }, (parsed) =>
      applyChange(api.invite({ kind: 'family-member', conferenceId, familyMemberId: parsed.familyMemberId })),
    );
    setSaving(false);
    if (!outcome.ok) return form.show(outcome);
    announce(`${choices.find((member) => member.id === familyMemberId)?.displayName ?? 'The family member'} is invited.`);
    form.clear();
    setFamilyMemberId('');
    // The last one invited: the list goes, so focus goes to the line that says everyone is invited.
    if (choices.length <= 1) focusWhenDrawn(ALL_INVITED_ID);
    else requestAnimationFrame(() => select.current?.focus());
  };

  return (
    <FormPanel id="invite-family-member" title="Invite a family member">
      <div ref={form.summaryRef}>
        <ErrorSummary errors={form.summaryItems} attempt={form.attempt} />
      </div>
      {choices.length === 0 ? (
        <>
          <p id={ALL_INVITED_ID} tabIndex={-1}>
            {familyMembers.length === 0 ? 'No family members are recorded yet.' : 'Everyone recorded in the family network is already invited.'}{' '}
            <a href={hrefFor({ screen: 'conference', conferenceId, section: 'family' })}>Add family members in Family and network</a>
          </p>
          <button type="button" className="button button--link" onClick={onClose}>
            Close<span className="visually-hidden"> invite a family member</span>
          </button>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Field
            id={form.idFor('familyMemberId')}
            label="Family member"
            hint="The family’s adults who are not invited yet"
            error={form.errors['familyMemberId']}
          >
            {({ id, describedBy, invalid }) => (
              <select
                ref={select}
                id={id}
                value={familyMemberId}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => setFamilyMemberId(event.target.value)}
              >
                <option value="">Choose a family member</option>
                {choices.map((member) => (
                  <option key={member.id} value={member.id}>
                    {withRole(member.displayName, FAMILY_MEMBER_KIND_LABELS[member.kind])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FormActions submitLabel="Invite" savingLabel="Inviting…" saving={saving} closes="invite a family member" onClose={onClose} />
        </form>
      )}
    </FormPanel>
  );
}

import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { UpdateFamilyMemberSchema, type Child, type FamilyMember } from '../../../shared/family/schema';
import { api } from '../api/client';
import { fieldId } from '../app/fields';
import { submitForm } from '../app/submit';
import { useConferences } from '../conference/store';
import { useAnnounce } from './Announcer';
import { FamilyMemberDetails } from './FamilyMemberDetails';
import { draftOfFamilyMember, FamilyMemberForm } from './FamilyMemberForm';
import { focusSoon, itemIds } from './focus';
import { RemovalConfirmation } from '../app/RemovalConfirmation';

type Mode = 'view' | 'edit' | 'remove';

interface FamilyMemberItemProps {
  readonly member: FamilyMember;
  readonly familyChildren: readonly Child[];
  readonly onRemoved: () => void;
}

/** One parent, carer or member of the network: details, edited in place, removed after a second step. */
export function FamilyMemberItem({ member, familyChildren, onRemoved }: FamilyMemberItemProps) {
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnounce();
  const [mode, setMode] = useState<Mode>('view');
  const ids = itemIds(member.id);
  const formKey = `member-${member.id}`;

  const finish = (focusId: string, message?: string) => {
    setMode('view');
    if (message) announce(message);
    focusSoon(focusId);
  };

  const saved = (conference: ConferenceDetail) => {
    const name = conference.familyMembers.find((m) => m.id === member.id)?.displayName ?? member.displayName;
    finish(ids.heading, `Saved ${name}.`);
  };

  return (
    <li className="panel family-item">
      <h3 id={ids.heading} tabIndex={-1}>
        {member.displayName}
      </h3>
      {mode === 'edit' ? (
        <FamilyMemberForm
          formKey={formKey}
          title={`Edit ${member.displayName}’s details`}
          headingLevel={4}
          initial={draftOfFamilyMember(member)}
          familyChildren={familyChildren}
          submitLabel="Save"
          save={(details) =>
            submitForm(UpdateFamilyMemberSchema, { familyMemberId: member.id, member: details }, (input) => applyChange(api.updateFamilyMember(input)), 'member')
          }
          onSaved={saved}
          onCancel={() => finish(ids.edit)}
        />
      ) : (
        <>
          <FamilyMemberDetails member={member} familyChildren={familyChildren} />
          {mode === 'remove' ? (
            <RemovalConfirmation
              name={member.displayName}
              consequence="They will be taken off this family’s record, with their relationships to the children."
              remove={() => applyChange(api.removeFamilyMember({ familyMemberId: member.id }))}
              onRemoved={() => {
                announce(`Removed ${member.displayName}.`);
                onRemoved();
              }}
              onCancel={() => finish(ids.remove)}
            />
          ) : (
            <div className="button-row">
              <button
                type="button"
                id={ids.edit}
                className="button button--secondary"
                onClick={() => {
                  setMode('edit');
                  focusSoon(fieldId(`${formKey}.kind`));
                }}
              >
                Edit<span className="visually-hidden"> {member.displayName}</span>
              </button>
              <button type="button" id={ids.remove} className="button button--link" onClick={() => setMode('remove')}>
                Remove<span className="visually-hidden"> {member.displayName}</span>
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { AddFamilyMemberSchema, type Child, type FamilyMember } from '../../../shared/family/schema';
import { api } from '../api/client';
import { fieldId } from '../app/fields';
import { submitForm } from '../app/submit';
import { useConferences } from '../conference/store';
import { useAnnounce } from './Announcer';
import { EMPTY_FAMILY_MEMBER, FamilyMemberForm } from './FamilyMemberForm';
import { FamilyMemberItem } from './FamilyMemberItem';
import { focusSoon, itemIds } from './focus';

const HEADING_ID = 'family-network-heading';
const ADD_BUTTON_ID = 'family-add-member';
const FORM_KEY = 'new-member';

interface FamilyMemberListProps {
  readonly conferenceId: string;
  readonly members: readonly FamilyMember[];
  readonly familyChildren: readonly Child[];
}

/** Parents, carers and the wider family network, each editable in place, and a way to add someone. */
export function FamilyMemberList({ conferenceId, members, familyChildren }: FamilyMemberListProps) {
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnounce();
  const [adding, setAdding] = useState(false);

  const added = (conference: ConferenceDetail) => {
    setAdding(false);
    const known = new Set(members.map((member) => member.id));
    const member = conference.familyMembers.find((m) => !known.has(m.id));
    announce(member ? `Saved ${member.displayName}.` : 'Saved.');
    focusSoon(member ? itemIds(member.id).heading : ADD_BUTTON_ID);
  };

  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        Parents, carers and the family network
      </h2>
      {members.length === 0 && !adding && <p>No one is recorded yet. Add the parents and carers, and anyone in the family network who helps.</p>}
      <ul className="family-list">
        {members.map((member) => (
          <FamilyMemberItem key={member.id} member={member} familyChildren={familyChildren} onRemoved={() => focusSoon(HEADING_ID)} />
        ))}
      </ul>
      {adding ? (
        <div className="panel">
          <FamilyMemberForm
            formKey={FORM_KEY}
            title="Add a person"
            headingLevel={3}
            initial={EMPTY_FAMILY_MEMBER}
            familyChildren={familyChildren}
            submitLabel="Add person"
            save={(details) => submitForm(AddFamilyMemberSchema, { conferenceId, member: details }, (input) => applyChange(api.addFamilyMember(input)), 'member')}
            onSaved={added}
            onCancel={() => {
              setAdding(false);
              focusSoon(ADD_BUTTON_ID);
            }}
          />
        </div>
      ) : (
        <button
          type="button"
          id={ADD_BUTTON_ID}
          className="button button--secondary"
          onClick={() => {
            setAdding(true);
            focusSoon(fieldId(`${FORM_KEY}.kind`));
          }}
        >
          Add a person
        </button>
      )}
    </section>
  );
}

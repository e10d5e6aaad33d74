import { FAMILY_MEMBER_KIND_LABELS, type Child, type FamilyMember } from '../../../shared/family/schema';
import { interpreterNeeds, NOT_RECORDED, orNotRecorded } from './format';
import { SummaryList } from './SummaryList';

/** What is recorded about a parent, carer or member of the network, as the chair reads it back. */
export function FamilyMemberDetails({ member, familyChildren }: { readonly member: FamilyMember; readonly familyChildren: readonly Child[] }) {
  return (
    <SummaryList
      rows={[
        { key: 'Who they are', value: FAMILY_MEMBER_KIND_LABELS[member.kind] },
        { key: 'Relationship to the children', value: <Relationships member={member} familyChildren={familyChildren} /> },
        { key: 'Lives in the household', value: member.livesInHousehold ? 'Yes' : 'No' },
        { key: 'First language', value: orNotRecorded(member.firstLanguage) },
        { key: 'Interpreter', value: interpreterNeeds(member) },
        { key: 'Communication needs', value: <span className="family-pre-line">{orNotRecorded(member.communicationNeeds)}</span> },
        { key: 'Contact details', value: <ContactDetails member={member} /> },
      ]}
    />
  );
}

function Relationships({ member, familyChildren }: { readonly member: FamilyMember; readonly familyChildren: readonly Child[] }) {
  if (member.relationships.length === 0) return <>{NOT_RECORDED}</>;
  return (
    <ul className="family-plain-list">
      {member.relationships.map((relationship) => {
        const child = familyChildren.find((c) => c.id === relationship.childId);
        return (
          <li key={relationship.childId}>
            {relationship.relationship} of {child?.displayName ?? 'a child no longer recorded'}
            {relationship.parentalResponsibility ? ', has parental responsibility' : ', no parental responsibility'}
          </li>
        );
      })}
    </ul>
  );
}

function ContactDetails({ member }: { readonly member: FamilyMember }) {
  if (!member.contactDetails) return <>{NOT_RECORDED}</>;
  return (
    <>
      {member.contactDetailsConfidential && (
        <p className="family-confidential">
          <strong className="tag tag--confidential">Confidential: never shown to the family</strong>
        </p>
      )}
      <span className="family-pre-line">{member.contactDetails}</span>
    </>
  );
}

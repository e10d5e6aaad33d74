import type { ConferenceDetail } from '../../../shared/conference/details';
import { Announcer } from './Announcer';
import { ChildList } from './ChildList';
import { FamilyMemberList } from './FamilyMemberList';

/**
 * The family's children and the adults around them. They belong to the family, so a change here
 * shows in every conference about it.
 */
export function FamilySection({ conference }: { readonly conference: ConferenceDetail }) {
  return (
    <Announcer>
      <div className="family-section">
        <ChildList conferenceId={conference.id} children={conference.children} />
        <FamilyMemberList conferenceId={conference.id} members={conference.familyMembers} familyChildren={conference.children} />
      </div>
    </Announcer>
  );
}

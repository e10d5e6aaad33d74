import type { ConferenceDetail } from '../../../shared/conference/details';

export function InvitationsSection({ conference }: { readonly conference: ConferenceDetail }) {
  return <p>{conference.id}: Invitations and reports</p>;
}

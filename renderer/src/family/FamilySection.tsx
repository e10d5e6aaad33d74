import type { ConferenceDetail } from '../../../shared/conference/details';

export function FamilySection({ conference }: { readonly conference: ConferenceDetail }) {
  return <p>{conference.id}: Family and network</p>;
}

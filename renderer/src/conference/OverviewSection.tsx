import type { ConferenceDetail } from '../../../shared/conference/details';

export function OverviewSection({ conference }: { readonly conference: ConferenceDetail }) {
  return <p>{conference.id}</p>;
}

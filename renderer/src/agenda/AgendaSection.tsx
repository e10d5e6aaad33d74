import type { ConferenceDetail } from '../../../shared/conference/details';

export function AgendaSection({ conference }: { readonly conference: ConferenceDetail }) {
  return <p>{conference.id}: Agenda</p>;
}

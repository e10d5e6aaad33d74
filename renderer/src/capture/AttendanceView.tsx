import type { Capture } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';

/** Attendance, exclusions, the child's voice and the restricted parts held. */
export function AttendanceView({ conference, capture }: { readonly conference: ConferenceDetail; readonly capture: Capture }) {
  return <p>{conference.invitations.length} invited; {capture.attendance.length} recorded.</p>;
}

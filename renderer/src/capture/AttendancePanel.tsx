import type { Capture } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { AttendanceRow } from './AttendanceRow';

export function AttendancePanel({ conference, capture }: { readonly conference: ConferenceDetail; readonly capture: Capture }) {
  return (
    <section className="panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">Attendance</h2>
      <p className="field__hint">Times like 10:05. For family members who attend separate parts, say which parts.</p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Invited</th>
              <th scope="col">How they attended</th>
              <th scope="col">Arrived</th>
              <th scope="col">Left</th>
              <th scope="col">Parts attended</th>
              <th scope="col">
                <span className="visually-hidden">Save</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {conference.invitations.map((invitation) => (
              <AttendanceRow key={invitation.id} invitation={invitation} attendance={capture.attendance.find((a) => a.invitationId === invitation.id)} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

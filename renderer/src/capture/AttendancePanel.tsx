import { useState, type FormEvent } from 'react';
import { RecordAttendanceTableSchema, type Capture } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { inviteeRole } from '../../../shared/people/roles';
import { api } from '../api/client';
import { ErrorSummary, type SummaryError } from '../app/ErrorSummary';
import { submitForm, type FieldErrors } from '../app/submit';
import { attendanceFieldId, draftsOf, rowsToSave, type AttendanceDraft, type AttendanceDrafts } from './attendanceDraft';
import { AttendanceRow } from './AttendanceRow';
import { announce, changeCapture } from './store';

/** A refused table changes nothing, and says so first. */
const NOTHING_SAVED = 'Nothing in the table was saved. Correct the answers below, then save again.';

type RowErrors = Readonly<Record<string, Partial<Record<keyof AttendanceDraft, string>>>>;

/**
 * The attendance table, one form with one Save: every row is saved together or, if any answer is
 * wrong, none is, and the summary says which.
 */
export function AttendancePanel({ conference, capture }: { readonly conference: ConferenceDetail; readonly capture: Capture }) {
  const [drafts, setDrafts] = useState<AttendanceDrafts>(() => draftsOf(conference.invitations, capture.attendance));
  const [rowErrors, setRowErrors] = useState<RowErrors>({});
  const [problems, setProblems] = useState<readonly SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  const change = (invitationId: string, update: Partial<AttendanceDraft>) =>
    setDrafts((current) => ({ ...current, [invitationId]: { ...(current[invitationId] ?? { mode: '', arrivedAt: '', leftAt: '', parts: '' }), ...update } }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const rows = rowsToSave(conference.invitations, drafts, capture.attendance);
    const outcome = await submitForm(RecordAttendanceTableSchema, { conferenceId: conference.id, rows }, (input) => changeCapture(api.recordAttendanceTable(input)));
    setSaving(false);
    if (outcome.ok) {
      setRowErrors({});
      setProblems([]);
      announce(`Attendance saved for ${rows.length} ${rows.length === 1 ? 'person' : 'people'}.`);
      return;
    }
    const placed = placeErrors(outcome.fields, rows.map((row) => row.invitationId), conference.invitations);
    setRowErrors(placed.byRow);
    setProblems([{ message: outcome.message ?? NOTHING_SAVED }, ...placed.summary]);
    setAttempt((count) => count + 1);
    announce('Attendance not saved.');
  };

  return (
    <section className="panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">Attendance</h2>
      <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="attendance-title">
        <ErrorSummary errors={problems} attempt={attempt} />
        <p className="field__hint">Times like 10:05. For family members who attend separate parts, say which parts. One Save records the whole table.</p>
        <div className="table-scroll">
          <table className="table capture-attendance-table">
            <thead>
              <tr>
                <th scope="col">Invited</th>
                <th scope="col">How they attended</th>
                <th scope="col">Arrived</th>
                <th scope="col">Left</th>
                <th scope="col">Parts attended</th>
              </tr>
            </thead>
            <tbody>
              {conference.invitations.map((invitation) => (
                <AttendanceRow
                  key={invitation.id}
                  invitation={invitation}
                  role={inviteeRole(invitation, conference)}
                  draft={drafts[invitation.id] ?? { mode: '', arrivedAt: '', leftAt: '', parts: '' }}
                  errors={rowErrors[invitation.id] ?? {}}
                  onChange={(update) => change(invitation.id, update)}
                />
              ))}
            </tbody>
          </table>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={saving}>
            {saving ? 'Saving…' : 'Save attendance'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** `rows.3.leftAt` is about the fourth row sent: put it beside that person's field, and name them in the summary. */
function placeErrors(fields: FieldErrors, sentIds: readonly string[], invitations: ConferenceDetail['invitations']): { byRow: RowErrors; summary: SummaryError[] } {
  const byRow: Record<string, Partial<Record<keyof AttendanceDraft, string>>> = {};
  const summary: SummaryError[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const match = /^rows\.(\d+)\.(\w+)$/.exec(path);
    const invitationId = match ? sentIds[Number(match[1])] : undefined;
    const field = match?.[2] === 'invitationId' ? 'mode' : match?.[2];
    if (invitationId && (field === 'mode' || field === 'arrivedAt' || field === 'leftAt' || field === 'parts')) {
      byRow[invitationId] = { ...byRow[invitationId], [field]: message };
      const name = invitations.find((invitation) => invitation.id === invitationId)?.invitee.name ?? 'Someone';
      summary.push({ fieldId: attendanceFieldId(invitationId, field), message: `${name}: ${message}` });
    } else summary.push({ message });
  }
  return { byRow, summary };
}

import { useState } from 'react';
import { ATTENDANCE_MODES, RecordAttendanceSchema, type Attendance } from '../../../shared/capture/schema';
import type { Invitation } from '../../../shared/invitations/schema';
import { api } from '../api/client';
import { submitForm, type FieldErrors } from '../app/submit';
import { normaliseTimeOfDay } from '../../../shared/dates/local-date';
import { announce, changeCapture } from './store';

type Mode = (typeof ATTENDANCE_MODES)[number];
const MODE_LABELS: Readonly<Record<Mode, string>> = { 'in-person': 'In person', online: 'Online', 'did-not-attend': 'Did not attend' };

/** One invitee on the day: how they took part, when they came and went, which parts they were at. */
export function AttendanceRow({ invitation, attendance }: { readonly invitation: Invitation; readonly attendance: Attendance | undefined }) {
  const [mode, setMode] = useState<Mode | ''>(attendance?.mode ?? '');
  const [arrivedAt, setArrivedAt] = useState(attendance?.arrivedAt ?? '');
  const [leftAt, setLeftAt] = useState(attendance?.leftAt ?? '');
  const [parts, setParts] = useState(attendance?.parts ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const name = invitation.invitee.name;
  const id = `attendance-${invitation.id}`;
  const error = Object.values(errors)[0];

  const save = async () => {
    const outcome = await submitForm(
      RecordAttendanceSchema,
      { invitationId: invitation.id, mode: mode || undefined, arrivedAt: arrivedAt || null, leftAt: leftAt || null, parts },
      (input) => changeCapture(api.recordAttendance(input)),
    );
    setErrors(outcome.ok ? {} : outcome.fields);
    announce(outcome.ok ? `Attendance saved for ${name}.` : `Not saved: ${Object.values(outcome.fields)[0] ?? outcome.message ?? ''}`);
  };

  const time = (field: 'arrived' | 'left', value: string, set: (v: string) => void) => (
    <td>
      <label className="visually-hidden" htmlFor={`${id}-${field}`}>
        {field === 'arrived' ? 'Arrived' : 'Left'} ({name})
      </label>
      <input id={`${id}-${field}`} type="text" inputMode="numeric" autoComplete="off" value={value} onChange={(e) => set(e.target.value)} onBlur={(e) => set(normaliseTimeOfDay(e.target.value))} />
    </td>
  );

  return (
    <tr>
      <th scope="row">
        {name}
        <span className="capture-speakers__role">{invitation.invitee.kind === 'professional' ? invitation.invitee.role : 'Family'}</span>
        {error && <span className="field__error">{error}</span>}
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-mode`}>
          How {name} attended
        </label>
        <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as Mode | '')}>
          <option value="">Not recorded</option>
          {ATTENDANCE_MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </td>
      {time('arrived', arrivedAt, setArrivedAt)}
      {time('left', leftAt, setLeftAt)}
      <td>
        <label className="visually-hidden" htmlFor={`${id}-parts`}>
          Parts attended ({name})
        </label>
        <input id={`${id}-parts`} className="capture-parts" type="text" value={parts} onChange={(e) => setParts(e.target.value)} />
      </td>
      <td>
        <button type="button" className="button button--secondary capture-small-button" onClick={() => void save()}>
          Save<span className="visually-hidden"> attendance for {name}</span>
        </button>
      </td>
    </tr>
  );
}

import { ATTENDANCE_MODES } from '../../../shared/capture/schema';
import type { Invitation } from '../../../shared/invitations/schema';
import { normaliseTimeOfDay } from '../../../shared/dates/local-date';
import { attendanceFieldId, MODE_LABELS, type AttendanceDraft, type AttendanceMode } from './attendanceDraft';

interface AttendanceRowProps {
  readonly invitation: Invitation;
  /** Who they are, beside their name (the relationship or the role). */
  readonly role: string;
  readonly draft: AttendanceDraft;
  /** This row's problems from a refused save, by field. */
  readonly errors: Readonly<Partial<Record<keyof AttendanceDraft, string>>>;
  readonly onChange: (change: Partial<AttendanceDraft>) => void;
}

/** One invitee on the day: how they took part, when they came and went, which parts they were at. */
export function AttendanceRow({ invitation, role, draft, errors, onChange }: AttendanceRowProps) {
  const name = invitation.invitee.name;
  const idOf = (field: keyof AttendanceDraft) => attendanceFieldId(invitation.id, field);
  const errorOf = (field: keyof AttendanceDraft) =>
    errors[field] && (
      <span className="field__error" id={`${idOf(field)}-error`}>
        <span className="visually-hidden">Error: </span>
        {errors[field]}
      </span>
    );
  const describedBy = (field: keyof AttendanceDraft) => (errors[field] ? `${idOf(field)}-error` : undefined);

  const time = (field: 'arrivedAt' | 'leftAt') => (
    <td>
      <label className="visually-hidden" htmlFor={idOf(field)}>
        {field === 'arrivedAt' ? 'Arrived' : 'Left'} ({name})
      </label>
      {errorOf(field)}
      <input
        id={idOf(field)}
        className="capture-time"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        aria-invalid={Boolean(errors[field])}
        aria-describedby={describedBy(field)}
        value={draft[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        onBlur={(e) => onChange({ [field]: normaliseTimeOfDay(e.target.value) })}
      />
    </td>
  );

  return (
    <tr>
      <th scope="row">
        {name}
        <span className="capture-speakers__role">{role}</span>
      </th>
      <td>
        <label className="visually-hidden" htmlFor={idOf('mode')}>
          How {name} attended
        </label>
        {errorOf('mode')}
        <select id={idOf('mode')} aria-invalid={Boolean(errors.mode)} aria-describedby={describedBy('mode')} value={draft.mode} onChange={(e) => onChange({ mode: e.target.value as AttendanceMode | '' })}>
          <option value="">Not recorded</option>
          {ATTENDANCE_MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </td>
      {time('arrivedAt')}
      {time('leftAt')}
      <td className="capture-parts-cell">
        <label className="visually-hidden" htmlFor={idOf('parts')}>
          Parts attended ({name})
        </label>
        {errorOf('parts')}
        {/* One line of text, but wrapped in the cell so a whole phrase shows; Enter and pasted line breaks never make a second line. */}
        <textarea
          id={idOf('parts')}
          className="capture-parts"
          rows={1}
          aria-invalid={Boolean(errors.parts)}
          aria-describedby={describedBy('parts')}
          value={draft.parts}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          onChange={(e) => onChange({ parts: e.target.value.replace(/[\r\n]+/g, ' ') })}
        />
      </td>
    </tr>
  );
}

import type { ATTENDANCE_MODES} from '../../../shared/capture/schema';
import { type Attendance } from '../../../shared/capture/schema';
import type { Invitation } from '../../../shared/invitations/schema';

export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export const MODE_LABELS: Readonly<Record<AttendanceMode, string>> = { 'in-person': 'In person', online: 'Online', 'did-not-attend': 'Did not attend' };

/** One row of the attendance table as typed, before it is saved. */
export interface AttendanceDraft {
  readonly mode: AttendanceMode | '';
  readonly arrivedAt: string;
  readonly leftAt: string;
  readonly parts: string;
}

export type AttendanceDrafts = Readonly<Record<string, AttendanceDraft>>;

export function draftsOf(invitations: readonly Invitation[], attendance: readonly Attendance[]): AttendanceDrafts {
  return Object.fromEntries(
    invitations.map((invitation) => {
      const saved = attendance.find((a) => a.invitationId === invitation.id);
      return [invitation.id, { mode: saved?.mode ?? '', arrivedAt: saved?.arrivedAt ?? '', leftAt: saved?.leftAt ?? '', parts: saved?.parts ?? '' }];
    }),
  );
}

/**
 * The rows to send: everyone with something recorded, now or before. A row left wholly blank that
 * was never saved is nobody's answer yet, so it is not sent (and cannot refuse the table).
 */
export function rowsToSave(invitations: readonly Invitation[], drafts: AttendanceDrafts, attendance: readonly Attendance[]) {
  return invitations.flatMap((invitation) => {
    const draft = drafts[invitation.id];
    if (!draft) return [];
    const blank = !draft.mode && !draft.arrivedAt.trim() && !draft.leftAt.trim() && !draft.parts.trim();
    if (blank && !attendance.some((a) => a.invitationId === invitation.id)) return [];
    return [{ invitationId: invitation.id, mode: draft.mode || undefined, arrivedAt: draft.arrivedAt || null, leftAt: draft.leftAt || null, parts: draft.parts }];
  });
}

/** Ids of a row's fields, so an error names the field it is about. */
export const attendanceFieldId = (invitationId: string, field: 'mode' | 'arrivedAt' | 'leftAt' | 'parts') => `attendance-${invitationId}-${field}`;

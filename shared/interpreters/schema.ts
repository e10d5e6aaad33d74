import { z } from 'zod';
import { entityId, optionalText, SHORT_TEXT } from '../text/fields';

/**
 * Interpreters where the meeting happens (issue 15, item 6). The need is the family member's own
 * (language, dialect and preferences, kept with the family); each conference records whether the
 * interpreter is booked and who, whether they were present, and the restricted parts of the
 * meeting they left the room for.
 */
export const SaveInterpreterSchema = z.object({
  conferenceId: entityId,
  /** The family member the interpreter is for. */
  familyMemberId: entityId,
  booked: z.boolean({ error: 'Say whether the interpreter is booked.' }),
  name: optionalText(SHORT_TEXT, 'interpreter’s name'),
  /** Null until attendance is taken. */
  present: z.boolean({ error: 'Say whether the interpreter is present.' }).nullable().default(null),
  /** The restricted parts they left the room for. */
  leftForPartIds: z.array(entityId).max(20).default([]),
});
export type SaveInterpreter = z.infer<typeof SaveInterpreterSchema>;

/** One family member's interpreter at this conference, with the need it answers. */
export const InterpreterSchema = z.object({
  familyMemberId: entityId,
  memberName: z.string(),
  language: z.string(),
  dialect: z.string(),
  preferences: z.string(),
  booked: z.boolean(),
  name: z.string(),
  present: z.boolean().nullable(),
  leftForPartIds: z.array(entityId),
});
export type Interpreter = z.infer<typeof InterpreterSchema>;

/** "Polish (Silesian)" */
export const interpreterLanguage = (interpreter: Pick<Interpreter, 'language' | 'dialect'>): string => (interpreter.dialect ? `${interpreter.language} (${interpreter.dialect})` : interpreter.language);

/** "Booked: Ewa Nowak", "Booked, name not recorded", "Not booked yet". */
export function bookingInWords(interpreter: Pick<Interpreter, 'booked' | 'name'>): string {
  if (!interpreter.booked) return 'Not booked yet';
  return interpreter.name ? `Booked: ${interpreter.name}` : 'Booked, name not recorded';
}

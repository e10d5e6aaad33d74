import { z } from 'zod';
import { LONG_TEXT, optionalLongText } from '../text/fields';

/** Text that may run over several lines and must be given (a statement, a reason, grounds). */
export function requiredLongText(label: string, maxLength = LONG_TEXT) {
  return optionalLongText(maxLength, label).refine((value) => value !== '', { message: `Enter the ${label}.` });
}

/** Someone at the conference: a professional, a parent or member of the family network, or a child. */
export const PersonRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('professional'), professionalId: z.uuid({ message: 'Choose someone from the list.' }) }),
  z.object({ kind: z.literal('family-member'), familyMemberId: z.uuid({ message: 'Choose someone from the list.' }) }),
  z.object({ kind: z.literal('child'), childId: z.uuid({ message: 'Choose someone from the list.' }) }),
]);
export type PersonRef = z.infer<typeof PersonRefSchema>;

export function samePerson(a: PersonRef, b: PersonRef): boolean {
  return personKey(a) === personKey(b);
}

export function personKey(person: PersonRef): string {
  switch (person.kind) {
    case 'professional':
      return `professional:${person.professionalId}`;
    case 'family-member':
      return `family-member:${person.familyMemberId}`;
    case 'child':
      return `child:${person.childId}`;
    default: {
      const unexpected: never = person;
      throw new Error(`Unknown person ${JSON.stringify(unexpected)}`);
    }
  }
}

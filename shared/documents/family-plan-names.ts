/**
 * How the family's plan names people: children by their first name, as the family does (language
 * guide §1.2, "names, not categories"), never "the subject child"; a baby not yet named is "the
 * baby".
 */
import type { Child } from '../family/schema';

export function familyName(child: Pick<Child, 'givenName' | 'isUnborn'>, theBaby = 'the baby'): string {
  const given = child.givenName.trim();
  return given === '' ? theBaby : given;
}

/** A sentence that starts with a name like "the baby" still starts with a capital. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

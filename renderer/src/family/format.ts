import { formatIsoDate } from '../../../shared/dates/format';
import type { Child } from '../../../shared/family/schema';

/** "Thu 2 Nov 2016", "Unborn, expected Mon 10 Aug 2026" or "Born … (expected …)". */
export function childDates(child: Child): string {
  if (child.dateOfBirth === null) {
    return child.expectedDeliveryDate ? `Unborn, expected ${formatIsoDate(child.expectedDeliveryDate)}` : 'Unborn';
  }
  const born = formatIsoDate(child.dateOfBirth);
  return child.expectedDeliveryDate ? `Born ${born} (expected ${formatIsoDate(child.expectedDeliveryDate)})` : born;
}

/** The interpreter a person needs, or that none is needed. */
export function interpreterNeeds(person: { readonly interpreterLanguage: string; readonly interpreterDialect: string; readonly interpreterPreferences?: string }): string {
  if (!person.interpreterLanguage) return 'Not needed';
  const language = person.interpreterDialect ? `${person.interpreterLanguage} (${person.interpreterDialect})` : person.interpreterLanguage;
  return person.interpreterPreferences ? `${language}; preferences: ${person.interpreterPreferences}` : language;
}

export const NOT_RECORDED = 'Not recorded';

export function orNotRecorded(value: string): string {
  return value.trim() === '' ? NOT_RECORDED : value;
}

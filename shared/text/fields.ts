import { z } from 'zod';
import { isIsoDate } from '../dates/local-date';

// Control characters (other than tab and new lines) never belong in a record and confuse
// documents and screen readers alike.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** A short single-line text such as a name: trimmed, required, bounded. */
export function boundedText(maxLength: number, label: string) {
  return z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, { message: `Enter the ${label}.` })
    .max(maxLength, { message: `The ${label} can be at most ${maxLength} characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !/[\r\n]/u.test(value), {
      message: `The ${label} contains characters that cannot be stored.`,
    });
}

export function isoDate(label: string) {
  return z
    .string({ error: `Enter the ${label}.` })
    .min(1, { message: `Enter the ${label}.` })
    .refine(isIsoDate, { message: `Enter a real ${label}, for example 2026-03-19.` });
}

export const entityId = z.uuid({ message: 'This reference is not valid.' });

/** Optional single-line text: trimmed, may be empty, bounded. */
export function optionalText(maxLength: number, label: string) {
  return z
    .string({ error: `The ${label} must be text.` })
    .trim()
    .max(maxLength, { message: `The ${label} can be at most ${maxLength} characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !/[\r\n]/u.test(value), {
      message: `The ${label} contains characters that cannot be stored.`,
    })
    .default('');
}

/** Optional text that may run over several lines (notes, reasons, needs). */
export function optionalLongText(maxLength: number, label: string) {
  return z
    .string({ error: `The ${label} must be text.` })
    .trim()
    .max(maxLength, { message: `The ${label} can be at most ${maxLength.toLocaleString('en-GB')} characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      message: `The ${label} contains characters that cannot be stored.`,
    })
    .default('');
}

export function optionalIsoDate(label: string) {
  return z
    .string({ error: `The ${label} must be a date.` })
    .refine((value) => value === '' || isIsoDate(value), { message: `Enter a real ${label}, for example 2026-03-19.` })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);
}

export const SHORT_TEXT = 200;
export const LONG_TEXT = 5_000;

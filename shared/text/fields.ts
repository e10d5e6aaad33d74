import { z } from 'zod';
import { isIsoDate } from '../dates/local-date';

// Control characters (other than tab and new lines) never belong in a record and confuse
// documents and screen readers alike.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

// Half of a character (a lone surrogate): no file, database or document can hold it as it is, so
// what was stored would not be what was sent. With the u flag a proper pair never matches.
export const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

// The invisible characters that set which way text runs: embeddings and overrides (LRE, RLE, PDF,
// LRO, RLO) and isolates (LRI, RLI, FSI, PDI). In a name or a short field there is no reason for
// any of them, and they can make it show as something else ("Ruby" shown backwards, a date's parts
// swapped), on screen, in a document or in a search result.
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
// In long text only the embeddings and overrides are refused. An override shows letters in an
// order other than the one stored (the record would say one thing and show another), and an
// embedding changes the order of the text around it; neither is needed, as the browser and the
// documents order mixed scripts themselves. Isolates are kept: they only set a run apart from the
// text around it (the letters keep their order), and messaging apps wrap the names in the text
// people copy from them in isolates, so refusing them would refuse ordinary pasted notes.
export const BIDI_EMBEDDINGS_AND_OVERRIDES = /[\u202A-\u202E]/u;

const refusals = (label: string) => ({
  control: { message: `The ${label} contains characters that cannot be stored.` },
  broken: { message: `The ${label} contains a broken character that cannot be stored. Type it again rather than pasting it.` },
  direction: { message: `The ${label} contains hidden characters that change the direction of the text. Type it again rather than pasting it.` },
});

/** The checks every single-line field makes: no control characters, line breaks, broken characters or direction controls. */
function singleLine(schema: z.ZodString, label: string): z.ZodString {
  const refused = refusals(label);
  return schema
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !/[\r\n]/u.test(value), refused.control)
    .refine((value) => !LONE_SURROGATE.test(value), refused.broken)
    .refine((value) => !BIDI_CONTROLS.test(value), refused.direction);
}

/**
 * The checks every long text makes (including a contribution's): no broken characters and no
 * direction embeddings or overrides (see above). Control characters are refused by the caller
 * where they are (a contribution's text has always kept what was typed, tabs and all).
 */
export function longText(schema: z.ZodString, label: string): z.ZodString {
  const refused = refusals(label);
  return schema.refine((value) => !LONE_SURROGATE.test(value), refused.broken).refine((value) => !BIDI_EMBEDDINGS_AND_OVERRIDES.test(value), refused.direction);
}

/** A short single-line text such as a name: trimmed, required, bounded. */
export function boundedText(maxLength: number, label: string) {
  return singleLine(
    z
      .string({ error: `Enter the ${label}.` })
      .trim()
      .min(1, { message: `Enter the ${label}.` })
      .max(maxLength, { message: `The ${label} can be at most ${maxLength} characters.` }),
    label,
  );
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
  return singleLine(
    z
      .string({ error: `The ${label} must be text.` })
      .trim()
      .max(maxLength, { message: `The ${label} can be at most ${maxLength} characters.` }),
    label,
  ).default('');
}

/** Optional text that may run over several lines (notes, reasons, needs). */
export function optionalLongText(maxLength: number, label: string) {
  return longText(
    z
      .string({ error: `The ${label} must be text.` })
      .trim()
      .max(maxLength, { message: `The ${label} can be at most ${maxLength.toLocaleString('en-GB')} characters.` })
      .refine((value) => !CONTROL_CHARACTERS.test(value), refusals(label).control),
    label,
  ).default('');
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

import { z } from 'zod';
import { boundedText, CONTROL_CHARACTERS, longText, optionalText } from '../text/fields';

/**
 * The authority's identity (issue 15, item 4): its name, address, telephone and an optional logo,
 * printed as the letterhead of every document. The logo is kept only as Confer checked it: a PNG
 * whose structure was read through, or an SVG rebuilt from the few shapes Confer draws (no
 * scripts, styles, links or references to anything outside the file).
 */

/** The largest logo file taken: a letterhead logo is small, and a bigger file only slows every document. */
export const MAX_LOGO_BYTES = 512 * 1024;
/** The most pixels a PNG logo may have on its longer side. */
export const MAX_LOGO_PIXELS = 4_000;
export const MAX_ALT_TEXT = 250;
export const LOGO_FORMATS = ['png', 'svg'] as const;
export type LogoFormat = (typeof LOGO_FORMATS)[number];

/** Base64 of at most MAX_LOGO_BYTES bytes. */
const logoData = z
  .string({ error: 'The logo must be sent as a file.' })
  .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 4, { message: `The logo file can be at most ${MAX_LOGO_BYTES / 1024} KB.` })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/u, { message: 'The logo could not be read as a file.' });

const altText = longText(
  z
    .string({ error: 'The logo’s description must be text.' })
    .trim()
    .max(MAX_ALT_TEXT, { message: `The logo’s description can be at most ${MAX_ALT_TEXT} characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !/[\r\n\t]/u.test(value), { message: 'The logo’s description contains characters that cannot be stored.' }),
  'logo’s description',
);

/** A logo as an administrator chooses it: the file, and what it says (or that it says nothing). */
export const LogoInputSchema = z
  .object({
    /** The file's bytes, base64. Its type is read from the bytes, never from its name. */
    data: logoData,
    alt: altText.default(''),
    /** A logo that only decorates (the name beside it says it all) is not read out. */
    decorative: z.boolean({ error: 'Say whether the logo is decoration only.' }).default(false),
  })
  .superRefine((logo, context) => {
    if (!logo.decorative && logo.alt === '') context.addIssue({ code: 'custom', path: ['alt'], message: 'Describe the logo for people who cannot see it, or mark it as decoration only.' });
  });
export type LogoInput = z.input<typeof LogoInputSchema>;

const addressText = longText(
  z
    .string({ error: 'The address must be text.' })
    .trim()
    .max(400, { message: 'The address can be at most 400 characters.' })
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !/\t/u.test(value), { message: 'The address contains characters that cannot be stored.' })
    .refine((value) => value.split(/\r?\n/u).length <= 8, { message: 'The address can be at most 8 lines.' }),
  'address',
).default('');

export const SaveAuthorityIdentitySchema = z.object({
  name: boundedText(120, 'authority’s name'),
  /** One line of the address per line. */
  address: addressText,
  phone: optionalText(40, 'telephone number').refine((value) => value === '' || /^[0-9 +()-]{6,40}$/u.test(value), { message: 'Enter a telephone number in digits, for example 01632 960 000.' }),
  logo: LogoInputSchema.nullable().default(null),
});
export type SaveAuthorityIdentity = z.input<typeof SaveAuthorityIdentitySchema>;

/** A logo as Confer keeps it, checked: its format and size in points, and the checked file as base64. */
export const LogoSchema = z.object({
  format: z.enum(LOGO_FORMATS),
  data: z.string(),
  width: z.number().positive(),
  height: z.number().positive(),
  alt: z.string(),
  decorative: z.boolean(),
});
export type Logo = z.infer<typeof LogoSchema>;

export const AuthorityIdentitySchema = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  logo: LogoSchema.nullable(),
});
export type AuthorityIdentity = z.infer<typeof AuthorityIdentitySchema>;

/** What the settings screen and the documents read: the identity, or null before one is saved. */
export const AuthorityIdentityStateSchema = z.object({
  identity: AuthorityIdentitySchema.nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type AuthorityIdentityState = z.infer<typeof AuthorityIdentityStateSchema>;

/** The address as its lines, for a letterhead. */
export const addressLines = (address: string): string[] => address.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '');

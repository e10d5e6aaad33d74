/**
 * A language pack file: one language's translation of the fixed words (shared/i18n/messages-en.ts),
 * with who checked it. Shipped packs are drafts; the authority imports its own (Settings) and marks
 * one reviewed by a named translator on a date. Everything a file holds is checked before anything
 * is kept: its shape (zod, with size limits), that every message parses as ICU MessageFormat and
 * uses exactly the English message's arguments, and which keys are missing or unknown.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { z } from 'zod';
import { isIsoDate } from '../dates/local-date';
import { BIDI_EMBEDDINGS_AND_OVERRIDES, CONTROL_CHARACTERS, LONE_SURROGATE } from '../text/fields';
import { LOCALE_PATTERN } from './choice';
import { ENGLISH_MESSAGES, MESSAGE_KEYS, type MessageKey } from './messages-en';

/** A pack file is a few tens of kilobytes; anything near this is not one. */
export const PACK_FILE_MAX_BYTES = 512 * 1024;
const MESSAGE_MAX = 2_000;
const MESSAGES_MAX = 1_000;


const cleanText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `Give the ${label}.`)
    .max(max, `The ${label} can be at most ${max} characters.`)
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !LONE_SURROGATE.test(value) && !BIDI_EMBEDDINGS_AND_OVERRIDES.test(value), `The ${label} holds characters that cannot be printed.`);

export const PackStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }).strict(),
  z
    .object({
      kind: z.literal('reviewed'),
      /** The translator who checked every message. */
      by: cleanText(120, 'translator’s name'),
      on: z.string().refine(isIsoDate, 'Give the date the pack was checked as YYYY-MM-DD.'),
    })
    .strict(),
]);
export type PackStatus = z.infer<typeof PackStatusSchema>;

export const LanguagePackFileSchema = z
  .object({
    format: z.literal('confer-language-pack', { error: 'This is not a Confer language pack.' }),
    version: z.literal(1, { error: 'This language pack is from a newer version of Confer.' }),
    locale: z.string().regex(LOCALE_PATTERN, 'The language code must be like “pl” or “pt-BR”.').refine((locale) => !locale.startsWith('en'), 'English is the source: it has no pack.'),
    name: z.object({ english: cleanText(80, 'language’s name in English'), own: cleanText(80, 'language’s name in itself') }).strict(),
    direction: z.enum(['ltr', 'rtl']),
    status: PackStatusSchema,
    messages: z
      .record(z.string().max(120), z.string().max(MESSAGE_MAX, `A message can be at most ${MESSAGE_MAX} characters.`))
      .refine((messages) => Object.keys(messages).length <= MESSAGES_MAX, `A pack can hold at most ${MESSAGES_MAX} messages.`),
  })
  .strict();
export type LanguagePackFile = z.infer<typeof LanguagePackFileSchema>;

/** A checked pack: only known keys whose messages parse and take the English arguments. */
export interface LanguagePack extends Omit<LanguagePackFile, 'messages'> {
  readonly messages: Readonly<Partial<Record<MessageKey, string>>>;
}

export interface MessageProblem {
  readonly key: string;
  readonly problem: 'does-not-parse' | 'arguments-differ' | 'unsafe-characters';
}

export interface PackCheck {
  /** Keys of the English source the pack does not translate: they print in English. */
  readonly missing: readonly MessageKey[];
  /** Keys the pack has that Confer does not know: ignored. */
  readonly unknown: readonly string[];
  /** Messages that cannot be used; a pack with any is refused. */
  readonly problems: readonly MessageProblem[];
}

interface AstNode {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Record<string, { readonly value: readonly AstNode[] }>;
  readonly children?: readonly AstNode[];
}

/** The names of a message's arguments, in any branch of a plural or select. */
function argumentsOf(nodes: readonly AstNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    // Literal text (0) and the plural's "#" (7) are not arguments; every other node names one.
    if (node.type !== 0 && node.type !== 7 && typeof node.value === 'string') into.add(node.value);
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, into);
    if (node.children) argumentsOf(node.children, into);
  }
  return into;
}

function parsedArguments(message: string, locale: string): Set<string> | null {
  try {
    return argumentsOf(new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[]);
  } catch {
    return null;
  }
}

const englishArguments = new Map<MessageKey, Set<string>>(MESSAGE_KEYS.map((key) => [key, parsedArguments(ENGLISH_MESSAGES[key], 'en-GB') ?? new Set()]));

const isKnown = (key: string): key is MessageKey => Object.hasOwn(ENGLISH_MESSAGES, key);

/** Which keys a pack lacks or does not know, and which of its messages cannot be used. */
export function checkPackMessages(locale: string, messages: Readonly<Record<string, string>>): PackCheck {
  const problems: MessageProblem[] = [];
  const unknown: string[] = [];
  for (const [key, message] of Object.entries(messages)) {
    if (!isKnown(key)) {
      unknown.push(key);
      continue;
    }
    if (CONTROL_CHARACTERS.test(message) || LONE_SURROGATE.test(message) || BIDI_EMBEDDINGS_AND_OVERRIDES.test(message) || /[\r\n]/u.test(message)) {
      problems.push({ key, problem: 'unsafe-characters' });
      continue;
    }
    const found = parsedArguments(message, locale);
    if (found === null) {
      problems.push({ key, problem: 'does-not-parse' });
      continue;
    }
    const expected = englishArguments.get(key) ?? new Set<string>();
    if (found.size !== expected.size || [...found].some((name) => !expected.has(name))) problems.push({ key, problem: 'arguments-differ' });
  }
  const missing = MESSAGE_KEYS.filter((key) => !Object.hasOwn(messages, key) || messages[key]?.trim() === '');
  return { missing, unknown, problems };
}

export type PackReading = { readonly ok: true; readonly pack: LanguagePack; readonly check: PackCheck } | { readonly ok: false; readonly reasons: readonly string[] };

const PROBLEM_WORDS: Readonly<Record<MessageProblem['problem'], string>> = {
  'does-not-parse': 'is not a valid ICU message',
  'arguments-differ': 'does not use the same {…} parts as the English',
  'unsafe-characters': 'holds line breaks or hidden characters',
};

/**
 * A pack file's JSON text read and checked. Refused, with reasons safe to show, when it is too
 * big, not JSON, not a pack, or any message cannot be used; otherwise the pack with only its known
 * keys, and what is missing and unknown.
 */
export function readPackFile(text: string): PackReading {
  if (text.length > PACK_FILE_MAX_BYTES) return { ok: false, reasons: ['The file is too big to be a language pack.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reasons: ['The file is not a language pack: it is not JSON.'] };
  }
  const parsed = LanguagePackFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reasons: [...new Set(parsed.error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? 'The file has parts a language pack does not have.' : issue.message)))].slice(0, 10) };
  return checkedPack(parsed.data);
}

/** A pack already of the right shape, checked message by message. */
export function checkedPack(file: LanguagePackFile): PackReading {
  const check = checkPackMessages(file.locale, file.messages);
  if (check.problems.length > 0) return { ok: false, reasons: check.problems.slice(0, 10).map(({ key, problem }) => `The message “${key}” ${PROBLEM_WORDS[problem]}.`) };
  const messages = Object.fromEntries(Object.entries(file.messages).filter(([key, message]) => isKnown(key) && message.trim() !== '')) as Partial<Record<MessageKey, string>>;
  return { ok: true, pack: { ...file, messages }, check };
}

/** The pack as a file to export: the same shape an import reads. */
export function packFile(pack: LanguagePack): LanguagePackFile {
  return { format: pack.format, version: pack.version, locale: pack.locale, name: pack.name, direction: pack.direction, status: pack.status, messages: { ...pack.messages } as Record<string, string> };
}

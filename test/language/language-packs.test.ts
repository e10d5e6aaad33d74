/**
 * Language packs (issue 16): the shipped drafts are whole and valid, and a pack file is checked
 * before anything is kept: its shape and size, every message parsing as ICU with the English
 * message's arguments, and which keys are missing or unknown.
 */
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../shared/i18n/catalogue';
import { ENGLISH_MESSAGES, MESSAGE_KEYS } from '../../shared/i18n/messages-en';
import { checkPackMessages, packFile, readPackFile, PACK_FILE_MAX_BYTES } from '../../shared/i18n/pack';
import { packForLanguage } from '../../shared/i18n/language-names';
import { SHIPPED_PACKS, shippedPack } from '../../shared/i18n/shipped-packs';

const polish = () => shippedPack('pl')!;
const fileText = (change: (file: Record<string, unknown>) => void = () => undefined) => {
  const file = JSON.parse(JSON.stringify(packFile(polish()))) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

describe('the shipped packs', () => {
  it('are drafts, each valid and with every key of the English source', () => {
    expect(SHIPPED_PACKS.map((pack) => pack.locale).sort()).toEqual(['ar', 'bn', 'lt', 'pa', 'pl', 'pt', 'ro', 'so', 'ti', 'ur']);
    expect(SHIPPED_PACKS.filter((pack) => pack.direction === 'rtl').map((pack) => pack.locale).sort()).toEqual(['ar', 'ur']);
    for (const pack of SHIPPED_PACKS) {
      expect(pack.status.kind, pack.locale).toBe('draft');
      const check = checkPackMessages(pack.locale, pack.messages as Record<string, string>);
      expect(check.problems, pack.locale).toEqual([]);
      expect(check.unknown, pack.locale).toEqual([]);
      expect(check.missing, pack.locale).toEqual([]);
    }
  });

  it('use the language’s own plural rules and dates', () => {
    const catalogue = createCatalogue('pl', polish().messages);
    expect(catalogue.format('plan.moreActions', { extra: 1, names: 'Ola', heading: 'X' })).toContain('Jest jeszcze 1 rzecz');
    expect(catalogue.format('plan.moreActions', { extra: 3, names: 'Ola', heading: 'X' })).toContain('Są jeszcze 3 rzeczy');
    expect(catalogue.format('plan.moreActions', { extra: 5, names: 'Ola', heading: 'X' })).toContain('Jest jeszcze 5 rzeczy');
    expect(catalogue.date('2026-03-19')).toBe('czwartek, 19 marca 2026');
    expect(catalogue.list(['Ola', 'Kuba', 'Ela'])).toBe('Ola, Kuba i Ela');
    expect(catalogue.fellBack.size).toBe(0);
  });
});

describe('reading a pack file', () => {
  it('reads a valid file and reports missing and unknown keys', () => {
    const reading = readPackFile(
      fileText((file) => {
        const messages = file.messages as Record<string, string>;
        delete messages['plan.heading.worries'];
        messages['plan.heading.notAKey'] = 'Coś';
      }),
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.check.missing).toEqual(['plan.heading.worries']);
    expect(reading.check.unknown).toEqual(['plan.heading.notAKey']);
    // Unknown keys are not kept.
    expect(Object.keys(reading.pack.messages)).not.toContain('plan.heading.notAKey');
  });

  it('refuses a message that is not ICU, or that uses other arguments than the English', () => {
    const broken = readPackFile(fileText((file) => ((file.messages as Record<string, string>)['plan.title'] = 'Nasz plan dla {children')));
    expect(broken).toEqual({ ok: false, reasons: ['The message “plan.title” is not a valid ICU message.'] });
    const renamed = readPackFile(fileText((file) => ((file.messages as Record<string, string>)['plan.title'] = 'Nasz plan dla {dzieci}')));
    expect(renamed.ok).toBe(false);
    const dropped = readPackFile(fileText((file) => ((file.messages as Record<string, string>)['plan.who'] = 'Kto')));
    expect(dropped.ok).toBe(false);
    // An argument that would print something else (a select on a key Confer never sends) is refused too.
    const extra = readPackFile(fileText((file) => ((file.messages as Record<string, string>)['plan.who'] = 'Kto: {names} {secret}')));
    expect(extra.ok).toBe(false);
  });

  it('refuses hostile and malformed files with a reason, whatever they hold', () => {
    const cases = [
      'not json',
      '[]',
      'null',
      JSON.stringify({ format: 'something-else' }),
      fileText((file) => (file.version = 2)),
      fileText((file) => (file.locale = 'en-GB')),
      fileText((file) => (file.locale = '../../etc/passwd')),
      fileText((file) => (file.direction = 'down')),
      fileText((file) => (file.status = { kind: 'reviewed', by: '', on: '2026-01-01' })),
      fileText((file) => (file.status = { kind: 'reviewed', by: 'A Translator', on: 'yesterday' })),
      fileText((file) => (file.name = { english: 'Polish\u202E', own: 'polski' })),
      fileText((file) => (file.extra = true)),
      fileText((file) => ((file.messages as Record<string, unknown>)['plan.title'] = 42)),
      fileText((file) => ((file.messages as Record<string, string>)['plan.title'] = 'Nasz plan\u202Edla {children}')),
      fileText((file) => ((file.messages as Record<string, string>)['plan.title'] = 'x'.repeat(5_000))),
      fileText((file) => (file.messages = Object.fromEntries(Array.from({ length: 1_200 }, (_, index) => [`k${index}`, 'x'])))),
      'x'.repeat(PACK_FILE_MAX_BYTES + 1),
    ];
    for (const text of cases) {
      const reading = readPackFile(text);
      expect(reading.ok, text.slice(0, 80)).toBe(false);
      if (!reading.ok) expect(reading.reasons.length).toBeGreaterThan(0);
    }
  });

  it('keeps a key named like an object’s own property as data, never as a prototype', () => {
    const reading = readPackFile(fileText((file) => ((file.messages as Record<string, string>).__proto__ = 'x')));
    if (reading.ok) expect(Object.getPrototypeOf(reading.pack.messages)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('has an English message for every key, each valid ICU', () => {
    expect(checkPackMessages('de', ENGLISH_MESSAGES).problems).toEqual([]);
    expect(MESSAGE_KEYS.length).toBeGreaterThan(150);
  });
});

describe('finding a pack from what a record says a person speaks', () => {
  const packs = SHIPPED_PACKS.map((pack) => ({ locale: pack.locale, nameEnglish: pack.name.english, nameOwn: pack.name.own }));
  const locale = (text: string) => packForLanguage(text, packs)?.locale ?? null;
  it('reads English names, the language’s own name, and what is said around them', () => {
    expect(locale('Polish')).toBe('pl');
    expect(locale('polski')).toBe('pl');
    expect(locale('Română')).toBe('ro');
    expect(locale('Arabic (Sudanese)')).toBe('ar');
    expect(locale('العربية')).toBe('ar');
    expect(locale('Punjabi')).toBe('pa');
    expect(locale('Panjabi / Urdu')).toBe('pa');
    expect(locale('Urdu and some Punjabi')).toBe('ur');
    expect(locale('Bangla')).toBe('bn');
    expect(locale('Brazilian Portuguese')).toBe('pt');
    expect(locale('Af-Soomaali')).toBe('so');
    expect(locale('Tigrinya')).toBe('ti');
    expect(locale('Lietuvių')).toBe('lt');
  });
  it('guesses nothing for English, an unknown language, or Punjabi written in Shahmukhi', () => {
    expect(locale('English')).toBeNull();
    expect(locale('')).toBeNull();
    expect(locale('Kurdish (Sorani)')).toBeNull();
    expect(locale('Punjabi (Shahmukhi)')).toBeNull();
    expect(locale('Polishing')).toBeNull();
  });
});

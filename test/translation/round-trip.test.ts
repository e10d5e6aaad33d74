import { describe, expect, it } from 'vitest';
import { forRecipient } from '../../shared/audience/for-recipient';
import { familyRecipients } from '../../shared/audience/recipients';
import type { DocumentSource } from '../../shared/documents/source';
import { copySegments } from '../../shared/translation/segments';
import { translationStatus, usableTranslations } from '../../shared/translation/status';
import { translateCopy } from '../../shared/translation/translate-copy';
import { hashSegments } from '../../electron/translation/hash';
import { readTranslationFile, TranslationFileError, writeTranslationFile } from '../../electron/translation/xliff-file';
import { aContribution, aFamilySource, IDS, withLetter } from '../audience/family-source';

/**
 * The Brennan and Okafor family (test/audience/family-source.ts), invented for these tests, with
 * one worry kept from Dele and a child's words said only by Kai.
 */
const KEPT_FROM_DELE = 'Amara is frightened that Dele will find the new flat.';
const KAIS_WORDS = 'Kai said he likes the dinosaur night light.';
const STATEMENT_ID = '00000000-0000-4000-8aaa-000000000001';

function source(): DocumentSource {
  const base = aFamilySource();
  return withLetter({
    ...base,
    decisionRecord: {
      ...base.decisionRecord,
      statements: [
        { id: STATEMENT_ID, kind: 'danger', text: KEPT_FROM_DELE, pairedDangerId: null, inFamilysWords: false, whoseWords: '', restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [IDS.dele], childIds: [], sharedSummary: '' } },
      ] as DocumentSource['decisionRecord']['statements'],
    },
    capture: { ...base.capture, contributions: [aContribution(1, KAIS_WORDS, '10:05', { level: 'none' }, { speaker: { kind: 'child', childId: IDS.kai }, speakerName: 'Kai Okafor' })] },
  });
}

function copyFor(s: DocumentSource, recipientId: string) {
  const recipient = familyRecipients(s).find((r) => r.id === recipientId)!;
  return forRecipient(s, recipient);
}

const header = (recipientId: string) => ({ conferenceId: IDS.conference, recipientId, exportId: '00000000-0000-4000-8bbb-000000000001', language: 'pl' });

/** Fills every unit's target as a translator would, in the file's own XML. */
function fill(xml: string, translate: (english: string) => string): string {
  return xml.replace(/<source>([^<]*)<\/source>/gu, (_whole, english: string) => `<source>${english}</source>\n        <target>${translate(english)}</target>`);
}

describe('segments: the conference’s own words in one copy', () => {
  it('gives each text a stable id from where it comes from, not its position', () => {
    const ids = copySegments(copyFor(source(), IDS.amara).source).map((s) => s.id);
    expect(ids).toContain(`action:${IDS.actionBoth}:what`);
    expect(ids).toContain(`outcome:${IDS.outcomeBoth}:measure`);
    expect(ids).toContain(`visit:${IDS.tegan}:where`);
    expect(ids).toContain('plan:contingency');
    const reordered = source();
    const again = copySegments(copyFor({ ...reordered, decisionRecord: { ...reordered.decisionRecord, actions: [...reordered.decisionRecord.actions].reverse() } }, IDS.amara).source).map((s) => s.id);
    expect(new Set(again)).toEqual(new Set(ids));
  });

  it('never holds names, dates or ids as text to translate', () => {
    const sources = copySegments(copyFor(source(), IDS.amara).source).map((s) => s.source);
    expect(sources).not.toContain('Amara Brennan');
    expect(sources.some((s) => /^\d{4}-\d{2}-\d{2}$/u.test(s))).toBe(false);
  });

  it('holds nothing restricted from the recipient, nor another child’s words', async () => {
    const s = source();
    const forAmara = hashSegments(copySegments(copyFor(s, IDS.amara).source));
    const forDele = hashSegments(copySegments(copyFor(s, IDS.dele).source));
    expect(forAmara.map((x) => x.source)).toContain(KEPT_FROM_DELE);
    expect(forDele.map((x) => x.source)).not.toContain(KEPT_FROM_DELE);
    const delesFile = await writeTranslationFile(header(IDS.dele), forDele);
    expect(delesFile).not.toContain('frightened');
    expect(delesFile).not.toContain(STATEMENT_ID);
    // Tegan's own copy is hers: Kai's words are not in it.
    const tegansFile = await writeTranslationFile(header(IDS.tegan), hashSegments(copySegments(copyFor(s, IDS.tegan).source)));
    expect(tegansFile).not.toContain('dinosaur');
    expect(await writeTranslationFile(header(IDS.amara), forAmara)).toContain('dinosaur');
  });
});

describe('the XLIFF 2.0 file', () => {
  it('names the conference, recipient and export, and each unit’s hash', async () => {
    const segments = hashSegments(copySegments(copyFor(source(), IDS.amara).source));
    const xml = await writeTranslationFile(header(IDS.amara), segments);
    expect(xml).toMatch(/<xliff[^>]*version="2.0"[^>]*srcLang="en-GB"[^>]*trgLang="pl"/u);
    expect(xml).toContain(`<mda:meta type="conference-id">${IDS.conference}</mda:meta>`);
    expect(xml).toContain(`<mda:meta type="recipient-id">${IDS.amara}</mda:meta>`);
    const read = await readTranslationFile(xml);
    expect(read.header).toEqual(header(IDS.amara));
    expect(read.units.map((u) => [u.id, u.hash, u.source])).toEqual(segments.map((s) => [s.id, s.hash, s.source]));
    expect(read.units.every((u) => u.target === null)).toBe(true);
  });

  it('refuses garbage, XLIFF 1.2, a document type, a huge file, changed English, a lost hash and an id Confer never makes', async () => {
    const xml = await writeTranslationFile(header(IDS.amara), hashSegments(copySegments(copyFor(source(), IDS.amara).source)));
    const refusals = [
      'not xml at all',
      '<xliff version="1.2"><file original="x" source-language="en" target-language="pl"><body/></file></xliff>',
      `<!DOCTYPE x [<!ENTITY a "aaaa">]>${xml}`,
      `${xml}${' '.repeat(2_000_001)}`,
      xml.replace('Kai talks more', 'Kai talks less'),
      // A unit split into two segments by a tool.
      xml.replace('<source>Kai talks more</source>', '<source>Kai talks</source></segment><segment><source> more</source>'),
      xml.replace(/name="sha256:[0-9a-f]{64}"/u, 'name="something else"'),
      xml.replace(`id="action:${IDS.actionBoth}:what"`, 'id="&lt;script&gt;"'),
    ];
    for (const file of refusals) await expect(readTranslationFile(file)).rejects.toBeInstanceOf(TranslationFileError);
  });
});

describe('the round trip: export, translate, import, make the copy', () => {
  it('translates every segment, and translateCopy puts the translations in the copy and its letter', async () => {
    const s = source();
    const copy = copyFor(s, IDS.amara);
    const segments = hashSegments(copySegments(copy.source));
    const file = await readTranslationFile(fill(await writeTranslationFile(header(IDS.amara), segments), (english) => `PL ${english}`));
    const stored = file.units.map((u) => ({ segmentId: u.id, sourceHash: u.hash, target: u.target! }));
    const status = translationStatus(segments, stored, []);
    expect(status.complete).toBe(true);
    expect(status.counts.translated).toBe(segments.length);

    const translated = translateCopy(copy, usableTranslations(status)).source;
    expect(translated.decisionRecord.actions.find((a) => a.id === IDS.actionBoth)?.what).toBe('PL Sol visits every 10 working days.');
    expect(translated.decisionRecord.statements[0]?.text).toBe(`PL ${KEPT_FROM_DELE}`);
    expect(translated.letter.outlinePlan[0]?.outcome).toBe('PL Tegan and Kai are safe at home');
    expect(translated.letter.outlinePlan[0]?.actions[0]?.what).toBe('PL Sol visits every 10 working days.');
    expect(translated.letter.contingency).toBe(`PL ${s.decisionRecord.plan.contingency}`);
    expect(translated.capture.contributions[0]?.text).toBe(`PL ${KAIS_WORDS}`);
    // Names, dates and everything else stay as they were.
    expect(translated.conference).toEqual(copy.source.conference);
    expect(translated.letter.to).toEqual(copy.source.letter.to);
    expect(translated.decisionRecord.actions.map((a) => a.dueDate)).toEqual(copy.source.decisionRecord.actions.map((a) => a.dueDate));
  });

  it('marks a segment whose English changed as needing translation again, until the chair leaves it in English', async () => {
    const s = source();
    const segments = hashSegments(copySegments(copyFor(s, IDS.amara).source));
    const stored = segments.map((x) => ({ segmentId: x.id, sourceHash: x.hash, target: `PL ${x.source}` }));
    const changed: DocumentSource = withLetter({
      ...s,
      decisionRecord: { ...s.decisionRecord, actions: s.decisionRecord.actions.map((a) => (a.id === IDS.actionBoth ? { ...a, what: 'Sol visits every week.' } : a)) },
    });
    const copy = copyFor(changed, IDS.amara);
    const now = hashSegments(copySegments(copy.source));
    const status = translationStatus(now, stored, []);
    const id = `action:${IDS.actionBoth}:what`;
    expect(status.segments.find((x) => x.id === id)?.state).toBe('needs-translation-again');
    expect(status.counts['needs-translation-again']).toBe(1);
    expect(status.complete).toBe(false);
    // The old translation is never used for the new English.
    expect(translateCopy(copy, usableTranslations(status)).source.decisionRecord.actions.find((a) => a.id === IDS.actionBoth)?.what).toBe('Sol visits every week.');

    const leftInEnglish = translationStatus(now, stored, [id]);
    expect(leftInEnglish.segments.find((x) => x.id === id)?.state).toBe('left-in-english');
    expect(leftInEnglish.complete).toBe(true);
  });
});

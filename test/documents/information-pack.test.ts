import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText, readability } from '../../shared/language';
import { conferenceNames } from '../../shared/language-settings/names';
import { informationPackFor, informationPackRecipients, informationPackText } from '../../shared/documents/information-pack';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';
import { ADEYEMI, adeyemiConference, type AdeyemiConference } from '../support/family-side';
import { pdfStructText, pdfText } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { makeTempDir } from '../support/temp-dir';
import { gatherDocumentSource } from '../../electron/handlers/document-source';
import { createHandlerContext } from '../../electron/handlers/context';

let app: ReturnType<typeof startTestApplication>;
let family: AdeyemiConference;
const folder = makeTempDir();
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  app = startTestApplication();
  family = await adeyemiConference(app);
  // The reason is kept from Daniel: his pack says only what a conference is.
  await ok(app, 'saveInterpreter', { conferenceId: family.conferenceId, familyMemberId: family.grace, booked: true, name: 'Folake Bello' });
  await ok(app, 'saveFamilyReason', {
    conferenceId: family.conferenceId,
    reason: ADEYEMI.reason,
    restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [family.daniel], childIds: [], sharedSummary: '' },
  });
});
afterAll(() => {
  app.dispose();
  folder.remove();
});

async function make(recipientId: string, printSize: 'standard' | 'large' = 'standard') {
  const made = await ok(app, 'makeDocument', { conferenceId: family.conferenceId, kind: 'information-pack', recipientId, printSize });
  return { made, bytes: Buffer.from(made.pdfBase64, 'base64') };
}

describe('issue 17 item 1: the family’s information pack', () => {
  it('is offered to each parent or carer invited and each young person (10 or over), listed with the chair’s reason', async () => {
    const packs = await ok(app, 'getInformationPacks', { conferenceId: family.conferenceId });
    expect(packs.recipients.map((r) => [r.name, r.kind, r.lastMadeAt])).toEqual([
      ['Grace Adeyemi', 'parent-or-carer', null],
      ['Daniel Byrne', 'parent-or-carer', null],
      ['Amara Adeyemi', 'child', null],
    ]);
    expect(packs.reason).toMatchObject({ reason: ADEYEMI.reason, restriction: { level: 'not-for-named', familyMemberIds: [family.daniel] } });
  });

  it('is tagged, and holds the reason, when and where, who is invited, rights, the reports shared and the views form', async () => {
    const { made, bytes } = await make(family.grace);
    expect(made.pdfUaIdentifier).toBe(true);
    expect(made.fileName).toBe('information-pack-grace-adeyemi-2026-03-19.pdf');
    const report = await expectAccessiblePdf(bytes, folder.path, made.fileName, made.title);
    const text = flat(pdfText(report.file));
    const tree = flat(pdfStructText(report.file));
    for (const words of [
      'What is a child protection conference?',
      ADEYEMI.reason,
      'Thursday 19 March 2026 at 10:00',
      'Riverside Family Centre',
      `${ADEYEMI.advocate} (Parent advocate)`,
      `${ADEYEMI.chair} (the chair)`,
      'Daniel Byrne (parent or carer)',
      'We have booked an interpreter who speaks Yoruba for you.',
      'You can ask for a break',
      'say if you do not agree',
      `The report from ${ADEYEMI.socialWorker} (Children’s social care), given to you on Thursday 12 March 2026.`,
      'My views',
      'What are you worried about?',
    ]) {
      expect(text, words).toContain(words);
      expect(tree, words).toContain(words);
    }
    // Her own booking is told to her; the interpreter is not named.
    expect(text).not.toContain('Folake Bello');
    // The "my views" form is the last page, all of it on that one page.
    const lastPage = flat(execFileSync('pdftotext', ['-f', String(report.pages), '-l', String(report.pages), report.file, '-'], { encoding: 'utf8' }));
    expect(lastPage).toMatch(/^Made for [A-Za-z ]+\. Made on [A-Za-z0-9 ]+\. My views/);
    expect(lastPage).toContain('Is there anything else you want the meeting to know?');
  }, 120_000);

  it('never holds what is not for its recipient: the reason kept from Daniel, the advocate who supports only Grace', async () => {
    for (const printSize of ['standard', 'large'] as const) {
      const { made, bytes } = await make(family.daniel, printSize);
      const report = await expectAccessiblePdf(bytes, folder.path, made.fileName, made.title);
      const text = flat(pdfText(report.file));
      const tree = flat(pdfStructText(report.file));
      for (const kept of [ADEYEMI.reason, 'scared when there is shouting', ADEYEMI.advocate, 'Yoruba', 'Folake Bello']) {
        expect(text, `${kept} in the page text`).not.toContain(kept);
        expect(tree, `${kept} in the structure tree`).not.toContain(kept);
        expect(Buffer.from(bytes).toString('latin1')).not.toContain(kept);
      }
      expect(text).toContain('Your social worker will tell you why we are meeting.');
      const lastPage = flat(execFileSync('pdftotext', ['-f', String(report.pages), '-l', String(report.pages), report.file, '-'], { encoding: 'utf8' }));
      expect(lastPage, printSize).toMatch(/^Made for [A-Za-z ]+\. Made on [A-Za-z0-9 ]+\. My views/);
      expect(lastPage, printSize).toContain('Is there anything else you want the meeting to know?');
    }
  }, 180_000);

  it('a young person’s pack is written to them', async () => {
    const { made, bytes } = await make(family.amara);
    const report = await expectAccessiblePdf(bytes, folder.path, made.fileName, made.title);
    const text = flat(pdfText(report.file));
    expect(text).toContain('Made for Amara Adeyemi');
    expect(text).toContain('a meeting about keeping you safe and well');
    expect(text).toContain('Is anything worrying you?');
  }, 120_000);

  it('is listed in the documents made, with the date it went out, and against its recipient', async () => {
    const made = await ok(app, 'listDocumentExports', { conferenceId: family.conferenceId });
    const packs = made.filter((document) => document.kind === 'information-pack');
    expect(packs.length).toBeGreaterThanOrEqual(3);
    expect(packs.map((p) => p.recipientName)).toEqual(expect.arrayContaining(['Grace Adeyemi', 'Daniel Byrne', 'Amara Adeyemi']));
    for (const pack of packs) expect(Date.parse(pack.madeAt)).not.toBeNaN();
    const rows = app.db.prepare("SELECT recipient_id, made_at FROM document_export WHERE kind = 'information-pack'").all() as { recipient_id: string; made_at: string }[];
    expect(rows.every((row) => row.made_at.length > 0)).toBe(true);
    const listed = await ok(app, 'getInformationPacks', { conferenceId: family.conferenceId });
    expect(listed.recipients.every((r) => r.lastMadeAt !== null)).toBe(true);
  });

  it('refuses someone who cannot have a pack (a network member, a young child, another family’s parent), changing nothing', async () => {
    const other = await adeyemiConference(app);
    const before = databaseSnapshot(app);
    for (const recipientId of [family.ngozi, family.tobi, other.grace, null]) {
      const error = await refused(app, 'makeDocument', { conferenceId: family.conferenceId, kind: 'information-pack', recipientId });
      expect(error.kind, String(recipientId)).toBe('validation');
    }
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('the chair’s reason is one of the conference’s texts checked for the family’s wording', async () => {
    const other = await adeyemiConference(app);
    const before = await ok(app, 'getLanguageSummary', { conferenceId: other.conferenceId });
    await ok(app, 'saveFamilyReason', { conferenceId: other.conferenceId, reason: 'There were concerns about neglect.', restriction: { level: 'none' } });
    const after = await ok(app, 'getLanguageSummary', { conferenceId: other.conferenceId });
    expect(after.textsChecked).toBe(before.textsChecked + 1);
  });

  it('refuses a marking that names someone of another family', async () => {
    const other = await adeyemiConference(app);
    const error = await refused(app, 'saveFamilyReason', {
      conferenceId: family.conferenceId,
      reason: 'Anything',
      restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [other.grace], childIds: [], sharedSummary: '' },
    });
    expect(error).toMatchObject({ kind: 'validation', fields: { 'restriction.familyMemberIds.0': expect.any(String) } });
  });

  it('reads at the family’s reading age (9 to 11) with no error-level wording findings, for every recipient', () => {
    const context = createHandlerContext(app.db, 'test-user', app.backups, () => new Date('2026-03-01T12:00:00Z'), undefined as never, 0, undefined as never);
    const source = gatherDocumentSource(context, family.conferenceId);
    for (const recipient of informationPackRecipients(source)) {
      const text = informationPackText(informationPackFor(source, recipient.id).model).join('\n');
      const findings = checkText(text, { audience: 'family', ...conferenceNames(source.conference) });
      expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.text}`), recipient.name).toEqual([]);
      const scores = readability(text);
      expect(scores.readingAge, recipient.name).not.toBeNull();
      expect(scores.readingAge ?? Infinity, recipient.name).toBeLessThanOrEqual(11);
      expect(scores.averageSentenceWords ?? Infinity).toBeLessThanOrEqual(15);
    }
  });
});

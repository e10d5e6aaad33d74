/** @jsxRuntime automatic @jsxImportSource react */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordDocument } from '../../electron/pdf/documents/record';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { PRINT_SIZES } from '../../electron/pdf/styles';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { buildFamilyPlan, familyPlanRecipients, familyPlanText } from '../../shared/documents/family-plan';
import type { DocumentSource } from '../../shared/documents/source';
import { startTestApplication } from '../support/app';
import { ok } from '../support/calls';
import { pdfText } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';

/**
 * A conference held but not finalised may still have a contribution whose speaker is not chosen
 * (issue 14 item 1); a preview of its documents says so in words. A finalised conference cannot
 * have one (the database refuses to finalise it).
 */
const NOBODY_INFORMATION = 'The school nurse has seen Leo twice this term and his weight is now on track.';
const NOBODY_CHILD_VIEW = 'Ruby wants to keep going to her nan’s on Tuesdays after school.';

const folder = makeTempDir('confer-speaker-not-recorded-');
let source: DocumentSource;
beforeAll(async () => {
  registerDocumentFonts();
  const app = startTestApplication();
  try {
    const held = await ok(app, 'loadExampleConference', { stage: 'held' });
    const item = (kind: string) => held.agenda.find((a) => a.kind === kind)?.id ?? '';
    const unspoken = (agendaKind: string, kind: string, text: string) =>
      ok(app, 'saveContribution', { id: randomUUID(), conferenceId: held.id, agendaItemId: item(agendaKind), speaker: { kind: 'not-yet-chosen' }, kind, text, spokenAt: '11:48' });
    await unspoken('agency-information', 'information', NOBODY_INFORMATION);
    await unspoken('child-views', 'child-view', NOBODY_CHILD_VIEW);
    const ref = { conferenceId: held.id };
    source = {
      conference: await ok(app, 'getConference', ref),
      capture: await ok(app, 'getCapture', ref),
      decisionRecord: await ok(app, 'getDecisionRecord', ref),
      letter: await ok(app, 'getDecisionLetter', ref),
      settings: await ok(app, 'getAuthoritySettings', {}),
      madeOn: '2026-03-20',
    };
  } finally {
    app.dispose();
  }
}, 60_000);
afterAll(() => folder.remove());

describe('a preview made before every speaker is chosen', () => {
  it('the record says “Speaker not recorded” before the words', async () => {
    const rendered = await renderTaggedPdf(<RecordDocument source={source} printSize={PRINT_SIZES.standard} />);
    const file = join(folder.path, 'record.pdf');
    writeFileSync(file, rendered.bytes);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain(`Speaker not recorded, 11:48, information: ${NOBODY_INFORMATION}`);
    expect(text).not.toContain('Speaker not yet chosen');
  }, 60_000);

  it('the family’s plan says someone at the meeting passed the child’s views on, speaker not recorded', () => {
    for (const recipient of familyPlanRecipients(source)) {
      const text = familyPlanText(buildFamilyPlan(source, recipient.id)).join('\n');
      expect(text).toContain(`Someone at the meeting (speaker not recorded) told us: ${NOBODY_CHILD_VIEW}`);
      expect(text).not.toContain('Speaker not yet chosen');
    }
  });
});

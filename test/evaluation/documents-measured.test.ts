import { afterEach, beforeEach, expect, test } from 'vitest';
import { evaluationFigures } from '../../electron/handlers/evaluation';
import { EvaluationFilterSchema } from '../../shared/evaluation/figures';
import { startTestApplication } from '../support/app';
import { ok } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
let conferenceId: string;

beforeEach(async () => {
  app = startTestApplication();
  conferenceId = (await ok(app, 'loadExampleConference', { stage: 'held' })).id;
});
afterEach(() => app.dispose());

test('a family’s plan made records how it read, as its check showed, and the figures count it for its recipient', async () => {
  const { recipients } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: null });
  const parent = recipients.find((r) => r.description === 'Parent or carer')!;
  const { check } = await ok(app, 'checkFamilyPlan', { conferenceId, recipientId: parent.id });
  await ok(app, 'makeDocument', { conferenceId, kind: 'family-plan', recipientId: parent.id, printSize: 'standard' });
  const row = app.db.prepare('SELECT words, reading_age, reading_age_target, wording_findings FROM document_export WHERE conference_id = ?').get(conferenceId) as Record<string, number>;
  expect(row['words']).toBe(check!.words);
  expect(row['reading_age']).toBe(check!.readingAge);
  expect(row['reading_age_target']).toBe(check!.readingAgeTarget);
  expect(row['wording_findings']).toBe(check!.errors.length + check!.warnings);

  const figures = evaluationFigures(app.db, EvaluationFilterSchema.parse({}));
  expect(figures.documentsByRecipient['parent-or-carer']).toBe(1);
  expect(figures.language.measured).toBe(1);
  expect(figures.wordingByMonth).toEqual([expect.objectContaining({ documents: 1, words: check!.words })]);
}, 60_000);

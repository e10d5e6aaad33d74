import { afterEach, describe, expect, it } from 'vitest';
import { REFUSALS } from '../../electron/handlers/evaluation';
import { canonicalJson, digestInput } from '../../shared/evaluation/file';
import { createHash } from 'node:crypto';
import { startTestApplication, trusted } from '../support/app';
import { fillEvaluationCaseload } from '../support/evaluation-caseload';

const apps: ReturnType<typeof startTestApplication>[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.dispose();
});

function laptop(withCaseload: boolean) {
  const app = startTestApplication();
  apps.push(app);
  if (withCaseload) fillEvaluationCaseload(app.db);
  return app;
}

async function call(app: ReturnType<typeof startTestApplication>, name: Parameters<typeof app.dispatch>[0], input: unknown) {
  return app.dispatch(name, input, trusted);
}

async function exported(app: ReturnType<typeof startTestApplication>): Promise<string> {
  const result = await call(app, 'exportEvaluationFile', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { content: string }).content;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** A file changed and sealed again with a correct digest: only the schema can refuse it. */
function resealed(content: string, change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(content) as Record<string, unknown> & { format: string; version: number; figures: never };
  change(file);
  file['digest'] = sha256(digestInput(file));
  return JSON.stringify(file);
}

function stateOf(app: ReturnType<typeof startTestApplication>) {
  return {
    imports: app.db.prepare('SELECT count(*) AS n FROM evaluation_import').get(),
    audit: app.db.prepare('SELECT count(*) AS n FROM audit_event').get(),
  };
}

describe('the evaluation file: one laptop’s figures, imported on another', () => {
  it('holds the format marker, version, counts only and a digest; imports once and shows the combined figures', async () => {
    const chair = laptop(true);
    const content = await exported(chair);
    const file = JSON.parse(content) as { format: string; version: number; digest: string; figures: { conferences: number } };
    expect(file.format).toBe('confer-evaluation');
    expect(file.version).toBe(1);
    expect(file.digest).toBe(sha256(digestInput(file)));
    expect(file.figures.conferences).toBe(5);
    for (const name of ['Okafor', 'Dami', 'Ada', 'Lindqvist', 'P-1001', 'Thank you', 'North']) expect(content).not.toContain(name);

    const authority = laptop(false);
    const first = await call(authority, 'importEvaluationFile', { content });
    expect(first).toEqual({ ok: true, value: { alreadyImported: false, conferences: 5 } });
    const again = await call(authority, 'importEvaluationFile', { content });
    expect(again).toEqual({ ok: true, value: { alreadyImported: true, conferences: 5 } });

    const other = laptop(true);
    other.db.prepare("DELETE FROM family_feedback WHERE id = 'fb2'").run();
    await call(authority, 'importEvaluationFile', { content: await exported(other) });
    const imports = await call(authority, 'getEvaluationImports', {});
    if (!imports.ok) throw new Error(imports.error.message);
    const value = imports.value as { files: unknown[]; combined: { conferences: number; feedbackForms: number } };
    expect(value.files).toHaveLength(2);
    expect(value.combined.conferences).toBe(10);
    expect(value.combined.feedbackForms).toBe(3);
  });

  it('refuses a file that is not ours, from a newer version, altered, or holding a name or free text, and changes nothing', async () => {
    const content = await exported(laptop(true));
    const authority = laptop(false);
    const before = stateOf(authority);
    const refusals: [string, string][] = [
      ['not JSON at all', REFUSALS.notOurs],
      [JSON.stringify({ hello: 'world' }), REFUSALS.notOurs],
      ['[1,2,3]', REFUSALS.notOurs],
      [resealed(content, (f) => (f['version'] = 2)), REFUSALS.newer],
      [content.replace('"conferences": 5', '"conferences": 6'), REFUSALS.altered],
      [resealed(content, (f) => ((f['figures'] as Record<string, unknown>)['surname'] = 'Okafor')), REFUSALS.personal],
      [resealed(content, (f) => ((f['figures'] as Record<string, unknown>)['conferences'] = 'Dami Okafor')), REFUSALS.personal],
      [resealed(content, (f) => ((f['figures'] as { wordingByMonth: unknown[] }).wordingByMonth = [{ month: 'Ada', documents: 1, words: 1, findings: 1 }])), REFUSALS.personal],
      [resealed(content, (f) => (f['note'] = 'From the North team')), REFUSALS.personal],
      [resealed(content, (f) => ((f['figures'] as { conferences: number }).conferences = -1)), REFUSALS.personal],
    ];
    for (const [bad, message] of refusals) {
      const result = await call(authority, 'importEvaluationFile', { content: bad });
      expect(result, bad.slice(0, 60)).toMatchObject({ ok: false, error: { kind: 'validation', message } });
    }
    const huge = await call(authority, 'importEvaluationFile', { content: 'x'.repeat(300_000) });
    expect(huge.ok).toBe(false);
    const wrongType = await call(authority, 'importEvaluationFile', { content: 42 });
    expect(wrongType.ok).toBe(false);
    expect(stateOf(authority)).toEqual(before);
  });

  it('works the digest out on a canonical form, whatever the order of the keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});

import { describe, expect, it } from 'vitest';
import { withSelected } from '../../db/evaluation/figures';
import { evaluationFigures } from '../../electron/handlers/evaluation';
import { EvaluationFilterSchema } from '../../shared/evaluation/figures';
import { evaluationCaseload } from '../support/evaluation-caseload';

const filters = [{}, { from: '2026-01-01', to: '2026-12-31' }, { team: 'North' }, { type: 'review' }, { chairId: null, team: 'South' }].map((filter) =>
  EvaluationFilterSchema.parse(filter),
);
const chosen = (db: ReturnType<typeof evaluationCaseload>) => db.prepare('SELECT count(*) AS n FROM temp.evaluation_selected').get() as { n: number };

/** The conferences are chosen once per call into a temporary table (db/evaluation/figures.ts). */
describe('choosing the conferences once per call', () => {
  it('gives each filter its own figures, whatever was asked before, and keeps no choice after', () => {
    const fresh = filters.map((filter) => evaluationFigures(evaluationCaseload(), filter));
    const db = evaluationCaseload();
    for (const [index, filter] of [...filters.entries(), ...[...filters.entries()].reverse()]) {
      expect(evaluationFigures(db, filter), JSON.stringify(filter)).toEqual(fresh[index]);
      expect(chosen(db).n).toBe(0);
    }
  });

  it('counts what is on the laptop now: a conference held since the last call is counted', () => {
    const db = evaluationCaseload();
    const before = evaluationFigures(db, filters[0]!);
    db.prepare("UPDATE conference SET held_date = scheduled_date, held_time = scheduled_time WHERE held_date IS NULL AND status <> 'finalised'").run();
    const after = evaluationFigures(db, filters[0]!);
    expect(after.conferences).toBe(before.conferences);
    expect(after.room.conferencesHeld).toBe(before.room.conferencesHeld + 1);
  });

  it('gives the same figures inside another transaction, and leaves nothing chosen when the counting fails', () => {
    const db = evaluationCaseload();
    const alone = evaluationFigures(db, filters[1]!);
    expect(db.transaction(() => evaluationFigures(db, filters[1]!))()).toEqual(alone);
    expect(() =>
      withSelected(db, filters[0]!, () => {
        throw new Error('counting failed');
      }),
    ).toThrow('counting failed');
    expect(chosen(db).n).toBe(0);
    expect(db.inTransaction).toBe(false);
    expect(evaluationFigures(db, filters[1]!)).toEqual(alone);
  });
});

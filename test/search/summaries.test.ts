import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceSummary } from '../../shared/conference/schema';
import { localIsoDate } from '../../shared/dates/local-date';
import { findConference } from '../../db/conference/queries';
import { assembleConference, mostPressingDeadline } from '../../electron/handlers/assemble';
import type { HandlerContext } from '../../electron/handlers/context';
import { anInitialConference } from '../support/builders';
import { startTestApplication } from '../support/app';
import { ok } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
beforeEach(() => {
  app = startTestApplication();
});
afterEach(() => app.dispose());

const DAY = 24 * 60 * 60 * 1000;
const dayFrom = (offset: number) => localIsoDate(new Date(Date.now() + offset * DAY));

/** What the home screen showed before the summaries were worked out in bulk: one conference at a time. */
function oneByOne(): ConferenceSummary[] {
  const context = { db: app.db, now: () => new Date(), actor: 'test-user', newId: randomUUID } as unknown as HandlerContext;
  const today = localIsoDate(new Date());
  const ids = app.db.prepare('SELECT id FROM conference ORDER BY scheduled_date, scheduled_time, created_at').pluck().all() as string[];
  return ids.map((id) => {
    const row = findConference(app.db, id);
    if (!row) throw new Error('missing conference');
    const detail = assembleConference(context, row, today);
    return {
      id: row.id,
      type: row.type,
      status: detail.status,
      scheduledDate: row.scheduled_date,
      scheduledTime: row.scheduled_time,
      children: detail.children.map((child) => ({ id: child.id, displayName: child.displayName, isUnborn: child.isUnborn })),
      attention: mostPressingDeadline(detail.deadlines),
      held: detail.held,
    };
  });
}

describe('the home screen’s summaries, worked out for the whole caseload at once', () => {
  it('are the same as working out each conference on its own, for every kind of timescale', async () => {
    const types = ['initial', 'review', 'pre-birth-initial', 'transfer-in'] as const;
    const professional = await ok(app, 'createProfessional', { professional: { name: 'Pat Example', role: 'Health visitor', agency: 'health-visiting' } });
    const made: string[] = [];
    for (let i = 0; i < 24; i += 1) {
      const type = types[i % types.length] ?? 'initial';
      const conference = await ok(app, 'createConference', anInitialConference({ type, scheduledDate: dayFrom((i % 9) * 4 - 12), scheduledTime: '10:00' }));
      made.push(conference.id);
      // Trigger dates that put the deadlines in the past, near, and far; a few with none at all.
      if (i % 6 !== 5) app.db.prepare('UPDATE conference SET trigger_date = ? WHERE id = ?').run(dayFrom(-40 + i * 3), conference.id);
      // Reviews after a review count six months, after an initial conference three.
      if (type === 'review' && i >= 4) app.db.prepare('UPDATE conference SET previous_conference_id = ? WHERE id = ?').run(made[i - (i % 8 === 1 ? 4 : 1)], conference.id);
      if (i % 3 === 0) {
        await ok(app, 'saveAgencyReport', {
          conferenceId: conference.id,
          professionalId: professional.id,
          receivedDate: dayFrom(-20),
          sharedWithFamily: i % 2 === 0 ? 'yes' : 'not-yet',
          sharedDate: i % 2 === 0 ? dayFrom(-15 + i) : null,
        });
      }
    }
    const summaries = await ok(app, 'listConferences', {});
    expect(summaries).toHaveLength(24);
    expect(summaries).toEqual(oneByOne());
    expect(new Set(summaries.map((s) => s.attention?.status ?? 'none')).size).toBeGreaterThan(2);
  });

  it('list each family’s children, born and unborn, in their order, with each of the family’s conferences', async () => {
    const first = await ok(app, 'createConference', anInitialConference());
    app.db
      .prepare(`INSERT INTO conference (id, family_id, type, scheduled_date, scheduled_time, previous_conference_id, created_at, updated_at)
                VALUES (?, ?, 'review', '2026-06-18', '10:00', ?, '2026-03-20T10:00:00Z', '2026-03-20T10:00:00Z')`)
      .run(randomUUID(), first.familyId, first.id);
    const summaries = await ok(app, 'listConferences', {});
    expect(summaries).toHaveLength(2);
    for (const summary of summaries) {
      expect(summary.children.map((c) => c.displayName)).toEqual(['Ruby Price', 'Leo Mills', 'Unborn baby Mills']);
      expect(summary.children.map((c) => c.isUnborn)).toEqual([false, false, true]);
    }
    expect(summaries).toEqual(oneByOne());
  });
});

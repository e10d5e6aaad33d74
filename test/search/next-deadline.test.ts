import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { ConferenceSummary } from '../../shared/conference/schema';
import { localIsoDate } from '../../shared/dates/local-date';
import type { DueFilter } from '../../shared/search/schema';
import { findConference } from '../../db/conference/queries';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase } from '../../db/open';
import { startApplication, type Application } from '../../electron/handlers/app';
import { assembleConference, mostPressingDeadline } from '../../electron/handlers/assemble';
import type { HandlerContext } from '../../electron/handlers/context';
import { silentLogger } from '../../electron/log/logger';
import { examplePeople, recordExampleDecisions, recordExamplePlan } from '../decision/example';
import { anInitialConference } from '../support/builders';
import { finaliseHeld, ok } from '../support/calls';
import { makeTempDir } from '../support/temp-dir';

/**
 * The deadline filters ("Due soon", "Overdue") compare each conference's stored next open
 * deadline (migration 0011) with today in SQL. Before, they worked out every conference's
 * deadlines in JavaScript; these tests hold the two to exactly the same answers, day after day,
 * through every kind of change that moves a deadline.
 */

const DAY = 24 * 60 * 60 * 1000;
// A Monday before Christmas, so the "due soon" window crosses Christmas Day and Boxing Day.
const BASE = Date.parse('2026-12-14T12:00:00Z');
const dayFrom = (offset: number) => localIsoDate(new Date(BASE + offset * DAY));

let clock = new Date(BASE);
let dir: ReturnType<typeof makeTempDir> | undefined;
let key = randomBytes(32);
let app: Application | undefined;

function start(): Application {
  dir ??= makeTempDir();
  app = startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger, key, backupEveryHours: 0, appLock: false, now: () => clock });
  return app;
}

afterEach(() => {
  app?.close();
  dir?.remove();
  app = undefined;
  dir = undefined;
  key = randomBytes(32);
  clock = new Date(BASE);
});

const FILTERS: readonly Exclude<DueFilter, 'any'>[] = ['due-soon', 'overdue', 'due-soon-or-overdue'];
const passes = (attention: ConferenceSummary['attention'], due: Exclude<DueFilter, 'any'>) =>
  attention !== null && (due === 'due-soon-or-overdue' ? attention.status !== 'upcoming' : attention.status === due);

/** What each conference needs attention for today, worked out one conference at a time as before (assemble.ts). */
function attentionOneByOne(application: Application): Map<string, ConferenceSummary['attention']> {
  const context = { db: application.db, now: () => clock, actor: 'test-user', newId: randomUUID } as unknown as HandlerContext;
  const today = localIsoDate(clock);
  const ids = application.db.prepare('SELECT id FROM conference').pluck().all() as string[];
  return new Map(
    ids.map((id) => {
      const row = findConference(application.db, id);
      if (!row) throw new Error('missing conference');
      return [id, mostPressingDeadline(assembleConference(context, row, today).deadlines)] as const;
    }),
  );
}

/**
 * Every deadline filter, alone and with the other filters and words, compared with the caseload
 * in the same order filtered by the old JavaScript computation: the same conferences, in the same
 * order, the same totals and pages, and the same attention shown.
 */
async function expectFiltersAsBefore(application: Application, label: string): Promise<number> {
  const attention = attentionOneByOne(application);
  let found = 0;
  for (const extra of [{}, { type: 'review' }, { status: 'finalised' }, { text: 'Testwood' }]) {
    const all = await ok(application, 'searchCaseload', { ...extra, due: 'any', limit: 200 });
    for (const due of FILTERS) {
      const expected = all.results.map((r) => r.conference.id).filter((id) => passes(attention.get(id) ?? null, due));
      const got = await ok(application, 'searchCaseload', { ...extra, due, limit: 200 });
      const where = `${label}, ${localIsoDate(clock)}, ${due}, ${JSON.stringify(extra)}`;
      expect(got.results.map((r) => r.conference.id), where).toEqual(expected);
      expect(got.total, where).toBe(expected.length);
      for (const result of got.results) expect(result.conference.attention, where).toEqual(attention.get(result.conference.id));
      const page = await ok(application, 'searchCaseload', { ...extra, due, offset: 3, limit: 4 });
      expect(page.results.map((r) => r.conference.id), where).toEqual(expected.slice(3, 7));
      expect(page.total, where).toBe(expected.length);
      found += expected.length;
    }
  }
  return found;
}

/** The stored next deadline is the due date of the most pressing open deadline, whatever today is. */
function expectStoredAsWorkedOut(application: Application): void {
  const attention = attentionOneByOne(application);
  const stored = application.db.prepare('SELECT conference_id, next_due, stale FROM conference_deadline').all() as { conference_id: string; next_due: string | null; stale: number }[];
  expect(stored.map((s) => s.conference_id).sort()).toEqual([...attention.keys()].sort());
  for (const row of stored) {
    expect(row.stale, row.conference_id).toBe(0);
    expect(row.next_due, row.conference_id).toBe(attention.get(row.conference_id)?.due ?? null);
  }
}

const staleCount = (application: Application) => application.db.prepare('SELECT count(*) FROM conference_deadline WHERE stale = 1').pluck().get();
const storedDeadlines = (application: Application) => application.db.prepare('SELECT * FROM conference_deadline ORDER BY conference_id').all();

interface Made {
  readonly conferences: ConferenceDetail[];
  readonly notYetReport: { conferenceId: string; professionalId: string };
}

/**
 * A varied caseload: every type; first and later reviews; no trigger date; dates from a month
 * ago to a month ahead; reports none, shared on time, shared late, not yet shared, not shared at
 * all; finalised conferences held on time, late and within the dissent window; the example
 * conference finalised through sign-off and its review started from it.
 */
async function variedCaseload(application: Application): Promise<Made> {
  const types = ['initial', 'review', 'pre-birth-initial', 'transfer-in'] as const;
  const professional = await ok(application, 'createProfessional', { professional: { name: 'Pat Example', role: 'Health visitor', agency: 'health-visiting' } });
  const other = await ok(application, 'createProfessional', { professional: { name: 'Sam Teacher', role: 'Teacher', agency: 'school-or-early-years' } });
  const conferences: ConferenceDetail[] = [];
  let notYetReport = { conferenceId: '', professionalId: '' };
  for (let i = 0; i < 40; i += 1) {
    const type = types[i % types.length] ?? 'initial';
    const offset = ((i * 7) % 61) - 30;
    const children = i % 3 === 0 ? [{ status: 'born' as const, givenName: 'Kestrel', familyName: 'Testwood', dateOfBirth: '2019-05-01' }] : undefined;
    const made = await ok(application, 'createConference', anInitialConference({ type, scheduledDate: dayFrom(offset), scheduledTime: '10:00', ...(children ? { children } : {}) }));
    conferences.push(made);
    if (i % 9 !== 8) {
      // Before an initial conference, days to weeks; before a review, the previous conference months ago.
      const triggerDate = dayFrom(type === 'review' ? offset - 75 - (i % 5) * 25 : offset - ((i * 3) % 25));
      await ok(application, 'updateConferenceDetails', { conferenceId: made.id, details: { ...made.details, triggerDate, delayReason: 'The family asked for a later date.' } });
    }
    // A review after a review counts six months; after an initial conference, three.
    if (type === 'review' && i >= 4) {
      application.db.prepare('UPDATE conference SET previous_conference_id = ? WHERE id = ?').run(conferences[i - (i % 8 === 1 ? 4 : 1)]?.id, made.id);
    }
    const report = (professionalId: string, sharedWithFamily: string, sharedDate: string | null) =>
      ok(application, 'saveAgencyReport', {
        conferenceId: made.id,
        professionalId,
        receivedDate: dayFrom(offset - 10),
        sharedWithFamily,
        sharedDate,
        notSharedReason: sharedWithFamily === 'no' || sharedWithFamily === 'in-part' ? 'It holds third-party information.' : '',
      });
    switch (i % 5) {
      case 1:
        await report(professional.id, 'yes', dayFrom(offset - 8)); // on time
        break;
      case 2:
        await report(professional.id, 'in-part', dayFrom(offset - 1)); // late: done, but done late
        break;
      case 3:
        await report(professional.id, 'not-yet', null);
        notYetReport = { conferenceId: made.id, professionalId: professional.id };
        break;
      case 4:
        await report(professional.id, 'no', null);
        await report(other.id, 'yes', dayFrom(offset - 6));
        break;
      default:
        break;
    }
    // Held: finalised counts as held, on time or late, whatever the reports say.
    if (i % 6 === 0 && offset <= 0) application.db.prepare("UPDATE conference SET status = 'finalised', held_date = scheduled_date, held_time = scheduled_time WHERE id = ?").run(made.id);
    // Held and being written up (issue 15): the deadlines after the meeting, and the dissent window.
    if (i % 6 === 3 && offset <= 0) await ok(application, 'markConferenceHeld', { conferenceId: made.id, held: { date: dayFrom(offset), time: '09:30' } });
  }
  // Held yesterday and finalised: still within the 72-hour dissent window.
  const yesterday = await ok(application, 'createConference', anInitialConference({ scheduledDate: dayFrom(-1), scheduledTime: '14:00' }));
  await ok(application, 'updateConferenceDetails', { conferenceId: yesterday.id, details: { ...yesterday.details, triggerDate: dayFrom(-20), delayReason: 'Rearranged.' } });
  application.db.prepare("UPDATE conference SET status = 'finalised', held_date = scheduled_date, held_time = scheduled_time WHERE id = ?").run(yesterday.id);
  // The example conference signed off through the application, and its review started from it.
  const example = await ok(application, 'loadExampleConference', {});
  examplePeople(example);
  await recordExampleDecisions(application, example);
  await recordExamplePlan(application, example);
  await finaliseHeld(application, example.id);
  await ok(application, 'startReview', { previousConferenceId: example.id });
  // As they are now, after their dates, reports and sign-off.
  const now: ConferenceDetail[] = [];
  for (const made of conferences) now.push(await ok(application, 'getConference', { conferenceId: made.id }));
  return { conferences: now, notYetReport };
}

describe('the deadline filters, in SQL', () => {
  it('give exactly what working out every conference’s deadlines in JavaScript gave, on every day of six weeks', async () => {
    const application = start();
    await variedCaseload(application);
    const seen = new Set<string>();
    let found = 0;
    for (let offset = -21; offset <= 21; offset += 1) {
      clock = new Date(BASE + offset * DAY);
      found += await expectFiltersAsBefore(application, 'six weeks');
      for (const a of attentionOneByOne(application).values()) seen.add(a?.status ?? 'none');
    }
    // The set really is varied: every status occurs, and the filters found plenty.
    expect([...seen].sort()).toEqual(['due-soon', 'none', 'overdue', 'upcoming']);
    expect(found).toBeGreaterThan(500);
    // 43 days of every conference assembled one by one, after-meeting deadlines included: slow on
    // a busy two-core machine, so it has its own time limit.
  }, 90_000);

  it('store due dates, not statuses, so nothing goes out of date as the days pass', async () => {
    const application = start();
    await variedCaseload(application);
    await ok(application, 'searchCaseload', { due: 'overdue' });
    expectStoredAsWorkedOut(application);
    const stored = storedDeadlines(application);
    for (const offset of [1, 7, 30, 200]) {
      clock = new Date(BASE + offset * DAY);
      await expectFiltersAsBefore(application, `${offset} days on`);
      expect(storedDeadlines(application)).toEqual(stored);
    }
  });

  it('follow every change that moves a deadline, made through the application, in the change’s own transaction', async () => {
    const application = start();
    const { conferences, notYetReport } = await variedCaseload(application);
    // Everything made through the application is worked out as it is saved; the direct SQL in
    // variedCaseload (previous conferences, finalising) is worked out before the filters read.
    await ok(application, 'searchCaseload', { due: 'overdue' });
    expect(staleCount(application)).toBe(0);
    const target = conferences.find((c) => c.status !== 'finalised' && c.details.triggerDate !== null && c.details.type === 'initial');
    if (!target) throw new Error('no conference to change');

    const changes: [string, () => Promise<unknown>][] = [
      ['a trigger date', () => ok(application, 'updateConferenceDetails', { conferenceId: target.id, details: { ...target.details, triggerDate: dayFrom(-25), delayReason: 'Rearranged.' } })],
      ['a conference date', () => ok(application, 'updateConferenceDetails', { conferenceId: target.id, details: { ...target.details, scheduledDate: dayFrom(4), triggerDate: dayFrom(-2), delayReason: '' } })],
      ['the type', () => ok(application, 'updateConferenceDetails', { conferenceId: target.id, details: { ...target.details, type: 'transfer-in', scheduledDate: dayFrom(4), triggerDate: dayFrom(-2), delayReason: '' } })],
      ['a report shared', () => ok(application, 'saveAgencyReport', { ...notYetReport, receivedDate: dayFrom(-3), sharedWithFamily: 'yes', sharedDate: dayFrom(-1), notSharedReason: '' })],
      [
        'a report removed',
        () => {
          const reportId = application.db.prepare('SELECT id FROM agency_report WHERE conference_id = ? AND professional_id = ?').pluck().get(notYetReport.conferenceId, notYetReport.professionalId);
          return ok(application, 'removeAgencyReport', { reportId });
        },
      ],
      ['a report added, not yet shared', () => ok(application, 'saveAgencyReport', { ...notYetReport, conferenceId: target.id, receivedDate: null, sharedWithFamily: 'not-yet', sharedDate: null, notSharedReason: '' })],
    ];
    for (const [what, change] of changes) {
      await change();
      expect(staleCount(application), what).toBe(0);
      expectStoredAsWorkedOut(application);
      for (const offset of [-1, 0, 3]) {
        clock = new Date(BASE + offset * DAY);
        await expectFiltersAsBefore(application, what);
      }
      clock = new Date(BASE);
    }
  });

  it('are worked out again for every conference when the authority changes its timescales or adds a bank holiday', async () => {
    const application = start();
    await variedCaseload(application);
    await ok(application, 'searchCaseload', { due: 'overdue' });
    const before = storedDeadlines(application);
    const settings = await ok(application, 'getAuthoritySettings', {});

    // A setting that moves no due date changes nothing stored.
    await ok(application, 'updateAuthoritySettings', { settings: { ...settings, idleLockMinutes: settings.idleLockMinutes === 10 ? 15 : 10 } });
    expect(storedDeadlines(application)).toEqual(before);
    // Nor does the warning period: it is applied to today when searching.
    await ok(application, 'updateAuthoritySettings', { settings: { ...settings, dueSoonWorkingDays: 2 } });
    expect(storedDeadlines(application)).toEqual(before);
    await expectFiltersAsBefore(application, 'two days’ warning');

    const changes = [
      { ...settings, initialConferenceWorkingDays: 10, reportsToFamilyWorkingDays: { initial: 2, review: 4 } },
      { ...settings, extraBankHolidays: [{ date: dayFrom(1), name: 'A day for the authority' }, { date: dayFrom(-9), name: 'Another' }] },
      { ...settings, laterReviewMonths: 5, firstReviewMonths: 2, removedBankHolidays: [dayFrom(11)] },
    ];
    for (const changed of changes) {
      await ok(application, 'updateAuthoritySettings', { settings: changed });
      expect(staleCount(application)).toBe(0);
      expectStoredAsWorkedOut(application);
      for (const offset of [-10, -1, 0, 2, 9]) {
        clock = new Date(BASE + offset * DAY);
        await expectFiltersAsBefore(application, JSON.stringify(changed).slice(0, 40));
      }
      clock = new Date(BASE);
    }
    expect(storedDeadlines(application)).not.toEqual(before);
  });

  it('work out, before filtering, anything changed behind the application’s back', async () => {
    const application = start();
    const { conferences } = await variedCaseload(application);
    const open = conferences.filter((c) => c.status !== 'finalised');
    application.db.prepare('UPDATE conference SET trigger_date = ? WHERE id = ?').run(dayFrom(-40), open[0]?.id);
    application.db.prepare('UPDATE conference SET trigger_date = NULL WHERE id = ?').run(open[1]?.id);
    application.db.prepare("UPDATE authority_settings SET settings = json_set(settings, '$.transferInWorkingDays', 5)").run();
    expect(staleCount(application)).toBeGreaterThan(0);
    await expectFiltersAsBefore(application, 'behind the back');
    expect(staleCount(application)).toBe(0);
    expectStoredAsWorkedOut(application);
  });
});

describe('the stored next deadlines when the application starts', () => {
  it('are worked out for conferences from before migration 0011 (the backfill)', async () => {
    let application = start();
    await variedCaseload(application);
    application.close();
    // As migration 0011 leaves an existing database: every row to work out, no rules checked.
    const db = openDatabase({ file: `${dir?.path}/${DATABASE_FILE_NAME}`, key });
    db.exec('UPDATE conference_deadline SET next_due = NULL, next_key = NULL, stale = 1; DELETE FROM deadline_rules;');
    closeDatabase(db);

    application = start();
    expect(staleCount(application)).toBe(0);
    expectStoredAsWorkedOut(application);
    await expectFiltersAsBefore(application, 'after the backfill');
  });

  it('are all worked out again when the rules they were worked out with differ (a newer calendar, say)', async () => {
    let application = start();
    await variedCaseload(application);
    await ok(application, 'searchCaseload', { due: 'overdue' });
    application.close();
    const db = openDatabase({ file: `${dir?.path}/${DATABASE_FILE_NAME}`, key });
    // Wrong dates marked as worked out, under rules with another fingerprint.
    db.exec("UPDATE conference_deadline SET next_due = '2000-01-01', next_key = 'conference', stale = 0; UPDATE deadline_rules SET fingerprint = 'an older calendar';");
    closeDatabase(db);

    application = start();
    expectStoredAsWorkedOut(application);
    await expectFiltersAsBefore(application, 'after a change of rules');
  });
});

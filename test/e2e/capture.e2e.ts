/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabTo } from './browser';
import { useJourney } from './journey';

/** The editing session (two minutes in the app) is shortened so the history test need not wait. */
const EDIT_SESSION_SECONDS = 8;

const journey = useJourney('confer-e2e-capture-', { editSessionSeconds: EDIT_SESSION_SECONDS });
let conferenceId: string;
let danielleEditedAt = 0;

interface Conference {
  readonly id: string;
  readonly agenda: readonly { readonly id: string; readonly title: string; readonly kind: string }[];
  readonly invitations: readonly { readonly invitee: { readonly kind: string; readonly name: string; readonly professionalId?: string; readonly familyMemberId?: string } }[];
}

const POLICE_TEXT = 'Jordan was released under investigation; officers expect to decide on charges by the end of April.';
const SUMMARY = 'Police are still looking into what happened on 28 February.';
const DANIELLE_FIRST = 'I want the children safe and I know Jordan has to stay at Sam’s for now.';
const DANIELLE_ADDED = ' I do not agree with the word abuse.';
const DANIELLE_LATER = ' Carol can have the children on Tuesdays.';
const RUBY_TEXT = 'Ruby’s Three Houses: her house of worries is the shouting; her house of dreams is everyone calm at home.';

const step = (what: string) => {
  if (process.env['CAPTURE_DEBUG']) process.stdout.write(`[capture] ${(performance.now() / 1000).toFixed(1)} s ${what}\n`);
};

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = (await journey.post(name, input)) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  conferenceId = (await call<Conference>('loadExampleConference', {})).id;
});

/** From the conference's overview, by its link, as a user arrives. */
async function openCapture(page: Page, id: string = conferenceId): Promise<void> {
  await page.goto(journey.host.url);
  await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
  await page.evaluate((target) => (window.location.hash = `#/conferences/${target}`), id);
  const link = page.getByRole('link', { name: /^(Start or continue the minutes|Read the minutes \(finalised\))$/ });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /^Minutes: / }).waitFor();
  await page.locator('#capture-item-title').waitFor();
}

async function onItem(page: Page, title: string): Promise<void> {
  await expect.poll(() => page.locator('#capture-item-title').innerText()).toBe(title);
  await expect.poll(() => page.locator('.capture-agenda__item[aria-current]').innerText()).toContain(title);
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').innerText(), { timeout: 10_000 }).toMatch(/^Saved at \d\d:\d\d$/);
}

/** Alt+N, then the speaker by part of their name, then the words; Ctrl+Enter finishes once saved. */
async function contribute(page: Page, speaker: string, text: string): Promise<void> {
  await page.keyboard.press('Alt+KeyN');
  await expect.poll(() => focusedId(page)).toMatch(/-speaker$/);
  await page.keyboard.type(speaker);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toMatch(/-text$/);
  await page.keyboard.type(text);
  await waitSaved(page);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => focusedId(page)).toBe('new-contribution');
}

describe('live capture, by keyboard alone', () => {
  it('records a meeting item by item, with restricted information kept from the family, and finds it all after a restart', async () => {
    const page = await journey.newPage();
    await openCapture(page);
    await expectNoAxeViolations(page, 'capture (start)');

    step("The family's view from Danielle, on the family's views item.");
    // The family's view from Danielle, on the family's views item.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowDown');
    await onItem(page, 'The family’s views');
    await contribute(page, 'danielle', DANIELLE_FIRST);
    expect(await page.locator('.capture-contribution').first().innerText()).toContain('The family’s view');
    step("The chair's window reads where the minute-taker is from the record.");
    // The chair's window reads where the minute-taker is from the record.
    await expect.poll(() => call<{ currentAgendaItemId: string | null }>('getCapture', { conferenceId }).then((c) => c.currentAgendaItemId)).not.toBeNull();
    await expect.poll(() => page.getByTestId('minute-taker-item').innerText()).toBe('The family’s views');

    step("The child's view, for Ruby, picked by her number in the list.");
    // The child's view, for Ruby, picked by her number in the list.
    await page.keyboard.press('Alt+ArrowDown');
    await onItem(page, 'The child’s views and experience');
    const rubyNumber = await page.locator('.capture-speakers__button', { hasText: /Ruby Price\s*Child$/ }).locator('.capture-speaker__number').innerText();
    await contribute(page, rubyNumber, RUBY_TEXT);
    expect(await page.locator('.capture-contribution').first().innerText()).toMatch(/Ruby Price, Child[\s\S]*The child’s view/);

    step('Police information in a restricted part, with Danielle and Jordan out of the room.');
    // Police information in a restricted part, with Danielle and Jordan out of the room.
    await page.keyboard.press('Alt+ArrowDown');
    await onItem(page, 'Information from each agency');
    await tabTo(page, page.getByRole('button', { name: 'Start a restricted part' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('part-reason');
    await page.keyboard.press('ArrowDown'); // A police investigation
    await tabTo(page, page.getByRole('checkbox', { name: 'Danielle Price' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('checkbox', { name: 'Jordan Mills' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Start the restricted part' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Restricted part in progress since/ }).waitFor();
    expect(await page.locator('.capture-part--open').innerText()).toContain('Out of the room: Danielle Price and Jordan Mills');
    await expectNoAxeViolations(page, 'capture (restricted part)');

    await contribute(page, 'hannah', POLICE_TEXT);
    const police = page.locator('.capture-contribution', { hasText: POLICE_TEXT });
    // The room's audience: kept from exactly the two who left.
    expect(await police.innerText()).toContain('Restricted: not for Danielle Price and Jordan Mills (a police investigation)');

    await tabTo(page, page.getByLabel(/^Summary that may be shared/));
    await page.keyboard.type(SUMMARY);
    await tabTo(page, page.getByRole('button', { name: 'End the restricted part' }));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start a restricted part' }).waitFor();

    step("Edit Danielle's view: the record keeps the earlier wording.");
    // Edit Danielle's view: the record keeps the earlier wording.
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await onItem(page, 'The family’s views');
    await page.keyboard.press('Alt+KeyE');
    await expect.poll(() => focusedId(page)).toMatch(/-text$/);
    await page.keyboard.type(DANIELLE_ADDED);
    await waitSaved(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedId(page)).toMatch(/^edit-/);
    const danielle = page.locator('.capture-contribution', { hasText: 'Danielle Price' });
    expect(await danielle.locator('.capture-contribution__text').innerText()).toBe(DANIELLE_FIRST + DANIELLE_ADDED);
    danielleEditedAt = Date.now();

    step("The child's voice for Ruby (Three Houses, with Tom) and Danielle's attendance.");
    // The child's voice for Ruby (Three Houses, with Tom) and Danielle's attendance.
    await tabTo(page, page.getByRole('tab', { name: 'Minutes' }));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'The child’s voice' }).waitFor();
    await tabTo(page, page.getByLabel('How the child’s views were gathered').first(), { maxPresses: 150 });
    await page.keyboard.type('Three');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tom Reeves');
    await tabTo(page, page.getByLabel('The child’s own words').first());
    await page.keyboard.type('5 — better since Jordan went to Uncle Sam’s');
    await tabTo(page, page.getByRole('button', { name: 'Save Ruby Price’s views' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('capture-status').innerText()).toBe('Ruby Price’s views saved.');
    await tabTo(page, page.getByLabel('How Danielle Price attended'));
    await page.keyboard.type('In');
    await tabTo(page, page.getByLabel('Arrived (Danielle Price)'));
    await page.keyboard.type('0955');
    await tabTo(page, page.getByRole('button', { name: 'Save attendance', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('capture-status').innerText()).toBe('Attendance saved for 1 person.');
    expect(await page.locator('.capture-record-list').innerText()).toContain(SUMMARY);
    await expectNoAxeViolations(page, 'capture (attendance)');

    step('The family-safe screen: restricted text is not in the page at all.');
    // The family-safe screen: restricted text is not in the page at all.
    await tabTo(page, page.getByRole('button', { name: 'Family-safe screen' }), { reverse: true });
    await page.keyboard.press('Enter');
    await page.getByText('Family-safe screen: restricted information is hidden').waitFor();
    expect(await page.content()).not.toContain('released under investigation');
    expect(await page.locator('.capture-record-list').innerText()).toContain(SUMMARY);
    await expectNoAxeViolations(page, 'capture (attendance, family-safe)');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await onItem(page, 'Information from each agency');
    expect(await page.content()).not.toContain('released under investigation');
    expect(await page.content()).not.toContain('police investigation');
    expect(await page.getByRole('button', { name: /^6\. Information from each agency/ }).innerText()).toContain('0 contributions');
    await expectNoAxeViolations(page, 'capture (family-safe)');

    step('It stays on after a reload, and leaving it asks first.');
    // It stays on after a reload, and leaving it asks first.
    await page.reload();
    await page.getByText('Family-safe screen: restricted information is hidden').waitFor();
    await page.locator('#capture-item-title').waitFor();
    expect(await page.content()).not.toContain('released under investigation');
    await tabTo(page, page.getByRole('button', { name: 'Show restricted information' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Check the family cannot see the screen. Show restricted information?' });
    await confirm.waitFor();
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await page.content()).not.toContain('released under investigation');
    await tabTo(page, page.getByRole('button', { name: 'Show restricted information' }));
    await page.keyboard.press('Enter');
    await tabTo(page, confirm.getByRole('button', { name: 'Yes' }));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Family-safe screen' }).waitFor();
    await page.getByText(POLICE_TEXT).waitFor();

    step('The shortcuts, in a dialog reachable by keyboard.');
    // The shortcuts, in a dialog reachable by keyboard.
    await page.keyboard.press('Alt+Slash');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.innerText()).toContain('Ctrl+Enter');
    await expectNoAxeViolations(page, 'capture (shortcuts help)');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await page.context().close();

    step('A new host process on the same data: everything is there.');
    // A new host process on the same data: everything is there.
    await journey.host.stop();
    await journey.startHost();
    const again = await journey.newPage();
    await openCapture(again);
    await onItem(again, 'Information from each agency');
    await again.getByText(POLICE_TEXT).waitFor();
    expect(await again.locator('.capture-contribution', { hasText: POLICE_TEXT }).innerText()).toContain('Restricted: not for Danielle Price and Jordan Mills');
    await again.keyboard.press('Alt+ArrowUp');
    await again.getByText(RUBY_TEXT).waitFor();
    await again.keyboard.press('Alt+ArrowUp');
    await again.getByText(DANIELLE_FIRST + DANIELLE_ADDED).waitFor();
    const capture = await call<{ childVoices: { method: string; words: string }[]; restrictedParts: { sharedSummary: string; whoLeft: string[]; endedAt: string | null }[]; attendance: { mode: string; arrivedAt: string }[] }>('getCapture', { conferenceId });
    expect(capture.childVoices).toMatchObject([{ method: 'three-houses', words: '5 — better since Jordan went to Uncle Sam’s' }]);
    expect(capture.restrictedParts).toMatchObject([{ sharedSummary: SUMMARY, whoLeft: ['Danielle Price', 'Jordan Mills'] }]);
    expect(capture.restrictedParts[0]?.endedAt).not.toBeNull();
    expect(capture.attendance).toMatchObject([{ mode: 'in-person', arrivedAt: '09:55' }]);
    await again.context().close();
  }, 300_000);

  it('stays quick with 300 contributions (figures printed, not asserted)', async () => {
    const conference = await call<Conference>('getConference', { conferenceId });
    const speakers = conference.invitations.map((i) =>
      i.invitee.kind === 'professional' ? { kind: 'professional', professionalId: i.invitee.professionalId } : { kind: 'family-member', familyMemberId: i.invitee.familyMemberId },
    );
    const busy = conference.agenda.find((item) => item.kind === 'agency-information');
    for (let n = 0; n < 300; n++) {
      // Half on the agency item (the busiest), the rest spread over the others.
      const item = n % 2 === 0 && busy ? busy : conference.agenda[n % conference.agenda.length];
      await call('saveContribution', {
        id: crypto.randomUUID(),
        conferenceId,
        agendaItemId: item?.id,
        speaker: speakers[n % speakers.length],
        kind: 'information',
        text: `Seeded contribution ${n + 1}: ${'what was said at some length, as minutes often are. '.repeat(4)}`,
        spokenAt: `${String(10 + Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`,
        restriction: n % 10 === 0 ? { level: 'not-for-family', reason: 'third-party' } : { level: 'none' },
      });
    }
    const page = await journey.newPage();
    await openCapture(page);
    await page.evaluate(() => {
      const w = window as unknown as { keyLatencies: number[]; switchTimes: number[] };
      w.keyLatencies = [];
      w.switchTimes = [];
      document.addEventListener(
        'keydown',
        (event) => {
          const start = performance.now();
          if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            const before = document.getElementById('capture-item-title')?.textContent;
            const check = () => {
              if (document.getElementById('capture-item-title')?.textContent !== before) w.switchTimes.push(performance.now() - start);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          } else if (!event.altKey && !event.ctrlKey && event.key.length === 1) {
            requestAnimationFrame(() => w.keyLatencies.push(performance.now() - start));
          }
        },
        true,
      );
    });
    step('Move through the whole agenda and back, then write on the busiest item.');
    // Move through the whole agenda and back, then write on the busiest item.
    const items = conference.agenda.length;
    for (let i = 0; i < items - 1; i++) await page.keyboard.press('Alt+ArrowDown');
    for (let i = 0; i < items - 1; i++) await page.keyboard.press('Alt+ArrowUp');
    for (let i = 0; i < conference.agenda.findIndex((item) => item.id === busy?.id); i++) await page.keyboard.press('Alt+ArrowDown');
    await onItem(page, 'Information from each agency');
    const shown = await page.locator('.capture-contribution').count();
    await page.keyboard.press('Alt+KeyN');
    await page.keyboard.type('tom');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toMatch(/-text$/);
    await page.keyboard.type('Tom says the children were seen on their own at school on Monday and both were ');
    await waitSaved(page);
    const figures = await page.evaluate(() => {
      const w = window as unknown as { keyLatencies: number[]; switchTimes: number[] };
      const stats = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
        return { count: sorted.length, mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), median: at(0.5), p95: at(0.95), max: at(1) };
      };
      return { keystroke: stats(w.keyLatencies.slice(-50)), itemSwitch: stats(w.switchTimes) };
    });
    const fmt = (s: { count: number; mean: number; median: number; p95: number; max: number }) =>
      `n=${s.count} mean ${s.mean.toFixed(1)} ms, median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
    process.stdout.write(`\n[capture speed] 300 contributions, ${shown} on the busiest item\n`);
    process.stdout.write(`[capture speed] keystroke to next frame (last 50): ${fmt(figures.keystroke)}\n`);
    process.stdout.write(`[capture speed] item switch to next frame: ${fmt(figures.itemSwitch)}\n`);
    expect(figures.keystroke.count).toBe(50);
    await page.context().close();
  });

  it('keeps the earlier wording when a contribution is edited later', async () => {
    // Saves by the same person within an editing session refine one version, so the later edit
    // waits for that session to end (shortened for this test), as a correction after the meeting would.
    const sessionEnds = danielleEditedAt + EDIT_SESSION_SECONDS * 1000 + 1_000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, sessionEnds - Date.now())));
    const page = await journey.newPage();
    await openCapture(page);
    await page.getByRole('button', { name: /^4\. The family’s views/ }).click();
    await onItem(page, 'The family’s views');
    const danielle = page.locator('.capture-contribution', { hasText: DANIELLE_FIRST });
    await tabTo(page, danielle.getByRole('button', { name: /^Edit/ }), { maxPresses: 200 });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toMatch(/-text$/);
    await page.keyboard.type(DANIELLE_LATER);
    await waitSaved(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedId(page)).toMatch(/^edit-/);
    await tabTo(page, danielle.getByRole('button', { name: /Show earlier versions/ }));
    await page.keyboard.press('Enter');
    // Newest first: the later wording, then what it said before (earlier sessions may add more).
    await expect.poll(async () => (await danielle.locator('.capture-history__text').allInnerTexts()).slice(0, 2)).toEqual([
      DANIELLE_FIRST + DANIELLE_ADDED + DANIELLE_LATER,
      DANIELLE_FIRST + DANIELLE_ADDED,
    ]);
    expect(await danielle.locator('.capture-history__meta').first().innerText()).toMatch(/^Version \d+ · The family’s view · .+ at \d\d:\d\d$/);
    await expectNoAxeViolations(page, 'capture (earlier versions shown)');
    await page.context().close();
  }, 120_000);

  it('issue 14 item 1: a contribution typed before a speaker is chosen survives a reload', async () => {
    const held = await call<Conference>('loadExampleConference', { stage: 'held' });
    const ITEM = 'Reports received and shared';
    // A 3,000-word paste before anyone is chosen as the speaker, as lost in the incident.
    const words = ['Tom', 'said', 'the', 'children', 'were', 'seen', 'at', 'school', 'on', 'Monday'];
    const PASTE = Array.from({ length: 3_000 }, (_, i) => words[i % words.length]).join(' ');
    const describedBy = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((element) => (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));

    const page = await journey.newPage();
    await openCapture(page, held.id);
    await tabTo(page, page.getByRole('button', { name: new RegExp(`^3\\. ${ITEM}`) }));
    await page.keyboard.press('Enter');
    await onItem(page, ITEM);
    await page.keyboard.press('Alt+KeyN');
    await expect.poll(() => focusedId(page)).toMatch(/-speaker$/);
    const editor = page.getByRole('region', { name: 'New contribution' });
    expect(await describedBy(editor.getByRole('combobox', { name: 'Who is speaking' }))).toContain('Speaker not yet chosen. What you type is saved.');
    await tabTo(page, editor.getByLabel('What was said'));
    await page.keyboard.insertText(PASTE);
    await waitSaved(page);
    expect(await editor.locator('.capture-no-speaker').innerText()).toBe('Speaker not yet chosen. What you type is saved. Choose who is speaking before the conference is finalised.');
    const stored = await call<{ contributions: { text: string; speaker: { kind: string } }[] }>('getCapture', { conferenceId: held.id });
    expect(stored.contributions.find((c) => c.text === PASTE)?.speaker).toEqual({ kind: 'not-yet-chosen' });
    await expectNoAxeViolations(page, 'capture (no speaker yet)');

    step('Finishing without a speaker is allowed, and said.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => focusedId(page)).toBe('new-contribution');
    await expect.poll(() => page.getByTestId('capture-status').innerText()).toBe('Speaker not yet chosen. Choose who was speaking before the conference is finalised.');

    step('A reload, then a crash of the application: the words are there, marked as without a speaker.');
    const expectDraftShown = async (on: Page) => {
      await onItem(on, ITEM);
      const draft = on.locator('.capture-contribution', { hasText: 'Speaker not yet chosen' });
      expect(await draft.locator('.capture-contribution__text').innerText()).toBe(PASTE);
      expect(await draft.getByRole('heading').innerText()).toBe('Speaker not yet chosen');
      expect(await draft.innerText()).toContain('Choose who was speaking (Edit): the conference cannot be finalised until you do.');
      expect(await on.getByRole('button', { name: new RegExp(`^3\\. ${ITEM}`) }).innerText()).toContain('without a speaker');
    };
    await page.reload();
    await page.locator('#capture-item-title').waitFor();
    await expectDraftShown(page);
    await expectNoAxeViolations(page, 'capture (a contribution without a speaker in the list)');
    await page.context().close();
    await journey.host.stop('SIGKILL');
    await journey.startHost();
    const again = await journey.newPage();
    await openCapture(again, held.id);
    await expectDraftShown(again);

    step('Sign-off names how many and where, and leads to the minutes.');
    await again.evaluate((id) => (window.location.hash = `#/conferences/${id}/signoff`), held.id);
    const problem = again.getByRole('link', { name: `1 contribution to the minutes has no speaker yet, on “${ITEM}”. Choose who was speaking in the minutes.` });
    await problem.waitFor();
    expect(await again.getByRole('button', { name: 'Finalise the conference' }).count()).toBe(0);
    await tabTo(again, problem, { maxPresses: 100 });
    await again.keyboard.press('Enter');
    await again.getByRole('heading', { name: /^Minutes: / }).waitFor();
    await expectDraftShown(again);

    step('Choosing the speaker afterwards: Edit goes to the speaker box.');
    const draft = again.locator('.capture-contribution', { hasText: 'Speaker not yet chosen' });
    await tabTo(again, draft.getByRole('button', { name: /^Edit the contribution at \d\d:\d\d, speaker not yet chosen$/ }), { maxPresses: 200 });
    await again.keyboard.press('Enter');
    await expect.poll(() => focusedId(again)).toMatch(/-speaker$/);
    await again.keyboard.type('tom');
    await again.keyboard.press('Enter');
    await expect.poll(() => focusedId(again)).toMatch(/-text$/);
    await waitSaved(again);
    await again.keyboard.press('Escape');
    await expect.poll(() => focusedId(again)).toMatch(/^edit-/);
    const chosen = again.locator('.capture-contribution', { hasText: PASTE.slice(0, 60) });
    expect(await chosen.getByRole('heading').innerText()).toBe('Tom Reeves, Children’s social care');
    expect(await again.locator('.capture-no-speaker').count()).toBe(0);
    expect((await call<{ readiness: unknown[] }>('getDecisionRecord', { conferenceId: held.id })).readiness).toEqual([]);
    await again.context().close();
  }, 300_000);

  it('issue 14 item 2: after finalising, the minutes are read-only, and what was typed is refused once and kept as the start of an amendment', async () => {
    const held = await call<Conference>('loadExampleConference', { stage: 'held' });
    const ITEM = 'The family’s views';
    const FIRST = 'Danielle said she will ask Carol to stay over at weekends.';
    const AFTER = ' She added that Sam can drive Jordan to his appointments.';
    const FINALISED = 'Not saved: this conference has been finalised, so the minutes cannot be changed. What you typed is kept for an amendment.';

    const page = await journey.newPage();
    let lockedAnswers = 0;
    page.on('response', (response) => {
      if (!response.url().endsWith('/api/saveContribution')) return;
      void response.json().then((body: { ok: boolean; error?: { kind: string } }) => {
        if (!body.ok && body.error?.kind === 'locked') lockedAnswers++;
      });
    });
    await openCapture(page, held.id);
    await tabTo(page, page.getByRole('button', { name: new RegExp(`^4\\. ${ITEM}`) }));
    await page.keyboard.press('Enter');
    await onItem(page, ITEM);
    await page.keyboard.press('Alt+KeyN');
    await page.keyboard.type('danielle');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toMatch(/-text$/);
    await page.keyboard.type(FIRST);
    await waitSaved(page);

    step('The chair finalises in another window while the minute-taker is still typing.');
    let release = () => {};
    const finalised = new Promise<void>((resolve) => (release = resolve));
    // The next save waits until the conference is finalised, so it is the one refused.
    await page.route('**/api/saveContribution', async (route) => {
      await finalised;
      await route.continue();
    });
    await page.keyboard.insertText(AFTER);
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Saving…');
    await call('finaliseConference', { conferenceId: held.id });
    release();

    step('Said once, never tried again; the editor gives way to the kept text, which takes the focus.');
    await expect.poll(() => page.getByTestId('capture-status').innerText()).toBe(FINALISED);
    const kept = page.getByRole('region', { name: 'Not saved to the minutes: kept for an amendment' });
    await kept.waitFor();
    await expect.poll(() => focusedId(page)).toMatch(/^kept-/);
    await expect.poll(() => kept.getByTestId('kept-state').innerText()).toBe('Kept. It waits on the sign-off page until you record it as an amendment or discard it.');
    expect(await kept.locator('.capture-kept__text').innerText()).toMatch(new RegExp(`^Change to the contribution on “${ITEM}” \\(Danielle Price, \\d\\d:\\d\\d\\), typed after sign-off:\\s+${FIRST}${AFTER}$`));
    await page.unroute('**/api/saveContribution');

    step('The minutes are read-only: no new contribution, no editing, the amendment route instead.');
    expect(await page.getByTestId('minutes-finalised').innerText()).toContain('This conference has been finalised, so the minutes cannot be changed.');
    await expect.poll(() => page.getByTestId('minutes-finalised').innerText()).toContain('Text typed after sign-off is kept for an amendment.');
    expect(await page.getByRole('button', { name: /^New contribution/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Who is here' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Record a correction to the contribution by Danielle Price/ }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Alt+KeyN');
    await expect.poll(() => page.getByTestId('capture-status').innerText()).toBe(
      'This conference has been finalised, so the minutes cannot be changed. Record a correction as an amendment on the sign-off page.',
    );
    await expectNoAxeViolations(page, 'capture (finalised, text kept for an amendment)');
    await tabTo(page, page.getByRole('tab', { name: 'Minutes' }), { reverse: true, maxPresses: 100 });
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'The child’s voice' }).waitFor();
    expect(await page.getByRole('group', { name: /finalised and read-only/ }).evaluate((element) => (element as HTMLFieldSetElement).disabled)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await onItem(page, ITEM);
    // Refused once over all of this: a retry would have come within a second.
    expect(lockedAnswers).toBe(1);

    step('Record it as an amendment: the form starts from what was typed.');
    await tabTo(page, kept.getByRole('button', { name: 'Record it as an amendment' }), { maxPresses: 100 });
    await page.keyboard.press('Enter');
    const amend = page.getByRole('form', { name: 'Record a correction (amendment)' });
    await amend.waitFor();
    await expect.poll(() => focusedId(page)).toBe('amend-heading');
    const expectPrefilled = async (on: Page) => {
      const form = on.getByRole('form', { name: 'Record a correction (amendment)' });
      expect(await form.getByLabel('Part of the record').inputValue()).toBe('minutes');
      expect(await form.getByLabel('What the record says now').inputValue()).toBe(FIRST);
      expect(await form.getByLabel('The correction', { exact: true }).inputValue()).toContain(`${FIRST}${AFTER}`);
      expect(await form.getByTestId('amend-kept').innerText()).toContain('This starts from what was typed into the minutes after the conference was finalised.');
    };
    await expectPrefilled(page);
    await expectNoAxeViolations(page, 'sign-off (amendment from kept text)');

    step('Kept in the application, not the page: after a reload the form starts from it again.');
    await page.reload();
    await page.getByRole('form', { name: 'Record a correction (amendment)' }).waitFor();
    await expect.poll(() => page.getByRole('form', { name: 'Record a correction (amendment)' }).getByLabel('The correction', { exact: true }).inputValue()).toContain(AFTER);
    await expectPrefilled(page);
    const form = page.getByRole('form', { name: 'Record a correction (amendment)' });
    await tabTo(page, form.getByLabel('Reason for the correction'), { maxPresses: 100 });
    await page.keyboard.type('Said in the meeting; typed after the chair had finalised the record.');
    await tabTo(page, form.getByRole('button', { name: 'Record the amendment' }));
    await page.keyboard.press('Enter');
    await page.getByText(`Correction: Change to the contribution on “${ITEM}”`).waitFor();
    await expect.poll(() => form.getByTestId('amend-kept').count()).toBe(0);
    expect(await call<unknown[]>('getKeptForAmendment', { conferenceId: held.id })).toEqual([]);

    step('A contribution in the finalised minutes offers its correction by amendment.');
    await page.evaluate((id) => (window.location.hash = `#/conferences/${id}`), held.id);
    await tabTo(page, page.getByRole('link', { name: 'Read the minutes (finalised)' }), { maxPresses: 100 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Minutes: / }).waitFor();
    await onItem(page, ITEM);
    expect(await page.getByRole('region', { name: 'Not saved to the minutes: kept for an amendment' }).count()).toBe(0);
    expect(await page.getByTestId('minutes-finalised').innerText()).not.toContain('kept');
    await tabTo(page, page.getByRole('button', { name: /^Record a correction to the contribution by Danielle Price/ }).first(), { maxPresses: 200 });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('amend-heading');
    expect(await page.getByRole('form', { name: 'Record a correction (amendment)' }).getByLabel('Part of the record').inputValue()).toBe('minutes');
    await page.context().close();
  }, 300_000);
});

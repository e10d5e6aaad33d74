/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach, typeInto } from './keyboard';

// A fictional family of our own: Mira (13) and Fin (6) live with their mother Nadia Ashdown; Fin's
// father Kieran Bell lives away and has no relationship to Mira.
const journey = useJourney('confer-e2e-audience-');

interface Conference {
  readonly id: string;
  readonly agenda: readonly { readonly id: string; readonly title: string }[];
  readonly children: readonly { readonly id: string; readonly givenName: string }[];
  readonly familyMembers: readonly { readonly id: string; readonly givenName: string }[];
}

async function api<T>(name: string, body: unknown): Promise<T> {
  const result = (await journey.post(name, body)) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

let conference: Conference;
const member = (givenName: string) => conference.familyMembers.find((m) => m.givenName === givenName)?.id ?? '';
const child = (givenName: string) => conference.children.find((c) => c.givenName === givenName)?.id ?? '';

beforeAll(async () => {
  conference = await api<Conference>('createConference', {
    type: 'initial',
    scheduledDate: '2026-05-18',
    scheduledTime: '10:00',
    children: [
      { status: 'born', givenName: 'Mira', familyName: 'Ashdown', dateOfBirth: '2012-09-14' },
      { status: 'born', givenName: 'Fin', familyName: 'Bell', dateOfBirth: '2019-11-02' },
    ],
  });
  const [mira, fin] = conference.children;
  const parent = (givenName: string, familyName: string, livesInHousehold: boolean, relationships: unknown[]) =>
    api<Conference>('addFamilyMember', { conferenceId: conference.id, member: { kind: 'parent-or-carer', givenName, familyName, livesInHousehold, relationships } });
  await parent('Nadia', 'Ashdown', true, [
    { childId: mira?.id, relationship: 'Mother', parentalResponsibility: true },
    { childId: fin?.id, relationship: 'Mother', parentalResponsibility: true },
  ]);
  conference = await parent('Kieran', 'Bell', false, [{ childId: fin?.id, relationship: 'Father', parentalResponsibility: true }]);
  for (const professional of [
    { name: 'Priya Lund', role: 'Social worker', agency: 'childrens-social-care' },
    { name: 'DC Sam Okoro', role: 'Detective Constable', agency: 'police' },
  ]) {
    const made = await api<{ id: string }>('createProfessional', { professional });
    await api('invite', { kind: 'professional', conferenceId: conference.id, professionalId: made.id });
  }
  for (const id of [member('Nadia'), member('Kieran')]) conference = await api<Conference>('invite', { kind: 'family-member', conferenceId: conference.id, familyMemberId: id });
});

/** A radio group is one Tab stop; the arrow keys move and choose within it. */
async function chooseRadio(page: Page, group: Locator, label: string) {
  await reach(page, group);
  const target = group.getByLabel(label, { exact: true });
  for (let presses = 0; presses < 10; presses++) {
    if (await isFocused(target)) return page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Could not choose ${label}`);
}
/** A closed select changes with the arrow keys. */
async function choose(page: Page, select: Locator, label: string | RegExp) {
  await reach(page, select);
  const wanted = typeof label === 'string' ? { text: label, pattern: false } : { text: label.source, pattern: true };
  const { from, to } = await select.evaluate((element, { text, pattern }) => {
    const options = Array.from((element as HTMLSelectElement).options);
    return { from: (element as HTMLSelectElement).selectedIndex, to: options.findIndex((o) => (pattern ? new RegExp(text).test(o.label) : o.label === text)) };
  }, wanted);
  if (to < 0) throw new Error(`No option ${String(label)} in ${select.toString()}`);
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
}
async function tick(page: Page, box: Locator) {
  await reach(page, box);
  await page.keyboard.press('Space');
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}
/** Alt+Down to the next agenda item until the one wanted is on screen. */
async function onItem(page: Page, title: string): Promise<void> {
  const heading = page.locator('#capture-item-title');
  for (let presses = 0; presses < 12; presses++) {
    const now = await heading.innerText();
    if (now === title) return;
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => heading.innerText()).not.toBe(now);
  }
  throw new Error(`No agenda item ${title}`);
}
/** Alt+N and the speaker by part of their name; the new contribution's text box then has the focus. */
async function startContribution(page: Page, speaker: string): Promise<Locator> {
  await page.keyboard.press('Alt+KeyN');
  await expect.poll(() => focusedId(page)).toMatch(/-speaker$/);
  await page.keyboard.type(speaker);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toMatch(/-text$/);
  return page.getByRole('region', { name: 'New contribution' });
}
/** Types the words, waits for the save and finishes with Ctrl+Enter. */
async function say(page: Page, text: string): Promise<Locator> {
  await page.keyboard.type(text);
  await expect.poll(() => page.getByTestId('save-status').innerText(), { timeout: 10_000 }).toMatch(/^Saved at \d\d:\d\d$/);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => focusedId(page)).toBe('new-contribution');
  return page.locator('.capture-contribution', { hasText: text });
}

describe('who may see each text, by keyboard alone', () => {
  it('on the minutes: the child’s view only when the child speaks or it is said to be passed on, and new text kept from the one parent out of the room', async () => {
    const page = await journey.newPage();
    // The address with the host's token first, then the conference.
    await page.goto(journey.host.url);
    await page.goto(`${journey.host.origin}/#/conferences/${conference.id}`);
    await activate(page, page.getByRole('link', { name: 'Start or continue the minutes' }));
    await page.locator('#capture-item-title').waitFor();
    await onItem(page, 'The child’s views and experience');

    // A professional on the child's views item: information, not the child's view.
    let editor = await startContribution(page, 'priya');
    expect(await editor.getByLabel('Kind', { exact: true }).inputValue()).toBe('information');
    const priya = await say(page, 'Mira has been late to school on most Mondays this term.');
    expect(await priya.innerText()).toContain('Information');
    // The child speaking: her view.
    editor = await startContribution(page, 'mira');
    expect(await editor.getByLabel('Kind', { exact: true }).inputValue()).toBe('child-view');
    const mira = await say(page, 'I like it when Fin and me walk to school with Nan.');
    expect(await mira.innerText()).toContain('The child’s view');
    // The minute-taker says a professional passes the child's view on.
    editor = await startContribution(page, 'priya');
    await choose(page, editor.getByLabel('Kind', { exact: true }), 'The child’s view');
    await reach(page, editor.getByLabel('What was said'));
    const passedOn = await say(page, 'Fin told me he wants his dad at his birthday.');
    expect(await passedOn.innerText()).toContain('The child’s view');

    // A restricted part with only Kieran out of the room.
    await onItem(page, 'Information from each agency');
    await activate(page, page.getByRole('button', { name: 'Start a restricted part' }));
    await expect.poll(() => focusedId(page)).toBe('part-reason');
    await page.keyboard.press('ArrowDown'); // A police investigation
    await tick(page, page.getByRole('checkbox', { name: 'Kieran Bell' }));
    await activate(page, page.getByRole('button', { name: 'Start the restricted part' }));
    await page.getByRole('heading', { name: /^Restricted part in progress since/ }).waitFor();
    expect(await page.locator('.capture-part--open').innerText()).toContain('New contributions are marked not for Kieran Bell (a police investigation)');
    editor = await startContribution(page, 'okoro');
    expect(await editor.getByRole('button', { name: /^Who may see this contribution:/ }).innerText()).toContain('not for Kieran Bell (a police investigation)');
    const police = await say(page, 'Kieran was arrested on 2 May after a report by a neighbour; he is on bail not to contact Nadia.');
    expect(await police.innerText()).toContain('Restricted: not for Kieran Bell (a police investigation)');
    await expectNoAxeViolations(page, 'minutes, restricted part with one parent out');
    await activate(page, page.getByRole('button', { name: 'End the restricted part' }));
    await page.getByRole('button', { name: 'Start a restricted part' }).waitFor();
    // Outside the part, new text is for everyone again.
    editor = await startContribution(page, 'priya');
    expect(await editor.getByRole('button', { name: /^Who may see this contribution:/ }).innerText()).toContain('everyone, including the family');
    await page.keyboard.press('Escape');

    const capture = await api<{ contributions: { text: string; kind: string; restriction: unknown }[] }>('getCapture', { conferenceId: conference.id });
    expect(capture.contributions.find((c) => c.text.startsWith('Kieran was arrested'))?.restriction).toEqual({
      level: 'not-for-named',
      reason: 'police-investigation',
      familyMemberIds: [member('Kieran')],
      childIds: [],
      sharedSummary: '',
    });
    expect(capture.contributions.map((c) => c.kind)).toEqual(['information', 'child-view', 'child-view', 'information']);
    await page.context().close();
  });

  it('marks a statement shared only with a child and an action not for a child’s parent, with the marking shown on each', async () => {
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.goto(`${journey.host.origin}/#/conferences/${conference.id}/analysis`);
    await page.getByRole('heading', { level: 2, name: 'Analysis' }).waitFor();

    // A statement of Mira's own, shared only with her.
    const add = page.getByRole('form', { name: 'Add a statement' });
    await choose(page, add.getByLabel('What kind of statement'), 'Harm (what has happened)');
    await typeInto(page, add.getByLabel('Statement', { exact: true }), 'Mira told her teacher she sometimes looks after Fin overnight when her mum is out.');
    const toggle = add.getByRole('button', { name: /^Who may see this statement:/ });
    expect(await toggle.innerText()).toContain('everyone, including the family');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await activate(page, toggle);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await chooseRadio(page, add.getByRole('group', { name: 'Who may see this statement' }), 'Shared only with named people');
    await tick(page, add.getByRole('group', { name: 'Shared only with' }).getByLabel('Mira Ashdown (child)'));
    await choose(page, add.getByLabel('Why it is shared only with them'), 'The child asked us not to share it');
    await typeInto(page, add.getByLabel('Summary that may be shared (optional)'), 'Mira has spoken to school about home.');
    expect(await toggle.innerText()).toContain('shared only with Mira Ashdown (the child asked us not to share it)');
    await expectNoAxeViolations(page, 'analysis, marking a statement');
    await activate(page, add.getByRole('button', { name: 'Add statement' }));
    const statement = page.getByRole('listitem').filter({ hasText: 'Mira told her teacher' });
    await statement.waitFor();
    expect(await statement.innerText()).toContain('Restricted: shared only with Mira Ashdown (the child asked us not to share it)');
    expect(await statement.innerText()).toContain('Summary that may be shared: Mira has spoken to school about home.');

    // The plan: an outcome and an action kept from Fin's father.
    await page.goto(`${journey.host.origin}/#/conferences/${conference.id}/plan`);
    await page.getByRole('heading', { level: 2, name: 'Child protection plan' }).waitFor();
    const outcome = page.getByRole('form', { name: 'Add an outcome' });
    await typeInto(page, outcome.getByLabel('Outcome for the children'), 'Mira and Fin are looked after by an adult every night');
    await typeInto(page, outcome.getByLabel('How everyone will know it is achieved'), 'Mira says she has not had to look after Fin overnight');
    await activate(page, outcome.getByRole('button', { name: 'Add outcome' }));
    await page.getByRole('heading', { name: /^Outcome 1: Mira and Fin/ }).waitFor();
    await activate(page, page.getByRole('button', { name: 'Add an action to outcome 1' }));
    const action = page.getByRole('form', { name: 'New action for outcome 1' });
    await expect.poll(() => isFocused(action.getByLabel('What will happen'))).toBe(true);
    await page.keyboard.insertText('Nadia will tell Priya the address of the refuge place she is offered');
    await choose(page, action.getByLabel('A professional or family member'), /^Nadia Ashdown \(/);
    await activate(page, action.getByRole('button', { name: 'Add person' }));
    await typeInto(page, action.getByRole('group', { name: 'By when' }).getByLabel('Day'), '1');
    await typeInto(page, action.getByRole('group', { name: 'By when' }).getByLabel('Month'), '6');
    await typeInto(page, action.getByRole('group', { name: 'By when' }).getByLabel('Year'), '2026');
    await activate(page, action.getByRole('button', { name: /^Who may see this action:/ }));
    await chooseRadio(page, action.getByRole('group', { name: 'Who may see this action' }), 'Not for named people');
    // Saved with no reason, then with no one named: refused each time, the error beside its answer.
    await activate(page, action.getByRole('button', { name: 'Add action' }));
    const reason = action.locator('.field--error', { has: page.getByLabel('Why it is kept from them') });
    await expect.poll(() => reason.innerText()).toContain('Choose why this is kept from them.');
    await choose(page, action.getByLabel('Why it is kept from them'), 'Sharing it would put someone at risk');
    await activate(page, action.getByRole('button', { name: 'Add action' }));
    const names = action.getByRole('group', { name: 'Not for' });
    await expect.poll(() => names.innerText()).toContain('Choose who must not see this.');
    await tick(page, names.getByLabel('Kieran Bell'));
    await expectNoAxeViolations(page, 'plan, marking an action');
    await activate(page, action.getByRole('button', { name: 'Add action' }));
    const row = page.getByRole('row', { name: /Nadia will tell Priya/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Restricted: not for Kieran Bell (sharing it would put someone at risk)');
    await expectNoAxeViolations(page, 'plan, with a marked action');

    const record = await api<{ statements: { text: string; restriction: unknown }[]; actions: { what: string; restriction: unknown }[] }>('getDecisionRecord', { conferenceId: conference.id });
    expect(record.statements[0]?.restriction).toEqual({ level: 'shared-only-with', reason: 'child-asked', familyMemberIds: [], childIds: [child('Mira')], sharedSummary: 'Mira has spoken to school about home.' });
    expect(record.actions[0]?.restriction).toEqual({ level: 'not-for-named', reason: 'risk', familyMemberIds: [member('Kieran')], childIds: [], sharedSummary: '' });
    await page.context().close();
  });
});

/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach, typeInto } from './keyboard';

const journey = useJourney('confer-e2e-decision-');

interface Reply {
  ok: boolean;
  value: Record<string, unknown> & { id: string };
  error?: { kind: string };
}
async function api(name: string, body: unknown): Promise<Reply> {
  return (await journey.post(name, body)) as Reply;
}

async function tick(page: Page, box: Locator) {
  await reach(page, box);
  await page.keyboard.press('Space');
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
  expect(await select.evaluate((element) => (element as HTMLSelectElement).selectedIndex)).toBe(to);
}
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
async function typeDate(page: Page, group: Locator, [day, month, year]: readonly [string, string, string]) {
  await typeInto(page, group.getByLabel('Day'), day);
  await typeInto(page, group.getByLabel('Month'), month);
  await typeInto(page, group.getByLabel('Year'), year);
}
async function openSection(page: Page, name: string) {
  await activate(page, page.getByRole('navigation', { name: 'Conference set-up' }).getByRole('link', { name, exact: true }));
  await expect.poll(() => page.title()).toContain(name);
}
async function addStatement(page: Page, kind: string, text: string, answers?: RegExp) {
  await choose(page, page.getByLabel('What kind of statement'), kind);
  if (answers) await choose(page, page.getByLabel('The danger statement this safety goal answers'), answers);
  await typeInto(page, page.getByLabel('Statement', { exact: true }), text);
  await activate(page, page.getByRole('button', { name: 'Add statement' }));
  // The checked text box mirrors its text until the form clears on saving.
  await expect.poll(() => page.getByLabel('Statement', { exact: true }).inputValue()).toBe('');
  await page.getByText(text).waitFor();
}
async function addScale(page: Page, who: string, score: string, reason: string) {
  await choose(page, page.getByLabel('Who gave it'), who);
  await typeInto(page, page.getByLabel('Score from 0 to 10'), score);
  await typeInto(page, page.getByLabel('Their reason, in their words'), reason);
  await activate(page, page.getByRole('button', { name: 'Add scale' }));
  await page.getByRole('row', { name: new RegExp(reason.slice(0, 20)) }).waitFor();
}

interface Decision {
  readonly outcome: string;
  readonly limb?: string;
  readonly category?: string;
  readonly reasons: string;
}
/** Opens the child's decision, answers it and saves; the summary replaces the form. */
async function decide(page: Page, child: string, decision: Decision, more?: (form: Locator) => Promise<void>) {
  await activate(page, page.getByRole('button', { name: `Record the decision for ${child}` }));
  const form = page.getByRole('form', { name: `Decision for ${child}` });
  await chooseRadio(page, form.getByRole('group', { name: 'Decision', exact: true }), decision.outcome);
  if (decision.limb) {
    await chooseRadio(page, form.getByRole('group', { name: 'Is the test for a child protection plan met?' }), 'Yes');
    await chooseRadio(page, form.getByRole('group', { name: 'Which part of the test is met' }), decision.limb);
  }
  if (decision.category) await tick(page, form.getByRole('group', { name: /^Category of abuse/ }).getByLabel(decision.category));
  await typeInto(page, form.getByLabel('The chair’s decision and reasons'), decision.reasons);
  await more?.(form);
  await activate(page, form.getByRole('button', { name: `Save the decision for ${child}` }));
  await page.getByRole('button', { name: `Change the decision for ${child}` }).waitFor();
}

interface NewAction {
  readonly what: string;
  readonly people: readonly string[];
  readonly named?: string;
  readonly due: readonly [string, string, string];
  readonly often?: string;
}
async function addAction(page: Page, outcome: number, action: NewAction) {
  await activate(page, page.getByRole('button', { name: `Add an action to outcome ${outcome}` }));
  const form = page.getByRole('form', { name: `New action for outcome ${outcome}` });
  await expect.poll(() => isFocused(form.getByLabel('What will happen'))).toBe(true);
  await page.keyboard.insertText(action.what);
  for (const person of action.people) {
    await choose(page, form.getByLabel('A professional or family member'), new RegExp(`^${person} \\(`));
    await activate(page, form.getByRole('button', { name: 'Add person' }));
  }
  if (action.named) {
    await typeInto(page, form.getByLabel('Or someone else, by name or role'), action.named);
    await activate(page, form.getByRole('button', { name: 'Add name' }));
  }
  await typeDate(page, form.getByRole('group', { name: 'By when' }), action.due);
  if (action.often) await typeInto(page, form.getByLabel('How often (if it repeats)'), action.often);
  await activate(page, form.getByRole('button', { name: 'Add action' }));
  await page.getByRole('row', { name: new RegExp(action.what.slice(0, 30)) }).waitFor();
}
async function addOutcome(page: Page, text: string, measure: string, links: { readonly children?: readonly string[]; readonly danger?: RegExp } = {}) {
  const form = page.getByRole('form', { name: 'Add an outcome' });
  await typeInto(page, form.getByLabel('Outcome for the children'), text);
  await typeInto(page, form.getByLabel('How everyone will know it is achieved'), measure);
  for (const child of links.children ?? []) await tick(page, form.getByRole('group', { name: 'Which children it is for' }).getByLabel(child));
  if (links.danger) await choose(page, form.getByLabel('The danger statement it answers (if one)'), links.danger);
  await activate(page, form.getByRole('button', { name: 'Add outcome' }));
  await page.getByRole('heading', { name: new RegExp(`Outcome \\d: ${text}`) }).waitFor();
}

const DANGER_1 =
  'Children’s services, police and school are worried that if Jordan drinks and there is another fight at home, Ruby and Leo could be hurt again, like when Leo hit his head, and Ruby will keep feeling scared and hiding.';

describe('deciding, planning and signing off the example conference, by keyboard', () => {
  it('decides for every child, records the plan, changes and removes items, finalises, refuses an edit, amends an item and starts the review', async () => {
    const example = (await api('loadExampleConference', {})).value;
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.goto(`${journey.host.origin}/#/conferences/${example.id}/analysis`);
    await page.getByRole('heading', { level: 2, name: 'Analysis' }).waitFor();

    // Analysis: two danger statements and a safety goal; scales; a change and a removal in place.
    await addStatement(page, 'Danger statement (what we are worried could happen)', DANGER_1);
    await addStatement(page, 'Danger statement (what we are worried could happen)', 'We are worried that the new baby could be hurt if fights happen when the baby is here.');
    await addStatement(page, 'Safety goal', 'Ruby and Leo live in a home where adults do not hurt each other.', /^1: /);
    await page.getByText('(answers danger statement 1)').waitFor();
    await activate(page, page.getByRole('button', { name: 'Change safety goal 1' }));
    const goal = page.getByRole('form', { name: 'Change safety goal 1' });
    expect(await goal.getByLabel('Statement', { exact: true }).inputValue()).toBe('Ruby and Leo live in a home where adults do not hurt each other.');
    await typeInto(page, goal.getByLabel('Statement', { exact: true }), 'Ruby and Leo live in a home where adults do not hurt each other, and everyone, including Carol and Megan, knows what to do if Jordan has been drinking.');
    await activate(page, goal.getByRole('button', { name: 'Save' }));
    await goal.waitFor({ state: 'detached' });
    await page.getByText('including Carol and Megan').waitFor();
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Change safety goal 1' }))).toBe(true);
    // The application refuses to remove a danger statement a safety goal answers, and says why.
    await activate(page, page.getByRole('button', { name: 'Remove danger statement 1' }));
    await page.keyboard.press('Enter'); // "Yes, remove danger statement 1" has the focus
    expect(await page.getByRole('alert').innerText()).toContain('A safety goal or a scale answers this danger statement');
    await page.keyboard.press('Enter'); // "Close"
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Remove danger statement 1' }))).toBe(true);
    await addScale(page, 'Tom Reeves (Family help lead practitioner (social worker))', '3', 'Worried about the drinking and the fights.');
    await addScale(page, 'Ruby Price (child)', '5', 'Better since Jordan went to Uncle Sam’s.');
    await activate(page, page.getByRole('button', { name: 'Remove Tom Reeves’s overall scale' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('row', { name: /Tom Reeves/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'analysis');

    // Decisions: the two-limb test on screen; Ruby, Leo with the police view, the unborn baby deferred.
    await openSection(page, 'Decisions');
    expect(await page.getByText('professional judgement is that further ill-treatment or impairment is likely').count()).toBe(1);
    await decide(page, 'Ruby Price', { outcome: 'A child protection plan', limb: '(b) Harm is likely', category: 'Emotional abuse', reasons: 'Ruby hides under her bed when the shouting starts; she is likely to suffer emotional harm.' });
    expect(await page.getByRole('region', { name: 'Ruby Price' }).innerText()).toContain('Emotional abuse (EMO)');
    await decide(page, 'Leo Mills', { outcome: 'A child protection plan', limb: '(a) Harm has happened and more is likely', category: 'Emotional abuse', reasons: 'The primary concern is Leo’s exposure to domestic abuse.' }, async (form) => {
      await activate(page, form.getByRole('button', { name: 'Add an agency’s view' }));
      await choose(page, form.getByLabel('Agency view 1: who'), 'DC Hannah Cole (Detective Constable, Public Protection Unit)');
      await tick(page, form.getByRole('group', { name: 'The category they think fits (if they said)' }).getByLabel('Physical abuse'));
      await typeInto(page, form.getByLabel('Their reason'), 'Leo was injured.');
    });
    expect(await page.getByRole('region', { name: 'Leo Mills' }).innerText()).toContain('category Physical abuse');
    await activate(page, page.getByRole('button', { name: 'Record a disagreement about Leo Mills' }));
    const dissent = page.getByRole('form', { name: 'Disagreement about Leo Mills' });
    await choose(page, dissent.getByLabel('Who disagrees'), 'DC Hannah Cole (Detective Constable, Public Protection Unit)');
    expect(await dissent.getByLabel('Disagreement (recorded, not formal dissent)').isChecked()).toBe(true);
    expect(await dissent.getByLabel('The category').isChecked()).toBe(true);
    await typeInto(page, dissent.getByLabel('Grounds'), 'Police think the category should be physical abuse because Leo was injured.');
    await typeInto(page, dissent.getByLabel('Time raised'), '11:40');
    await activate(page, dissent.getByRole('button', { name: 'Record it' }));
    const leo = page.getByRole('region', { name: 'Leo Mills' });
    await leo.getByText('Disagreement (recorded, not formal dissent)').waitFor();
    await activate(page, leo.getByRole('button', { name: 'Change DC Hannah Cole’s disagreement about Leo Mills' }));
    expect(await leo.getByLabel('Time raised').inputValue()).toBe('11:40');
    await activate(page, leo.getByRole('button', { name: 'Cancel' }));
    await expect.poll(() => isFocused(leo.getByRole('button', { name: 'Change DC Hannah Cole’s disagreement about Leo Mills' }))).toBe(true);
    await decide(page, 'Unborn baby Mills', { outcome: 'Decision deferred to a named review', reasons: 'Considered; the pre-birth assessment is not complete.' }, async (form) => {
      await typeDate(page, form.getByRole('group', { name: 'Date of the review the decision is deferred to' }), ['4', '6', '2026']);
      await typeInto(page, form.getByLabel('Why the decision is deferred'), 'Pre-birth assessment to complete.');
    });
    expect(await page.getByRole('region', { name: 'Unborn baby Mills' }).innerText()).toContain('Thu 4 Jun 2026');
    await expectNoAxeViolations(page, 'decisions, all recorded');

    // The plan from the example: outcomes with measures, linked to children and a danger; actions with owners and dates.
    await openSection(page, 'Plan');
    await addOutcome(page, 'Ruby and Leo are safe at home', 'No police call-outs; the children say home feels calm', { danger: /^Danger statement 1:/ });
    await addAction(page, 1, { what: 'Jordan will not come to the house if he has had any alcohol; if he does, Danielle or Carol will call the police', people: ['Jordan Mills', 'Danielle Price'], due: ['19', '3', '2026'] });
    await addAction(page, 1, { what: 'Tom will visit Ruby and Leo at least every 10 working days and see Ruby on her own', people: ['Tom Reeves'], due: ['2', '4', '2026'], often: 'Every 10 working days' });
    await addOutcome(page, 'Jordan’s drinking is less risky', 'Jordan attends sessions; the alcohol service reports to the core group');
    await addAction(page, 2, { what: 'Jordan will go to the alcohol service on 9 April and tell Tom how it went', people: ['Jordan Mills'], named: 'Northmere Alcohol Service', due: ['9', '4', '2026'] });
    await addOutcome(page, 'Ruby feels less worried and is in school', 'Attendance above 95%', { children: ['Ruby Price'] });
    await addAction(page, 3, { what: 'Mr Foster will give Ruby a weekly check-in with a trusted adult', people: ['Ian Foster'], due: ['23', '3', '2026'], often: 'Weekly' });
    const outcome3 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Outcome 3:/ }) });
    expect(await outcome3.innerText()).toContain('For: Ruby Price');
    expect(await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Outcome 1:/ }) }).innerText()).toContain('Answers: danger statement 1');
    // An action changed in place: the form opens filled in.
    await activate(page, page.getByRole('button', { name: 'Change action 1 of outcome 3' }));
    const change = page.getByRole('form', { name: 'Change action 1 of outcome 3' });
    expect(await change.getByRole('list', { name: 'Chosen' }).innerText()).toContain('Ian Foster');
    await typeInto(page, change.getByLabel('Reports to'), 'The core group');
    await activate(page, change.getByRole('button', { name: 'Save' }));
    await expect.poll(() => page.getByRole('row', { name: /Mr Foster will give Ruby/ }).innerText()).toContain('The core group');

    // How the children are seen, the contingency plan, the core group and the dates.
    const details = page.getByRole('form', { name: /Seeing the children/ });
    for (const child of ['Ruby Price', 'Leo Mills']) {
      await typeInto(page, details.getByLabel(`How often ${child} will be seen`), 'At least every 10 working days');
      await typeInto(page, details.getByLabel(`When ${child} will be seen alone`), child === 'Ruby Price' ? 'Every visit, at school' : 'At nursery, monthly');
    }
    await typeInto(page, details.getByLabel('What will happen if the plan is not followed or things change'), 'If Jordan returns to the home without agreement, drinks there, or there is another incident, Tom will hold an urgent strategy discussion the same day; the children may stay with Carol; an early review will be called.');
    for (const member of [/^Danielle Price/, /^Carol Price/, /^Tom Reeves/, /^Ian Foster/]) await tick(page, details.getByRole('checkbox', { name: member }));
    await typeDate(page, details.getByRole('group', { name: 'First core group' }), ['1', '4', '2026']);
    await typeDate(page, details.getByRole('group', { name: 'Next review conference' }), ['4', '6', '2026']);
    await typeInto(page, details.getByLabel('Why the review is brought forward (if it is)'), 'Brought forward to about 30 weeks so the unborn baby can be decided before the birth.');
    await activate(page, details.getByRole('button', { name: 'Save the plan' }));
    await page.getByText('Plan saved.').waitFor();
    await expectNoAxeViolations(page, 'plan');

    // Held first (issue 15): sign-off says so and leads to the overview, where it is marked held
    // when it was booked (the form starts there).
    await openSection(page, 'Sign-off and history');
    await activate(page, page.getByRole('link', { name: 'Mark the conference as held: record the date and time it took place.' }));
    await activate(page, page.getByRole('button', { name: 'Mark as held' }));
    await activate(page, page.getByRole('button', { name: 'Save: held' }));
    await expect.poll(() => page.getByTestId('held-when').innerText()).toContain('Held on Thu 19 Mar 2026, 10:00');

    // Sign-off: nothing left to do; finalise with a confirmation step.
    await openSection(page, 'Sign-off and history');
    await activate(page, page.getByRole('button', { name: 'Finalise the conference' }));
    await activate(page, page.getByRole('button', { name: 'Yes, finalise it' }));
    await page.getByRole('heading', { name: 'Finalised', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'sign-off, finalised');

    // An edit is refused, by the screens (no way to change or remove) and by the application.
    await openSection(page, 'Plan');
    await page.getByText('This conference is finalised, so this part of the record cannot be changed.').waitFor();
    // (A wording suggestion's "Change to …" changes nothing until the text can be edited.)
    expect(await page.getByRole('button', { name: /^(Change(?! to )|Remove|Add an action)/ }).count()).toBe(0);
    await openSection(page, 'Decisions');
    await page.getByText('This conference is finalised, so this part of the record cannot be changed.').waitFor();
    expect(await page.getByRole('button', { name: /^(Change|Remove|Record)/ }).count()).toBe(0);
    const ruby = example['children'] as { id: string; givenName: string }[];
    const edit = await api('saveDecision', { conferenceId: example.id, childId: ruby.find((c) => c.givenName === 'Ruby')?.id, decision: { outcome: 'no-plan', testMet: false, instead: 'no-further-action', chairReasons: 'Changed.' } });
    expect(edit.ok).toBe(false);
    expect(edit.error?.kind).toBe('locked');

    // A correction is an amendment to one item, shown beside it; the history shows every change.
    await openSection(page, 'Sign-off and history');
    const amend = page.getByRole('form', { name: 'Record a correction (amendment)' });
    expect(await amend.getByLabel('Part of the record').inputValue()).toBe('plan');
    await choose(page, amend.getByLabel('What it corrects'), /^Outcome 3: Ruby feels less worried/);
    expect(await amend.getByLabel('What the record says now').inputValue()).toContain('Attendance above 95%');
    await typeInto(page, amend.getByLabel('The correction', { exact: true }), 'Attendance above 95% this half-term');
    await typeInto(page, amend.getByLabel('Reason for the correction'), 'The school asked for a clear time frame.');
    await activate(page, amend.getByRole('button', { name: 'Record the amendment' }));
    await page.getByText('Correction: Attendance above 95% this half-term').waitFor();
    expect(await page.getByRole('region', { name: 'Amendments' }).innerText()).toContain('Plan, Outcome 3: Ruby feels less worried');
    await expect.poll(() => page.getByRole('row', { name: /Finalised by the chair/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'sign-off, amended');
    await openSection(page, 'Plan');
    await expect.poll(() => outcome3.innerText()).toContain('Amended');
    expect(await outcome3.innerText()).toContain('Attendance above 95% this half-term');

    // The first review: another date needs a reason; on the booked date (brought forward) it starts.
    await openSection(page, 'Sign-off and history');
    const review = page.getByRole('form', { name: 'Start the review conference' });
    await chooseRadio(page, review.getByRole('group', { name: 'When is the review?' }), 'On another date');
    await typeDate(page, review.getByRole('group', { name: 'Date of the review' }), ['28', '5', '2026']);
    await activate(page, review.getByRole('button', { name: 'Start the review conference' }));
    await expect.poll(() => review.getByRole('alert').innerText()).toContain('Say why the review is on another date.');
    await expectNoAxeViolations(page, 'sign-off, review on another date');
    await chooseRadio(page, review.getByRole('group', { name: 'When is the review?' }), 'On the date booked in the plan: Thu 4 Jun 2026');
    await activate(page, review.getByRole('button', { name: 'Start the review conference' }));
    await page.getByRole('heading', { level: 1, name: /^Review conference: Ruby Price, Leo Mills/ }).waitFor();
    expect(await page.locator('.conference-meta').innerText()).toContain('Thu 4 Jun 2026');
    await openSection(page, 'Plan');
    await page.getByRole('heading', { name: /Outcome 1: Ruby and Leo are safe at home/ }).waitFor();
    expect(await page.getByRole('group', { name: 'Progress since the last conference' }).count()).toBe(7);
    await expectNoAxeViolations(page, 'review plan');
    await page.context().close();
    // Every text's "who may see this" control is one more Tab stop on the way through each form.
  }, 240_000);
});

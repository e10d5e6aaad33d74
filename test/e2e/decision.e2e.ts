/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host';
import { expectNoAxeViolations, launchChromium, newPage } from './browser';

let browser: Browser;
const dataDir = makeTempDir('confer-e2e-decision-');
let host: RunningWebHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startWebHostProcess(dataDir.path);
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
  dataDir.remove();
});

interface Reply {
  ok: boolean;
  value: Record<string, unknown> & { id: string };
  error?: { kind: string };
}
async function api(name: string, body: unknown): Promise<Reply> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-confer-token': host.token },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Reply;
}

/** Focus, as a keyboard user arrives at it, then type. */
async function typeInto(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}
async function press(page: Page, control: Locator, key = 'Enter') {
  await control.focus();
  await page.keyboard.press(key);
}
async function openSection(page: Page, name: string) {
  await press(page, page.getByRole('navigation', { name: 'Conference set-up' }).getByRole('link', { name, exact: true }));
  await expect.poll(() => page.title()).toContain(name);
}

type Detail = { id: string; children: { id: string; givenName: string; isUnborn: boolean }[]; familyMembers: { id: string; displayName: string }[]; invitations: { invitee: { kind: string; name: string; professionalId?: string } }[] };

describe('deciding, planning and signing off the example conference', () => {
  it('decides for every child, records the plan, finalises, refuses an edit, amends and starts the review', async () => {
    const example = (await api('loadExampleConference', {})).value as unknown as Detail;
    const child = (name: string) => example.children.find((c) => (name === 'unborn' ? c.isUnborn : c.givenName === name))?.id ?? '';
    const member = (name: string) => example.familyMembers.find((m) => m.displayName === name)?.id ?? '';
    const professional = (name: string) => example.invitations.find((i) => i.invitee.name === name)?.invitee.professionalId ?? '';
    const page = await newPage(browser);
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/conferences/${example.id}/analysis`);
    await page.getByRole('heading', { level: 2, name: 'Analysis' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'What are we worried about?' }).count()).toBe(1);

    // Analysis: the first danger statement, and its safety goal, by keyboard.
    await press(page, page.getByLabel('What kind of statement'), 'Tab');
    await page.getByLabel('What kind of statement').selectOption('danger');
    await typeInto(page, page.getByLabel('Statement', { exact: true }), 'Children’s services, police and school are worried that if Jordan drinks and there is another fight at home, Ruby and Leo could be hurt again, like when Leo hit his head, and Ruby will keep feeling scared and hiding.');
    await press(page, page.getByRole('button', { name: 'Add statement' }));
    await page.getByText('Danger statement 1', { exact: false }).first().waitFor();
    await page.getByLabel('What kind of statement').selectOption('safety-goal');
    await page.getByLabel('The danger statement this safety goal answers').selectOption({ index: 1 });
    await typeInto(page, page.getByLabel('Statement', { exact: true }), 'Ruby and Leo live in a home where adults do not hurt each other, and everyone, including Carol and Megan, knows what to do if Jordan has been drinking.');
    await press(page, page.getByRole('button', { name: 'Add statement' }));
    await page.getByText('(answers danger statement 1)').waitFor();
    await page.getByLabel('Who gave it').selectOption({ label: 'Ruby Price (child)' });
    await typeInto(page, page.getByLabel('Score from 0 to 10'), '5');
    await typeInto(page, page.getByLabel('Their reason, in their words'), 'Better since Jordan went to Uncle Sam’s.');
    await press(page, page.getByRole('button', { name: 'Add scale' }));
    await page.getByRole('row', { name: /Ruby Price/ }).waitFor();
    await expectNoAxeViolations(page, 'analysis');

    // Decisions: Ruby through the form; the two-limb test is on screen.
    await openSection(page, 'Decisions');
    expect(await page.getByText('professional judgement is that further ill-treatment or impairment is likely').count()).toBe(1);
    await press(page, page.getByRole('button', { name: 'Record the decision for Ruby Price' }));
    const form = page.getByRole('form', { name: 'Decision for Ruby Price' });
    await press(page, form.getByRole('button', { name: 'Save the decision for Ruby Price' }));
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').innerText()).toContain('Choose the decision');
    await press(page, form.getByLabel('A child protection plan', { exact: true }), 'Space');
    await press(page, form.getByRole('group', { name: 'Is the test for a child protection plan met?' }).getByLabel('Yes'), 'Space');
    await press(page, form.getByLabel('(b) Harm is likely'), 'Space');
    await press(page, form.getByRole('group', { name: /Category of abuse/ }).getByLabel('Emotional abuse'), 'Space');
    await typeInto(page, form.getByLabel('The chair’s decision and reasons'), 'Ruby hides under her bed when the shouting starts; she is likely to suffer emotional harm.');
    await press(page, form.getByRole('button', { name: 'Save the decision for Ruby Price' }));
    await page.getByRole('button', { name: 'Change the decision for Ruby Price' }).waitFor();
    expect(await page.getByRole('region', { name: 'Ruby Price' }).innerText()).toContain('Emotional abuse (EMO)');
    await expectNoAxeViolations(page, 'decisions');

    // Leo, with the police disagreement on his category, and the unborn baby deferred to the review of 4 June 2026.
    const views = [
      { familyMemberId: member('Danielle Price'), agreement: 'partly', view: 'Agrees with the worries; disagrees with the word “abuse”.' },
      { familyMemberId: member('Jordan Mills'), agreement: 'disagrees', view: 'Says he is “not a danger sober”.' },
    ];
    expect((await api('saveDecision', { conferenceId: example.id, childId: child('Leo'), decision: { testMet: true, limb: 'a', outcome: 'plan', categories: ['emotional'], chairReasons: 'The primary concern is Leo’s exposure to domestic abuse.', agencyViews: [{ professionalId: professional('DC Hannah Cole'), view: 'plan', categories: ['physical'], reason: 'Leo was injured.' }], familyViews: views } })).ok).toBe(true);
    expect((await api('saveDecision', { conferenceId: example.id, childId: child('unborn'), decision: { outcome: 'deferred', chairReasons: 'Considered; the pre-birth assessment is not complete.', deferredTo: '2026-06-04', deferredReason: 'Pre-birth assessment to complete.' } })).ok).toBe(true);
    await page.reload();
    await press(page, page.getByRole('button', { name: 'Record a disagreement about Leo Mills' }));
    const dissent = page.getByRole('form', { name: 'Disagreement about Leo Mills' });
    await dissent.getByLabel('Who disagrees').selectOption({ label: 'DC Hannah Cole (Detective Constable, Public Protection Unit)' });
    await typeInto(page, dissent.getByLabel('Grounds'), 'Police think the category should be physical abuse because Leo was injured.');
    await typeInto(page, dissent.getByLabel('Time raised'), '11:40');
    await press(page, dissent.getByRole('button', { name: 'Record it' }));
    await page.getByText('Disagreement (recorded, not formal dissent)').waitFor();
    expect(await page.getByRole('region', { name: 'Unborn baby Mills' }).innerText()).toContain('Thu 4 Jun 2026');
    await expectNoAxeViolations(page, 'decisions, all recorded');

    // The plan from the example (the rest through the application), then the screen.
    const outcome = async (text: string, measure: string, what: string, owners: unknown[], dueDate: string) => {
      const id = crypto.randomUUID();
      await api('saveOutcome', { conferenceId: example.id, id, text, measure });
      await api('saveAction', { conferenceId: example.id, id: crypto.randomUUID(), outcomeId: id, what, owners, dueDate });
    };
    const pro = (name: string) => ({ kind: 'professional', professionalId: professional(name) });
    const fam = (name: string) => ({ kind: 'family-member', familyMemberId: member(name) });
    await outcome('Ruby and Leo are safe at home', 'No police call-outs; the children say home feels calm', 'Jordan will not come to the house if he has had any alcohol; if he does, Danielle or Carol will call the police', [fam('Jordan Mills'), fam('Danielle Price'), fam('Carol Price')], '2026-03-19');
    await outcome('Jordan’s drinking is less risky', 'Jordan attends sessions; the alcohol service reports to the core group', 'Jordan will go to the alcohol service and tell Tom after each appointment', [fam('Jordan Mills'), pro('Northmere Alcohol Service')], '2026-04-09');
    await outcome('Ruby feels less worried and is in school', 'Attendance above 95%', 'Mr Foster will give Ruby a weekly check-in with a trusted adult', [pro('Ian Foster')], '2026-03-23');
    await outcome('Leo’s speech improves', 'The speech and language referral is seen', 'Grace will refer Leo to speech and language therapy and visit monthly', [pro('Grace Morgan')], '2026-03-27');
    await outcome('The family network helps keep the children safe', 'A family plan is agreed', 'Family group decision-making meeting with Carol, Megan, Sam and the parents', [{ kind: 'named', name: 'FGDM coordinator (Northmere)' }], '2026-04-30');
    await outcome('The baby is safe at birth', 'A birth plan is agreed', 'Pre-birth assessment and birth plan with the midwife', [pro('Tom Reeves'), pro('Lucy Tran')], '2026-06-04');
    await openSection(page, 'Plan');
    await page.getByRole('heading', { name: /Outcome 1: Ruby and Leo are safe at home/ }).waitFor();
    await press(page, page.getByRole('button', { name: 'Add an action to outcome 1' }));
    const action = page.getByRole('form', { name: 'New action for outcome 1' });
    await typeInto(page, action.getByLabel('What will happen'), 'Tom will visit Ruby and Leo at least every 10 working days and see Ruby on her own');
    await action.getByLabel('A professional or family member').selectOption({ label: 'Tom Reeves (Family help lead practitioner (social worker))' });
    await press(page, action.getByRole('button', { name: 'Add person' }));
    const due = action.getByRole('group', { name: 'By when' });
    await typeInto(page, due.getByLabel('Day'), '2');
    await typeInto(page, due.getByLabel('Month'), '4');
    await typeInto(page, due.getByLabel('Year'), '2026');
    await typeInto(page, action.getByLabel('How often (if it repeats)'), 'Every 10 working days');
    await press(page, action.getByRole('button', { name: 'Add action' }));
    await page.getByRole('row', { name: /Tom will visit Ruby and Leo/ }).waitFor();
    expect(await page.getByText('Due by Thu 2 Apr 2026.').count()).toBe(1);
    expect(await page.getByText(/Due by Fri 19 Jun 2026/).count()).toBe(1);
    await expectNoAxeViolations(page, 'plan');
    expect(
      (
        await api('savePlan', {
          conferenceId: example.id,
          plan: {
            visits: [
              { childId: child('Ruby'), frequency: 'At least every 10 working days', where: 'Home and school', seenAlone: 'Every visit, at school' },
              { childId: child('Leo'), frequency: 'At least every 10 working days', where: 'Home and nursery', seenAlone: 'At nursery, monthly' },
            ],
            familyNetwork: { fgdm: 'offered', fgdmDate: '2026-04-30', coordinator: 'Northmere FGDM service', fnspRequested: true, fnspItems: [{ description: 'A bed and bedding for Ruby at Carol’s home', amount: '£320' }, { description: 'Bus pass for Carol for 3 months', amount: '£60 a month' }] },
            contingency: 'If Jordan returns to the home without agreement, drinks there, or there is another incident, Tom will hold an urgent strategy discussion the same day; the children may stay with Carol; an early review will be called.',
            coreGroup: [fam('Danielle Price'), fam('Jordan Mills'), fam('Carol Price'), pro('Tom Reeves'), pro('Grace Morgan'), pro('Ian Foster'), pro('Beth Owen'), pro('Nadia Rahman'), pro('Kerry Walsh')],
            firstCoreGroupDate: '2026-04-01',
            nextReviewDate: '2026-06-04',
            broughtForwardReason: 'Brought forward to about 30 weeks so the unborn baby can be decided before the birth.',
          },
        })
      ).ok,
    ).toBe(true);

    // Sign-off: finalise with a confirmation step.
    await openSection(page, 'Sign-off and history');
    await press(page, page.getByRole('button', { name: 'Finalise the conference' }));
    await press(page, page.getByRole('button', { name: 'Yes, finalise it' }));
    await page.getByRole('heading', { name: 'Finalised', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'sign-off, finalised');

    // An edit is refused, by the screen and by the application.
    await openSection(page, 'Decisions');
    expect(await page.getByText('This conference is finalised, so this part of the record cannot be changed.').count()).toBe(1);
    expect(await page.getByRole('button', { name: /Change the decision/ }).count()).toBe(0);
    const edit = await api('saveDecision', { conferenceId: example.id, childId: child('Ruby'), decision: { outcome: 'no-plan', testMet: false, instead: 'no-further-action', chairReasons: 'Changed.' } });
    expect(edit.ok).toBe(false);
    expect(edit.error?.kind).toBe('locked');

    // A correction is an amendment, shown with its reason; the history shows every change.
    await openSection(page, 'Sign-off and history');
    const amend = page.getByRole('form', { name: 'Record a correction (amendment)' });
    await amend.getByLabel('Part of the record').selectOption('plan');
    await typeInto(page, amend.getByLabel('What the record says now'), 'Attendance above 95%');
    await typeInto(page, amend.getByLabel('The correction', { exact: true }), 'Attendance above 95% this half-term');
    await typeInto(page, amend.getByLabel('Reason for the correction'), 'The school asked for a clear time frame.');
    await press(page, amend.getByRole('button', { name: 'Record the amendment' }));
    await page.getByText('Correction: Attendance above 95% this half-term').waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Finalised by the chair/ }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /Added: Amendment/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'sign-off, amended');

    // The first review starts from this conference, on the date brought forward.
    await press(page, page.getByRole('button', { name: 'Start the review conference' }));
    await page.getByRole('heading', { level: 1, name: /^Review conference: Ruby Price, Leo Mills/ }).waitFor();
    expect(await page.locator('.conference-meta').innerText()).toContain('Thu 4 Jun 2026');
    await openSection(page, 'Plan');
    await page.getByRole('heading', { name: /Outcome 1: Ruby and Leo are safe at home/ }).waitFor();
    expect(await page.getByRole('group', { name: 'Progress since the last conference' }).count()).toBeGreaterThan(6);
    await expectNoAxeViolations(page, 'review plan');
    await openSection(page, 'Decisions');
    await press(page, page.getByRole('button', { name: 'Record the decision for Ruby Price' }));
    expect(await page.getByRole('form', { name: 'Decision for Ruby Price' }).getByLabel('The child protection plan continues', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page, 'review decisions');
    await page.context().close();
  });
});

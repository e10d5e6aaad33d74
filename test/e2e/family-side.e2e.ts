/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../electron/handlers/app';
import { ADEYEMI, adeyemiConference } from '../support/family-side';
import { pdfText } from '../support/pdf-checks';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach, typeInto } from './keyboard';

const journey = useJourney('confer-e2e-family-side-');
const PASSPHRASE = 'lantern orchard pebble';

/** The fixture's calls through the web host's API, as the page makes them. */
const viaHost = { dispatch: (name: string, input: unknown) => journey.post(name, input) } as unknown as Application;

describe('issue 17: the family’s information pack and their feedback in family mode', () => {
  it('makes a pack from Invitations, takes feedback in family mode, and only the passphrase leaves it', async () => {
    await journey.post('setPassphrase', { passphrase: PASSPHRASE });
    const family = await adeyemiConference(viaHost);

    const page = await journey.newPage();
    // The web host's first address carries its token: open it, then go to the section.
    await page.goto(journey.host.url);
    await page.getByRole('heading', { level: 1, name: 'Conferences' }).waitFor();
    await page.evaluate((id) => (window.location.hash = `#/conferences/${id}/invitations`), family.conferenceId);
    const packs = page.getByRole('region', { name: 'Information packs for the family' });
    await packs.waitFor();
    await expectNoAxeViolations(page, 'invitations with the information packs');

    // The chair's reason, in plain words for the family, saved by keyboard.
    await typeInto(page, packs.getByLabel('In plain words for the family'), ADEYEMI.reason);
    await activate(page, packs.getByRole('button', { name: 'Save the reason' }));
    await expect
      .poll(async () => ((await journey.post('getInformationPacks', { conferenceId: family.conferenceId })) as { value: { reason: { reason: string } } }).value.reason.reason)
      .toBe(ADEYEMI.reason);

    // The information pack for Grace, made and saved by keyboard.
    await activate(page, packs.getByRole('button', { name: 'Make the information pack for Grace Adeyemi' }));
    const made = page.getByRole('heading', { name: /^Made: Your information pack for the meeting on Thursday 19 March 2026$/ });
    await made.waitFor({ timeout: 60_000 });
    await expect.poll(() => isFocused(made)).toBe(true);
    await reach(page, page.getByRole('button', { name: 'Save the information pack for Grace Adeyemi' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('information-pack-grace-adeyemi-2026-03-19.pdf');
    const saved = await download.path();
    expect((await readFile(saved)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The reason the chair typed is in Grace's pack (it reaches her); the views page is at its end.
    const words = pdfText(saved).replace(/\s+/g, ' ');
    expect(words).toContain(ADEYEMI.reason);
    expect(words).toContain('My views');
    await expect.poll(() => page.getByTestId(`pack-status-${family.grace}`).innerText()).toMatch(/^went out /);
    await expectNoAxeViolations(page, 'invitations with a pack made');
    const listed = (await journey.post('listDocumentExports', { conferenceId: family.conferenceId })) as { value: { kind: string; recipientName: string; madeAt: string }[] };
    expect(listed.value.find((d) => d.kind === 'information-pack')).toMatchObject({ recipientName: 'Grace Adeyemi', madeAt: expect.any(String) });

    // Family mode, started by the chair from the conference.
    await activate(page, page.getByRole('link', { name: 'Family feedback' }));
    await page.getByRole('heading', { level: 2, name: 'Family mode' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Family feedback: /);
    await activate(page, page.getByRole('button', { name: 'Start family mode' }));
    await page.getByRole('heading', { level: 1, name: 'Your views on the meeting' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.content()).not.toContain('Riverside');
    await expectNoAxeViolations(page, 'family mode');

    // Neither navigating, reloading nor calling the API opens the record.
    await page.evaluate((id) => (window.location.hash = `#/conferences/${id}`), family.conferenceId);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your views on the meeting' }).waitFor();
    expect(await journey.post('getConference', { conferenceId: family.conferenceId })).toMatchObject({ ok: false, error: { kind: 'locked', message: expect.stringContaining('family mode') } });

    // The first person answers without a name; the second as who they are.
    const answer = async (statement: string, steps: number) => {
      await reach(page, page.getByRole('group', { name: statement }).getByLabel('I do not want to answer'));
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowUp');
    };
    await reach(page, page.getByRole('group', { name: 'Are you…' }).getByLabel('A parent or carer'));
    await page.keyboard.press('Space');
    await answer('I knew why we were meeting.', 2); // Mostly
    await answer('I was listened to.', 1); // Yes, completely
    await typeInto(page, page.getByLabel('Is there anything else you want to tell us?'), 'Thank you for the breaks.');
    await activate(page, page.getByRole('button', { name: 'Send my answers' }));
    const thanks = page.getByText('Thank you. Your answers are saved. The next person can answer now.');
    await thanks.waitFor();
    await expect.poll(() => isFocused(thanks)).toBe(true);
    expect(await page.getByLabel('Is there anything else you want to tell us?').inputValue()).toBe('');
    await expectNoAxeViolations(page, 'family mode (answers saved)');

    await reach(page, page.getByRole('group', { name: 'Who is answering?' }).getByLabel('I would rather not say my name'));
    await page.keyboard.press('ArrowDown'); // Grace Adeyemi
    expect(await page.getByRole('group', { name: 'Who is answering?' }).getByLabel('Grace Adeyemi').isChecked()).toBe(true);
    await answer('I understood the decision.', 3); // Partly
    await activate(page, page.getByRole('button', { name: 'Send my answers' }));
    await expect.poll(() => isFocused(thanks)).toBe(true);

    // Leaving: without the passphrase, with a wrong one, then the right one.
    await activate(page, page.getByRole('button', { name: 'Leave family mode', expanded: false }));
    const leave = page.locator('#leave-family-mode-form');
    await activate(page, leave.getByRole('button', { name: 'Leave family mode' }));
    await expect.poll(() => leave.getByRole('alert').innerText()).toContain('Enter the passphrase.');
    await expectNoAxeViolations(page, 'family mode (leaving without the passphrase)');
    await typeInto(page, leave.getByLabel('Confer’s passphrase'), 'lantern orchard');
    await page.keyboard.press('Enter');
    await expect.poll(() => leave.getByRole('alert').innerText()).toContain('not right');
    await page.getByRole('heading', { level: 1, name: 'Your views on the meeting' }).waitFor();
    expect(await journey.post('listConferences', {})).toMatchObject({ ok: false, error: { kind: 'locked' } });
    await typeInto(page, leave.getByLabel('Confer’s passphrase'), PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Answers so far' }).waitFor();
    await expect.poll(() => page.getByTestId('feedback-total').innerText()).toBe('2 people have answered.');
    await expectNoAxeViolations(page, 'family feedback after family mode');

    // A paper form typed in later, in normal mode.
    await activate(page, page.getByRole('button', { name: 'Enter answers from a paper form' }));
    await reach(page, page.getByRole('group', { name: 'Are you…' }).getByLabel('A parent or carer'));
    await page.keyboard.press('ArrowDown'); // A young person
    expect(await page.getByRole('group', { name: 'Are you…' }).getByLabel('A young person').isChecked()).toBe(true);
    await activate(page, page.getByRole('button', { name: 'Save these answers' }));
    await expect.poll(() => page.getByTestId('feedback-total').innerText()).toBe('3 people have answered.');
    const counts = (await journey.post('getFeedbackCounts', { conferenceId: family.conferenceId })) as { value: { byHow: Record<string, number>; anonymous: number } };
    expect(counts.value).toMatchObject({ anonymous: 2, byHow: { 'on-the-laptop': 2, 'from-paper': 1 } });
    await page.context().close();
  }, 240_000);
});

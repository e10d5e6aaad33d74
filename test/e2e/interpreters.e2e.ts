/// <reference lib="dom" />
// (evaluate callbacks run in the browser.)
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../shared/capture/schema';
import type { ConferenceDetail } from '../../shared/conference/details';
import { expectNoAxeViolations } from './browser';
import { useJourney } from './journey';
import { activate, isFocused, reach, typeInto } from './keyboard';

const journey = useJourney('confer-e2e-interpreters-');

type Reply<T> = { ok: true; value: T };

/** The example held, with its first family member needing a Tigrinya interpreter (set through the Family page's call). */
async function exampleWithInterpreterNeed(): Promise<{ conference: ConferenceDetail; memberName: string }> {
  const conference = ((await journey.post('loadExampleConference', { stage: 'held' })) as Reply<ConferenceDetail>).value;
  const member = conference.familyMembers[0]!;
  const { id, ...rest } = member;
  const details = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'displayName'));
  await journey.post('updateFamilyMember', { familyMemberId: id, member: { ...details, interpreterLanguage: 'Tigrinya', interpreterPreferences: 'a woman, never a family member' } });
  return { conference, memberName: member.displayName };
}

describe('interpreters where the meeting happens, by keyboard', () => {
  it('books the interpreter on the invitations page, then records them present and out of the room for a restricted part', async () => {
    const { conference, memberName } = await exampleWithInterpreterNeed();
    const page = await journey.newPage();
    await page.goto(journey.host.url);
    await page.getByRole('heading', { name: 'Conferences', level: 1 }).waitFor();
    await page.evaluate((id) => (window.location.hash = `#/conferences/${id}/invitations`), conference.id);

    // The need, with its preferences, and "to book".
    const panel = page.getByRole('region', { name: 'Interpreters to book' });
    await panel.getByText(`Interpreter in Tigrinya for ${memberName}. Preferences: a woman, never a family member.`).waitFor();
    await panel.getByText('Not booked yet.').waitFor();
    await panel.getByText('One interpreter is still to book.').waitFor();
    await expectNoAxeViolations(page, 'invitations with an interpreter to book');

    // A name with a line break cannot be typed, but one far too long is refused, with the summary focused.
    const form = panel.getByRole('form', { name: `Interpreter for ${memberName}` });
    await reach(page, form.getByLabel('Booked'));
    await page.keyboard.press('Space');
    await typeInto(page, form.getByLabel('Interpreter’s name'), 'x'.repeat(201));
    await activate(page, form.getByRole('button', { name: `Save the interpreter for ${memberName}` }));
    const summary = form.getByRole('alert');
    await summary.getByText(/at most 200 characters/u).waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);

    await typeInto(page, form.getByLabel('Interpreter’s name'), 'Selam Haile');
    await activate(page, form.getByRole('button', { name: `Save the interpreter for ${memberName}` }));
    await panel.getByText('Every interpreter needed is booked.').waitFor();
    await panel.getByText('Booked: Selam Haile.').waitFor();
    await expectNoAxeViolations(page, 'invitations with the interpreter booked');

    // A restricted part, then on the minutes screen: under "Who is here", present and out of the room for it.
    const partId = crypto.randomUUID();
    await journey.post('saveRestrictedPart', { id: partId, conferenceId: conference.id, reason: 'police-investigation', startedAt: '10:41', endedAt: '10:50', whoLeftIds: [conference.familyMembers[0]!.id] });
    await page.evaluate((id) => (window.location.hash = `#/conferences/${id}`), conference.id);
    await activate(page, page.getByRole('link', { name: /^Start or continue the minutes$/u }));
    await page.getByRole('heading', { name: /^Minutes: / }).waitFor();
    const here = page.getByRole('region', { name: 'Interpreters' });
    await here.getByText(`Interpreter in Tigrinya for ${memberName}.`, { exact: false }).waitFor();
    await here.getByText('Booked: Selam Haile.', { exact: false }).waitFor();
    await reach(page, here.getByLabel('Interpreter present'));
    await page.keyboard.press('Space');
    await reach(page, here.getByLabel('Left the room for the restricted part from 10:41'));
    await page.keyboard.press('Space');
    await activate(page, here.getByRole('button', { name: `Save the interpreter for ${memberName}` }));
    await here.getByText(`Saved: the interpreter for ${memberName}.`).waitFor();
    await expectNoAxeViolations(page, 'minutes with the interpreter present');

    // In attendance too: the interpreter present, and out of the room for the part.
    await reach(page, page.getByRole('tab', { name: 'Minutes' }));
    await page.keyboard.press('ArrowRight');
    const attendance = page.getByRole('region', { name: 'Interpreters' });
    await attendance.getByText(`Interpreter in Tigrinya for ${memberName}.`, { exact: false }).waitFor();
    expect(await attendance.getByLabel('Interpreter present').isChecked()).toBe(true);
    expect(await attendance.getByLabel('Left the room for the restricted part from 10:41').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'attendance with the interpreter present');

    const capture = ((await journey.post('getCapture', { conferenceId: conference.id })) as Reply<Capture>).value;
    expect(capture.interpreters[0]).toMatchObject({ booked: true, name: 'Selam Haile', present: true, leftForPartIds: [partId] });
    await page.context().close();
  });
});

import { describe, expect, it } from 'vitest';
import { checkText, type Finding } from '../../shared/language';
import { conferenceNames } from '../../shared/language-settings/names';
import { countLabel, isReplacement, nextFinding, promptLabel, rebaseFindings, segmentsFor } from '../../renderer/src/language/findings';

const text = 'Mother presents as having poor insight. We will liaise prior to the meeting.';
const findings = checkText(text, { audience: 'professional' });

describe('findings in a text box', () => {
  it('keeps findings before and after an edit in place, and drops the ones the edit touched', () => {
    const edited = text.replace('poor insight', 'little insight');
    const moved = rebaseFindings(text, edited, findings);
    for (const finding of moved) expect(edited.slice(finding.start, finding.end)).toBe(finding.text);
    expect(moved.map((f) => f.text)).toEqual(expect.arrayContaining(['Mother', 'presents as', 'liaise', 'prior to']));
    expect(moved.map((f) => f.text)).not.toContain('poor insight');
    expect(rebaseFindings(text, text, findings)).toBe(findings);
  });

  it('cuts the text into plain and underlined parts, the most serious level winning', () => {
    const segments = segmentsFor(text, findings, findings[0] ?? null);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const mother = segments.find((s) => text.slice(s.start, s.end) === 'Mother');
    expect(mother).toMatchObject({ level: 'warning', current: true });
    expect(segments.filter((s) => s.level === null).length).toBeGreaterThan(0);
  });

  it('offers a button only for suggestions that can stand in for the words', () => {
    expect(isReplacement({ text: 'before', safe: true })).toBe(true);
    expect(isReplacement({ text: 'Mum', safe: false, replace: true })).toBe(true);
    // A short word the rule has not said fits the words matched is not a change ("said no" for "refused to").
    expect(isReplacement({ text: 'said no', safe: false })).toBe(false);
    expect(isReplacement({ text: 'Say what was seen or heard, when, and what it meant for the child', safe: false })).toBe(false);
    expect(isReplacement({ text: 'did not come to …; said …', safe: false })).toBe(false);
    expect(isReplacement({ text: 'Describe what you saw or heard', safe: false })).toBe(false);
  });

  it('shows a prompt as it is and anything else as an example', () => {
    expect(promptLabel('What was seen, when, and how often?')).toBe('What was seen, when, and how often?');
    expect(promptLabel('Say who did this')).toBe('Say who did this.');
    expect(promptLabel('The school is worried because Maya has been late 6 times this month')).toBe('For example: “The school is worried because Maya has been late 6 times this month”.');
  });

  it('moves to the next and previous finding from the caret, wrapping round', () => {
    const list = [{ start: 0 }, { start: 10 }, { start: 30 }] as unknown as Finding[];
    expect(nextFinding(list, 0, false)).toBe(1);
    expect(nextFinding(list, 100, false)).toBe(0);
    expect(nextFinding(list, 10, true)).toBe(0);
    expect(nextFinding(list, 0, true)).toBe(2);
    expect(nextFinding([], 0, false)).toBe(-1);
    expect(countLabel(3)).toBe('3 suggestions about the wording.');
    expect(countLabel(1)).toBe('1 suggestion about the wording.');
  });

  it('takes the names and places of the conference so they are never findings', () => {
    const { names, places } = conferenceNames({
      children: [{ displayName: 'Ruby Price', givenName: 'Ruby', familyName: 'Price', schoolOrSetting: 'Hollins Lane Primary (Year 4)' }],
      familyMembers: [{ displayName: 'Danielle Price', givenName: 'Danielle', familyName: 'Price' }],
      invitations: [{ invitee: { name: 'Priya Anand' } }],
      chair: null,
      leadPractitioner: null,
      minuteTaker: { name: 'Sam Lee' },
      details: { venue: 'Northmere Family Hub' },
    } as unknown as Parameters<typeof conferenceNames>[0]);
    expect(names).toEqual(['Danielle', 'Danielle Price', 'Price', 'Priya Anand', 'Ruby', 'Ruby Price', 'Sam Lee']);
    expect(places).toEqual(['Hollins Lane Primary', 'Northmere Family Hub']);
  });
});

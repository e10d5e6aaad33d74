import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { DECISION_OUTCOMES } from '../../shared/decision/schema';
import { childPlanFor, childPlanText } from '../../shared/documents/child-plan';
import { CHILD_GLOSSARY, CHILD_HEADINGS, CHILD_WORDS, childDecision } from '../../shared/documents/child-plan-words';
import { checkText, familyPlanGate, readability } from '../../shared/language';
import { conferenceNames } from '../../shared/language-settings/names';
import { aFamilySource, IDS } from '../audience/family-source';
import { aConference } from './child-plan-source';

/** Every fixed word of the child's copy: headings, sentences around the conference's words, and the glossary. */
function fixedWords(): string[] {
  const worker = 'Sol Worker';
  return [
    ...Object.values(CHILD_HEADINGS),
    CHILD_WORDS.title('Tegan'),
    CHILD_WORDS.madeFor('Tegan'),
    ...CHILD_WORDS.introduction('Tegan'),
    ...CHILD_WORDS.whyWeMet('2026-03-19', ['Kai', 'the baby']),
    CHILD_WORDS.youToldUsIntro,
    CHILD_WORDS.youToldUsEmpty(worker),
    CHILD_WORDS.justForYouIntro,
    CHILD_WORDS.goingWellEmpty(worker),
    CHILD_WORDS.worriesIntro,
    CHILD_WORDS.worriesEmpty(worker),
    CHILD_WORDS.goalsIntro,
    CHILD_WORDS.actionsIntro,
    CHILD_WORDS.who(CHILD_WORDS.nobodyNamed),
    CHILD_WORDS.when(null),
    CHILD_WORDS.when('2026-04-01'),
    CHILD_WORDS.moreActions(1, worker),
    CHILD_WORDS.moreActions(3, CHILD_WORDS.yourWorker),
    CHILD_WORDS.seenHowOften(worker, 'Every week'),
    CHILD_WORDS.seenWhere(worker, 'At school'),
    CHILD_WORDS.seenAlone(worker, 'Every visit'),
    CHILD_WORDS.nextMeeting('2026-06-04'),
    CHILD_WORDS.workerRole,
    CHILD_WORDS.talkToIntro,
    `${CHILD_WORDS.trustedAdult}: ${CHILD_WORDS.trustedAdultAbout}`,
    `${CHILD_WORDS.childline}: ${CHILD_WORDS.childlineAbout}`,
    ...CHILD_WORDS.disagree(worker, '2026-06-04'),
    ...CHILD_WORDS.disagree(CHILD_WORDS.yourWorker, null),
    CHILD_WORDS.wordsIntro,
    ...DECISION_OUTCOMES.flatMap((outcome) => [childDecision(outcome, false), childDecision(outcome, true)]),
    childDecision(null, false),
    ...CHILD_GLOSSARY.map((entry) => `${entry.term}: ${entry.meaning}`),
  ];
}

describe('the child’s own copy passes the language checks', () => {
  it('its fixed words have no findings at all, and read below the children’s target reading age', () => {
    const lines = fixedWords();
    const findings = checkText(lines.join('\n'), { audience: 'family', names: ['Tegan', 'Kai', 'Sol Worker'] });
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId}: ${f.text}`)).toEqual([]);
    const scores = readability(lines.join('\n'));
    expect(scores.readingAge ?? Infinity).toBeLessThanOrEqual(DEFAULT_AUTHORITY_SETTINGS.childReadingAgeTarget);
    expect(scores.longestSentenceWords).toBeLessThanOrEqual(20);
  });

  it('a whole copy is measured against the children’s target, which is lower than the adults’', () => {
    const source = aConference();
    expect(source.settings.childReadingAgeTarget).toBeLessThan(source.settings.readingAgeTarget);
    const text = childPlanText(childPlanFor(source, IDS.tegan).model).join('\n');
    const scores = readability(text);
    expect(scores.readingAge).not.toBeNull();
    expect(scores.readingAge ?? Infinity).toBeLessThanOrEqual(source.settings.childReadingAgeTarget);
    expect(scores.averageSentenceWords ?? Infinity).toBeLessThanOrEqual(12);
    const findings = checkText(text, { audience: 'family', ...conferenceNames(source.conference) });
    expect(familyPlanGate(findings, null).allowed).toBe(true);
  });

  it('is held back by wording that would harm or confuse the family, as the family’s plan is', () => {
    const base = aFamilySource();
    const source = {
      ...base,
      decisionRecord: {
        ...base.decisionRecord,
        statements: [{ id: IDS.outcomeBoth.replace('8004', '8eee'), kind: 'danger' as const, text: 'The LADO and MARAC are involved.', pairedDangerId: null, inFamilysWords: false, whoseWords: '', restriction: { level: 'none' as const } }],
      },
    };
    const text = childPlanText(childPlanFor(source, IDS.tegan).model).join('\n');
    const gate = familyPlanGate(checkText(text, { audience: 'family', ...conferenceNames(source.conference) }), null);
    expect(gate.allowed).toBe(false);
    expect(familyPlanGate(checkText(text, { audience: 'family' }), { reason: 'Tegan asked for her copy before the review.' }).allowed).toBe(true);
  });
});

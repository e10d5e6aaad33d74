import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFamilyPlan, familyPlanRecipients, familyPlanText } from '../../shared/documents/family-plan';
import type { DocumentSource } from '../../shared/documents/source';
import { checkText, familyPlanGate, readability } from '../../shared/language';
import { conferenceNames } from '../../shared/language-settings/names';
import { CATEGORY_WORDS, categorySentence, decisionSentence, GLOSSARY, HEADINGS, WORDS } from '../../shared/documents/family-plan-words';
import { DECISION_OUTCOMES, CATEGORIES } from '../../shared/decision/schema';
import { startTestApplication } from '../support/app';
import { ok } from '../support/calls';
import { exampleSource, recordFullExample } from './family-plan-example';

let app: ReturnType<typeof startTestApplication>;
let source: DocumentSource;
beforeAll(async () => {
  app = startTestApplication();
  source = await exampleSource(app, (await recordFullExample(app)).id);
});
afterAll(() => app.dispose());

/** The checks the chair's screen runs: the real engine, the family audience, the conference's names. */
function check(text: string) {
  return checkText(text, { audience: 'family', ...conferenceNames(source.conference) });
}

describe('the family’s plan passes the language checks', () => {
  it('has no error-level findings for any recipient of the example, so the gate lets it out', () => {
    for (const recipient of familyPlanRecipients(source)) {
      const findings = check(familyPlanText(buildFamilyPlan(source, recipient.id)).join('\n'));
      const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.text}`);
      expect(errors, recipient.name).toEqual([]);
      expect(familyPlanGate(findings, null).allowed).toBe(true);
    }
  });

  it('reads at about the authority’s target reading age', () => {
    const text = familyPlanText(buildFamilyPlan(source, familyPlanRecipients(source)[0]?.id ?? '')).join('\n');
    const scores = readability(text);
    expect(scores.readingAge).not.toBeNull();
    expect(scores.readingAge ?? Infinity).toBeLessThanOrEqual(source.settings.readingAgeTarget);
    expect(scores.averageSentenceWords ?? Infinity).toBeLessThanOrEqual(15);
  });

  it('gives every line in reading order: the title first, then who it is for, going well before worries', () => {
    const lines = familyPlanText(buildFamilyPlan(source, familyPlanRecipients(source)[0]?.id ?? ''));
    expect(lines.slice(0, 3)).toEqual(['Our plan for Ruby, Leo and the baby', 'Made for Danielle Price', 'Made on Friday 20 March 2026']);
    expect(lines.indexOf('What is going well')).toBeLessThan(lines.indexOf('What people are worried about'));
  });

  it('its own fixed words have no findings at all when the plan is empty', async () => {
    const empty = startTestApplication();
    try {
      const conference = await ok(empty, 'loadExampleConference', {});
      const bare = await exampleSource(empty, conference.id);
      // The ways to challenge are the decision letter's words, checked with the letter.
      const lines = familyPlanText(buildFamilyPlan(bare, familyPlanRecipients(bare)[0]?.id ?? '')).filter((line) => !bare.letter.howToChallenge.includes(line));
      const findings = checkText(lines.join('\n'), { audience: 'family', ...conferenceNames(bare.conference) });
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId}: ${f.text}`)).toEqual([]);
    } finally {
      empty.dispose();
    }
  });

  it('every heading, template sentence and glossary meaning has no findings at all', () => {
    const lines = [
      ...Object.values(HEADINGS),
      ...GLOSSARY.map((entry) => `${entry.term}: ${entry.meaning}`),
      ...DECISION_OUTCOMES.map((outcome) => decisionSentence('Ruby', outcome, '2026-06-04')),
      decisionSentence('the baby', 'deferred', null),
      categorySentence('Leo', [...CATEGORIES]),
      ...Object.values(CATEGORY_WORDS),
      WORDS.moreActions('Ruby and Leo', 1),
      WORDS.moreActions('Ruby', 3),
      WORDS.laterActionsIntro,
      WORDS.actionsIntro,
      WORDS.goingWellEmpty,
      WORDS.worriesEmpty,
      WORDS.needsToHappenEmpty,
      WORDS.privatePart,
      WORDS.coreGroupIntro,
      WORDS.noChair,
      WORDS.advocate,
      WORDS.glossaryIntro,
      WORDS.chairWas('Priya Anand'),
      WORDS.chairInStrategy('Priya Anand', false),
      WORDS.chairInEnquiry('Priya Anand', true),
      WORDS.caseHolder('Tom Reeves'),
      WORDS.when(null),
      WORDS.who(WORDS.nobodyNamed),
      WORDS.dissentWindow('10:00'),
      WORDS.deferredReview('the baby'),
      ...WORDS.introduction(['Ruby', 'Leo', 'the baby'], '2026-03-19'),
    ];
    const findings = checkText(lines.join('\n'), { audience: 'family', names: ['Ruby', 'Leo', 'Priya Anand', 'Tom Reeves'] });
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/language/check';
import type { Category } from '../../shared/language/types';

function raised(text: string, options: { names?: string[]; places?: string[] } = {}): Category[] {
  return [...new Set(checkText(text, { audience: 'family', ...options }).filter((f) => f.severity !== 'info').map((f) => f.category))];
}

describe('the family\'s and the child\'s own words', () => {
  it('leaves straight-quoted speech alone', () => {
    expect(raised('Jordan said, "I\'m not an alcoholic and I was never hostile."')).toEqual([]);
  });

  it('leaves curly-quoted speech alone', () => {
    expect(raised('Carol told Tom, “Danielle refused to let him in.”')).toEqual([]);
  });

  it('leaves single-quoted speech alone', () => {
    expect(raised("Ruby said home is 'chaotic when Dad has been drinking'.")).toEqual([]);
  });

  it('leaves a short quote introduced by a speech verb alone', () => {
    expect(raised('Danielle described the flat as "chaotic".')).toEqual([]);
  });

  it('keeps a scare-quoted label, but only as information', () => {
    const findings = checkText('The home was "chaotic".', { audience: 'family' });
    expect(findings.map((f) => [f.category, f.severity])).toEqual([['judgemental', 'info']]);
  });

  it('still flags the writer\'s words outside the quote', () => {
    expect(raised('Jordan said, "I will go," but he failed to attend.')).toEqual(['deficit-blame']);
  });

  it('does not mistake apostrophes for quotes', () => {
    expect(raised("Ruby's dad's flat is chaotic.")).toEqual(['judgemental']);
  });
});

describe('negation', () => {
  it('does not flag a blame word that is negated', () => {
    expect(raised('Danielle has never refused a visit.')).toEqual([]);
    expect(raised('Jordan was not hostile to Tom.')).toEqual([]);
  });

  it('still flags jargon and acronyms when negated', () => {
    expect(raised('There was no contact with Aaron in March.')).toEqual(['system-jargon']);
  });
});

describe('everyday senses', () => {
  it.each([
    'Please keep your contact details up to date.',
    'Tom will contact the school on Monday.',
    'Danielle will contact Nadia if she is worried.',
    'Megan has a work placement at the hospital.',
    'Danielle keeps a bag packed in case she needs to leave.',
    'The court refused the application.',
    'The refuse collection is on Tuesdays.',
    'Carol had an aggressive cancer.',
    'The arguments escalated late at night.',
    'That is not the case.',
  ])('does not flag "%s"', (text) => {
    expect(raised(text)).toEqual([]);
  });
});

describe('names and places', () => {
  it('never flags the names of the people in the conference', () => {
    expect(raised('Hope Case will visit on Friday.', { names: ['Hope Case'] })).toEqual([]);
  });

  it('never flags place names', () => {
    expect(raised('Ruby goes to Placement Road School.', { places: ['Placement Road School'] })).toEqual([]);
  });

  it('treats a capitalised run of words as a name', () => {
    expect(raised('Jordan goes to the Caring Dads group at Contact House.')).toEqual([]);
  });
});

describe('acronyms', () => {
  it('flags an unexplained acronym and offers the expansion as a safe fix', () => {
    const [finding] = checkText('The ICPC is on 19 March.', { audience: 'family' });
    expect(finding?.category).toBe('acronym');
    expect(finding?.severity).toBe('error');
    expect(finding?.suggestions[0]).toEqual({ text: 'initial child protection conference', safe: true });
  });

  it('allows an acronym defined in the text, before or after its uses', () => {
    expect(raised('The IRO will chair. The Independent Reviewing Officer (IRO) is Priya.')).toEqual([]);
    expect(raised('Danielle meets her IDVA (Independent Domestic Violence Adviser) weekly.')).toEqual([]);
  });

  it('allows common acronyms such as GP, NHS and A&E', () => {
    expect(raised('Leo went to A&E and then saw his GP at the NHS clinic.')).toEqual([]);
  });

  it('reads police ranks before a name as part of the name', () => {
    expect(raised('DC Cole came to the meeting.')).toEqual([]);
  });

  it('counts s47 and S20 as acronyms', () => {
    expect(raised('Tom started s47 work.')).toContain('acronym');
  });
});

describe('passives', () => {
  it('flags a passive that hides who acted', () => {
    expect(raised('A decision was made to hold a meeting.')).toEqual(['passive-agentless']);
    expect(raised('Mum was told to keep Jordan away.')).toEqual(['passive-agentless']);
  });

  it('passes a passive that names who acted', () => {
    expect(raised('Mum was told by Tom to keep Jordan away.')).toEqual([]);
  });

  it('does not mistake a deadline for the person who acted', () => {
    expect(raised('The assessment will be completed by Friday.')).toEqual(['passive-agentless']);
  });

  it('treats "was not brought" as the recommended phrase', () => {
    expect(raised('Leo was not brought to his appointment.')).toEqual([]);
  });

  it('passes passives where the actor does not matter', () => {
    expect(raised('Ruby was born in 2016 and the letter has been translated.')).toEqual([]);
  });
});

describe('long sentences', () => {
  const long = 'Tom will visit Ruby and Leo at home at least every ten working days and he will see Ruby on her own so that she can tell him how things are going at home and at school.';

  it('flags a sentence of more than 25 words for the family', () => {
    expect(raised(long)).toEqual(['long-sentence']);
  });

  it('uses the target passed in', () => {
    const findings = checkText('Tom will visit Ruby and Leo every ten working days.', { audience: 'family', targets: { minReadingEase: 60, maxReadingAge: 11, maxSentenceWords: 5 } });
    expect(findings.map((f) => f.category)).toEqual(['long-sentence']);
  });
});

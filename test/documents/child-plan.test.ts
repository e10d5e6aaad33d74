import { describe, expect, it } from 'vitest';
import { buildChildPlan, childPlanFor, childPlanRecipients, childPlanText, ChildPlanRecipientError, MAX_CHILD_ACTIONS } from '../../shared/documents/child-plan';
import { buildFamilyPlan } from '../../shared/documents/family-plan';
import type { Action } from '../../shared/plan/schema';
import { IDS, withLetter } from '../audience/family-source';
import { aConference } from './child-plan-source';

const serialised = (value: unknown) => JSON.stringify(value);

describe('the child’s own copy', () => {
  it('is written to the child, and offered by default from age 10', () => {
    const source = aConference();
    expect(childPlanRecipients(source).map((r) => [r.name, r.age, r.offeredByDefault])).toEqual([
      ['Tegan Brennan', 11, true],
      ['Kai Okafor', 6, false],
    ]);
    const { model } = childPlanFor(source, IDS.tegan);
    expect(model.title).toBe('Your plan, Tegan');
    expect(model.madeFor).toBe('Made for Tegan');
    expect(model.sections.map((s) => s.key)).toEqual(['why-we-met', 'you-told-us', 'just-for-you', 'going-well', 'worries', 'what-will-happen', 'who-you-can-talk-to', 'if-you-do-not-agree', 'words']);
    expect(childPlanText(model).join('\n')).not.toMatch(/subject child/i);
  });

  it('holds what the child told us in their own words, and a view passed on about them', () => {
    const text = childPlanText(childPlanFor(aConference(), IDS.tegan).model).join('\n');
    expect(text).toContain('You said: “I want the shouting to stop.”');
    expect(text).toContain('You said: “I like living with Mum.”');
    expect(text).toContain('The chair told the meeting: Sol said Tegan likes her football club and wants to keep going.');
    expect(text).toContain('The chair told the meeting: Sol said Tegan and Kai both miss their gran.');
    // About Kai alone: not what Tegan told us. And Kai's own words are not in Tegan's copy.
    expect(text).not.toContain('sand tray');
    expect(text).not.toContain('Kai drew his house');
  });

  it('holds what is shared only with the child, in their copy alone', () => {
    const source = aConference();
    const tegan = serialised(childPlanFor(source, IDS.tegan).model);
    expect(tegan).toContain('I do not want Mum to know I told my teacher.');
    expect(tegan).toContain('Tegan told her teacher that she saw Dele hit Amara.');
    for (const other of [childPlanFor(source, IDS.kai).model, buildFamilyPlan(source, IDS.amara), buildFamilyPlan(source, IDS.dele), buildFamilyPlan(source, 'family-network')]) {
      expect(serialised(other)).not.toContain('I do not want Mum to know');
      expect(serialised(other)).not.toContain('she saw Dele hit Amara');
    }
  });

  it('never holds what is kept from the child, from the family, or from someone at home', () => {
    const tegan = serialised(childPlanFor(aConference(), IDS.tegan).model);
    expect(tegan).not.toContain('Tegan kept a diary');
    expect(tegan).not.toContain('Dele was arrested');
    expect(tegan).not.toContain('The police are still looking');
    // Kept from Amara, who lives at home where Tegan's copy is read.
    expect(tegan).not.toContain('refuge');
    // Shared only with Amara: not with Tegan.
    expect(tegan).not.toContain('see her gran more');
  });

  it('shows what is going well before the worries, and says the worries are not the child’s fault', () => {
    const { model } = childPlanFor(aConference(), IDS.tegan);
    const text = childPlanText(model);
    expect(text.indexOf('Amara takes the children to school every day.')).toBeLessThan(text.indexOf('People are worried the children could be hurt if the adults fight.'));
    expect(text).toContain('These are the worries people talked about. None of this is your fault.');
  });

  it('says what will happen for this child only: the decision, how they are seen, their goals and who does what', () => {
    const { model } = childPlanFor(aConference(), IDS.tegan);
    const section = model.sections.find((s) => s.key === 'what-will-happen');
    expect(section).toMatchObject({
      decision: 'You have a child protection plan. It says what people will do to help keep you safe.',
      seen: ['How often Sol Worker will see you: Every 10 working days', 'Where Sol Worker will see you: At school', 'When Sol Worker will see you on your own: Every visit'],
      goals: ['Tegan and Kai are safe at home', 'Tegan is in school'],
      nextMeeting: 'The next meeting about your plan is on Thursday 4 June 2026.',
    });
    const actions = section?.key === 'what-will-happen' ? section.actions.map((a) => a.what) : [];
    expect(actions).toContain('School checks in with Tegan every week.');
    expect(actions).not.toContain('Kai sees a speech therapist.');
  });

  it('lists at most a few things to do, and says how many more there are', () => {
    const source = aConference();
    const many: Action[] = Array.from({ length: MAX_CHILD_ACTIONS + 2 }, (_, i) => ({
      ...(source.decisionRecord.actions[1] as Action),
      id: `00000000-0000-4000-8ccc-${i.toString(16).padStart(12, '0')}`,
      what: `Thing ${i + 1} for Tegan.`,
    }));
    const longer = withLetter({ ...source, decisionRecord: { ...source.decisionRecord, actions: many } });
    const section = childPlanFor(longer, IDS.tegan).model.sections.find((s) => s.key === 'what-will-happen');
    expect(section?.key === 'what-will-happen' && section.actions.length).toBe(MAX_CHILD_ACTIONS);
    expect(section?.key === 'what-will-happen' && section.moreActionsNote).toBe('There are 2 more things people will do. Sol Worker can tell you about them.');
  });

  it('who the child can talk to, and how to say they disagree, name their worker and Childline', () => {
    const text = childPlanText(childPlanFor(aConference(), IDS.tegan).model).join('\n');
    expect(text).toContain('Sol Worker: Your worker. You can ask to see them on your own.');
    expect(text).toContain('Childline: Free and private, day or night. Call 0800 1111, or go to childline.org.uk.');
    expect(text).toContain('It is fine if you do not agree with your plan.');
    expect(text).toContain('The next meeting is on Thursday 4 June 2026. You can ask to come, or to send your views.');
  });

  it('holds no family member’s contact details', () => {
    const tegan = serialised(childPlanFor(aConference(), IDS.tegan).model);
    expect(tegan).not.toContain('3 Elm Road');
    expect(tegan).not.toContain('Hill Street');
  });

  it('is refused for a baby not yet born, for a parent, and for someone not in the family', () => {
    const source = aConference();
    for (const id of [IDS.baby, IDS.amara, 'nobody']) expect(() => childPlanFor(source, id)).toThrow(ChildPlanRecipientError);
    expect(() => buildChildPlan(source, IDS.baby)).toThrow(ChildPlanRecipientError);
  });
});

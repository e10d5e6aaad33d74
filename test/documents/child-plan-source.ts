import type { Restriction } from '../../shared/audience/restriction';
import type { ChildVoice } from '../../shared/capture/schema';
import type { DocumentSource } from '../../shared/documents/source';
import { aContribution, aFamilySource, IDS } from '../audience/family-source';

/**
 * The in-memory family of test/audience/family-source.ts with the children's words: Tegan (11)
 * told us things, two of them shared only with her and one kept from her; a professional passed
 * on her views; Kai said something too; and things are kept from the family and from Amara.
 */
export const sharedOnlyWith = (childIds: string[], familyMemberIds: string[] = []): Restriction => ({ level: 'shared-only-with', reason: 'child-asked', familyMemberIds, childIds, sharedSummary: '' });
export const notFor = (childIds: string[], familyMemberIds: string[] = []): Restriction => ({ level: 'not-for-named', reason: 'child-asked', familyMemberIds, childIds, sharedSummary: '' });

function voice(n: number, childId: string, words: string, restriction: Restriction = { level: 'none' }, method: ChildVoice['method'] = 'three-houses'): ChildVoice {
  return { id: `00000000-0000-4000-8aaa-${n.toString(16).padStart(12, '0')}`, childId, method, gatheredBy: 'Sol Worker', gatheredOn: '2026-03-16', words, restriction };
}

export function aConference(): DocumentSource {
  const source = aFamilySource();
  return {
    ...source,
    capture: {
      ...source.capture,
      childVoices: [
        voice(1, IDS.tegan, 'I want the shouting to stop.'),
        voice(2, IDS.tegan, 'I do not want Mum to know I told my teacher.', sharedOnlyWith([IDS.tegan])),
        voice(3, IDS.kai, 'Kai drew his house with a sun.'),
        voice(4, IDS.tegan, 'Tegan kept a diary for her worker.', notFor([IDS.tegan])),
      ],
      contributions: [
        aContribution(1, 'Sol said Tegan likes her football club and wants to keep going.', '10:05'),
        aContribution(2, 'Sol said Tegan and Kai both miss their gran.', '10:06'),
        aContribution(8, 'Sol said Kai likes the sand tray at nursery.', '10:06'),
        aContribution(3, 'I like living with Mum.', '10:07', { level: 'none' }, { speaker: { kind: 'child', childId: IDS.tegan }, speakerName: 'Tegan Brennan' }),
        aContribution(4, 'Tegan told her teacher that she saw Dele hit Amara.', '10:10', sharedOnlyWith([IDS.tegan]), { kind: 'information', speakerName: 'Sol Worker' }),
        aContribution(5, 'The police are still looking at what happened.', '10:12', { level: 'not-for-family', reason: 'police-investigation', sharedSummary: '' }, { kind: 'information' }),
        aContribution(6, 'Amara has asked for a refuge place.', '10:14', notFor([], [IDS.amara]), { kind: 'information' }),
        aContribution(7, 'Tegan asked to see her gran more.', '10:15', sharedOnlyWith([], [IDS.amara]), { kind: 'child-view' }),
      ],
    },
    decisionRecord: {
      ...source.decisionRecord,
      statements: [
        { id: IDS.outcomeBoth.replace('8004', '8bbb'), kind: 'strength', text: 'Amara takes the children to school every day.', pairedDangerId: null, inFamilysWords: false, whoseWords: '', restriction: { level: 'none' } },
        { id: IDS.outcomeTegan.replace('8004', '8bbb'), kind: 'danger', text: 'People are worried the children could be hurt if the adults fight.', pairedDangerId: null, inFamilysWords: false, whoseWords: '', restriction: { level: 'none' } },
        { id: IDS.outcomeKai.replace('8004', '8bbb'), kind: 'harm', text: 'Dele was arrested in February.', pairedDangerId: null, inFamilysWords: false, whoseWords: '', restriction: notFor([IDS.tegan]) },
      ],
    },
  };
}

/** What Tegan's copy must hold, and never hold, of aConference(). */
export const TEGAN = {
  ownWords: ['I want the shouting to stop.', 'I like living with Mum.'],
  sharedOnlyWithHer: ['I do not want Mum to know I told my teacher.', 'Tegan told her teacher that she saw Dele hit Amara.'],
  keptFromHer: ['Tegan kept a diary for her worker.', 'Dele was arrested in February.', 'The police are still looking at what happened.', 'Amara has asked for a refuge place.', 'Tegan asked to see her gran more.'],
} as const;

import { describe, expect, it } from 'vitest';
import { keptMarking } from '../../renderer/src/capture/keptMarking';
import { restrictionDraftOf } from '../../renderer/src/audience/draft';
import type { ContributionDraft } from '../../renderer/src/capture/draft';

// A fictional meeting: Mr Quayle left the room for a police part from 11:00 to 11:20.
const QUAYLE = '7a7a7a7a-7a7a-47a7-87a7-7a7a7a7a7a7a';
const room = {
  restrictedParts: [{ reason: 'police-investigation' as const, startedAt: '11:00', endedAt: '11:20', whoLeftIds: [QUAYLE], sharedSummary: '' }],
  exclusions: [],
};
const draft = (spokenAt: string, restriction: ContributionDraft['restriction']): ContributionDraft => ({
  id: 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', conferenceId: 'c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1', agendaItemId: 'd1d1d1d1-d1d1-4d1d-8d1d-d1d1d1d1d1d1',
  speaker: { kind: 'chair' }, kind: 'information', text: 'Typed after sign-off.', spokenAt, restriction, reportId: null, kindChosen: true,
});

describe('issue 14 item 2: text kept after sign-off keeps who may see it', () => {
  it('keeps a complete marking as it is, and text for everyone said outside a closed part for everyone', () => {
    const notForQuayle = restrictionDraftOf({ level: 'not-for-named', reason: 'risk', familyMemberIds: [QUAYLE], childIds: [], sharedSummary: '' });
    expect(keptMarking(draft('10:30', notForQuayle), room)).toMatchObject({ level: 'not-for-named', familyMemberIds: [QUAYLE] });
    expect(keptMarking(draft('10:30', restrictionDraftOf({ level: 'none' })), room)).toEqual({ level: 'none' });
  });

  it('keeps from the family what was said in a closed part, or under a marking still being chosen', () => {
    expect(keptMarking(draft('11:05', restrictionDraftOf({ level: 'none' })), room)).toEqual({ level: 'not-for-family', reason: 'police-investigation', sharedSummary: '' });
    const unfinished = { ...restrictionDraftOf({ level: 'none' }), level: 'not-for-named' as const };
    expect(keptMarking(draft('10:30', unfinished), room).level).toBe('not-for-family');
  });
});

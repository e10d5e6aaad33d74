import { beforeAll, describe, expect, test } from 'vitest';
import { FOR_EVERYONE } from '../../shared/audience/restriction';
import type { Exclusion } from '../../shared/capture/schema';
import { buildFamilyPlan, familyPlanRecipients } from '../../shared/documents/family-plan';
import type { DocumentSource } from '../../shared/documents/source';
import { exampleDocumentSource } from '../support/example-document-source';

let source: DocumentSource;
beforeAll(async () => {
  source = await exampleDocumentSource();
}, 60_000);

const childView = () => {
  const view = source.capture.contributions.find((c) => c.kind === 'child-view' && c.restriction.level === 'none');
  if (!view) throw new Error('The example has no open child-view contribution.');
  return view;
};

/** The example with one more exclusion of a parent around the child-view contribution's time. */
function withExclusion(grounds: Exclusion['grounds']): DocumentSource {
  const parent = source.conference.familyMembers.find((m) => m.kind === 'parent-or-carer')!;
  const exclusion: Exclusion = { id: '00000000-0000-4000-8000-00000000e001', familyMemberId: parent.id, familyMemberName: parent.displayName, grounds, startedAt: childView().spokenAt, endedAt: childView().spokenAt, viewsPresentedBy: '', restriction: FOR_EVERYONE };
  return { ...source, capture: { ...source.capture, exclusions: [...source.capture.exclusions, exclusion] } };
}

const everyCopy = (from: DocumentSource) => familyPlanRecipients(from).map((r) => JSON.stringify(buildFamilyPlan(from, r.id)));
const probe = () => childView().text.trim().slice(0, 50);

describe('what was said while a family member was out of the room', () => {
  test('is in the family’s plan when they were out for another reason (the views were heard in the open)', () => {
    for (const copy of everyCopy(withExclusion('conflict-between-family-members'))) expect(copy).toContain(probe());
  });

  test('is left out of every copy when they were out so the meeting could hear confidential information', () => {
    for (const copy of everyCopy(withExclusion('confidential-information'))) expect(copy).not.toContain(probe());
  });

  test('a child’s views given while a parent was out at the child’s request are left out of every copy', () => {
    for (const copy of everyCopy(withExclusion('child-asked'))) expect(copy).not.toContain(probe());
  });
});

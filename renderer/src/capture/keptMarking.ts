import { contributionRestrictions } from '../../../shared/audience/room';
import { RestrictionSchema, type Restriction } from '../../../shared/audience/restriction';
import { restrictionInput } from '../audience/draft';
import type { ContributionDraft } from './draft';

/**
 * Who may see the kept text, as one complete marking the amendment starts with: the
 * contribution's own when it was complete and nothing else applies, otherwise kept from the family
 * (a marking still being chosen, or text said in a closed part of the meeting). When in doubt,
 * leave it out: the chair can open it up on the amendment form.
 */
export function keptMarking(draft: ContributionDraft, capture: Parameters<typeof contributionRestrictions>[1] | null): Restriction {
  const own = RestrictionSchema.safeParse(restrictionInput(draft.restriction));
  const room = capture ? contributionRestrictions({ ...draft, restriction: { level: 'none' } }, capture).filter((r) => r.level !== 'none') : [];
  if (own.success && room.length === 0) return own.data;
  if (own.success && own.data.level === 'not-for-family') return own.data;
  const reason = room[0]?.level === 'not-for-family' || room[0]?.level === 'not-for-named' ? room[0].reason : (draft.restriction.reason ?? 'risk');
  return { level: 'not-for-family', reason, sharedSummary: '' };
}

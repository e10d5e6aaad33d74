/**
 * The conference's own words in one recipient's copy (issue 16): the prose a translator must
 * translate, one segment per text. Read only from the copy `forRecipient` returns, so nothing
 * this recipient may not see can become a segment. Names, dates, ids and the fixed words (which
 * come from language packs) are never segments.
 *
 * A segment's id says where its text comes from (`action:<id>:what`), never its position, so it
 * stays the same when the plan is reordered or grows.
 */
import type { DocumentSource } from '../documents/source';

export const SEGMENT_KINDS = [
  'statement',
  'outcome',
  'outcome-measure',
  'action',
  'action-frequency',
  'visit-frequency',
  'visit-where',
  'visit-seen-alone',
  'contingency',
  'brought-forward-reason',
  'decision-reasons',
  'contribution',
  'child-voice',
  'private-part-summary',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** What each kind of text is, for the translator's note: fixed words, never the text's content. */
export const SEGMENT_KIND_NOTES: Readonly<Record<SegmentKind, string>> = {
  statement: 'What is going well, what the worries are, or what needs to happen',
  outcome: 'A goal of the plan',
  'outcome-measure': 'How everyone will know a goal of the plan is met',
  action: 'Something someone will do',
  'action-frequency': 'How often someone will do something',
  'visit-frequency': 'How often the social worker will see the child',
  'visit-where': 'Where the social worker will see the child',
  'visit-seen-alone': 'When the social worker will see the child on their own',
  contingency: 'What will happen if the plan is not followed',
  'brought-forward-reason': 'Why the next review is earlier',
  'decision-reasons': 'The chair’s reasons for the decision',
  contribution: 'What someone said at the meeting, in their own words',
  'child-voice': 'What a child said, or their views as someone passed them on',
  'private-part-summary': 'A summary of part of the meeting',
};

export interface SourceSegment {
  /** Stable: where the text comes from, e.g. `action:<id>:what`. */
  readonly id: string;
  readonly kind: SegmentKind;
  /** The English, as the copy holds it (trimmed: spaces at the ends never need translating again). */
  readonly source: string;
}

/** A segment with the SHA-256 of its English source (hex), worked out where hashing is available. */
export interface Segment extends SourceSegment {
  readonly hash: string;
}

/** Contributions the family documents print: children's views, and what was shared only with named people (a child's own copy). */
function printedContribution(contribution: DocumentSource['capture']['contributions'][number]): boolean {
  return contribution.kind === 'child-view' || contribution.restriction.level === 'shared-only-with';
}

/** Every text of the conference's own words in this copy, in a stable order (the record's). */
export function copySegments(copy: DocumentSource): SourceSegment[] {
  const segments: SourceSegment[] = [];
  const add = (id: string, kind: SegmentKind, text: string) => {
    const source = text.trim();
    if (source !== '') segments.push({ id, kind, source });
  };
  const { decisionRecord: record, capture } = copy;
  for (const s of record.statements) add(`statement:${s.id}:text`, 'statement', s.text);
  for (const d of record.decisions) add(`decision:${d.id}:reasons`, 'decision-reasons', d.chairReasons);
  for (const o of record.outcomes) {
    add(`outcome:${o.id}:text`, 'outcome', o.text);
    add(`outcome:${o.id}:measure`, 'outcome-measure', o.measure);
  }
  for (const a of record.actions) {
    add(`action:${a.id}:what`, 'action', a.what);
    add(`action:${a.id}:frequency`, 'action-frequency', a.frequency);
  }
  for (const v of record.plan.visits) {
    add(`visit:${v.childId}:frequency`, 'visit-frequency', v.frequency);
    add(`visit:${v.childId}:where`, 'visit-where', v.where);
    add(`visit:${v.childId}:seen-alone`, 'visit-seen-alone', v.seenAlone);
  }
  add('plan:contingency', 'contingency', record.plan.contingency);
  add('plan:brought-forward-reason', 'brought-forward-reason', record.plan.broughtForwardReason);
  for (const c of capture.contributions) if (printedContribution(c)) add(`contribution:${c.id}:text`, 'contribution', c.text);
  for (const v of capture.childVoices) add(`child-voice:${v.id}:words`, 'child-voice', v.words);
  for (const p of capture.restrictedParts) add(`restricted-part:${p.id}:summary`, 'private-part-summary', p.sharedSummary);
  return segments;
}

/** A segment id as copySegments makes them: what it is, its record's id and a field (`plan:contingency` for the plan's own). Also a valid XLIFF unit id (an NMTOKEN). */
export const SEGMENT_ID = /^[a-z-]+:[A-Za-z0-9-]{1,64}(:[a-z-]+)?$/u;

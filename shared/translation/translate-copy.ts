/**
 * One recipient's copy with the conference's own words in another language (issue 16): the same
 * copy, for the same recipient, with the same content; only the texts that are segments
 * (./segments.ts) change, each to its translation when there is one. Names, dates, ids and
 * everything else stay as they are. The copy's letter is translated field by field from the same
 * segments, as it was made from the same record.
 */
import type { ForRecipient } from '../audience/for-recipient';
import type { DocumentSource } from '../documents/source';

/** Translations by segment id; a segment with none keeps its English. */
export type Translations = ReadonlyMap<string, string>;

function translator(translations: Translations) {
  // Only a text the segments read (non-empty) has a translation; an empty one stays empty.
  return (id: string, english: string): string => (english.trim() === '' ? english : (translations.get(id) ?? english));
}

function translateRecord(record: DocumentSource['decisionRecord'], t: ReturnType<typeof translator>): DocumentSource['decisionRecord'] {
  return {
    ...record,
    statements: record.statements.map((s) => ({ ...s, text: t(`statement:${s.id}:text`, s.text) })),
    decisions: record.decisions.map((d) => ({ ...d, chairReasons: t(`decision:${d.id}:reasons`, d.chairReasons) })),
    outcomes: record.outcomes.map((o) => ({ ...o, text: t(`outcome:${o.id}:text`, o.text), measure: t(`outcome:${o.id}:measure`, o.measure) })),
    actions: record.actions.map((a) => ({ ...a, what: t(`action:${a.id}:what`, a.what), frequency: t(`action:${a.id}:frequency`, a.frequency) })),
    plan: {
      ...record.plan,
      visits: record.plan.visits.map((v) => ({
        ...v,
        frequency: t(`visit:${v.childId}:frequency`, v.frequency),
        where: t(`visit:${v.childId}:where`, v.where),
        seenAlone: t(`visit:${v.childId}:seen-alone`, v.seenAlone),
      })),
      contingency: t('plan:contingency', record.plan.contingency),
      broughtForwardReason: t('plan:brought-forward-reason', record.plan.broughtForwardReason),
    },
  };
}

function translateCapture(capture: DocumentSource['capture'], t: ReturnType<typeof translator>): DocumentSource['capture'] {
  return {
    ...capture,
    contributions: capture.contributions.map((c) => ({ ...c, text: t(`contribution:${c.id}:text`, c.text) })),
    childVoices: capture.childVoices.map((v) => ({ ...v, words: t(`child-voice:${v.id}:words`, v.words) })),
    restrictedParts: capture.restrictedParts.map((p) => ({ ...p, sharedSummary: t(`restricted-part:${p.id}:summary`, p.sharedSummary) })),
  };
}

/**
 * The letter was made from the copy's record (shared/letter/decision-letter.ts): a child's reasons
 * from their decision, the outline plan from the outcomes in order and each outcome's actions in
 * order, the contingency and the reason the review is earlier from the plan.
 */
function translateLetter(copy: DocumentSource, t: ReturnType<typeof translator>): DocumentSource['letter'] {
  const { letter, decisionRecord: record, conference } = copy;
  const outlineFromOutcomes = letter.outlinePlan.length === record.outcomes.length;
  return {
    ...letter,
    children: letter.children.map((child, i) => {
      const childId = conference.children[i]?.id;
      const decision = record.decisions.find((d) => d.childId === childId);
      return decision === undefined || decision.chairReasons !== child.reasons ? child : { ...child, reasons: t(`decision:${decision.id}:reasons`, child.reasons) };
    }),
    outlinePlan: !outlineFromOutcomes
      ? letter.outlinePlan
      : letter.outlinePlan.map((line, i) => {
          const outcome = record.outcomes[i]!;
          const actions = record.actions.filter((a) => a.outcomeId === outcome.id);
          return {
            ...line,
            outcome: t(`outcome:${outcome.id}:text`, line.outcome),
            howWeWillKnow: t(`outcome:${outcome.id}:measure`, line.howWeWillKnow),
            actions: line.actions.map((action, j) => {
              const id = actions[j]?.id;
              return id === undefined ? action : { ...action, what: t(`action:${id}:what`, action.what), howOften: t(`action:${id}:frequency`, action.howOften) };
            }),
          };
        }),
    contingency: t('plan:contingency', letter.contingency),
    nextReview: { ...letter.nextReview, broughtForwardReason: t('plan:brought-forward-reason', letter.nextReview.broughtForwardReason) },
  };
}

/** The copy with its own words translated where a translation is given; the rest unchanged. */
export function translateCopy(copy: ForRecipient, translations: Translations): ForRecipient {
  const t = translator(translations);
  const source = copy.source;
  return {
    ...copy,
    source: { ...source, decisionRecord: translateRecord(source.decisionRecord, t), capture: translateCapture(source.capture, t), letter: translateLetter(source, t) },
  };
}

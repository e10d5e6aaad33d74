import { CHILD_VOICE_METHOD_LABELS, CHILD_VOICE_METHODS } from '../capture/schema';
import { CATEGORIES, CATEGORY_LABELS, DECISION_OUTCOME_LABELS, DECISION_OUTCOMES } from '../decision/schema';
import { FEEDBACK_SCALE, FEEDBACK_STATEMENTS } from '../feedback/questions';
import { findingsPerThousandWords, percent, type Figures } from './figures';

/**
 * The evaluation screen's sections, worked out from the figures alone: each row a count with,
 * where it has one, what it is out of. The chart, its text summary and its data table are all
 * drawn from the same rows, so the table says exactly what the chart shows.
 */
export interface FigureRow {
  readonly label: string;
  readonly count: number;
  /** The number it is a share of; null when it is a count on its own. */
  readonly outOf: number | null;
}

export interface FigureSection {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly rows: readonly FigureRow[];
  /** A second table, when a section has one (wording findings over time). */
  readonly extra?: { readonly caption: string; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] } | undefined;
}

function share(count: number, outOf: number): string {
  const p = percent(count, outOf);
  return p === null ? 'none to count yet' : `${count} of ${outOf} (${p}%)`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function figureSections(f: Figures): FigureSection[] {
  const t = f.timeliness;
  const r = f.room;
  const lettersSent = t.lettersOnTime + t.lettersLate;
  const recordsSent = t.recordsOnTime + t.recordsLate;
  const initialCounted = t.initialHeld - t.initialNoStartDate;
  const reviewsCounted = t.reviewsHeld - t.reviewsNoStartDate;
  const parentsRecorded = r.parentsInvited - r.parentsNotRecorded;
  const parentsPresent = r.parentsInPerson + r.parentsOnline;
  const decided = DECISION_OUTCOMES.reduce((sum, outcome) => sum + f.decisionsByOutcome[outcome], 0);
  const familyDocuments = Object.values(f.documentsByKind).reduce((sum, count) => sum + count, 0);
  const latestMonth = f.wordingByMonth.at(-1);
  const latestRate = latestMonth ? findingsPerThousandWords(latestMonth) : null;

  return [
    {
      id: 'timeliness',
      title: 'Timeliness',
      summary:
        `Initial conferences held within timescale: ${share(t.initialOnTime, initialCounted)}. ` +
        `Reviews held on time: ${share(t.reviewsOnTime, reviewsCounted)}. ` +
        `Decision letters sent on time: ${share(t.lettersOnTime, lettersSent)}. ` +
        `Records sent on time: ${share(t.recordsOnTime, recordsSent)}.`,
      rows: [
        { label: 'Initial conferences within timescale', count: t.initialOnTime, outOf: initialCounted },
        { label: 'Reviews on time', count: t.reviewsOnTime, outOf: reviewsCounted },
        { label: 'Decision letters sent on time', count: t.lettersOnTime, outOf: lettersSent },
        { label: 'Decision letters not sent yet', count: t.lettersNotSent, outOf: null },
        { label: 'Records sent on time', count: t.recordsOnTime, outOf: recordsSent },
        { label: 'Records not sent yet', count: t.recordsNotSent, outOf: null },
      ],
    },
    {
      id: 'room',
      title: 'The family in the room',
      summary:
        `Parents and carers present: ${share(parentsPresent, parentsRecorded)} of those whose attendance was recorded ` +
        `(${r.parentsInPerson} in person, ${r.parentsOnline} online). ` +
        `${plural(r.advocatesPresent, 'advocate', 'advocates')} and ${plural(r.networkMembersPresent, 'family network member', 'family network members')} took part. ` +
        `Interpreters booked: ${share(r.interpretersBooked, r.interpretersNeeded)} of those needed. ` +
        `Reports shared with the family in time: ${share(r.reportsSharedInTime, r.reportsShared + r.reportsNotShared)}.`,
      rows: [
        { label: 'Parents present in person', count: r.parentsInPerson, outOf: parentsRecorded },
        { label: 'Parents present online', count: r.parentsOnline, outOf: parentsRecorded },
        { label: 'Parents who did not attend', count: r.parentsDidNotAttend, outOf: parentsRecorded },
        { label: 'Advocates present', count: r.advocatesPresent, outOf: null },
        { label: 'Family network members present', count: r.networkMembersPresent, outOf: null },
        { label: 'Interpreters booked', count: r.interpretersBooked, outOf: r.interpretersNeeded },
        { label: 'Reports shared in time', count: r.reportsSharedInTime, outOf: r.reportsShared + r.reportsNotShared },
      ],
    },
    {
      id: 'child-voice',
      title: 'The child’s voice',
      summary:
        `Children whose views were recorded: ${share(f.childVoice.childrenWithViews, f.childVoice.children)}. ` +
        `${plural(f.childVoice.childrenAttended, 'child', 'children')} came to their conference.`,
      rows: [
        { label: 'Children whose views were recorded', count: f.childVoice.childrenWithViews, outOf: f.childVoice.children },
        ...CHILD_VOICE_METHODS.map((method) => ({ label: `Views gathered: ${CHILD_VOICE_METHOD_LABELS[method]}`, count: f.childVoiceByMethod[method], outOf: null })),
      ],
    },
    {
      id: 'networks',
      title: 'Family networks',
      summary:
        `Family group decision making offered: ${share(f.networks.fgdmOffered, f.networks.conferencesWithPlanRecord)} of conferences with a plan record; ` +
        `held before the conference: ${f.networks.fgdmHeldBeforeConference}. Family network support packages requested: ${f.networks.fnspRequested}.`,
      rows: [
        { label: 'Family group decision making offered', count: f.networks.fgdmOffered, outOf: f.networks.conferencesWithPlanRecord },
        { label: 'Offered and declined', count: f.networks.fgdmDeclined, outOf: f.networks.fgdmOffered },
        { label: 'Held before the conference', count: f.networks.fgdmHeldBeforeConference, outOf: f.networks.fgdmOffered },
        { label: 'Family network support packages requested', count: f.networks.fnspRequested, outOf: f.networks.conferencesWithPlanRecord },
      ],
    },
    {
      id: 'decisions',
      title: 'Decisions',
      summary:
        `${plural(decided, 'decision', 'decisions')} about children. ` +
        `Plans by category: ${CATEGORIES.map((c) => `${CATEGORY_LABELS[c].toLowerCase()} ${f.plansByCategory[c]}`).join(', ')}. ` +
        `${plural(f.dissent.disagreements, 'disagreement', 'disagreements')} and ${plural(f.dissent.formalDissents, 'formal dissent', 'formal dissents')} recorded.`,
      rows: [
        ...DECISION_OUTCOMES.map((outcome) => ({ label: `Decision: ${DECISION_OUTCOME_LABELS[outcome].toLowerCase()}`, count: f.decisionsByOutcome[outcome], outOf: decided })),
        ...CATEGORIES.map((c) => ({ label: `Plans for ${CATEGORY_LABELS[c].toLowerCase()}`, count: f.plansByCategory[c], outOf: null })),
        { label: 'Disagreements recorded', count: f.dissent.disagreements, outOf: null },
        { label: 'Formal dissents recorded', count: f.dissent.formalDissents, outOf: null },
      ],
    },
    {
      id: 'language',
      title: 'Plain language',
      summary:
        `${plural(familyDocuments, 'family document', 'family documents')} made. ` +
        `Within the reading age target: ${share(f.language.withinTarget, f.language.measured)} of those measured. ` +
        (latestMonth && latestRate !== null ? `Wording findings in ${latestMonth.month}: ${latestRate} per 1,000 words. ` : '') +
        `${plural(f.language.documentOverrides, 'document', 'documents')} went out with wording problems left in, each with a reason; ` +
        `${plural(f.language.wordingDecisions, 'wording finding', 'wording findings')} set aside with a reason.`,
      rows: [
        { label: 'For a parent or carer', count: f.documentsByRecipient['parent-or-carer'], outOf: familyDocuments },
        { label: 'For the family network', count: f.documentsByRecipient['family-network'], outOf: familyDocuments },
        { label: 'For a child or young person', count: f.documentsByRecipient.child, outOf: familyDocuments },
        { label: 'For everyone invited', count: f.documentsByRecipient.everyone, outOf: familyDocuments },
        { label: 'Within the reading age target', count: f.language.withinTarget, outOf: f.language.measured },
        { label: 'Sent with wording problems, with a reason', count: f.language.documentOverrides, outOf: familyDocuments },
        { label: 'Wording findings set aside, with a reason', count: f.language.wordingDecisions, outOf: null },
      ],
      extra: {
        caption: 'Wording findings per 1,000 words, by month the documents were made',
        header: ['Month', 'Documents', 'Words', 'Findings', 'Per 1,000 words'],
        rows: f.wordingByMonth.map((m) => [m.month, String(m.documents), String(m.words), String(m.findings), String(findingsPerThousandWords(m) ?? '–')]),
      },
    },
    {
      id: 'feedback',
      title: 'What families said',
      summary:
        `${plural(f.feedbackForms, 'feedback form', 'feedback forms')} filled in. ` +
        FEEDBACK_STATEMENTS.map(({ key, text }) => {
          const answers = f.feedback[key];
          const answered = f.feedbackForms - answers.unanswered;
          return `“${text}” ${answers[4] + answers[5]} of ${answered} answered mostly or completely.`;
        }).join(' '),
      rows: FEEDBACK_STATEMENTS.map(({ key, text }) => {
        const answers = f.feedback[key];
        return { label: `${text} Mostly or completely`, count: answers[4] + answers[5], outOf: f.feedbackForms - answers.unanswered };
      }),
      extra: {
        caption: 'Every answer on the scale',
        header: ['Statement', ...FEEDBACK_SCALE.map((s) => s.words), 'Not answered'],
        rows: FEEDBACK_STATEMENTS.map(({ key, text }) => [text, ...FEEDBACK_SCALE.map((s) => String(f.feedback[key][s.value])), String(f.feedback[key].unanswered)]),
      },
    },
  ];
}

/**
 * The family's plan, section by section, from one recipient's copy of the conference
 * (`forRecipient(...).source`, shared/audience/for-recipient.ts): everything in it may reach that
 * recipient, so no function here filters. None of them reads a family member's contact details.
 */
import { hasSpeaker, type ChildVoiceMethod } from '../capture/schema';
import { COLUMN_OF, type AnalysisColumn, type Statement } from '../decision/analysis';
import { familyName, sentence } from './family-plan-names';
import type { FamilyPlanDate, FamilyPlanSection, TextSectionKey } from './family-plan-model';
import { ENGLISH_PLAN_WORDS, type FamilyPlanWords } from './family-plan-words';
import type { DocumentSource } from './source';

type TextSection = Extract<FamilyPlanSection, { key: TextSectionKey }>;

function textSection(key: TextSectionKey, heading: string, paragraphs: readonly string[], items: readonly string[]): TextSection {
  return { key, heading, paragraphs, items };
}

function statementText(statement: Statement, w: FamilyPlanWords): string {
  return statement.inFamilysWords ? w.WORDS.inFamilysWords(statement.text, statement.whoseWords) : statement.text;
}

/** The three Signs of Safety columns (or the authority's model's equivalents), strengths first. */
export function analysisSections(source: DocumentSource, w: FamilyPlanWords = ENGLISH_PLAN_WORDS): readonly TextSection[] {
  const { HEADINGS, WORDS } = w;
  const column = (which: AnalysisColumn) => source.decisionRecord.statements.filter((s) => COLUMN_OF[s.kind] === which && s.text.trim() !== '').map((s) => statementText(s, w));
  const section = (key: TextSectionKey, heading: string, items: readonly string[], empty: string) => textSection(key, heading, items.length === 0 ? [empty] : [], items);
  // The summaries the chair wrote to be shared, one per restricted part that has one.
  const privatePart = source.capture.restrictedParts.map((part) => part.sharedSummary.trim()).filter((summary) => summary !== '');
  return [
    section('going-well', HEADINGS.goingWell, column('working-well'), WORDS.goingWellEmpty),
    section('worries', HEADINGS.worries, column('worries'), WORDS.worriesEmpty),
    ...(privatePart.length > 0 ? [textSection('private-part', HEADINGS.privatePart, [WORDS.privatePart], privatePart)] : []),
    section('needs-to-happen', HEADINGS.needsToHappen, column('needs-to-happen'), WORDS.needsToHappenEmpty),
  ];
}

/** Ways of gathering a child's views that record the child's own words (the others describe them). */
const CHILDS_OWN_WORDS: ReadonlySet<ChildVoiceMethod> = new Set(['attended', 'written', 'drawing', 'three-houses']);

/** The children's own words, and their views as others passed them on. */
export function childrenSaidSection(source: DocumentSource, w: FamilyPlanWords = ENGLISH_PLAN_WORDS): TextSection | null {
  const { HEADINGS, WORDS } = w;
  const children = new Map(source.conference.children.map((c) => [c.id, familyName(c, WORDS.theBaby)]));
  const items: string[] = [];
  for (const voice of source.capture.childVoices) {
    const name = children.get(voice.childId);
    if (name === undefined || voice.words.trim() === '') continue;
    const ownWords = CHILDS_OWN_WORDS.has(voice.method);
    items.push(ownWords ? WORDS.childSaid(name, voice.words.trim()) : WORDS.childViewPassedOn(name, voice.words.trim(), voice.gatheredBy.trim()));
  }
  for (const contribution of source.capture.contributions) {
    if (contribution.kind !== 'child-view' || contribution.text.trim() === '') continue;
    const speaker = contribution.speaker;
    const child = speaker.kind === 'child' ? children.get(speaker.childId) : undefined;
    const by = hasSpeaker(speaker) ? contribution.speakerName : WORDS.speakerNotRecorded;
    items.push(child !== undefined ? WORDS.childSaid(child, contribution.text.trim()) : WORDS.childViewShared(contribution.text.trim(), by));
  }
  return items.length === 0 ? null : textSection('children-said', HEADINGS.childrenSaid, [], items);
}

export function decisionsSection(source: DocumentSource, w: FamilyPlanWords = ENGLISH_PLAN_WORDS): TextSection {
  const { HEADINGS, WORDS, decisionSentence, categorySentence, FAMILY_HELP_INSTEAD } = w;
  const items = source.conference.children.flatMap((child) => {
    const name = familyName(child, WORDS.theBaby);
    const decision = source.decisionRecord.decisions.find((d) => d.childId === child.id);
    const lines = [decisionSentence(name, decision?.outcome ?? null, decision?.deferredTo ?? null)];
    if (decision && decision.categories.length > 0) lines.push(categorySentence(name, decision.categories));
    if (decision?.instead === 'family-help-plan') lines.push(FAMILY_HELP_INSTEAD(name));
    else if (decision?.instead === 'no-further-action') lines.push(WORDS.noFurtherAction);
    return [lines.join(' ')];
  });
  return textSection('decisions', HEADINGS.decisions, [], items);
}

/**
 * What happens if the plan is not followed. A contingency is often one long sentence of clauses
 * joined by semicolons; each clause is its own point, so it reads as a list (brief §6.2: short
 * sentences, bullets). The words are the plan's own.
 */
export function contingencySection(source: DocumentSource, { HEADINGS }: FamilyPlanWords = ENGLISH_PLAN_WORDS): TextSection | null {
  const clauses = source.letter.contingency
    .split(/;\s+/u)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '')
    .map(sentence);
  return clauses.length === 0 ? null : textSection('if-things-go-wrong', HEADINGS.ifThingsGoWrong, [], clauses);
}

export function coreGroupSection(source: DocumentSource, { HEADINGS, WORDS }: FamilyPlanWords = ENGLISH_PLAN_WORDS): TextSection | null {
  const { members, firstMeeting } = source.letter.coreGroup;
  if (members.length === 0) return null;
  const paragraphs = [WORDS.coreGroupIntro];
  return textSection('core-group', HEADINGS.coreGroup, firstMeeting === null ? paragraphs : [...paragraphs, WORDS.coreGroupFirst(firstMeeting)], members);
}

/** The dates that matter from the conference on, soonest first. */
export function datesSection(source: DocumentSource, { HEADINGS, WORDS, plainDate }: FamilyPlanWords = ENGLISH_PLAN_WORDS): FamilyPlanSection {
  const held = source.conference.details.scheduledDate;
  const dates: FamilyPlanDate[] = [];
  const add = (isoDate: string | null, what: string) => {
    if (isoDate !== null && isoDate >= held) dates.push({ isoDate, date: plainDate(isoDate), what });
  };
  add(held, WORDS.conferenceDate);
  const windowEnds = source.decisionRecord.dissentWindowEnds;
  if (windowEnds !== null) add(windowEnds.date, WORDS.dissentWindow(windowEnds.time));
  add(source.letter.coreGroup.firstMeeting, WORDS.firstCoreGroup);
  const network = source.decisionRecord.plan.familyNetwork;
  if (network.fgdm === 'offered' || network.fgdm === 'held') add(network.fgdmDate, WORDS.familyMeeting);

  const nextReview = source.letter.nextReview.date;
  const deferredTo = new Map<string, string[]>();
  for (const decision of source.decisionRecord.decisions) {
    const child = source.conference.children.find((c) => c.id === decision.childId);
    if (decision.outcome !== 'deferred' || decision.deferredTo === null || child === undefined) continue;
    deferredTo.set(decision.deferredTo, [...(deferredTo.get(decision.deferredTo) ?? []), familyName(child, WORDS.theBaby)]);
  }
  if (nextReview !== null) {
    const alsoDecides = deferredTo.get(nextReview);
    add(nextReview, alsoDecides ? WORDS.nextReviewAlso(alsoDecides) : WORDS.nextReview);
    deferredTo.delete(nextReview);
  }
  for (const [date, names] of deferredTo) add(date, WORDS.deferredReview(names));

  // Stable: on the same day, the order above (conference first) is kept.
  return { key: 'dates', heading: HEADINGS.dates, paragraphs: [], dates: [...dates].sort((a, b) => a.isoDate.localeCompare(b.isoDate)) };
}

/** Who the chair is and what part they had before the conference (brief §2.2): the family is told. */
export function chairSection(source: DocumentSource, { HEADINGS, WORDS }: FamilyPlanWords = ENGLISH_PLAN_WORDS): TextSection {
  const { chair, leadPractitioner, details } = source.conference;
  if (chair === null) return textSection('chair', HEADINGS.chair, [WORDS.noChair], []);
  const paragraphs = [WORDS.chairWas(chair.name)];
  if (details.chairInStrategyDiscussion !== null) paragraphs.push(WORDS.chairInStrategy(chair.name, details.chairInStrategyDiscussion));
  if (details.chairInSection47Enquiry !== null) paragraphs.push(WORDS.chairInEnquiry(chair.name, details.chairInSection47Enquiry));
  if (leadPractitioner !== null && leadPractitioner.id !== chair.id) paragraphs.push(WORDS.caseHolder(leadPractitioner.name));
  return textSection('chair', HEADINGS.chair, paragraphs, []);
}

export function challengeSection(source: DocumentSource, { HEADINGS }: FamilyPlanWords = ENGLISH_PLAN_WORDS): TextSection {
  return textSection('challenge', HEADINGS.challenge, [], source.letter.howToChallenge);
}

export function whoCanHelpSection(source: DocumentSource, { HEADINGS, WORDS }: FamilyPlanWords = ENGLISH_PLAN_WORDS): FamilyPlanSection {
  return { key: 'who-can-help', heading: HEADINGS.whoCanHelp, paragraphs: [WORDS.advocate], people: source.letter.whoCanHelp.map((p) => ({ name: p.name, role: p.role })) };
}

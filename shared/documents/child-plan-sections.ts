/**
 * The child's own copy, section by section. Every function reads a source already filtered for
 * this child by the one rule (`forRecipient` in shared/audience): nothing here decides who may
 * read what. What is chosen here is only what is *about* this child and fit for them to read.
 */
import type { ChildVoiceMethod, Contribution } from '../capture/schema';
import { COLUMN_OF, type AnalysisColumn, type Statement } from '../decision/analysis';
import type { Child } from '../family/schema';
import type { Action } from '../plan/schema';
import type { ChildPlanAction, ChildPlanPerson, ChildPlanSection, ChildTextSectionKey } from './child-plan-model';
import { MAX_CHILD_ACTIONS } from './child-plan-model';
import { ENGLISH_CHILD_WORDS, type ChildPlanWords } from './child-plan-words';
import { isStillToDo, outcomesFor } from './family-plan-actions';
import { familyName } from './family-plan-names';
import type { DocumentSource } from './source';

type TextSection = Extract<ChildPlanSection, { key: ChildTextSectionKey }>;

const textSection = (key: ChildTextSectionKey, heading: string, paragraphs: readonly string[], items: readonly string[]): TextSection => ({ key, heading, paragraphs, items });

/** The worker the child knows, by name; "your worker" when none is recorded. */
export function workerName(source: DocumentSource, w: ChildPlanWords = ENGLISH_CHILD_WORDS): string {
  return source.conference.leadPractitioner?.name ?? w.CHILD_WORDS.yourWorker;
}

export function whyWeMetSection(source: DocumentSource, child: Child, w: ChildPlanWords = ENGLISH_CHILD_WORDS): TextSection {
  const { CHILD_HEADINGS, CHILD_WORDS } = w;
  const others = source.conference.children.filter((c) => c.id !== child.id).map((c) => familyName(c, CHILD_WORDS.theBaby));
  return textSection('why-we-met', CHILD_HEADINGS.whyWeMet, CHILD_WORDS.whyWeMet(source.conference.details.scheduledDate, others), []);
}

/** Ways of gathering a child's views that record the child's own words (the others describe them). */
const CHILDS_OWN_WORDS: ReadonlySet<ChildVoiceMethod> = new Set(['attended', 'written', 'drawing', 'three-houses']);

function wholeWord(name: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}($|[^\\p{L}])`, 'u');
}

/**
 * A view someone passed on is about this child when it names them. The copy holds only this
 * child of the conference, so a view about a brother or sister alone (which does not name this
 * child) is not "what you told us"; one about them all is about this child too.
 */
function passedOnAbout(contribution: Contribution, child: Child): boolean {
  const name = child.givenName.trim();
  return name !== '' && wholeWord(name).test(contribution.text);
}

export function youToldUsSection(source: DocumentSource, child: Child, w: ChildPlanWords = ENGLISH_CHILD_WORDS): TextSection {
  const { CHILD_HEADINGS, CHILD_WORDS } = w;
  const items: string[] = [];
  for (const voice of source.capture.childVoices) {
    const words = voice.words.trim();
    if (voice.childId !== child.id || words === '') continue;
    items.push(CHILDS_OWN_WORDS.has(voice.method) ? CHILD_WORDS.youSaid(words) : CHILD_WORDS.toldUsAboutYou(voice.gatheredBy.trim(), words));
  }
  for (const contribution of source.capture.contributions) {
    const text = contribution.text.trim();
    if (contribution.kind !== 'child-view' || text === '') continue;
    const { speaker } = contribution;
    if (speaker.kind === 'child') {
      if (speaker.childId === child.id) items.push(CHILD_WORDS.youSaid(text));
    } else if (passedOnAbout(contribution, child)) {
      items.push(CHILD_WORDS.toldTheMeeting(contribution.speakerName, text));
    }
  }
  const worker = workerName(source, w);
  return textSection('you-told-us', CHILD_HEADINGS.youToldUs, [items.length === 0 ? CHILD_WORDS.youToldUsEmpty(worker) : CHILD_WORDS.youToldUsIntro], items);
}

/**
 * What was said in the meeting and shared only with named people, this child among them (their
 * own disclosure, for example). The family's documents print no one's contributions but the
 * children's views, so these are printed here on purpose; the child's own views are under "What
 * you told us" already. The marking is read only to find them: the filtered source holds nothing
 * this child may not read.
 */
export function justForYouSection(source: DocumentSource, child: Child, w: ChildPlanWords = ENGLISH_CHILD_WORDS): TextSection | null {
  const { CHILD_HEADINGS, CHILD_WORDS } = w;
  const items = source.capture.contributions
    .filter((c) => c.kind !== 'child-view' && c.restriction.level === 'shared-only-with' && c.restriction.childIds.includes(child.id))
    .map((c) => c.text.trim())
    .filter((text) => text !== '');
  return items.length === 0 ? null : textSection('just-for-you', CHILD_HEADINGS.justForYou, [CHILD_WORDS.justForYouIntro], items);
}

function statementText(statement: Statement, w: ChildPlanWords): string {
  return statement.inFamilysWords ? w.CHILD_WORDS.inFamilysWords(statement.text.trim(), statement.whoseWords.trim()) : statement.text.trim();
}

function column(source: DocumentSource, which: AnalysisColumn, w: ChildPlanWords): string[] {
  return source.decisionRecord.statements.filter((s) => COLUMN_OF[s.kind] === which && s.text.trim() !== '').map((s) => statementText(s, w));
}

export function goingWellSection(source: DocumentSource, w: ChildPlanWords = ENGLISH_CHILD_WORDS): TextSection {
  const { CHILD_HEADINGS, CHILD_WORDS } = w;
  const items = column(source, 'working-well', w);
  return textSection('going-well', CHILD_HEADINGS.goingWell, items.length === 0 ? [CHILD_WORDS.goingWellEmpty(workerName(source, w))] : [], items);
}

export function worriesSection(source: DocumentSource, w: ChildPlanWords = ENGLISH_CHILD_WORDS): TextSection {
  const { CHILD_HEADINGS, CHILD_WORDS } = w;
  const items = column(source, 'worries', w);
  return textSection('worries', CHILD_HEADINGS.worries, [items.length === 0 ? CHILD_WORDS.worriesEmpty(workerName(source, w)) : CHILD_WORDS.worriesIntro], items);
}

function childAction(action: Action, { CHILD_WORDS }: ChildPlanWords): ChildPlanAction {
  const names = action.ownerNames.map((n) => n.trim()).filter((n) => n !== '');
  return { what: action.what.trim(), who: CHILD_WORDS.who(names.length > 0 ? names.join(', ') : CHILD_WORDS.nobodyNamed), when: CHILD_WORDS.when(action.dueDate) };
}

function seenLines(source: DocumentSource, child: Child, w: ChildPlanWords): string[] {
  const { CHILD_WORDS } = w;
  const visit = source.decisionRecord.plan.visits.find((v) => v.childId === child.id);
  if (!visit) return [];
  const worker = workerName(source, w);
  return [
    ...(visit.frequency.trim() === '' ? [] : [CHILD_WORDS.seenHowOften(worker, visit.frequency.trim())]),
    ...(visit.where.trim() === '' ? [] : [CHILD_WORDS.seenWhere(worker, visit.where.trim())]),
    ...(visit.seenAlone.trim() === '' ? [] : [CHILD_WORDS.seenAlone(worker, visit.seenAlone.trim())]),
  ];
}

/** The actions of the child's own outcomes still to do, in the conference's order. */
export function childActions(source: DocumentSource, child: Child): readonly Action[] {
  const outcomeIds = new Set(outcomesFor(child, source).map((o) => o.id));
  return source.decisionRecord.actions.filter((a) => outcomeIds.has(a.outcomeId) && isStillToDo(a) && a.what.trim() !== '');
}

export function whatWillHappenSection(source: DocumentSource, child: Child, w: ChildPlanWords = ENGLISH_CHILD_WORDS): ChildPlanSection {
  const { CHILD_HEADINGS, CHILD_WORDS, childDecision } = w;
  const decision = source.decisionRecord.decisions.find((d) => d.childId === child.id);
  const outcomes = outcomesFor(child, source).filter((o) => o.text.trim() !== '');
  // Without a plan's outcomes, what needs to happen (safety goals, next steps) says what everyone wants.
  const goals = outcomes.length > 0 ? outcomes.map((o) => o.text.trim()) : column(source, 'needs-to-happen', w);
  const all = childActions(source, child).map((action) => childAction(action, w));
  const extra = all.length - MAX_CHILD_ACTIONS;
  const nextReview = source.letter.nextReview.date;
  return {
    key: 'what-will-happen',
    heading: CHILD_HEADINGS.whatWillHappen,
    paragraphs: [],
    decision: childDecision(decision?.outcome ?? null, decision?.instead === 'family-help-plan'),
    seen: seenLines(source, child, w),
    goalsIntro: goals.length > 0 ? CHILD_WORDS.goalsIntro : null,
    goals,
    actionsIntro: all.length > 0 ? CHILD_WORDS.actionsIntro : null,
    actions: all.slice(0, MAX_CHILD_ACTIONS),
    moreActionsNote: extra > 0 ? CHILD_WORDS.moreActions(extra, workerName(source, w)) : null,
    nextMeeting: nextReview === null ? null : CHILD_WORDS.nextMeeting(nextReview),
  };
}

export function talkToSection(source: DocumentSource, w: ChildPlanWords = ENGLISH_CHILD_WORDS): ChildPlanSection {
  const { CHILD_HEADINGS, CHILD_WORDS } = w;
  const lead = source.conference.leadPractitioner;
  const people: ChildPlanPerson[] = [
    ...(lead === null ? [] : [{ name: lead.name, about: CHILD_WORDS.workerRole }]),
    { name: CHILD_WORDS.trustedAdult, about: CHILD_WORDS.trustedAdultAbout },
    { name: CHILD_WORDS.childline, about: CHILD_WORDS.childlineAbout },
  ];
  return { key: 'who-you-can-talk-to', heading: CHILD_HEADINGS.talkTo, paragraphs: [CHILD_WORDS.talkToIntro], people };
}

export function disagreeSection(source: DocumentSource, w: ChildPlanWords = ENGLISH_CHILD_WORDS): TextSection {
  const { CHILD_HEADINGS, CHILD_WORDS } = w;
  return textSection('if-you-do-not-agree', CHILD_HEADINGS.disagree, CHILD_WORDS.disagree(workerName(source, w), source.letter.nextReview.date), []);
}

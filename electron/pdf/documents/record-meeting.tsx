/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The middle of the conference record (brief §4.4 items 7 to 11): what was said by agenda item and
 * speaker, the child's voice, the family's views, the analysis and the decision for each child.
 * Restricted information is in the professionals' record, always marked in words.
 */
import { Text, View } from '@react-pdf/renderer';
import { CHILD_VOICE_METHOD_LABELS, CONTRIBUTION_KIND_LABELS, hasSpeaker, SPEAKER_NOT_RECORDED, type Contribution } from '../../../shared/capture/schema';
import { COLUMN_HEADINGS, COLUMN_OF, SCALE_QUESTION, STATEMENT_KIND_LABELS, type AnalysisColumn, type Statement } from '../../../shared/decision/analysis';
import {
  AGENCY_VIEW_LABELS,
  ALTERNATIVE_LABELS,
  CATEGORY_LABELS,
  DECISION_OUTCOME_LABELS,
  DISSENT_ABOUT_LABELS,
  DISSENT_KIND_LABELS,
  ENDING_REASON_LABELS,
  FAMILY_AGREEMENT_LABELS,
  LIMB_LABELS,
  type Category,
  type Decision,
} from '../../../shared/decision/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { spokenInRestrictedPart } from '../../../shared/documents/family-safe';
import type { DocumentSource } from '../../../shared/documents/source';
import { BarChart, BulletList, Callout, Facts, KeepWhole, P, Section, useDocumentStyles } from '../components';
import { AmendmentsBeside, amendmentsOf } from './amendments-beside';
import { Paragraphs } from './paragraphs';
import { closedPartLabel, conferencePeople, joinNames, oneLine, paragraphsOf, restrictionLabel, type ConferencePeople } from './professional-words';
import { withRole } from '../../../shared/people/roles';

const bold = { fontWeight: 700 };

/** The restriction marking for a contribution: its own, or the closed part it was said in. */
function contributionMarking(contribution: Contribution, source: DocumentSource, people: ConferencePeople): string | null {
  const own = restrictionLabel(contribution.restriction, people);
  if (own) return own;
  const part = source.capture.restrictedParts.find((p) => spokenInRestrictedPart(contribution, [p]));
  return part ? closedPartLabel(part.reason) : null;
}

/**
 * A box marked as restricted, holding several paragraphs; the marking opens the first one, so a
 * reader (or a screen reader, or a copy of the text) meets the label before the words it covers.
 */
export function RestrictedBlock({ marking, lead, paragraphs }: { readonly marking: string; readonly lead: string; readonly paragraphs: readonly string[] }) {
  const styles = useDocumentStyles();
  const [first, ...rest] = paragraphs;
  // A box split at the foot of a page can leave an empty marked box behind; short ones stay whole.
  const short = paragraphs.join(' ').length + lead.length < 900;
  return (
    <View wrap={!short} style={[styles.callout, styles.calloutTones.restricted]}>
      <P>
        <Text style={bold}>{`${marking}. `}</Text>
        {`${lead}${first ?? ''}`}
      </P>
      {rest.map((paragraph, index) => (
        <P key={index}>{paragraph}</P>
      ))}
    </View>
  );
}

/** One contribution: who said it, when and what kind, then their words; in a marked box when restricted. */
export function ContributionBlock({ contribution, source }: { readonly contribution: Contribution; readonly source: DocumentSource }) {
  const people = conferencePeople(source);
  const marking = contributionMarking(contribution, source, people);
  const speaker = hasSpeaker(contribution.speaker) ? withRole(contribution.speakerName, contribution.speakerRole) : SPEAKER_NOT_RECORDED;
  const who = `${speaker}, ${contribution.spokenAt}, ${CONTRIBUTION_KIND_LABELS[contribution.kind].toLowerCase()}: `;
  const paragraphs = paragraphsOf(contribution.text);
  return (
    <>
      {marking ? <RestrictedBlock marking={marking} lead={who} paragraphs={paragraphs} /> : <Paragraphs lead={who} text={contribution.text} />}
      <AmendmentsBeside source={source} entityId={contribution.id} />
    </>
  );
}

const byTime = (a: Contribution, b: Contribution) => a.spokenAt.localeCompare(b.spokenAt);

/** Contributions of the given kinds under each agenda item that has any, in agenda order. */
export function ContributionsByItem({ source, include }: { readonly source: DocumentSource; readonly include: (contribution: Contribution) => boolean }) {
  const items = source.conference.agenda
    .map((item) => ({ item, contributions: source.capture.contributions.filter((c) => c.agendaItemId === item.id && include(c)).sort(byTime) }))
    .filter((entry) => entry.contributions.length > 0);
  if (items.length === 0) return <P>Nothing was recorded under this heading.</P>;
  return (
    <>
      {items.map(({ item, contributions }) => (
        <Section key={item.id} title={item.title} level={3}>
          {contributions.map((contribution) => (
            <ContributionBlock key={contribution.id} contribution={contribution} source={source} />
          ))}
        </Section>
      ))}
    </>
  );
}

/** Each child's voice: how it was gathered, by whom, and their words; then what was said for the children in the meeting. */
export function ChildVoices({ source }: { readonly source: DocumentSource }) {
  const people = conferencePeople(source);
  const said = source.capture.contributions.filter((c) => c.kind === 'child-view').sort(byTime);
  return (
    <>
      {source.conference.children.map((child) => {
        const voices = source.capture.childVoices.filter((voice) => voice.childId === child.id);
        return (
          <Section key={child.id} title={child.displayName} level={3}>
            {voices.length === 0 && <P>{child.isUnborn ? 'An unborn baby: their needs are described by the professionals who know the family.' : 'No views were recorded for this child.'}</P>}
            {voices.map((voice) => {
              const how = [CHILD_VOICE_METHOD_LABELS[voice.method], voice.gatheredBy && `gathered by ${voice.gatheredBy}`, voice.gatheredOn && `on ${formatIsoDate(voice.gatheredOn)}`].filter(Boolean).join(', ');
              const marking = restrictionLabel(voice.restriction, people);
              const words = voice.words ? paragraphsOf(voice.words) : ['No words written down.'];
              const quoted = voice.words ? [`“${words[0] ?? ''}`, ...words.slice(1)] : words;
              if (voice.words) quoted[quoted.length - 1] = `${quoted[quoted.length - 1] ?? ''}”`;
              return marking ? (
                <RestrictedBlock key={voice.id} marking={marking} lead={`${how}: `} paragraphs={quoted} />
              ) : (
                <View key={voice.id}>
                  <P>
                    <Text style={bold}>{`${how}: `}</Text>
                    {quoted[0]}
                  </P>
                  {quoted.slice(1).map((paragraph, index) => (
                    <P key={index}>{paragraph}</P>
                  ))}
                </View>
              );
            })}
          </Section>
        );
      })}
      {said.length > 0 && (
        <Section title="Said at the conference about the children’s experience" level={3}>
          {said.map((contribution) => (
            <ContributionBlock key={contribution.id} contribution={contribution} source={source} />
          ))}
        </Section>
      )}
    </>
  );
}

/** The family's own words in the meeting, and how the views of anyone out of the room were heard. */
export function FamilyViews({ source }: { readonly source: DocumentSource }) {
  const said = source.capture.contributions.filter((c) => c.kind === 'family-view').sort(byTime);
  const exclusions = source.capture.exclusions;
  return (
    <>
      {said.length === 0 && <P>No views of the parents or the family network were recorded in the meeting.</P>}
      {said.map((contribution) => (
        <ContributionBlock key={contribution.id} contribution={contribution} source={source} />
      ))}
      {exclusions.length > 0 && (
        <BulletList items={exclusions.map((exclusion) => `${exclusion.familyMemberName} was not in the room for all of the meeting. Their views were heard this way: ${oneLine(exclusion.viewsPresentedBy)}`)} />
      )}
      <P>Each parent’s view of the decision is recorded with the decision for each child.</P>
    </>
  );
}

/**
 * The items split into runs that each end at an amended item, so the amendment can be printed
 * straight after the item it corrects while the other items stay one list.
 */
function runsBetweenAmendments<T>(items: readonly T[], amended: (item: T) => boolean): T[][] {
  const runs: T[][] = [[]];
  for (const item of items) {
    runs[runs.length - 1]?.push(item);
    if (amended(item)) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

const ANALYSIS_ORDER: readonly AnalysisColumn[] = ['worries', 'working-well', 'needs-to-happen'];

/** The three columns of the analysis, danger statements numbered and paired with their safety goals, then the scales. */
export function Analysis({ source }: { readonly source: DocumentSource }) {
  const record = source.decisionRecord;
  const headings = COLUMN_HEADINGS[record.practiceModel];
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  const dangerNumber = (id: string | null) => dangers.findIndex((d) => d.id === id) + 1;
  const describe = (statement: Statement) => {
    const kind = statement.kind === 'danger' ? `Danger statement ${dangerNumber(statement.id)}` : statement.kind === 'safety-goal' && dangerNumber(statement.pairedDangerId) > 0 ? `Safety goal for danger statement ${dangerNumber(statement.pairedDangerId)}` : STATEMENT_KIND_LABELS[statement.kind];
    const whose = statement.inFamilysWords ? ` (in ${statement.whoseWords || 'the family'}’s own words)` : '';
    return (
      <>
        <Text style={bold}>{`${kind}${whose}: `}</Text>
        {oneLine(statement.text)}
      </>
    );
  };
  const scales = record.scales;
  const dangerOf = (id: string | null) => (id === null ? 'overall' : `danger statement ${dangerNumber(id)}`);
  return (
    <>
      {record.statements.length === 0 && <P>No analysis was recorded.</P>}
      {ANALYSIS_ORDER.map((column) => {
        const statements = record.statements.filter((s) => COLUMN_OF[s.kind] === column);
        return statements.length === 0 ? null : (
          <Section key={column} title={headings[column]} level={3}>
            {runsBetweenAmendments(statements, (s) => amendmentsOf(source, s.id).length > 0).map((run) => (
              <View key={run[0]?.id}>
                <BulletList items={run.map(describe)} />
                {run.map((statement) => (
                  <AmendmentsBeside key={statement.id} source={source} entityId={statement.id} />
                ))}
              </View>
            ))}
          </Section>
        );
      })}
      <Section title="Safety scales" level={3}>
        <P>{SCALE_QUESTION}</P>
        {scales.length === 0 ? (
          <P>No scales were recorded.</P>
        ) : (
          <>
          <BarChart
            bars={scales.map((scale) => ({ label: scale.raterName, value: scale.score }))}
            max={10}
            alt={`Bar chart of the safety scales, from 0 to 10: ${scales.map((scale) => `${scale.raterName} ${scale.score}`).join('; ')}.`}
          />
          <BulletList
            items={scales.map((scale) => (
              <>
                <Text style={bold}>{`${scale.raterName}${scale.raterRole ? ` (${scale.raterRole})` : ''}: ${scale.score} out of 10`}</Text>
                {`${dangers.length > 0 ? `, ${dangerOf(scale.dangerStatementId)}` : ''}. ${oneLine(scale.reason)}`}
              </>
            ))}
          />
          </>
        )}
      </Section>
    </>
  );
}

const categories = (list: readonly Category[]) => (list.length === 0 ? 'None' : list.map((c) => CATEGORY_LABELS[c]).join(' and '));

function decisionFacts(decision: Decision): (readonly [string, string])[] {
  return [
    ['Significant harm test', decision.testMet === null ? 'Not answered' : decision.testMet ? 'Met' : 'Not met'],
    ...(decision.limb ? [['Which limb', LIMB_LABELS[decision.limb]] as const] : []),
    ['Decision', DECISION_OUTCOME_LABELS[decision.outcome]],
    ...(decision.instead ? [['Instead', ALTERNATIVE_LABELS[decision.instead]] as const] : []),
    ...(decision.endingReason ? [['Why the plan ends', ENDING_REASON_LABELS[decision.endingReason]] as const] : []),
    ...(decision.categories.length > 0 || decision.initialCategories.length > 0
      ? [
          ['Category (latest)', `${categories(decision.categories)}${decision.latestCensusCode ? ` (${decision.latestCensusCode})` : ''}`] as const,
          ['Category (initial)', `${categories(decision.initialCategories)}${decision.initialCensusCode ? ` (${decision.initialCensusCode})` : ''}`] as const,
        ]
      : []),
    ...(decision.outcome === 'deferred' ? [['Deferred to', decision.deferredTo ? `The review on ${formatIsoDate(decision.deferredTo)}` : 'A review not booked yet'] as const] : []),
  ];
}

/** The decision for every child: the test, the outcome, the category, the reasons, every view and every disagreement. */
export function Decisions({ source }: { readonly source: DocumentSource }) {
  const styles = useDocumentStyles();
  const people = conferencePeople(source);
  const record = source.decisionRecord;
  return (
    <>
      {source.conference.children.map((child) => {
        const decision = record.decisions.find((d) => d.childId === child.id);
        const dissents = record.dissents.filter((d) => d.childId === child.id);
        if (!decision) {
          return (
            <Section key={child.id} title={child.displayName} level={3}>
              <Callout tone="warning">No decision has been recorded for this child yet.</Callout>
            </Section>
          );
        }
        return (
          <Section key={child.id} title={child.displayName} level={3} keepWithNext={styles.keepWithNext * 2.5}>
            <KeepWhole>
              <Facts facts={decisionFacts(decision)} />
            </KeepWhole>
            {decision.categoryJustification !== '' && <Paragraphs lead="Why more than one category: " text={decision.categoryJustification} />}
            {decision.deferredReason !== '' && <Paragraphs lead="Why the decision is deferred: " text={decision.deferredReason} />}
            <Paragraphs lead="The chair’s decision and reasons: " text={decision.chairReasons} empty="Not recorded." />
            <AmendmentsBeside source={source} entityId={decision.id} />
            {decision.agencyViews.length > 0 && (
              <BulletList
                items={decision.agencyViews.map((view) => {
                  const who = people.professional(view.professionalId);
                  const thinks = view.categories.length > 0 ? `; category: ${categories(view.categories).toLowerCase()}` : '';
                  return `${who.name}${who.agency ? ` (${who.agency})` : ''}: ${AGENCY_VIEW_LABELS[view.view].toLowerCase()}${thinks}.${view.reason ? ` ${oneLine(view.reason)}` : ''}`;
                })}
              />
            )}
            {decision.familyViews.length > 0 && (
              <BulletList items={decision.familyViews.map((view) => `${people.familyMember(view.familyMemberId)}: ${FAMILY_AGREEMENT_LABELS[view.agreement].toLowerCase()}.${view.view ? ` ${oneLine(view.view)}` : ''}`)} />
            )}
            {dissents.map((dissent) => (
              // Kept whole: a box split at the foot of a page leaves a sliver of it behind.
              <KeepWhole key={dissent.id}>
                <Callout tone="warning">
                  <Text style={bold}>{`${DISSENT_KIND_LABELS[dissent.kind]}: ${dissent.professionalName}${dissent.agency ? ` (${dissent.agency})` : ''}, about ${DISSENT_ABOUT_LABELS[dissent.about].toLowerCase()}. `}</Text>
                  {`Raised ${formatIsoDate(dissent.raisedOn)} at ${dissent.raisedAt}${dissent.kind === 'formal-dissent' && !dissent.withinWindow ? ', after the time to dissent had ended' : ''}. Grounds: ${oneLine(dissent.grounds)}`}
                  {dissent.escalatedTo ? ` Escalated to ${dissent.escalatedTo}.` : ''}
                  {dissent.outcome ? ` Outcome: ${oneLine(dissent.outcome)}` : ''}
                </Callout>
              </KeepWhole>
            ))}
          </Section>
        );
      })}
      {record.dissentWindowEnds && (
        <P>{`A formal dissent can be raised until ${formatIsoDate(record.dissentWindowEnds.date)} at ${record.dissentWindowEnds.time}. The decision stands while a dissent is considered.`}</P>
      )}
    </>
  );
}

export const joinedChildren = (source: DocumentSource): string => joinNames(source.conference.children.map((c) => c.displayName));

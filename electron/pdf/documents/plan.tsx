/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The child protection plan for the core group (brief §1.6, §1.7): for each child with a plan,
 * what we are working towards and how we will know, who does what by when and how often, and how
 * the child will be seen; then the contingency plan, the family network, the core group and the
 * dates. The plan holds no restricted information (nothing in the plan can be marked restricted),
 * and no contribution from the meeting is printed in it.
 */
import { Text } from '@react-pdf/renderer';
import { CATEGORY_LABELS, DECISION_OUTCOME_LABELS, hasPlan } from '../../../shared/decision/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import type { DocumentSource } from '../../../shared/documents/source';
import { CONFERENCE_TYPE_LABELS } from '../../../shared/conference/schema';
import { BulletList, Callout, DocumentFrame, Facts, P, Section, Title } from '../components';
import type { PrintSize } from '../styles';
import { FamilyNetworkPart, OutcomeSections, VisitsTable, coreGroupMembers, outcomeIsFor, planDates } from './plan-parts';
import { Paragraphs } from './paragraphs';
import { confidentialHeader, dateInWords, joinNames, madeOnDate, oneLine } from './professional-words';

/** The children with a child protection plan after this conference, in the conference's order. */
function childrenWithPlan(source: DocumentSource) {
  return source.conference.children.filter((child) => source.decisionRecord.decisions.some((d) => d.childId === child.id && hasPlan(d.outcome)));
}

export function planTitle(source: DocumentSource): string {
  const children = childrenWithPlan(source);
  const named = (children.length > 0 ? children : source.conference.children).map((c) => c.displayName);
  return `Child protection plan: ${joinNames(named)}, ${dateInWords(source.conference.details.scheduledDate)}`;
}

const bold = { fontWeight: 700 };

function AboutThisPlan({ source }: { readonly source: DocumentSource }) {
  const { conference, decisionRecord } = source;
  return (
    <>
      <P>{`Agreed in outline at the ${CONFERENCE_TYPE_LABELS[conference.details.type].toLowerCase()} child protection conference on ${formatIsoDate(conference.details.scheduledDate)}. The core group makes it into the detailed working plan at its first meeting, and everyone in it is responsible for carrying it out and checking it works.`}</P>
      <Facts
        facts={[
          ['Chair', conference.chair ? `${conference.chair.name}, ${conference.details.chairRoleLabel}` : 'Not chosen'],
          ['Lead practitioner', conference.leadPractitioner ? `${conference.leadPractitioner.name}, ${conference.leadPractitioner.role}` : 'Not chosen'],
          ...planDates(source),
        ]}
      />
      <BulletList
        items={conference.children.map((child) => {
          const decision = decisionRecord.decisions.find((d) => d.childId === child.id);
          if (!decision) return `${child.displayName}: no decision recorded yet.`;
          const category = decision.categories.length > 0 ? `; category: ${decision.categories.map((c) => CATEGORY_LABELS[c].toLowerCase()).join(' and ')}` : '';
          const deferred = decision.outcome === 'deferred' && decision.deferredTo ? `, at the review on ${formatIsoDate(decision.deferredTo)}` : '';
          return (
            <>
              <Text style={bold}>{`${child.displayName}: `}</Text>
              {`${DECISION_OUTCOME_LABELS[decision.outcome]}${deferred}${category}.`}
            </>
          );
        })}
      />
    </>
  );
}

/** The exact nature of the concerns (brief §1.6): each danger statement with the safety goal that answers it. */
function Worries({ source }: { readonly source: DocumentSource }) {
  const statements = source.decisionRecord.statements;
  const dangers = statements.filter((s) => s.kind === 'danger');
  if (dangers.length === 0) return <P>The worries are set out in the conference record.</P>;
  return (
    <BulletList
      items={dangers.flatMap((danger, index) => [
        <>
          <Text style={bold}>{`Worry ${index + 1}: `}</Text>
          {oneLine(danger.text)}
        </>,
        ...statements
          .filter((s) => s.kind === 'safety-goal' && s.pairedDangerId === danger.id)
          .map((goal) => (
            <>
              <Text style={bold}>{`Safety goal for worry ${index + 1}: `}</Text>
              {oneLine(goal.text)}
            </>
          )),
      ])}
    />
  );
}

export function PlanDocument({ source, printSize }: { readonly source: DocumentSource; readonly printSize: PrintSize }) {
  const title = planTitle(source);
  const record = source.decisionRecord;
  const children = childrenWithPlan(source);
  return (
    <DocumentFrame title={title} subject="Child protection plan for the core group" runningHeader={confidentialHeader('child protection plan, core group', source)} printSize={printSize} madeOn={madeOnDate(source)} letterhead={source.authority}>
      <Title>{title}</Title>
      <Section title="About this plan">
        <AboutThisPlan source={source} />
      </Section>
      <Section title="What we are worried about, and the safety goals">
        <Worries source={source} />
      </Section>
      {children.length === 0 && (
        <Section title="The plan for each child">
          <Callout tone="warning">No child has a child protection plan after this conference.</Callout>
        </Section>
      )}
      {children.map((child) => {
        const outcomes = record.outcomes.filter((outcome) => outcomeIsFor(outcome, child.id));
        return (
          <Section key={child.id} title={`The plan for ${child.displayName}`}>
            <Section title={`How ${child.givenName || child.displayName} will be seen`} level={3}>
              <VisitsTable source={source} childIds={[child.id]} />
            </Section>
            {outcomes.length === 0 && <P>No outcomes have been agreed for this child yet.</P>}
            <OutcomeSections source={source} outcomes={outcomes} showChildren={false} />
          </Section>
        );
      })}
      <Section title="Contingency plan">
        <Paragraphs text={record.plan.contingency} empty="No contingency plan has been agreed yet." />
      </Section>
      <Section title="The family network">
        <FamilyNetworkPart source={source} />
      </Section>
      <Section title="The core group">
        {record.plan.coreGroup.length === 0 ? <P>No core group has been agreed yet.</P> : <BulletList items={coreGroupMembers(source)} />}
        {record.plan.coreGroupNote !== '' && <P>{oneLine(record.plan.coreGroupNote)}</P>}
        <P>{`First meeting: ${record.plan.firstCoreGroupDate ? formatIsoDate(record.plan.firstCoreGroupDate) : 'not booked yet'}. The core group can ask the chair for an early review if the plan is not keeping the children safe.`}</P>
      </Section>
    </DocumentFrame>
  );
}

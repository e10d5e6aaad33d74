/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The parts of the child protection plan that the conference record and the core group's plan
 * both print: outcomes with their actions, visits, the family network, the core group and dates.
 */
import { formatIsoDate } from '../../../shared/dates/format';
import type { DocumentSource } from '../../../shared/documents/source';
import { familyMemberRole, withRole } from '../../../shared/people/roles';
import { FGDM_STATUS_LABELS, FNSP_STATUS_LABELS, type Action, type Outcome } from '../../../shared/plan/schema';
import { BulletList, Facts, P, Section, Table } from '../components';
import { AmendmentsBeside } from './amendments-beside';
import { Paragraphs } from './paragraphs';
import { conferencePeople, dateOrNot, joinNames, oneLine } from './professional-words';

/** Outcomes for every child with a plan have no children listed. */
export function outcomeIsFor(outcome: Outcome, childId: string): boolean {
  return outcome.childIds.length === 0 || outcome.childIds.includes(childId);
}

function ActionsTable({ actions }: { readonly actions: readonly Action[] }) {
  if (actions.length === 0) return <P>No actions agreed for this outcome yet.</P>;
  return (
    <Table
      columns={[
        { heading: 'What will happen', width: 9 },
        { heading: 'Who', width: 5 },
        { heading: 'By when', width: 3.4 },
        { heading: 'How often', width: 3.4 },
      ]}
      rows={actions.map((action) => [oneLine(action.what), joinNames(action.ownerNames) || 'Not named yet', dateOrNot(action.dueDate), action.frequency || '—'])}
    />
  );
}

/**
 * One section per outcome (numbered across the whole plan), with how everyone will know and the
 * actions. `withAmendments` (the record) prints each correction beside the outcome or action it corrects.
 */
export function OutcomeSections({ source, outcomes, showChildren, withAmendments = false }: { readonly source: DocumentSource; readonly outcomes: readonly Outcome[]; readonly showChildren: boolean; readonly withAmendments?: boolean }) {
  const { decisionRecord } = source;
  const people = conferencePeople(source);
  return (
    <>
      {outcomes.map((outcome) => {
        const number = decisionRecord.outcomes.indexOf(outcome) + 1;
        const actions = decisionRecord.actions.filter((action) => action.outcomeId === outcome.id);
        const forWhom = outcome.childIds.length === 0 ? 'Every child with a plan' : joinNames(outcome.childIds.map(people.child));
        return (
          <Section key={outcome.id} title={`Outcome ${number}: ${oneLine(outcome.text)}`} level={3} keepTogether={actions.length <= 5}>
            <Facts
              facts={[
                ['How everyone will know', oneLine(outcome.measure) || 'Not agreed yet'],
                ...(showChildren ? [['For', forWhom] as const] : []),
                ...(outcome.carriedForward ? [['From the last plan', 'Carried forward from the previous conference'] as const] : []),
              ]}
            />
            {withAmendments && <AmendmentsBeside source={source} entityId={outcome.id} />}
            <ActionsTable actions={actions} />
            {withAmendments && actions.map((action, index) => <ActionAmendments key={action.id} source={source} action={action} number={index + 1} />)}
          </Section>
        );
      })}
    </>
  );
}

/** An action's corrections, under its table (a table row cannot hold a note), naming the action they correct. */
function ActionAmendments({ source, action, number }: { readonly source: DocumentSource; readonly action: Action; readonly number: number }) {
  if (!source.decisionRecord.amendments.some((a) => a.entityId === action.id)) return null;
  return (
    <>
      <P>{`Action ${number}, “${oneLine(action.what)}”, was corrected:`}</P>
      <AmendmentsBeside source={source} entityId={action.id} />
    </>
  );
}

/** When and where each child will be seen, and when alone (brief §1.6). */
export function VisitsTable({ source, childIds }: { readonly source: DocumentSource; readonly childIds?: readonly string[] }) {
  const people = conferencePeople(source);
  const visits = source.decisionRecord.plan.visits.filter((visit) => childIds === undefined || childIds.includes(visit.childId));
  if (visits.length === 0) return <P>How often the child will be seen has not been set yet.</P>;
  return (
    <Table
      columns={[
        { heading: 'Child', width: 3 },
        { heading: 'How often', width: 4 },
        { heading: 'Where', width: 4 },
        { heading: 'Seen alone', width: 4 },
      ]}
      rows={visits.map((visit) => [people.child(visit.childId), visit.frequency || 'Not set', visit.where || '—', visit.seenAlone || '—'])}
      rowHeaders
    />
  );
}

export function FamilyNetworkPart({ source }: { readonly source: DocumentSource }) {
  const network = source.decisionRecord.plan.familyNetwork;
  return (
    <>
      <Facts
        facts={[
          ['Family group decision-making', FGDM_STATUS_LABELS[network.fgdm]],
          ...(network.fgdmDate ? [['Meeting date', formatIsoDate(network.fgdmDate)] as const] : []),
          ...(network.coordinator ? [['Coordinator', network.coordinator] as const] : []),
          ['Family network support package', network.fnspRequested ? 'Requested' : 'Not requested'],
        ]}
      />
      {network.familyPlan !== '' && <Paragraphs lead="The family’s plan: " text={network.familyPlan} />}
      {network.fnspItems.length > 0 && (
        <BulletList items={network.fnspItems.map((item) => `${item.description}${item.amount ? ` (${item.amount})` : ''}: ${FNSP_STATUS_LABELS[item.status].toLowerCase()}`)} />
      )}
    </>
  );
}

/** The core group's members, each with their role or relationship. */
export function coreGroupMembers(source: DocumentSource): string[] {
  const people = conferencePeople(source);
  const members = new Map(source.conference.familyMembers.map((member) => [member.id, member]));
  return source.decisionRecord.plan.coreGroup.map((member) => {
    if (member.kind === 'professional') {
      const professional = people.professional(member.professionalId);
      return withRole(professional.name, professional.role || professional.agency);
    }
    const known = members.get(member.familyMemberId);
    return withRole(people.familyMember(member.familyMemberId), known ? familyMemberRole(known, source.conference.children) : '');
  });
}

/** The dates the plan runs by, with the review's reason when it is brought forward. */
export function planDates(source: DocumentSource): (readonly [string, string])[] {
  const plan = source.decisionRecord.plan;
  return [
    ['First core group', plan.firstCoreGroupDate ? formatIsoDate(plan.firstCoreGroupDate) : `Not booked yet${plan.proposedFirstCoreGroupDate ? ` (due by ${formatIsoDate(plan.proposedFirstCoreGroupDate)})` : ''}`],
    ['Next review conference', plan.nextReviewDate ? formatIsoDate(plan.nextReviewDate) : `Not booked yet${plan.proposedNextReviewDate ? ` (due by ${formatIsoDate(plan.proposedNextReviewDate)})` : ''}`],
    ...(plan.broughtForwardReason ? [['Why the review is earlier', oneLine(plan.broughtForwardReason)] as const] : []),
  ];
}

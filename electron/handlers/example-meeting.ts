import type { ConferenceDetail } from '../../shared/conference/details';
import { contract } from '../../shared/contract/contract';
import type {
  ExampleChildKey,
  ExampleMemberKey,
  ExampleOwner,
  ExamplePerson,
  ExampleProfessionalKey,
  ExampleRestriction,
} from '../../shared/example/price-mills-meeting';
import {
  EXAMPLE_ATTENDANCE,
  EXAMPLE_CHILD_VOICES,
  EXAMPLE_CONTRIBUTIONS,
  EXAMPLE_DECISIONS,
  EXAMPLE_DISSENTS,
  EXAMPLE_EXCLUSIONS,
  EXAMPLE_OUTCOMES,
  EXAMPLE_PLAN,
  EXAMPLE_RECIPIENTS,
  EXAMPLE_RESTRICTED_PARTS,
  EXAMPLE_SCALES,
  EXAMPLE_STATEMENTS,
} from '../../shared/example/price-mills-meeting';
import { recordAttendance, saveChildVoice, saveContribution, saveExclusion, saveRestrictedPart } from './capture';
import type { HandlerContext } from './context';
import { saveDecision, saveDissent, saveScale, saveStatement } from './decision';
import { saveAction, saveOutcome, savePlan, saveRecipient } from './plan';

/** The ids the set-up stage gave the example's people and children, by their keys in the data. */
export interface ExampleIds {
  readonly professionals: ReadonlyMap<string, string>;
  readonly members: ReadonlyMap<string, string>;
  readonly children: Readonly<Record<ExampleChildKey, string>>;
}

/**
 * Records the meeting of the example conference as held (shared/example/price-mills-meeting.ts).
 * Every item is parsed with the call's own input schema from the contract and saved through the
 * use case behind that call, so it is checked exactly as a minute-taker's or a chair's input is.
 */
export function recordExampleMeeting(context: HandlerContext, detail: ConferenceDetail, ids: ExampleIds): void {
  const conferenceId = detail.id;
  const professional = (key: ExampleProfessionalKey): string => required(ids.professionals.get(key), `professional ${key}`);
  const member = (key: ExampleMemberKey): string => required(ids.members.get(key), `family member ${key}`);
  const child = (key: ExampleChildKey): string => ids.children[key];
  const person = (ref: ExamplePerson) => {
    switch (ref.kind) {
      case 'professional':
        return { kind: ref.kind, professionalId: professional(ref.key) };
      case 'family-member':
        return { kind: ref.kind, familyMemberId: member(ref.key) };
      case 'child':
        return { kind: ref.kind, childId: child(ref.key) };
      default: {
        const unexpected: never = ref;
        throw new Error(`Unknown person ${JSON.stringify(unexpected)}`);
      }
    }
  };
  const owner = (ref: ExampleOwner) => (ref.kind === 'named' ? ref : person(ref));
  const restriction = (r: ExampleRestriction | undefined) =>
    r === undefined || r.level !== 'not-for-named' ? (r ?? { level: 'none' }) : { level: r.level, reason: r.reason, familyMemberIds: r.members.map(member) };
  const agendaItem = (kind: string): string => required(detail.agenda.find((item) => item.kind === kind)?.id, `agenda item ${kind}`);
  const report = (key: ExampleProfessionalKey): string => required(detail.reports.find((r) => r.professionalId === professional(key))?.id, `report by ${key}`);
  const invitation = (ref: ExamplePerson): string =>
    required(
      detail.invitations.find((i) =>
        i.invitee.kind === 'professional' ? ref.kind === 'professional' && i.invitee.professionalId === professional(ref.key) : ref.kind === 'family-member' && i.invitee.familyMemberId === member(ref.key),
      )?.id,
      `invitation of ${ref.key}`,
    );

  // The meeting, as the minute-taker records it.
  for (const { invitee, ...attendance } of EXAMPLE_ATTENDANCE) {
    recordAttendance(context, contract.recordAttendance.input.parse({ invitationId: invitation(invitee), ...attendance }));
  }
  for (const { member: key, ...exclusion } of EXAMPLE_EXCLUSIONS) {
    saveExclusion(context, contract.saveExclusion.input.parse({ id: context.newId(), conferenceId, familyMemberId: member(key), ...exclusion }));
  }
  for (const { whoLeft, ...part } of EXAMPLE_RESTRICTED_PARTS) {
    saveRestrictedPart(context, contract.saveRestrictedPart.input.parse({ id: context.newId(), conferenceId, whoLeftIds: whoLeft.map(member), ...part }));
  }
  for (const { child: key, ...voice } of EXAMPLE_CHILD_VOICES) {
    saveChildVoice(context, contract.saveChildVoice.input.parse({ id: context.newId(), conferenceId, childId: child(key), ...voice }));
  }
  for (const contribution of EXAMPLE_CONTRIBUTIONS) {
    saveContribution(
      context,
      contract.saveContribution.input.parse({
        id: context.newId(),
        conferenceId,
        agendaItemId: agendaItem(contribution.item),
        speaker: contribution.speaker === 'chair' ? { kind: 'chair' } : person(contribution.speaker),
        kind: contribution.kind,
        text: contribution.text,
        spokenAt: contribution.spokenAt,
        restriction: restriction(contribution.restriction),
        reportId: contribution.report === undefined ? null : report(contribution.report),
      }),
    );
  }

  // The analysis, as the chair records it.
  const statementIds = new Map<string, string>();
  const statement = (key: string): string => required(statementIds.get(key), `statement ${key}`);
  for (const { key, pairedDanger, ...text } of EXAMPLE_STATEMENTS) {
    const id = context.newId();
    statementIds.set(key, id);
    saveStatement(context, contract.saveStatement.input.parse({ id, conferenceId, pairedDangerId: pairedDanger === undefined ? null : statement(pairedDanger), ...text }));
  }
  for (const { rater, danger, ...scale } of EXAMPLE_SCALES) {
    saveScale(context, contract.saveScale.input.parse({ id: context.newId(), conferenceId, rater: person(rater), dangerStatementId: danger === undefined ? null : statement(danger), ...scale }));
  }

  // The decisions, the police disagreement, the plan and who receives what.
  for (const { child: key, decision } of EXAMPLE_DECISIONS) {
    const { agencyViews = [], familyViews = [], ...rest } = decision;
    const input = contract.saveDecision.input.parse({
      conferenceId,
      childId: child(key),
      decision: {
        ...rest,
        agencyViews: agencyViews.map(({ professional: who, ...view }) => ({ professionalId: professional(who), ...view })),
        familyViews: familyViews.map(({ member: who, ...view }) => ({ familyMemberId: member(who), ...view })),
      },
    });
    saveDecision(context, input.conferenceId, input.childId, input.decision);
  }
  for (const { child: key, professional: who, ...dissent } of EXAMPLE_DISSENTS) {
    saveDissent(context, contract.saveDissent.input.parse({ id: context.newId(), conferenceId, childId: child(key), professionalId: professional(who), ...dissent }));
  }
  for (const { children = [], danger, actions, ...outcome } of EXAMPLE_OUTCOMES) {
    const outcomeId = context.newId();
    saveOutcome(
      context,
      contract.saveOutcome.input.parse({ id: outcomeId, conferenceId, childIds: children.map(child), dangerStatementId: danger === undefined ? null : statement(danger), ...outcome }),
    );
    for (const { owners, restriction: marking, ...action } of actions) {
      saveAction(context, contract.saveAction.input.parse({ id: context.newId(), conferenceId, outcomeId, owners: owners.map(owner), restriction: restriction(marking), ...action }));
    }
  }
  const { visits, coreGroup, ...plan } = EXAMPLE_PLAN;
  const planInput = contract.savePlan.input.parse({
    conferenceId,
    plan: { ...plan, visits: visits.map(({ child: key, ...visit }) => ({ childId: child(key), ...visit })), coreGroup: coreGroup.map(person) },
  });
  savePlan(context, planInput.conferenceId, planInput.plan);
  for (const { recipient, documents } of EXAMPLE_RECIPIENTS) {
    saveRecipient(context, contract.saveRecipient.input.parse({ id: context.newId(), conferenceId, recipient: owner(recipient), documents }));
  }
}

function required(value: string | undefined, what: string): string {
  // The data and the set-up stage are written together: a missing key is a bug in them.
  if (value === undefined) throw new Error(`The example meeting refers to an unknown ${what}.`);
  return value;
}

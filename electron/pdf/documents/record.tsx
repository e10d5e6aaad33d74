/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The conference record for professionals, in the order of brief §4.4 (requirement 14). It holds
 * restricted information, each piece marked in words where it appears, and is never a family
 * document: the family's version is the family's plan (family-plan.tsx).
 */
import { Text } from '@react-pdf/renderer';
import { AGENCY_LABELS } from '../../../shared/authority/agencies';
import { PRACTICE_MODEL_LABELS } from '../../../shared/authority/settings';
import { INVITATION_RESPONSE_LABELS, REPORT_SHARING_LABELS } from '../../../shared/invitations/schema';
import { EXCLUSION_GROUND_LABELS, type Attendance, type Capture } from '../../../shared/capture/schema';
import { interpreterLanguage } from '../../../shared/interpreters/schema';
import { CONFERENCE_MODE_LABELS, CONFERENCE_STATUS_LABELS, CONFERENCE_TYPE_LABELS, TRIGGER_LABELS } from '../../../shared/conference/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { familyMemberRole } from '../../../shared/people/roles';
import type { DocumentSource } from '../../../shared/documents/source';
import { DOCUMENT_LABELS } from '../../../shared/letter/distribution';
import { BulletList, Callout, DocumentFrame, Facts, P, Section, Table, Title } from '../components';
import { stylesFor, type PrintSize } from '../styles';
import { FamilyNetworkPart, OutcomeSections, VisitsTable, coreGroupMembers, planDates } from './plan-parts';
import { Analysis, ChildVoices, ContributionsByItem, Decisions, FamilyViews, joinedChildren } from './record-meeting';
import { AmendmentNote, amendmentsToNoItem } from './amendments-beside';
import { Paragraphs } from './paragraphs';
import { closedPartReasonLabel, confidentialHeader, conferencePeople, dateInWords, dateOrNot, joinNames, madeOnDate, oneLine } from './professional-words';
import { instantUkDate } from '../../../shared/dates/uk-time';

/** The record's level-2 headings, in the order of brief §4.4. */
export const RECORD_SECTIONS = [
  'Conference details',
  'The children and family',
  'Attendance and quoracy',
  'Purpose and confidentiality',
  'Reports',
  'Reasons for the conference',
  'Information from the agencies',
  'The child’s voice',
  'Views of the parents and the family network',
  'Analysis',
  'Decision for each child',
  'The child protection plan',
  'Core group, dates and who leads',
  'Complaints and distribution',
] as const;

export function recordTitle(source: DocumentSource): string {
  return `Conference record: ${joinedChildren(source)}, ${dateInWords(source.conference.details.scheduledDate)}`;
}

const bold = { fontWeight: 700 };
const yesNo = (answer: boolean | null) => (answer === null ? 'Not answered' : answer ? 'Yes' : 'No');

function ConferenceDetails({ source }: { readonly source: DocumentSource }) {
  const { conference, decisionRecord } = source;
  const details = conference.details;
  const status = decisionRecord.finalisedAt
    ? `${CONFERENCE_STATUS_LABELS.finalised} by ${decisionRecord.finalisedBy ?? 'the chair'} on ${formatIsoDate(instantUkDate(decisionRecord.finalisedAt))}`
    : CONFERENCE_STATUS_LABELS[conference.status];
  return (
    <>
      <Facts
        facts={[
          ['Conference', `${CONFERENCE_TYPE_LABELS[details.type]} child protection conference`],
          ['Date and time', `${formatIsoDate(details.scheduledDate)}, ${details.scheduledTime}`],
          ['How it was held', CONFERENCE_MODE_LABELS[details.mode]],
          ['Venue', details.venue || 'Not recorded'],
          ['Chair', conference.chair ? `${conference.chair.name}, ${details.chairRoleLabel}` : 'Not chosen'],
          ['Family help lead practitioner', conference.leadPractitioner ? `${conference.leadPractitioner.name}, ${conference.leadPractitioner.role}` : 'Not chosen'],
          ['Minute-taker', conference.minuteTaker ? `${conference.minuteTaker.name}, ${conference.minuteTaker.role}` : 'Not chosen'],
          ['Practice model', PRACTICE_MODEL_LABELS[decisionRecord.practiceModel]],
          ['Record status', status],
          ['Made on', formatIsoDate(source.madeOn)],
        ]}
      />
      {!decisionRecord.finalisedAt && <Callout tone="warning">This record has not been finalised by the chair. It may still change.</Callout>}
      <Section title="The chair’s independence" level={3}>
        <Facts
          facts={[
            ['Chaired or took part in the strategy discussion', yesNo(details.chairInStrategyDiscussion)],
            ['Took part in the section 47 enquiry', yesNo(details.chairInSection47Enquiry)],
          ]}
        />
        <Paragraphs lead="The chair’s declaration: " text={details.chairDeclaration} empty="The chair has not written a declaration." />
      </Section>
    </>
  );
}

function ChildrenAndFamily({ source }: { readonly source: DocumentSource }) {
  const { conference } = source;
  const people = conferencePeople(source);
  const needs = conference.children.filter((child) => child.communicationNeeds || child.interpreterLanguage);
  return (
    <>
      <Table
        columns={[
          { heading: 'Child', width: 4 },
          { heading: 'Born or due', width: 4 },
          { heading: 'Gender', width: 2.4 },
          { heading: 'School or setting', width: 5 },
        ]}
        rows={conference.children.map((child) => [
          child.displayName,
          child.dateOfBirth ? `Born ${formatIsoDate(child.dateOfBirth)}` : `Due ${dateOrNot(child.expectedDeliveryDate)}`,
          child.gender || '—',
          child.schoolOrSetting || '—',
        ])}
        rowHeaders
      />
      {needs.length > 0 && <BulletList items={needs.map((child) => `${child.displayName}: ${[oneLine(child.communicationNeeds), child.interpreterLanguage && `interpreter in ${child.interpreterLanguage}`].filter(Boolean).join('; ')}`)} />}
      <Section title="Parents, carers and the family network" level={3}>
        <BulletList
          items={conference.familyMembers.map((member) => {
            const ties = member.relationships.map((r) => `${r.relationship.toLowerCase()} of ${people.child(r.childId)}${r.parentalResponsibility ? ' (parental responsibility)' : ''}`);
            const contact = member.contactDetailsConfidential ? 'Contact details are confidential: ask the lead practitioner.' : member.contactDetails && `Contact: ${oneLine(member.contactDetails)}`;
            const language = member.interpreterLanguage
              ? `Needs an interpreter in ${member.interpreterLanguage}${member.interpreterDialect ? ` (${member.interpreterDialect})` : ''}${member.interpreterPreferences ? `; preferences: ${oneLine(member.interpreterPreferences)}` : ''}.`
              : '';
            return (
              <>
                <Text style={bold}>{member.displayName}</Text>
                {`, ${ties.length > 0 ? joinNames(ties) : 'no relationship recorded'}. ${member.livesInHousehold ? 'Lives in the household.' : 'Does not live in the household.'}${contact ? ` ${contact}` : ''}${language ? ` ${language}` : ''}`}
              </>
            );
          })}
        />
      </Section>
    </>
  );
}

function attendanceInWords(attendance: Attendance | undefined, response: keyof typeof INVITATION_RESPONSE_LABELS): string {
  if (!attendance) return INVITATION_RESPONSE_LABELS[response];
  if (attendance.mode === 'did-not-attend') return 'Did not attend';
  const times = attendance.arrivedAt || attendance.leftAt ? `, ${attendance.arrivedAt ?? '?'} to ${attendance.leftAt ?? 'the end'}` : '';
  const parts = attendance.parts ? `; ${attendance.parts}` : '';
  return `${attendance.mode === 'online' ? 'Online' : 'In person'}${times}${parts}`;
}

/** Who left the room for a restricted part: family members, and the interpreters who left with them or on their own. */
function leftTheRoom(part: Capture['restrictedParts'][number], capture: Capture): string {
  const interpreters = capture.interpreters.filter((i) => i.leftForPartIds.includes(part.id)).map((i) => `${i.name || 'the interpreter'} (interpreter for ${i.memberName})`);
  const who = [...part.whoLeft, ...interpreters];
  return who.length > 0 ? `${joinNames(who)} left the room.` : 'No one left the room.';
}

function AttendanceAndQuoracy({ source }: { readonly source: DocumentSource }) {
  const { conference, capture } = source;
  const memberRole = new Map(conference.familyMembers.map((m) => [m.id, familyMemberRole(m, conference.children)]));
  const rows = conference.invitations.map((invitation) => {
    const attendance = capture.attendance.find((a) => a.invitationId === invitation.id);
    const invitee = invitation.invitee;
    const role = invitee.kind === 'professional' ? `${invitee.role || AGENCY_LABELS[invitee.agency]}` : (memberRole.get(invitee.familyMemberId) ?? '');
    return [invitee.name, role, attendanceInWords(attendance, invitation.response)];
  });
  // Each family member's interpreter, after the people: who, for whom and in what language, and whether present.
  const interpreters = capture.interpreters.map((interpreter) => [
    interpreter.name || 'Interpreter (name not recorded)',
    `Interpreter in ${interpreterLanguage(interpreter)} for ${interpreter.memberName}${interpreter.preferences ? `; preferences: ${oneLine(interpreter.preferences)}` : ''}`,
    interpreter.present === null ? (interpreter.booked ? 'Booked; attendance not recorded' : 'Not booked') : interpreter.present ? 'Present' : 'Not present',
  ]);
  return (
    <>
      <Table
        columns={[
          { heading: 'Name', width: 4 },
          { heading: 'Role or relationship', width: 6 },
          { heading: 'Attendance', width: 5 },
        ]}
        rows={[...rows, ...interpreters]}
        rowHeaders
      />
      <Section title="Quoracy" level={3}>
        <P>{conference.quoracy.summary}</P>
        {!conference.quoracy.quorate && <P>{conference.details.inquorateReason ? `The chair went ahead because: ${oneLine(conference.details.inquorateReason)}` : 'The chair has not recorded a reason for going ahead.'}</P>}
      </Section>
      <Section title="Exclusions and restricted parts of the meeting" level={3}>
        {capture.exclusions.length === 0 && capture.restrictedParts.length === 0 && <P>No one was excluded and no part of the meeting was restricted.</P>}
        {capture.exclusions.map((exclusion) => (
          <P key={exclusion.id}>
            <Text style={bold}>{`${exclusion.familyMemberName} was not present from ${exclusion.startedAt} to ${exclusion.endedAt ?? 'the end'}. `}</Text>
            {`Grounds: ${EXCLUSION_GROUND_LABELS[exclusion.grounds]}. How their views were presented: ${oneLine(exclusion.viewsPresentedBy)}`}
          </P>
        ))}
        {capture.restrictedParts.map((part) => (
          <Callout key={part.id} tone="restricted">
            <Text style={bold}>{`${closedPartReasonLabel(part.reason)}. `}</Text>
            {`A closed part of the meeting from ${part.startedAt} to ${part.endedAt ?? 'the end'}. ${leftTheRoom(part, capture)} `}
            {part.sharedSummary ? `What may be shared with the family: “${oneLine(part.sharedSummary)}”` : 'There is no summary that may be shared with the family.'}
          </Callout>
        ))}
        {conference.familyMembers.some((m) => m.contactDetailsConfidential) && (
          <P>{`Confidential contact details are kept for ${joinNames(conference.familyMembers.filter((m) => m.contactDetailsConfidential).map((m) => m.displayName))} and are not printed.`}</P>
        )}
      </Section>
    </>
  );
}

function Reports({ source }: { readonly source: DocumentSource }) {
  const reports = source.conference.reports;
  const reasons = reports.filter((report) => report.notSharedReason);
  if (reports.length === 0) return <P>No written reports were received.</P>;
  return (
    <>
      <Table
        columns={[
          { heading: 'Agency', width: 4 },
          { heading: 'Author', width: 4 },
          { heading: 'Received', width: 3.4 },
          { heading: 'Shared with the family', width: 4.6 },
        ]}
        rows={reports.map((report) => [
          AGENCY_LABELS[report.agency],
          report.author,
          dateOrNot(report.receivedDate, 'Not received'),
          `${REPORT_SHARING_LABELS[report.sharedWithFamily]}${report.sharedDate ? `, ${formatIsoDate(report.sharedDate)}` : ''}${report.late ? ' (late)' : ''}`,
        ])}
      />
      {reports.some((report) => report.late) && (
        <Callout tone="warning">{`Late: ${joinNames(reports.filter((r) => r.late).map((r) => `${r.author}’s report`))} reached the family later than the authority’s deadline before the conference.`}</Callout>
      )}
      {reasons.length > 0 && <BulletList items={reasons.map((report) => `${report.author}’s report, why not all of it was shared: ${oneLine(report.notSharedReason)}`)} />}
    </>
  );
}

function Reasons({ source }: { readonly source: DocumentSource }) {
  const { conference, decisionRecord } = source;
  const details = conference.details;
  const harms = decisionRecord.statements.filter((s) => s.kind === 'harm');
  return (
    <>
      <Facts
        facts={[
          [TRIGGER_LABELS[details.type], dateOrNot(details.triggerDate, 'Not recorded')],
          ['Conference due by', dateOrNot(conference.dueDate, 'Not worked out')],
          ...(decisionRecord.previous ? [['Previous conference', formatIsoDate(decisionRecord.previous.scheduledDate)] as const] : []),
        ]}
      />
      {details.delayReason !== '' && <Paragraphs lead="Why the conference was held after its due date: " text={details.delayReason} />}
      {harms.length > 0 ? <BulletList items={harms.map((harm) => `What has happened: ${oneLine(harm.text)}`)} /> : <P>The harm that brought the conference is set out by the agencies below.</P>}
    </>
  );
}

function Distribution({ source }: { readonly source: DocumentSource }) {
  const { distribution } = source.decisionRecord;
  const amendments = amendmentsToNoItem(source);
  const beside = source.decisionRecord.amendments.length - amendments.length;
  return (
    <>
      <BulletList items={source.letter.howToChallenge} />
      <P>{`The decision letter is due by ${dateOrNot(distribution.decisionLetterDue)} and this record by ${dateOrNot(distribution.recordDue)}. Family members receive the family’s version, never this full record.`}</P>
      {distribution.recipients.length === 0 ? (
        <P>No distribution list has been recorded yet.</P>
      ) : (
        <Table
          columns={[
            { heading: 'Who', width: 4 },
            { heading: 'Receives', width: 6 },
            { heading: 'Sent', width: 5 },
          ]}
          rows={distribution.recipients.map((recipient) => [
            `${recipient.name}${recipient.isFamily ? ' (family)' : ''}`,
            recipient.documents.map((d) => DOCUMENT_LABELS[d]).join('; '),
            recipient.sent.length === 0 ? 'Not sent yet' : recipient.sent.map((s) => `${DOCUMENT_LABELS[s.document]}: ${formatIsoDate(s.sentOn)}${s.late ? ' (late)' : ''}`).join('; '),
          ])}
          rowHeaders
        />
      )}
      {source.decisionRecord.amendments.length > 0 && (
        <Section title="Amendments after the record was finalised" level={3}>
          {beside > 0 && <P>{`${beside === 1 ? 'One amendment is' : `${beside} amendments are`} printed directly after the part of the record ${beside === 1 ? 'it corrects' : 'they correct'}.`}</P>}
          {amendments.map((amendment) => (
            <AmendmentNote key={amendment.id} amendment={amendment} source={source} sayPart />
          ))}
        </Section>
      )}
    </>
  );
}

const OPENING_ITEMS = new Set(['welcome', 'confidentiality']);
const VOICE_KINDS = new Set(['child-view', 'family-view']);

export function RecordDocument({ source, printSize }: { readonly source: DocumentSource; readonly printSize: PrintSize }) {
  const title = recordTitle(source);
  const agendaKind = new Map(source.conference.agenda.map((item) => [item.id, item.kind]));
  const opening = (c: { agendaItemId: string; kind: string }) => OPENING_ITEMS.has(agendaKind.get(c.agendaItemId) ?? '') && !VOICE_KINDS.has(c.kind);
  const [details, family, attendance, purpose, reports, reasons, agencies, child, views, analysis, decisions, plan, coreGroup, distribution] = RECORD_SECTIONS;
  const record = source.decisionRecord;
  return (
    <DocumentFrame
      title={title}
      subject="Child protection conference record for professionals"
      runningHeader={confidentialHeader('conference record for professionals', source)}
      printSize={printSize}
      madeOn={madeOnDate(source)} letterhead={source.authority}
      parts={[<>
      <Title>{title}</Title>
      <Callout tone="restricted">
        This record is for professionals. It holds restricted information, marked where it appears, that must not be shared with the family. The family receive the decision letter and the family’s version of the plan.
      </Callout>
      <Section title={details}>
        <ConferenceDetails source={source} />
      </Section>
      <Section title={family}>
        <ChildrenAndFamily source={source} />
      </Section>
      <Section title={attendance}>
        <AttendanceAndQuoracy source={source} />
      </Section>
      <Section title={purpose}>
        <P>The chair explained the purpose of the conference, how everyone would work together, that what is said is confidential, and how to disagree or complain.</P>
        <ContributionsByItem source={source} include={opening} />
      </Section>
      <Section title={reports}>
        <Reports source={source} />
      </Section>
      <Section title={reasons}>
        <Reasons source={source} />
      </Section>
      </>, <>
      <Section title={agencies}>
        <ContributionsByItem source={source} include={(c) => !opening(c) && !VOICE_KINDS.has(c.kind)} />
      </Section>
      </>, <>
      <Section title={child}>
        <ChildVoices source={source} />
      </Section>
      <Section title={views}>
        <FamilyViews source={source} />
      </Section>
      <Section title={analysis}>
        <Analysis source={source} />
      </Section>
      </>, <>
      <Section title={decisions}>
        <Decisions source={source} />
      </Section>
      </>, <>
      {/* The first outcome is kept whole, so the heading needs room for it beneath. */}
      <Section title={plan} keepWithNext={stylesFor(printSize).keepWithNext * 4}>
        {record.outcomes.length === 0 && <P>No plan outcomes have been agreed.</P>}
        <OutcomeSections source={source} outcomes={record.outcomes} showChildren withAmendments />
        <Section title="How each child will be seen" level={3}>
          <VisitsTable source={source} />
        </Section>
        <Section title="Contingency plan" level={3}>
          <Paragraphs text={record.plan.contingency} empty="No contingency plan has been agreed yet." />
        </Section>
        <Section title="The family network" level={3}>
          <FamilyNetworkPart source={source} />
        </Section>
      </Section>
      <Section title={coreGroup}>
        <Facts facts={[...planDates(source), ['Chair', source.conference.chair?.name ?? 'Not chosen'], ['Lead practitioner', source.conference.leadPractitioner?.name ?? 'Not chosen']]} />
        <Section title="Core group members" level={3}>
          {record.plan.coreGroup.length === 0 ? <P>No core group has been agreed yet.</P> : <BulletList items={coreGroupMembers(source)} />}
          {record.plan.coreGroupNote !== '' && <P>{oneLine(record.plan.coreGroupNote)}</P>}
        </Section>
      </Section>
      <Section title={distribution}>
        <Distribution source={source} />
      </Section>
      </>]}
    />
  );
}

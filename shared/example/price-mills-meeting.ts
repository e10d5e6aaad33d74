import type { z } from 'zod';
import type { AgendaItemKind } from '../agenda/schema';
import type {
  RecordAttendanceSchema,
  RestrictionReason,
  SaveChildVoiceSchema,
  SaveContributionSchema,
  SaveExclusionSchema,
  SaveRestrictedPartSchema,
} from '../capture/schema';
import type { SaveScaleSchema, SaveStatementSchema } from '../decision/analysis';
import type { AgencyViewSchema, DecisionDetailsInput, FamilyViewSchema, SaveDissentSchema } from '../decision/schema';
import type { DocumentKind } from '../letter/distribution';
import type { PlanDetailsInput, SaveActionSchema, SaveOutcomeSchema, VisitSchema } from '../plan/schema';
import type { EXAMPLE_CHILDREN } from './price-mills';

/**
 * The Price and Mills initial conference as HELD on Thu 19 March 2026: who came, what was said
 * (with the restricted parts), the Signs of Safety analysis, the decision for each child, the
 * outline plan and who receives what. From ../shared/domain/example-case.md; entirely fictional.
 *
 * Pure data in the shape of the calls' inputs, with people, children, agenda items and
 * statements named by key instead of id: the loader (electron/handlers/example-meeting.ts) turns
 * the keys into the ids of the conference it has just set up and sends every item through the
 * same use cases a minute-taker and a chair use.
 */

export type ExampleProfessionalKey = 'priya' | 'tom' | 'aisha' | 'hannah' | 'grace' | 'lucy' | 'ian' | 'beth' | 'malik' | 'nadia' | 'alcohol' | 'kerry';
export type ExampleMemberKey = 'danielle' | 'jordan' | 'aaron' | 'carol' | 'megan';
export type ExampleChildKey = keyof typeof EXAMPLE_CHILDREN;

export type ExampleProfessionalRef = { readonly kind: 'professional'; readonly key: ExampleProfessionalKey };
export type ExampleMemberRef = { readonly kind: 'family-member'; readonly key: ExampleMemberKey };
export type ExampleChildRef = { readonly kind: 'child'; readonly key: ExampleChildKey };
export type ExamplePerson = ExampleProfessionalRef | ExampleMemberRef | ExampleChildRef;
export type ExampleOwner = ExampleProfessionalRef | ExampleMemberRef | { readonly kind: 'named'; readonly name: string };

const pro = (key: ExampleProfessionalKey): ExampleProfessionalRef => ({ kind: 'professional', key });
const fam = (key: ExampleMemberKey): ExampleMemberRef => ({ kind: 'family-member', key });
const child = (key: ExampleChildKey): ExampleChildRef => ({ kind: 'child', key });

// ---------------------------------------------------------------------------------------------
// Restricted information. Exported so tests can assert it never reaches a family-facing document.

/** Said in the closed part with both parents (and Carol) out of the room: not for the family (police investigation). */
export const EXAMPLE_POLICE_INVESTIGATION_TEXT =
  'Jordan was arrested on 28 February and released under investigation. DC Cole expects the police file to go to the Crown Prosecution Service by the end of April 2026; no decision about charges has been made yet.';
/** A neighbour's statement to the police: third-party information, not for the family. */
export const EXAMPLE_NEIGHBOUR_STATEMENT_TEXT =
  'A neighbour told the police she has heard shouting and things being thrown at the house on several Saturday nights since Christmas.';
/** Danielle's safety arrangements, told by her domestic abuse adviser: kept from Jordan (risk). */
export const EXAMPLE_NOT_FOR_JORDAN_TEXT =
  'Danielle has agreed a code word with Carol, and keeps a bag with the children’s things at Carol’s house in case she needs to leave quickly.';

/** Danielle's adviser and when they meet, told by the adviser: kept from Jordan (risk). */
export const EXAMPLE_ADVISER_MEETINGS_TEXT =
  'Nadia, Danielle’s independent domestic violence adviser, said she has met Danielle once and they will meet every week from 26 March to build her safety plan.';
/** The plan's action with Danielle's adviser: kept from Jordan (risk). */
export const EXAMPLE_ADVISER_ACTION_TEXT = 'Danielle will meet Nadia, her domestic abuse adviser, every week to make a safety plan.';
/** The adviser who supports Danielle, by name: never in Jordan's copies. */
export const EXAMPLE_ADVISER_NAME = 'Nadia Rahman';

/** Every restricted contribution's exact text (not-for-family and not-for-named). */
export const EXAMPLE_RESTRICTED_TEXTS: readonly string[] = [EXAMPLE_POLICE_INVESTIGATION_TEXT, EXAMPLE_NEIGHBOUR_STATEMENT_TEXT, EXAMPLE_NOT_FOR_JORDAN_TEXT, EXAMPLE_ADVISER_MEETINGS_TEXT];
/** What must never reach Jordan's copies: everything kept from him, and his former partner's adviser. */
export const EXAMPLE_KEPT_FROM_JORDAN: readonly string[] = [EXAMPLE_NOT_FOR_JORDAN_TEXT, EXAMPLE_ADVISER_MEETINGS_TEXT, EXAMPLE_ADVISER_ACTION_TEXT, EXAMPLE_ADVISER_NAME];

/** What the parents are told about the closed police part: unrestricted, and its own contribution. */
export const EXAMPLE_POLICE_SUMMARY_FOR_FAMILY = 'Police are still looking into what happened on 28 February.';
/** What the parents are told about the neighbour's statement (the restricted part's shareable summary). */
export const EXAMPLE_THIRD_PARTY_SUMMARY_FOR_FAMILY = 'The meeting heard information from someone outside the family. It belongs to them, so we cannot share it.';

// ---------------------------------------------------------------------------------------------
// Attendance, separate parts and the child's voice.

export interface ExampleAttendance extends Pick<z.input<typeof RecordAttendanceSchema>, 'mode' | 'arrivedAt' | 'leftAt' | 'parts'> {
  readonly invitee: ExampleProfessionalRef | ExampleMemberRef;
}

/** Everyone invited, on the day. The chair and the minute-taker run the meeting and are not invited. */
export const EXAMPLE_ATTENDANCE: readonly ExampleAttendance[] = [
  { invitee: fam('danielle'), mode: 'in-person', arrivedAt: '09:55', leftAt: '12:30', parts: 'The main meeting, except the closed police information (10:55 to 11:06)' },
  { invitee: fam('jordan'), mode: 'online', arrivedAt: '11:15', leftAt: '11:40', parts: 'His own part of the meeting, by video (11:15 to 11:40)' },
  { invitee: fam('aaron'), mode: 'did-not-attend', parts: '' },
  { invitee: fam('carol'), mode: 'in-person', arrivedAt: '09:55', leftAt: '12:30', parts: 'The main meeting, with Danielle, as her support' },
  { invitee: pro('tom'), mode: 'in-person', arrivedAt: '09:50', leftAt: '12:30', parts: '' },
  { invitee: pro('hannah'), mode: 'in-person', arrivedAt: '09:55', leftAt: '12:30', parts: '' },
  { invitee: pro('grace'), mode: 'in-person', arrivedAt: '09:55', leftAt: '12:30', parts: '' },
  { invitee: pro('lucy'), mode: 'did-not-attend', parts: 'Apologies; sent a report' },
  { invitee: pro('ian'), mode: 'in-person', arrivedAt: '10:00', leftAt: '12:30', parts: '' },
  { invitee: pro('beth'), mode: 'did-not-attend', parts: 'Sent a report only' },
  { invitee: pro('malik'), mode: 'did-not-attend', parts: 'Apologies; sent a report' },
  { invitee: pro('nadia'), mode: 'in-person', arrivedAt: '09:55', leftAt: '12:30', parts: '' },
  { invitee: pro('alcohol'), mode: 'did-not-attend', parts: 'Sent a report only' },
  { invitee: pro('kerry'), mode: 'in-person', arrivedAt: '09:45', leftAt: '12:30', parts: '' },
];

export interface ExampleExclusion extends Omit<z.input<typeof SaveExclusionSchema>, 'id' | 'conferenceId' | 'familyMemberId'> {
  readonly member: ExampleMemberKey;
}

const JORDAN_VIEWS =
  'Jordan took part in his own part of the meeting by video from 11:15 to 11:40, with the chair, Tom Reeves and DC Cole, and gave his views himself. The chair told the main meeting what he said, and will tell him the decisions by phone today.';

/** Jordan is not in the main meeting (conflict between family members: domestic abuse); he has his own part. */
export const EXAMPLE_EXCLUSIONS: readonly ExampleExclusion[] = [
  { member: 'jordan', grounds: 'conflict-between-family-members', startedAt: '10:00', endedAt: '11:15', viewsPresentedBy: JORDAN_VIEWS },
  { member: 'jordan', grounds: 'conflict-between-family-members', startedAt: '11:40', endedAt: '12:30', viewsPresentedBy: JORDAN_VIEWS },
];

export interface ExampleChildVoice extends Omit<z.input<typeof SaveChildVoiceSchema>, 'id' | 'conferenceId' | 'childId' | 'restriction'> {
  readonly child: ExampleChildKey;
}

export const EXAMPLE_CHILD_VOICES: readonly ExampleChildVoice[] = [
  {
    child: 'ruby',
    method: 'three-houses',
    gatheredBy: 'Tom Reeves (family help lead practitioner), at school',
    gatheredOn: '2026-03-16',
    words:
      'House of worries: “When the shouting starts I hide under my bed.” “I worry about Mum when I’m at school.”\nHouse of good things: “Reading with Nan.” “Mum makes pancakes on Sundays.” “Leo makes me laugh.”\nHouse of dreams: “Everyone is calm at home and nobody shouts.”\nRuby’s scale: “5 — better since Jordan went to Uncle Sam’s.”',
  },
  {
    child: 'leo',
    method: 'via-practitioner',
    gatheredBy: 'Grace Morgan (health visitor) and Beth Owen (nursery manager)',
    gatheredOn: '2026-03-13',
    words: 'Leo uses a few single words. At nursery he showed Beth the dolls’ house and said “Mummy sad” and “Daddy Sam’s house”.',
  },
];

export interface ExampleRestrictedPart extends Omit<z.input<typeof SaveRestrictedPartSchema>, 'id' | 'conferenceId' | 'whoLeftIds'> {
  readonly whoLeft: readonly ExampleMemberKey[];
}

/** The closed parts: both parents out of the room (Jordan was not in the main meeting), and Carol. */
export const EXAMPLE_RESTRICTED_PARTS: readonly ExampleRestrictedPart[] = [
  { reason: 'police-investigation', startedAt: '10:55', endedAt: '11:02', whoLeft: ['danielle', 'jordan', 'carol'], sharedSummary: EXAMPLE_POLICE_SUMMARY_FOR_FAMILY },
  { reason: 'third-party', startedAt: '11:02', endedAt: '11:06', whoLeft: ['danielle', 'jordan', 'carol'], sharedSummary: EXAMPLE_THIRD_PARTY_SUMMARY_FOR_FAMILY },
];

// ---------------------------------------------------------------------------------------------
// What was said, item by item.

export type ExampleRestriction =
  | { readonly level: 'none' }
  | { readonly level: 'not-for-family'; readonly reason: RestrictionReason }
  | { readonly level: 'not-for-named'; readonly reason: RestrictionReason; readonly members: readonly ExampleMemberKey[] };

export interface ExampleContribution extends Pick<z.input<typeof SaveContributionSchema>, 'kind' | 'text' | 'spokenAt'> {
  readonly item: AgendaItemKind;
  readonly speaker: 'chair' | ExamplePerson;
  readonly restriction?: ExampleRestriction;
  /** The written report it speaks to, by its author. */
  readonly report?: ExampleProfessionalKey;
}

export const EXAMPLE_CONTRIBUTIONS: readonly ExampleContribution[] = [
  // Welcome, introductions and purpose
  {
    item: 'welcome',
    speaker: 'chair',
    kind: 'information',
    spokenAt: '10:00',
    text: 'Priya welcomed everyone and asked each person to say who they are. She explained that the conference is here to decide, with Danielle and the family, what needs to happen so Ruby, Leo and the baby are safe. She read her statement about her part in the strategy discussion.',
  },
  // Confidentiality and how we will work today
  {
    item: 'confidentiality',
    speaker: 'chair',
    kind: 'information',
    spokenAt: '10:06',
    text: 'Priya explained that Jordan will have his own part of the meeting by video later this morning, so that Danielle can speak freely. Some police information will be heard while Danielle and Carol are out of the room; Priya will tell them what can be shared.',
  },
  // Reports received and shared
  {
    item: 'reports',
    speaker: 'chair',
    kind: 'information',
    spokenAt: '10:10',
    text: 'Reports came from Tom, the police, Grace, Lucy, Mr Foster, Beth, Dr Malik and the alcohol service. Grace’s report reached Danielle on 17 March, a day later than it should have. Danielle said she had read every report with Kerry and was ready to go ahead.',
  },
  // The family's views
  {
    item: 'family-views',
    speaker: fam('danielle'),
    kind: 'family-view',
    spokenAt: '10:14',
    text: 'Danielle said, in her words: “I agree the children have heard too much shouting, and I don’t want Ruby hiding under her bed any more. I called the police myself on 28 February because I wanted them safe. I agree Jordan should stay at Sam’s for now. I don’t agree with the word ‘abuse’: I love my children and they are well looked after.”',
  },
  {
    item: 'family-views',
    speaker: fam('carol'),
    kind: 'family-view',
    spokenAt: '10:20',
    text: 'Carol said she already takes Ruby to school on Tuesdays and Thursdays and can do more. She has a spare room, and Ruby and Leo can stay with her at any time if things are not safe at home.',
  },
  {
    item: 'family-views',
    speaker: pro('kerry'),
    kind: 'information',
    spokenAt: '10:23',
    text: 'Kerry said Danielle has asked for help to make a safety plan and wants to keep going to all her midwife appointments. Danielle would like the plan written so Ruby can understand it.',
  },
  // The child's views and experience
  {
    item: 'child-views',
    speaker: pro('tom'),
    kind: 'child-view',
    spokenAt: '10:26',
    text: 'Tom met Ruby at school on 16 March and used the Three Houses with her. In her house of worries Ruby said: “When the shouting starts I hide under my bed,” and that she worries about her mum when she is at school. In her house of good things she put reading with Nan and her mum’s pancakes. In her house of dreams: “Everyone is calm at home and nobody shouts.” Ruby put things at 5 out of 10: “better since Jordan went to Uncle Sam’s.”',
  },
  {
    item: 'child-views',
    speaker: pro('grace'),
    kind: 'child-view',
    spokenAt: '10:32',
    report: 'beth',
    text: 'Grace described a day for Leo. He is a warm, busy boy of 4 who stays close to his mum and loves the sand tray at nursery. He uses only a few single words, fewer than most children his age. Beth’s report says Leo is quieter on Mondays and settles better when Carol brings him. At nursery he pointed at the dolls’ house and said “Mummy sad”.',
  },
  // Information from each agency
  {
    item: 'agency-information',
    speaker: pro('tom'),
    kind: 'information',
    spokenAt: '10:38',
    report: 'tom',
    text: 'Tom said the home is warm and clean, the children are well fed, and Ruby and Leo are close to their mum. Danielle agreed a safety plan after 28 February, and Jordan has kept to staying with his brother Sam since 6 March. Tom is worried about what Ruby and Leo hear and see when there are fights at home, especially after Jordan has been drinking at weekends.',
  },
  {
    item: 'agency-information',
    speaker: pro('hannah'),
    kind: 'information',
    spokenAt: '10:45',
    report: 'hannah',
    text: 'DC Cole said police have been called to the home twice in three months because of arguments between Danielle and Jordan. On 28 February Danielle called the police herself: Jordan pushed her while she was holding Leo, and Leo fell and bruised his forehead.',
  },
  {
    item: 'agency-information',
    speaker: pro('grace'),
    kind: 'information',
    spokenAt: '10:48',
    report: 'grace',
    text: 'Grace said Leo’s speech is behind what she would expect at 4. Two health visitor appointments were missed this winter; Danielle has since rebooked. Danielle has been to every midwife appointment, as Lucy’s report also says.',
  },
  {
    item: 'agency-information',
    speaker: pro('ian'),
    kind: 'information',
    spokenAt: '10:51',
    report: 'ian',
    text: 'Mr Foster said Ruby reads well and is kind to other children. Her attendance is 82% this term. Ruby told her teacher she hides under her bed when the shouting starts and worries about her mum.',
  },
  {
    item: 'agency-information',
    speaker: pro('hannah'),
    kind: 'information',
    spokenAt: '10:56',
    report: 'hannah',
    restriction: { level: 'not-for-family', reason: 'police-investigation' },
    text: EXAMPLE_POLICE_INVESTIGATION_TEXT,
  },
  {
    item: 'agency-information',
    speaker: pro('hannah'),
    kind: 'information',
    spokenAt: '11:03',
    report: 'hannah',
    restriction: { level: 'not-for-family', reason: 'third-party' },
    text: EXAMPLE_NEIGHBOUR_STATEMENT_TEXT,
  },
  {
    item: 'agency-information',
    speaker: pro('hannah'),
    kind: 'information',
    spokenAt: '11:07',
    text: EXAMPLE_POLICE_SUMMARY_FOR_FAMILY,
  },
  {
    item: 'agency-information',
    speaker: pro('nadia'),
    kind: 'information',
    spokenAt: '11:09',
    restriction: { level: 'not-for-named', reason: 'risk', members: ['jordan'] },
    text: EXAMPLE_ADVISER_MEETINGS_TEXT,
  },
  {
    item: 'agency-information',
    speaker: pro('nadia'),
    kind: 'information',
    spokenAt: '11:11',
    restriction: { level: 'not-for-named', reason: 'risk', members: ['jordan'] },
    text: EXAMPLE_NOT_FOR_JORDAN_TEXT,
  },
  // Jordan's own part, by video (11:15 to 11:40)
  {
    item: 'family-views',
    speaker: fam('jordan'),
    kind: 'family-view',
    spokenAt: '11:18',
    text: 'Jordan said, in his words: “I know I drink too much at weekends and I asked for help myself. My first appointment at the alcohol service is on 9 April. I’m not a danger sober. I’ll stay at Sam’s, and I won’t go to the house if I’ve had a drink. I want to keep seeing Leo.”',
  },
  {
    item: 'analysis',
    speaker: fam('jordan'),
    kind: 'family-view',
    spokenAt: '11:32',
    text: 'Jordan put things at 7 out of 10, because he is at Sam’s and has asked the alcohol service for help. He does not agree that he is a danger to the children.',
  },
  // Analysis: worries, what is working well, what needs to happen
  {
    item: 'analysis',
    speaker: 'chair',
    kind: 'analysis',
    spokenAt: '11:45',
    text: 'Priya shared what Jordan said in his part of the meeting. The meeting agreed the worries, what is working well and the two danger statements with their safety goals, and each person gave a number on the safety scale with their reason.',
  },
  {
    item: 'analysis',
    speaker: fam('danielle'),
    kind: 'family-view',
    spokenAt: '11:52',
    text: 'Danielle put things at 6 out of 10: “Jordan is at Sam’s, I’ve got Mum and Megan, and I called the police when I needed to.”',
  },
  {
    item: 'analysis',
    speaker: pro('kerry'),
    kind: 'question',
    spokenAt: '11:56',
    text: 'Kerry asked what would need to happen for the professionals’ numbers to go up. Tom said Jordan going to the alcohol service, no more police call-outs, and Ruby saying home feels calm.',
  },
  // Decision for each child
  {
    item: 'decision',
    speaker: 'chair',
    kind: 'analysis',
    spokenAt: '12:02',
    text: 'Priya said Ruby and Leo will each have a child protection plan, under the category of emotional abuse, because of what they have seen and heard at home. The decision for the baby will be made at the review on 4 June 2026, when the pre-birth assessment is finished.',
  },
  {
    item: 'decision',
    speaker: pro('hannah'),
    kind: 'information',
    spokenAt: '12:06',
    text: 'DC Cole said police think Leo’s category should be physical abuse, because he was hurt on 28 February. She does not want to raise a formal dissent, and asked for the police view to be recorded.',
  },
  {
    item: 'decision',
    speaker: fam('danielle'),
    kind: 'family-view',
    spokenAt: '12:09',
    text: 'Danielle said she agrees with the worries and with the plan, but not with the word “abuse”.',
  },
  // The plan
  {
    item: 'plan',
    speaker: pro('tom'),
    kind: 'information',
    spokenAt: '12:12',
    text: 'Tom went through the outline plan with Danielle and Carol: what each person will do and by when, how Ruby and Leo will be seen, and what will happen if things go wrong. Danielle and Carol agreed to the family group meeting with Megan and Sam.',
  },
  {
    item: 'plan',
    speaker: fam('carol'),
    kind: 'family-view',
    spokenAt: '12:18',
    text: 'Carol said she would like help with a bed for Ruby at her home and with bus fares, so she can take Ruby to school more often.',
  },
  // Next steps and dates
  {
    item: 'next-steps',
    speaker: 'chair',
    kind: 'information',
    spokenAt: '12:24',
    text: 'The first core group meets on Wednesday 1 April 2026. The review conference is brought forward to Thursday 4 June 2026, at about 30 weeks of pregnancy, so a decision about the baby is made before the birth. Priya will send the decision letter by 20 March.',
  },
];

// ---------------------------------------------------------------------------------------------
// The analysis (Signs of Safety).

export interface ExampleStatement extends Omit<z.input<typeof SaveStatementSchema>, 'id' | 'conferenceId' | 'pairedDangerId'> {
  /** A name for the statement, so safety goals, scales and outcomes can point at it. */
  readonly key: string;
  readonly pairedDanger?: string;
}

export const EXAMPLE_DANGER_STATEMENTS = {
  children:
    'Children’s services, police and school are worried that if Jordan drinks and there is another fight at home, Ruby and Leo could be hurt again, like when Leo hit his head, and Ruby will keep feeling scared and hiding.',
  baby: 'We are worried that the new baby could be hurt if fights happen when the baby is here.',
} as const;

export const EXAMPLE_SAFETY_GOALS = {
  children: 'Ruby and Leo live in a home where adults do not hurt each other, and everyone, including Carol and Megan, knows what to do if Jordan has been drinking.',
  baby: 'Before the baby is born there is a plan, agreed with the family network, that keeps the baby safe.',
} as const;

export const EXAMPLE_STATEMENTS: readonly ExampleStatement[] = [
  // What are we worried about?
  { key: 'harm-28-feb', kind: 'harm', text: 'On 28 February Jordan pushed Danielle while she was holding Leo. Leo fell and bruised his forehead. Danielle called the police herself.' },
  { key: 'harm-call-outs', kind: 'harm', text: 'Police have been called to the home twice in three months because of fights between Danielle and Jordan.' },
  { key: 'harm-ruby', kind: 'harm', text: 'Ruby told her teacher she hides under her bed when the shouting starts, and she worries about her mum. Ruby has been at school 82% of the time this term.' },
  { key: 'danger-children', kind: 'danger', text: EXAMPLE_DANGER_STATEMENTS.children },
  { key: 'danger-baby', kind: 'danger', text: EXAMPLE_DANGER_STATEMENTS.baby },
  { key: 'drinking', kind: 'complicating-factor', text: 'Jordan drinks a lot at weekends, and Danielle says the fights start then.' },
  { key: 'speech', kind: 'complicating-factor', text: 'Leo’s speech is behind, and two health visitor appointments were missed.' },
  // What is working well?
  { key: 'called-police', kind: 'existing-safety', text: 'Danielle called the police on 28 February and agreed a safety plan.' },
  { key: 'at-sams', kind: 'existing-safety', text: 'Jordan agreed to stay with his brother Sam and not to visit when he has been drinking, and has kept to this since 6 March.' },
  { key: 'network', kind: 'strength', text: 'Carol and Megan give regular practical help. Carol lives 10 minutes away and has a spare room.' },
  { key: 'home', kind: 'strength', text: 'The home is warm and clean; Ruby and Leo are well fed and close to their mum. Ruby reads well.' },
  { key: 'midwife', kind: 'strength', text: 'Danielle has been to every midwife appointment and has been referred to an independent domestic violence adviser.' },
  { key: 'alcohol-service', kind: 'strength', text: 'Jordan asked the alcohol service for help himself; his first appointment is on 9 April.' },
  {
    key: 'danielle-words',
    kind: 'strength',
    text: 'I called the police because I wanted the children to be safe.',
    inFamilysWords: true,
    whoseWords: 'Danielle Price',
  },
  // What needs to happen?
  { key: 'goal-children', kind: 'safety-goal', text: EXAMPLE_SAFETY_GOALS.children, pairedDanger: 'danger-children' },
  { key: 'goal-baby', kind: 'safety-goal', text: EXAMPLE_SAFETY_GOALS.baby, pairedDanger: 'danger-baby' },
  { key: 'next-fgdm', kind: 'next-step', text: 'A family group meeting with Carol, Megan, Sam and the parents by 30 April, to make the family’s own safety plan.' },
  { key: 'next-pre-birth', kind: 'next-step', text: 'Tom and Lucy will finish the pre-birth assessment and a birth plan by 4 June 2026.' },
];

export interface ExampleScale extends Omit<z.input<typeof SaveScaleSchema>, 'id' | 'conferenceId' | 'rater' | 'dangerStatementId'> {
  readonly rater: ExamplePerson;
  /** The danger statement it scales; none for the overall scale. */
  readonly danger?: string;
}

/** The overall safety scale, 0–10, as in the case. */
export const EXAMPLE_SCALES: readonly ExampleScale[] = [
  { rater: pro('tom'), score: 3, reason: 'Jordan is at Sam’s and Danielle has a safety plan, but the alcohol work has not started yet.' },
  { rater: pro('hannah'), score: 2, reason: 'Two call-outs in three months, and Leo was hurt.' },
  { rater: pro('grace'), score: 4, reason: 'The children are well cared for; Leo’s speech needs help.' },
  { rater: pro('ian'), score: 4, reason: 'Ruby is doing well in class, but she is worried and misses school.' },
  { rater: pro('nadia'), score: 3, reason: 'Danielle is starting her safety plan with me; it is early days.' },
  { rater: fam('danielle'), score: 6, reason: 'Jordan is at Sam’s, I’ve got Mum and Megan, and I called the police when I needed to.' },
  { rater: fam('jordan'), score: 7, reason: 'I’m at Sam’s and I’ve asked for help with my drinking.' },
  { rater: fam('carol'), score: 5, reason: 'Things are calmer with Jordan at Sam’s, and I’m close by.' },
  { rater: child('ruby'), score: 5, reason: 'Better since Jordan went to Uncle Sam’s.' },
];

// ---------------------------------------------------------------------------------------------
// The decision for each child.

type AgencyViewInput = z.input<typeof AgencyViewSchema>;
type FamilyViewInput = z.input<typeof FamilyViewSchema>;

export interface ExampleDecision {
  readonly child: ExampleChildKey;
  readonly decision: Omit<DecisionDetailsInput, 'agencyViews' | 'familyViews'> & {
    readonly agencyViews?: readonly (Omit<AgencyViewInput, 'professionalId'> & { readonly professional: ExampleProfessionalKey })[];
    readonly familyViews?: readonly (Omit<FamilyViewInput, 'familyMemberId'> & { readonly member: ExampleMemberKey })[];
  };
}

const PARENTS_VIEWS: NonNullable<ExampleDecision['decision']['familyViews']> = [
  { member: 'danielle', agreement: 'partly', view: 'Danielle agrees with the worries and with the plan. She does not agree with the word “abuse”: “I love my children and they are well looked after.”' },
  { member: 'jordan', agreement: 'disagrees', view: 'Jordan does not agree: he says he is “not a danger sober”. He agrees to stay at Sam’s and to go to the alcohol service.' },
];

export const EXAMPLE_DECISIONS: readonly ExampleDecision[] = [
  {
    child: 'ruby',
    decision: {
      testMet: true,
      limb: 'b',
      outcome: 'plan',
      categories: ['emotional'],
      chairReasons:
        'Ruby hides under her bed when the shouting starts and worries about her mum, and her attendance has dropped to 82%. If the fights between the adults at home continue, she is likely to suffer significant emotional harm. A child protection plan is needed, under the category of emotional abuse.',
      agencyViews: [
        { professional: 'tom', view: 'plan', categories: ['emotional'], reason: 'Ruby is frightened by the fights at home.' },
        { professional: 'hannah', view: 'plan', categories: ['emotional'], reason: 'Two call-outs in three months.' },
        { professional: 'grace', view: 'plan', categories: ['emotional'] },
        { professional: 'ian', view: 'plan', categories: ['emotional'], reason: 'What Ruby told her teacher, and her attendance.' },
        { professional: 'nadia', view: 'plan', categories: ['emotional'] },
      ],
      familyViews: PARENTS_VIEWS,
    },
  },
  {
    child: 'leo',
    decision: {
      testMet: true,
      limb: 'a',
      outcome: 'plan',
      categories: ['emotional'],
      chairReasons:
        'Leo was hurt on 28 February when he fell while his mum was pushed, and further harm is likely if the fights continue. The main worry is what he lives with at home, the domestic abuse, rather than the one injury, so the category is emotional abuse. The police view that the category should be physical abuse is recorded as a disagreement.',
      agencyViews: [
        { professional: 'tom', view: 'plan', categories: ['emotional'], reason: 'Leo lives with the domestic abuse at home.' },
        { professional: 'hannah', view: 'plan', categories: ['physical'], reason: 'Leo was physically hurt on 28 February.' },
        { professional: 'grace', view: 'plan', categories: ['emotional'], reason: 'Leo’s speech is behind and he is quieter after weekends.' },
        { professional: 'nadia', view: 'plan', categories: ['emotional'] },
      ],
      familyViews: PARENTS_VIEWS,
    },
  },
  {
    child: 'unborn',
    decision: {
      testMet: null,
      outcome: 'deferred',
      chairReasons: 'The conference thought about the baby, who is due on 10 August 2026. The pre-birth assessment is not finished, so the decision is made at the review on 4 June 2026.',
      agencyViews: [{ professional: 'tom', view: 'no-view', reason: 'The pre-birth assessment is not finished.' }],
      familyViews: PARENTS_VIEWS,
      deferredTo: '2026-06-04',
      deferredReason: 'The pre-birth assessment is to be finished; the review is brought forward to about 30 weeks of pregnancy so the decision is made before the birth.',
    },
  },
];

export interface ExampleDissent extends Omit<z.input<typeof SaveDissentSchema>, 'id' | 'conferenceId' | 'childId' | 'professionalId'> {
  readonly child: ExampleChildKey;
  readonly professional: ExampleProfessionalKey;
}

/** The police disagreement with Leo's category: recorded, not a formal dissent. */
export const EXAMPLE_DISSENTS: readonly ExampleDissent[] = [
  {
    child: 'leo',
    professional: 'hannah',
    kind: 'disagreement',
    about: 'category',
    grounds: 'Police think Leo’s category should be physical abuse, because he was hurt on 28 February.',
    raisedOn: '2026-03-19',
    raisedAt: '12:06',
    outcome: 'The chair explained her reasons for emotional abuse. DC Cole accepted the decision and does not raise a formal dissent.',
  },
];

// ---------------------------------------------------------------------------------------------
// The plan.

export interface ExampleAction extends Omit<z.input<typeof SaveActionSchema>, 'id' | 'conferenceId' | 'outcomeId' | 'owners' | 'restriction'> {
  readonly owners: readonly ExampleOwner[];
  readonly restriction?: ExampleRestriction;
}

export interface ExampleOutcome extends Omit<z.input<typeof SaveOutcomeSchema>, 'id' | 'conferenceId' | 'childIds' | 'dangerStatementId'> {
  readonly children?: readonly ExampleChildKey[];
  readonly danger?: string;
  readonly actions: readonly ExampleAction[];
}

/** The outcomes and actions of the case's outline plan, in family-facing words. */
export const EXAMPLE_OUTCOMES: readonly ExampleOutcome[] = [
  {
    text: 'Ruby and Leo are safe at home',
    measure: 'No more police call-outs, and the children say home feels calm',
    children: ['ruby', 'leo'],
    danger: 'danger-children',
    actions: [
      {
        what: 'Jordan will not come to the house if he has had any alcohol. If he does, Danielle or Carol will call the police.',
        owners: [fam('jordan'), fam('danielle'), fam('carol')],
        dueDate: '2026-03-19',
        frequency: 'From now',
      },
      {
        what: 'Tom will visit Ruby and Leo at least every 10 working days and see Ruby on her own.',
        owners: [pro('tom')],
        dueDate: '2026-04-02',
        frequency: 'Every 10 working days',
      },
      {
        what: EXAMPLE_ADVISER_ACTION_TEXT,
        owners: [fam('danielle'), pro('nadia')],
        // Where and when Danielle meets her adviser is kept from Jordan (risk); Nadia supports Danielle.
        restriction: { level: 'not-for-named', reason: 'risk', members: ['jordan'] },
        dueDate: '2026-03-26',
        frequency: 'Every week, starting 26 March 2026',
      },
    ],
  },
  {
    text: 'Jordan’s drinking is less risky',
    measure: 'Jordan goes to every session, and the alcohol service tells Tom how he is doing',
    danger: 'danger-children',
    actions: [
      {
        what: 'Jordan will go to the alcohol service on 9 April and tell Tom how it went after each appointment.',
        owners: [fam('jordan'), pro('alcohol')],
        dueDate: '2026-04-09',
        frequency: 'After each appointment',
      },
    ],
  },
  {
    text: 'Ruby feels less worried and is in school',
    measure: 'Ruby is at school more than 95% of the time, and she says she feels less worried',
    children: ['ruby'],
    actions: [{ what: 'Mr Foster will make sure Ruby has a check-in with a trusted adult at school every week.', owners: [pro('ian')], dueDate: '2026-03-23', frequency: 'Every week' }],
  },
  {
    text: 'Leo’s speech gets better',
    measure: 'Leo is seen by a speech and language therapist',
    children: ['leo'],
    actions: [{ what: 'Grace will ask for Leo to see a speech and language therapist, and will visit every month.', owners: [pro('grace')], dueDate: '2026-03-27', frequency: 'Every month' }],
  },
  {
    text: 'The family network helps keep the children safe',
    measure: 'The family agree their own plan',
    actions: [
      {
        what: 'A family group meeting with Carol, Megan, Sam, Danielle and Jordan, to make the family’s own safety plan.',
        owners: [{ kind: 'named', name: 'Family group decision-making coordinator (Northmere)' }],
        dueDate: '2026-04-30',
      },
    ],
  },
  {
    text: 'The baby is safe when they are born',
    measure: 'Danielle, Tom and Lucy agree a birth plan',
    children: ['unborn'],
    danger: 'danger-baby',
    actions: [{ what: 'Tom and Lucy, the midwife, will work with Danielle on how to keep the baby safe, and write a birth plan with her.', owners: [pro('tom'), pro('lucy')], dueDate: '2026-06-04' }],
  },
];

export interface ExamplePlan extends Omit<PlanDetailsInput, 'visits' | 'coreGroup'> {
  readonly visits: readonly (Omit<z.input<typeof VisitSchema>, 'childId'> & { readonly child: ExampleChildKey })[];
  readonly coreGroup: readonly (ExampleProfessionalRef | ExampleMemberRef)[];
}

export const EXAMPLE_BROUGHT_FORWARD_REASON = 'Brought forward to about 30 weeks of pregnancy, so a decision about the baby is made before the birth.';

export const EXAMPLE_PLAN: ExamplePlan = {
  visits: [
    { child: 'ruby', frequency: 'At least every 10 working days', where: 'At home and at school', seenAlone: 'At every visit, at school' },
    { child: 'leo', frequency: 'At least every 10 working days', where: 'At home and at nursery', seenAlone: 'At nursery, every month' },
  ],
  familyNetwork: {
    fgdm: 'offered',
    fgdmDate: '2026-04-30',
    coordinator: 'Northmere family group decision-making service',
    familyPlan: '',
    fnspRequested: true,
    fnspItems: [
      { description: 'A bed and bedding for Ruby at Carol’s home', amount: '£320', status: 'requested' },
      { description: 'A bus pass for Carol for 3 months', amount: '£60 a month', status: 'requested' },
    ],
  },
  contingency:
    'If Jordan moves back home before everyone agrees, drinks there, or there is more domestic abuse, Tom will meet the police that same day. This urgent meeting is called a strategy discussion. Ruby and Leo may stay with Carol until home is safe again. Priya will call an early review conference.',
  coreGroup: [fam('danielle'), fam('jordan'), fam('carol'), pro('tom'), pro('grace'), pro('ian'), pro('beth'), pro('nadia'), pro('kerry')],
  coreGroupNote: 'Jordan will meet the core group separately, because of the domestic abuse. Kerry Walsh comes as Danielle’s advocate, to support her.',
  firstCoreGroupDate: '2026-04-01',
  nextReviewDate: '2026-06-04',
  broughtForwardReason: EXAMPLE_BROUGHT_FORWARD_REASON,
};

// ---------------------------------------------------------------------------------------------
// Who receives what.

export interface ExampleRecipient {
  readonly recipient: ExampleOwner;
  readonly documents: readonly DocumentKind[];
}

export const EXAMPLE_RECIPIENTS: readonly ExampleRecipient[] = [
  { recipient: fam('danielle'), documents: ['decision-letter', 'family-version'] },
  { recipient: fam('jordan'), documents: ['decision-letter', 'family-version'] },
  { recipient: fam('aaron'), documents: ['decision-letter', 'family-version'] },
  { recipient: fam('carol'), documents: ['family-version'] },
  { recipient: pro('kerry'), documents: ['family-version'] },
  { recipient: pro('tom'), documents: ['decision-letter', 'full-record', 'plan'] },
  { recipient: pro('hannah'), documents: ['decision-letter', 'full-record', 'plan'] },
  { recipient: pro('grace'), documents: ['decision-letter', 'full-record', 'plan'] },
  { recipient: pro('lucy'), documents: ['decision-letter', 'full-record', 'plan'] },
  { recipient: pro('ian'), documents: ['decision-letter', 'full-record', 'plan'] },
  { recipient: pro('beth'), documents: ['decision-letter', 'full-record', 'plan'] },
  { recipient: pro('malik'), documents: ['decision-letter', 'full-record', 'plan'] },
  { recipient: pro('nadia'), documents: ['decision-letter', 'full-record', 'plan'] },
  { recipient: pro('alcohol'), documents: ['decision-letter', 'plan'] },
];

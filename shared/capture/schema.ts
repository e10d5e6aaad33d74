import { z } from 'zod';
import { InterpreterSchema } from '../interpreters/schema';
import { boundedText, entityId, LONG_TEXT, longText, optionalIsoDate, optionalLongText, optionalText, SHORT_TEXT } from '../text/fields';
import { isTimeOfDay } from '../dates/local-date';

/** What a contribution is, as the record will show it (brief §4.4, entity 9). */
export const CONTRIBUTION_KINDS = ['information', 'family-view', 'child-view', 'analysis', 'question'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_KIND_LABELS: Readonly<Record<ContributionKind, string>> = {
  information: 'Information',
  'family-view': 'The family’s view',
  'child-view': 'The child’s view',
  analysis: 'Analysis',
  question: 'Question',
};

import { RestrictionSchema, restrictionField, RESTRICTION_REASONS } from '../audience/restriction';

// The marking lives in shared/audience; re-exported here where the capture schemas always had it.
export { RESTRICTION_REASONS, RESTRICTION_REASON_LABELS, RestrictionSchema, type Restriction, type RestrictionReason } from '../audience/restriction';

/**
 * Who said a contribution. "Not yet chosen" lets the words be saved from the first keystroke,
 * before the minute-taker has picked the speaker; a conference cannot be finalised while any
 * contribution is still without one.
 */
export const SpeakerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-yet-chosen') }),
  z.object({ kind: z.literal('chair') }),
  z.object({ kind: z.literal('professional'), professionalId: entityId }),
  z.object({ kind: z.literal('family-member'), familyMemberId: entityId }),
  z.object({ kind: z.literal('child'), childId: entityId }),
]);
export type Speaker = z.infer<typeof SpeakerSchema>;

export const SPEAKER_NOT_YET_CHOSEN: Speaker = { kind: 'not-yet-chosen' };

export function hasSpeaker(speaker: Speaker): boolean {
  return speaker.kind !== 'not-yet-chosen';
}

/** How the minutes name a contribution whose speaker is not chosen yet. */
export const NO_SPEAKER_YET = 'Speaker not yet chosen';
/** How a document names it: only a preview made before sign-off can hold one. */
export const SPEAKER_NOT_RECORDED = 'Speaker not recorded';

export const MAX_CONTRIBUTION_LENGTH = 20_000;

const timeOfDay = z.string().refine(isTimeOfDay, { message: 'Enter a time like 10:25.' });

/**
 * A contribution is saved while it is typed. The renderer makes its id, so a save repeated after
 * a lost answer is the same save (an upsert), never a duplicate.
 */
export const SaveContributionSchema = z.object({
  id: entityId,
  conferenceId: entityId,
  agendaItemId: entityId,
  speaker: SpeakerSchema,
  kind: z.enum(CONTRIBUTION_KINDS, { error: 'Choose what kind of contribution this is.' }),
  text: longText(
    z
      .string({ error: 'The contribution must be text.' })
      .max(MAX_CONTRIBUTION_LENGTH, { message: `A contribution can be at most ${MAX_CONTRIBUTION_LENGTH.toLocaleString('en-GB')} characters. Split it into two.` }),
    'contribution',
  ),
  spokenAt: timeOfDay,
  restriction: restrictionField(),
  /** The written report this contribution speaks to, if any. */
  reportId: entityId.nullable().default(null),
});
export type SaveContribution = z.infer<typeof SaveContributionSchema>;

export const ContributionSchema = z.object({
  id: entityId,
  agendaItemId: entityId,
  speaker: SpeakerSchema,
  speakerName: z.string(),
  /** Shown beside the name: "parent advocate", "police", "mother"... */
  speakerRole: z.string(),
  kind: z.enum(CONTRIBUTION_KINDS),
  text: z.string(),
  spokenAt: z.string(),
  restriction: RestrictionSchema,
  reportId: entityId.nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Contribution = z.infer<typeof ContributionSchema>;

export const ContributionVersionSchema = z.object({
  version: z.number().int(),
  text: z.string(),
  kind: z.enum(CONTRIBUTION_KINDS),
  restriction: RestrictionSchema,
  editedBy: z.string(),
  editedAt: z.string(),
});
export type ContributionVersion = z.infer<typeof ContributionVersionSchema>;

export const ContributionRefSchema = z.object({ contributionId: entityId });

/** Attendance on the day, per invitation. */
export const ATTENDANCE_MODES = ['in-person', 'online', 'did-not-attend'] as const;
export const RecordAttendanceSchema = z.object({
  invitationId: entityId,
  mode: z.enum(ATTENDANCE_MODES, { error: 'Choose how they attended.' }),
  arrivedAt: timeOfDay.nullable().default(null),
  leftAt: timeOfDay.nullable().default(null),
  /** For family members who attend separate parts: which parts. */
  parts: optionalText(SHORT_TEXT, 'parts attended'),
});
/**
 * The whole attendance table, saved at once: every row is saved or none is, so a refusal never
 * leaves half the table saved. Rows left "not recorded" are not sent.
 */
export const RecordAttendanceTableSchema = z.object({
  conferenceId: entityId,
  rows: z
    .array(RecordAttendanceSchema)
    .min(1, { message: 'Record how at least one person attended, then save.' })
    .max(500)
    .refine((rows) => new Set(rows.map((row) => row.invitationId)).size === rows.length, { message: 'Each person can be recorded only once.' }),
});
export type RecordAttendanceTable = z.output<typeof RecordAttendanceTableSchema>;
export const AttendanceSchema = z.object({
  invitationId: entityId,
  mode: z.enum(ATTENDANCE_MODES),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  parts: z.string(),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

/** The standard grounds for excluding a family member (brief §1.10). */
export const EXCLUSION_GROUNDS = [
  'prejudice-welfare',
  'violence-or-unfit',
  'child-asked',
  'prevents-others',
  'confidential-information',
  'conflict-between-family-members',
] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];
export const EXCLUSION_GROUND_LABELS: Readonly<Record<ExclusionGround, string>> = {
  'prejudice-welfare': 'Their presence would seriously harm the child’s welfare',
  'violence-or-unfit': 'Risk of violence or threats, or unfit to take part (drink, drugs or acute ill-health)',
  'child-asked': 'The child asked that they are not there while the child is',
  'prevents-others': 'Their presence would stop others from contributing',
  'confidential-information': 'The meeting must hear confidential information (legal advice, a criminal investigation)',
  'conflict-between-family-members': 'Conflict between family members (for example domestic abuse): separate parts',
};

export const SaveExclusionSchema = z.object({
  id: entityId,
  conferenceId: entityId,
  familyMemberId: entityId,
  grounds: z.enum(EXCLUSION_GROUNDS, { error: 'Choose the grounds from the list.' }),
  startedAt: timeOfDay,
  endedAt: timeOfDay.nullable().default(null),
  viewsPresentedBy: boundedText(LONG_TEXT, 'how their views were presented'),
  restriction: restrictionField(),
});
export const ExclusionSchema = SaveExclusionSchema.omit({ conferenceId: true }).extend({ familyMemberName: z.string() });
export type Exclusion = z.infer<typeof ExclusionSchema>;

/** How the child's voice was gathered (brief §1.11). */
export const CHILD_VOICE_METHODS = ['attended', 'advocate', 'written', 'drawing', 'via-practitioner', 'three-houses'] as const;
export type ChildVoiceMethod = (typeof CHILD_VOICE_METHODS)[number];
export const CHILD_VOICE_METHOD_LABELS: Readonly<Record<ChildVoiceMethod, string>> = {
  attended: 'Came to the conference',
  advocate: 'Through an advocate',
  written: 'In writing',
  drawing: 'A drawing',
  'via-practitioner': 'Through a practitioner they trust',
  'three-houses': 'Three Houses',
};

export const SaveChildVoiceSchema = z.object({
  id: entityId,
  conferenceId: entityId,
  childId: entityId,
  method: z.enum(CHILD_VOICE_METHODS, { error: 'Choose how the child’s views were gathered.' }),
  gatheredBy: optionalText(SHORT_TEXT, 'who gathered the child’s views'),
  gatheredOn: optionalIsoDate('date the views were gathered'),
  words: optionalLongText(MAX_CONTRIBUTION_LENGTH, 'child’s own words'),
  restriction: restrictionField(),
});
export const ChildVoiceSchema = SaveChildVoiceSchema.omit({ conferenceId: true }).extend({ gatheredOn: z.string().nullable() });
export type ChildVoice = z.infer<typeof ChildVoiceSchema>;

/** A part of the meeting held without some of the family, with a summary that may be shared. */
export const SaveRestrictedPartSchema = z.object({
  id: entityId,
  conferenceId: entityId,
  reason: z.enum(RESTRICTION_REASONS, { error: 'Choose why this part is restricted.' }),
  startedAt: timeOfDay,
  endedAt: timeOfDay.nullable().default(null),
  whoLeftIds: z.array(entityId).max(20).default([]),
  sharedSummary: optionalLongText(LONG_TEXT, 'summary that may be shared'),
  /** Who may read the shared summary itself: for everyone unless said otherwise. */
  summaryRestriction: restrictionField(),
});
export const RestrictedPartSchema = SaveRestrictedPartSchema.omit({ conferenceId: true }).extend({ whoLeft: z.array(z.string()) });
export type RestrictedPart = z.infer<typeof RestrictedPartSchema>;

/** Everything the capture screen needs for one conference, in one answer. */
export const CaptureSchema = z.object({
  conferenceId: entityId,
  /** Signed off: the minutes are read-only, and a correction is an amendment. Polled, so another window's sign-off is seen. */
  finalised: z.boolean(),
  currentAgendaItemId: entityId.nullable(),
  contributions: z.array(ContributionSchema),
  attendance: z.array(AttendanceSchema),
  exclusions: z.array(ExclusionSchema),
  childVoices: z.array(ChildVoiceSchema),
  restrictedParts: z.array(RestrictedPartSchema),
  /** Each family member's interpreter: booked or not, who, present, and the parts they left for (issue 15). */
  interpreters: z.array(InterpreterSchema),
});
export type Capture = z.infer<typeof CaptureSchema>;

export const SetCurrentItemSchema = z.object({ conferenceId: entityId, agendaItemId: entityId });

/** What a save acknowledges: the version now stored, so the screen can say "Saved". */
export const SavedSchema = z.object({ id: entityId, version: z.number().int(), savedAt: z.string() });

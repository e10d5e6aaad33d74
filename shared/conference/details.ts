import { z } from 'zod';
import { AgendaItemSchema } from '../agenda/schema';
import { AGENCIES } from '../authority/agencies';
import { ChildSchema, FamilyMemberSchema } from '../family/schema';
import { AgencyReportSchema, InvitationSchema } from '../invitations/schema';
import { boundedText, entityId, isoDate, LONG_TEXT, optionalIsoDate, optionalLongText, optionalText, SHORT_TEXT } from '../text/fields';
import { isTimeOfDay } from '../dates/local-date';
import { CONFERENCE_MODES, CONFERENCE_STATUSES, CONFERENCE_TYPES } from './schema';

/** A yes/no answer that may not have been given yet. */
const declaration = z.boolean().nullable().default(null);

/** The conference's own details, edited by the chair while setting it up. */
export const ConferenceDetailsSchema = z.object({
  type: z.enum(CONFERENCE_TYPES, { error: 'Choose the type of conference.' }),
  triggerDate: optionalIsoDate('date that starts the timescale'),
  scheduledDate: isoDate('conference date'),
  scheduledTime: z.string().refine(isTimeOfDay, { message: 'Enter a real time in 24-hour form, for example 10:00 or 14:30.' }),
  mode: z.enum(CONFERENCE_MODES, { error: 'Choose how the conference will be held.' }),
  venue: optionalText(SHORT_TEXT, 'venue'),
  /** The authority team the conference belongs to, to compare teams in the evaluation (migration 0029). */
  team: optionalText(80, 'team'),
  chairId: entityId.nullable().default(null),
  chairRoleLabel: boundedText(40, 'chair’s role'),
  /** The independence declaration (brief §2.2): did the chair take part in the enquiry? */
  chairInStrategyDiscussion: declaration,
  chairInSection47Enquiry: declaration,
  chairDeclaration: optionalLongText(LONG_TEXT, 'chair’s declaration'),
  /** The family help lead practitioner, who holds the case. */
  leadPractitionerId: entityId.nullable().default(null),
  minuteTakerId: entityId.nullable().default(null),
  delayReason: optionalLongText(LONG_TEXT, 'reason for holding the conference after its due date'),
  inquorateReason: optionalLongText(LONG_TEXT, 'reason for going ahead without a quorum'),
});
export type ConferenceDetailsInput = z.input<typeof ConferenceDetailsSchema>;
export type ConferenceDetails = z.infer<typeof ConferenceDetailsSchema>;

export const UpdateConferenceDetailsSchema = z.object({ conferenceId: entityId, details: ConferenceDetailsSchema });

/** The chair marks the conference held: the date and time it actually took place (UK local time). */
export const MarkHeldSchema = z
  .object({
    conferenceId: entityId,
    held: z
      .object({
        date: isoDate('date the conference was held'),
        time: z.string().refine(isTimeOfDay, { message: 'Enter a real time in 24-hour form, for example 10:00 or 14:30.' }),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type MarkHeld = z.infer<typeof MarkHeldSchema>;

const PersonRefSchema = z.object({ id: entityId, name: z.string(), role: z.string(), agency: z.enum(AGENCIES) }).nullable();

export const DEADLINE_STATUSES = ['done', 'upcoming', 'due-soon', 'overdue'] as const;
export const DeadlineSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** The calendar date it is due (for the dissent window, the day it closes). */
  due: z.string(),
  /** The time of day it closes, for the dissent window; null for a whole-day deadline. */
  dueTime: z.string().nullable(),
  status: z.enum(DEADLINE_STATUSES),
  /** Done, but after the date it was due. */
  doneLate: z.boolean(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const QuoracySchema = z.object({
  quorate: z.boolean(),
  summary: z.string(),
  reasons: z.array(z.string()),
  countedAgencies: z.array(z.enum(AGENCIES)),
  /** The chair must record a reason to go ahead. */
  needsReason: z.boolean(),
});
export type Quoracy = z.infer<typeof QuoracySchema>;

export const ConferenceDetailSchema = z.object({
  id: entityId,
  familyId: entityId,
  status: z.enum(CONFERENCE_STATUSES),
  /** When it actually took place, once marked held (UK local date and time). */
  held: z.object({ date: z.string(), time: z.string() }).nullable(),
  details: ConferenceDetailsSchema,
  chair: PersonRefSchema,
  leadPractitioner: PersonRefSchema,
  minuteTaker: PersonRefSchema,
  children: z.array(ChildSchema),
  familyMembers: z.array(FamilyMemberSchema),
  invitations: z.array(InvitationSchema),
  reports: z.array(AgencyReportSchema),
  agenda: z.array(AgendaItemSchema),
  /** When the conference is due by the timescales, and whether scheduling it later needs a reason. */
  dueDate: z.string().nullable(),
  needsDelayReason: z.boolean(),
  deadlines: z.array(DeadlineSchema),
  quoracy: QuoracySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConferenceDetail = z.infer<typeof ConferenceDetailSchema>;

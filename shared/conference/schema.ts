import { z } from 'zod';
import { isTimeOfDay } from '../dates/local-date';
import { boundedText, entityId, isoDate } from '../text/fields';

export const CONFERENCE_TYPES = ['initial', 'review', 'pre-birth-initial', 'transfer-in'] as const;
export type ConferenceType = (typeof CONFERENCE_TYPES)[number];

export const CONFERENCE_TYPE_LABELS: Readonly<Record<ConferenceType, string>> = {
  initial: 'Initial',
  review: 'Review',
  'pre-birth-initial': 'Pre-birth initial',
  'transfer-in': 'Transfer-in',
};

/** The life of a conference: being prepared, held and being written up, finalised (issue 15). */
export const CONFERENCE_STATUSES = ['draft', 'held', 'finalised'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export const CONFERENCE_STATUS_LABELS: Readonly<Record<ConferenceStatus, string>> = {
  draft: 'Being prepared',
  held: 'Held, being written up',
  finalised: 'Finalised',
};

/**
 * What the database's status column holds ('live' was never used); held is the held date (see
 * migration 0018), so a conference's status is worked out from both.
 */
export const STORED_CONFERENCE_STATUSES = ['draft', 'live', 'finalised'] as const;
export type StoredConferenceStatus = (typeof STORED_CONFERENCE_STATUSES)[number];

export function conferenceStatus(stored: StoredConferenceStatus, heldDate: string | null): ConferenceStatus {
  if (stored === 'finalised') return 'finalised';
  return heldDate !== null ? 'held' : 'draft';
}

const timeOfDay = z
  .string({ error: 'Enter a time, for example 10:00.' })
  .refine(isTimeOfDay, { message: 'Enter a real time in 24-hour form, for example 10:00 or 14:30.' });

const givenName = boundedText(100, 'first name');
const familyName = boundedText(100, 'family name');

/** A child is either born (with a date of birth) or unborn (with an expected date of delivery). */
export const NewChildSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('born'),
    givenName,
    familyName,
    dateOfBirth: isoDate('date of birth'),
  }),
  z.object({
    status: z.literal('unborn'),
    givenName: z.literal('').optional(),
    familyName,
    expectedDeliveryDate: isoDate('expected date of delivery'),
  }),
]);
export type NewChild = z.infer<typeof NewChildSchema>;

export const MAX_CHILDREN_PER_CONFERENCE = 20;

export const NewConferenceSchema = z.object({
  type: z.enum(CONFERENCE_TYPES, { error: 'Choose the type of conference.' }),
  scheduledDate: isoDate('conference date'),
  scheduledTime: timeOfDay,
  children: z
    .array(NewChildSchema)
    .min(1, { message: 'Add at least one child.' })
    .max(MAX_CHILDREN_PER_CONFERENCE, {
      message: `A conference can list at most ${MAX_CHILDREN_PER_CONFERENCE} children.`,
    }),
});
export type NewConference = z.infer<typeof NewConferenceSchema>;

export const ConferenceSummarySchema = z.object({
  id: entityId,
  type: z.enum(CONFERENCE_TYPES),
  status: z.enum(CONFERENCE_STATUSES),
  scheduledDate: z.string(),
  scheduledTime: z.string(),
  children: z.array(z.object({ id: entityId, displayName: z.string(), isUnborn: z.boolean() })),
  /** The most pressing open deadline, so the home screen shows what is due, at risk and overdue. */
  attention: z
    .object({ label: z.string(), due: z.string(), status: z.enum(['upcoming', 'due-soon', 'overdue']) })
    .nullable(),
  /** When it actually took place, once marked held. */
  held: z.object({ date: z.string(), time: z.string() }).nullable(),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummarySchema>;

export const ConferenceRefSchema = z.object({ conferenceId: entityId });

export const CONFERENCE_MODES = ['in-person', 'online', 'hybrid'] as const;
export type ConferenceMode = (typeof CONFERENCE_MODES)[number];
export const CONFERENCE_MODE_LABELS: Readonly<Record<ConferenceMode, string>> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid (some in the room, some online)',
};

/** What starts the clock for each type of conference (brief §1.2). */
export const TRIGGER_LABELS: Readonly<Record<ConferenceType, string>> = {
  initial: 'Date of the strategy discussion',
  'pre-birth-initial': 'Date of the strategy discussion',
  'transfer-in': 'Date of the transfer notice',
  review: 'Date of the previous conference',
};

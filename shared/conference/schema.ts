import { z } from 'zod';
import { isIsoDate, isTimeOfDay } from '../dates/local-date';
import { boundedText, entityId, isoDate } from '../text/fields';

export const CONFERENCE_TYPES = ['initial', 'review', 'pre-birth-initial', 'transfer-in'] as const;
export type ConferenceType = (typeof CONFERENCE_TYPES)[number];

export const CONFERENCE_TYPE_LABELS: Readonly<Record<ConferenceType, string>> = {
  initial: 'Initial',
  review: 'Review',
  'pre-birth-initial': 'Pre-birth initial',
  'transfer-in': 'Transfer-in',
};

export const CONFERENCE_STATUSES = ['draft', 'live', 'finalised'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export const CONFERENCE_STATUS_LABELS: Readonly<Record<ConferenceStatus, string>> = {
  draft: 'Being prepared',
  live: 'In progress',
  finalised: 'Finalised',
};

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

export const ChildSchema = z.object({
  id: entityId,
  displayName: z.string(),
  isUnborn: z.boolean(),
  dateOfBirth: z.string().refine(isIsoDate).nullable(),
  expectedDeliveryDate: z.string().refine(isIsoDate).nullable(),
});
export type Child = z.infer<typeof ChildSchema>;

export const ConferenceSummarySchema = z.object({
  id: entityId,
  type: z.enum(CONFERENCE_TYPES),
  status: z.enum(CONFERENCE_STATUSES),
  scheduledDate: z.string(),
  scheduledTime: z.string(),
  children: z.array(ChildSchema.pick({ id: true, displayName: true, isUnborn: true })),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummarySchema>;

export const ConferenceDetailSchema = ConferenceSummarySchema.extend({
  familyId: entityId,
  createdAt: z.string(),
  updatedAt: z.string(),
  children: z.array(ChildSchema),
});
export type ConferenceDetail = z.infer<typeof ConferenceDetailSchema>;

export const ConferenceRefSchema = z.object({ conferenceId: entityId });

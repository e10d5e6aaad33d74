import { z } from 'zod';
import { PRACTICE_MODELS } from '../authority/settings';
import { CONFERENCE_STATUSES, CONFERENCE_TYPES } from '../conference/schema';
import { DistributionSchema } from '../letter/distribution';
import { ActionSchema, OutcomeSchema, PlanSchema } from '../plan/schema';
import { entityId } from '../text/fields';
import { ScaleSchema, StatementSchema } from './analysis';
import { DecisionSchema, DissentSchema } from './schema';
import { AmendmentSchema } from './signoff';

const ConferenceLinkSchema = z.object({ conferenceId: entityId, scheduledDate: z.string(), status: z.enum(CONFERENCE_STATUSES) });

/**
 * Everything the analysis, decision, plan and sign-off pages show for one conference, worked
 * out in one place. Every change to them answers with the whole record again.
 */
export const DecisionRecordSchema = z.object({
  conferenceId: entityId,
  conferenceType: z.enum(CONFERENCE_TYPES),
  status: z.enum(CONFERENCE_STATUSES),
  practiceModel: z.enum(PRACTICE_MODELS),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.string().nullable(),
  statements: z.array(StatementSchema),
  scales: z.array(ScaleSchema),
  decisions: z.array(DecisionSchema),
  /** Children with a plan after the previous conference, for a review. */
  childrenWithPreviousPlan: z.array(entityId),
  dissents: z.array(DissentSchema),
  /** The end of the time to raise a formal dissent, on the wall clock. */
  dissentWindowEnds: z.object({ date: z.string(), time: z.string() }).nullable(),
  plan: PlanSchema,
  outcomes: z.array(OutcomeSchema),
  actions: z.array(ActionSchema),
  amendments: z.array(AmendmentSchema),
  distribution: DistributionSchema,
  /** What stops the chair finalising; empty when the record can be finalised. */
  readiness: z.array(z.object({ path: z.string(), message: z.string() })),
  previous: ConferenceLinkSchema.nullable(),
  /** The review started from this conference, once there is one. */
  nextReview: ConferenceLinkSchema.nullable(),
  broughtForwardReason: z.string(),
});
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

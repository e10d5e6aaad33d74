import { z } from 'zod';
import { RestrictionSchema } from '../../shared/audience/restriction';
import { SaveChildVoiceSchema, SaveContributionSchema, SaveRestrictedPartSchema } from '../../shared/capture/schema';
import { SaveScaleSchema } from '../../shared/decision/analysis';
import { SaveInterpreterSchema } from '../../shared/interpreters/schema';
import { DecisionDetailsSchema } from '../../shared/decision/schema';
import { SaveRecipientSchema } from '../../shared/letter/distribution';
import { PlanDetailsSchema, SaveActionSchema, SaveOutcomeSchema } from '../../shared/plan/schema';
import { entityId } from '../../shared/text/fields';

const ids = z.array(entityId).max(20);

/**
 * The columns that hold JSON, each with the contract's own schema for what it holds (the field of
 * the call that saves it), so a package can only bring values the application itself would have
 * saved. Every other column is checked against the table's declared type (see check.ts).
 */
export const JSON_COLUMNS: Readonly<Record<string, Readonly<Record<string, z.ZodType>>>> = {
  contribution: { speaker: SaveContributionSchema.shape.speaker, restriction: SaveContributionSchema.shape.restriction },
  contribution_version: { restriction: SaveContributionSchema.shape.restriction },
  child_voice: { restriction: SaveChildVoiceSchema.shape.restriction },
  restricted_part: { who_left: SaveRestrictedPartSchema.shape.whoLeftIds, summary_restriction: RestrictionSchema },
  interpreter: { left_for_parts: SaveInterpreterSchema.shape.leftForPartIds },
  exclusion: { restriction: RestrictionSchema },
  safety_statement: { restriction: RestrictionSchema },
  safety_scale: { rater: SaveScaleSchema.shape.rater, restriction: RestrictionSchema },
  decision: {
    categories: DecisionDetailsSchema.shape.categories,
    agency_views: DecisionDetailsSchema.shape.agencyViews,
    family_views: DecisionDetailsSchema.shape.familyViews,
    chair_reasons_restriction: RestrictionSchema,
  },
  dissent: { restriction: RestrictionSchema },
  plan: {
    visits: PlanDetailsSchema.shape.visits,
    family_network: PlanDetailsSchema.shape.familyNetwork,
    core_group: PlanDetailsSchema.shape.coreGroup,
    contingency_restriction: RestrictionSchema,
    family_plan_restriction: RestrictionSchema,
    brought_forward_reason_restriction: RestrictionSchema,
  },
  plan_outcome: { child_ids: SaveOutcomeSchema.shape.childIds, restriction: RestrictionSchema },
  plan_action: { owners: SaveActionSchema.shape.owners, restriction: RestrictionSchema },
  amendment: { restriction: RestrictionSchema },
  invitation: { supports_family_member_ids: ids },
  document_export: { added_child_ids: ids },
  conference_family_reason: { restriction: RestrictionSchema },
  distribution_recipient: { recipient: SaveRecipientSchema.shape.recipient, documents: SaveRecipientSchema.shape.documents },
};

/** Whether a stored JSON text parses and holds what its schema allows. */
export function validJson(table: string, column: string, value: unknown): boolean {
  const schema = JSON_COLUMNS[table]?.[column];
  if (!schema) return true;
  if (typeof value !== 'string') return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return false;
  }
  return schema.safeParse(parsed).success;
}

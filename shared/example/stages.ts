import { z } from 'zod';

/**
 * How far the example conference goes: set up (family, professionals, invitations, reports,
 * agenda), held (the meeting recorded: attendance, what was said, the analysis, the decisions,
 * the plan and who receives what), or finalised (held, then signed off by the chair).
 */
export const EXAMPLE_STAGES = ['set-up', 'held', 'finalised'] as const;
export type ExampleStage = (typeof EXAMPLE_STAGES)[number];

export const LoadExampleSchema = z
  .object({ stage: z.enum(EXAMPLE_STAGES, { error: 'Choose set-up, held or finalised.' }).default('set-up') })
  .strict();

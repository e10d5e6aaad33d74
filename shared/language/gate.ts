/**
 * The family plan gate (language guide §4.4): the family's plan cannot be produced while
 * error-level findings remain in its family-facing text, unless the chair records why it must go
 * out as it is. Pure, so the documents feature and its tests call exactly this rule.
 */
import type { Finding } from './types';

export interface FamilyPlanOverride {
  /** Why the plan goes to the family with these findings left in. */
  readonly reason: string;
}

export interface FamilyPlanGateResult {
  readonly allowed: boolean;
  /** Plain words for the chair: why it is allowed or held back. */
  readonly reason: string;
  /** Error-level findings still open in the family-facing text. */
  readonly errors: number;
  /** True when the plan is allowed only because of the chair's override. */
  readonly overridden: boolean;
}

/** The shortest override reason accepted: a word or two is not a reason. */
export const MIN_OVERRIDE_REASON = 10;

/** How the gate's messages name what they hold back: the family's plan, or a child's own copy. */
export interface GatedDocument {
  /** "the family’s plan" */
  readonly name: string;
  /** "the plan", in a sentence that has named it already */
  readonly short: string;
}
export const FAMILY_PLAN: GatedDocument = { name: 'the family’s plan', short: 'the plan' };

/**
 * `findings` are the open findings of the family-facing text, checked for the family audience,
 * with any "ignore here, because…" decisions already taken out. Only `error` findings block.
 */
export function familyPlanGate(findings: readonly Finding[], override: FamilyPlanOverride | null | undefined, document: GatedDocument = FAMILY_PLAN): FamilyPlanGateResult {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (errors === 0) return { allowed: true, reason: `No wording problems block ${document.name}.`, errors, overridden: false };
  const count = errors === 1 ? 'One wording problem that would harm or confuse the family is' : `${errors} wording problems that would harm or confuse the family are`;
  const given = override?.reason.trim() ?? '';
  if (given.length >= MIN_OVERRIDE_REASON) {
    return { allowed: true, reason: `${count} still in ${document.short}; the chair recorded why it goes out as it is: ${given}`, errors, overridden: true };
  }
  if (given.length > 0) {
    return { allowed: false, reason: `${count} still in ${document.short}. The chair’s reason is too short: say why ${document.short} must go out as it is.`, errors, overridden: false };
  }
  return { allowed: false, reason: `${count} still in ${document.short}. Change the wording, or the chair records why it must go out as it is.`, errors, overridden: false };
}

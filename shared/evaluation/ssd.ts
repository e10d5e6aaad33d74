import { CATEGORIES, CATEGORY_LABELS, type Category } from '../decision/schema';

/**
 * The Standard Safeguarding Dataset's child protection tables (data-to-insight's SSD data model,
 * release 1.2; where the names come from is in docs/evaluation.md), in their published field
 * names and order. These are record-level tables (person ids and dates) for the authority's own
 * reporting database, unlike the pathfinder's aggregate figures.
 */
export const SSD_TABLES = {
  ssd_initial_cp_conference: [
    'icpc_icpc_id',
    'icpc_icpc_meeting_id',
    'icpc_s47_enquiry_id',
    'icpc_person_id',
    'icpc_cp_plan_id',
    'icpc_referral_id',
    'icpc_icpc_transfer_in',
    'icpc_icpc_target_date',
    'icpc_icpc_date',
    'icpc_icpc_outcome_cp_flag',
    'icpc_icpc_outcome_json',
    'icpc_icpc_team',
    'icpc_icpc_worker_id',
  ],
  ssd_cp_plans: [
    'cppl_cp_plan_id',
    'cppl_referral_id',
    'cppl_icpc_id',
    'cppl_person_id',
    'cppl_cp_plan_start_date',
    'cppl_cp_plan_end_date',
    'cppl_cp_plan_ola',
    'cppl_cp_plan_initial_category',
    'cppl_cp_plan_latest_category',
  ],
  ssd_cp_reviews: [
    'cppr_cp_review_id',
    'cppr_person_id',
    'cppr_cp_plan_id',
    'cppr_cp_review_due',
    'cppr_cp_review_date',
    'cppr_cp_review_meeting_id',
    'cppr_cp_review_outcome_continue_cp',
    'cppr_cp_review_quorate',
    'cppr_cp_review_participation',
  ],
} as const;

export type SsdTableName = keyof typeof SSD_TABLES;
export type SsdRow<T extends SsdTableName> = Record<(typeof SSD_TABLES)[T][number], string>;

/** One child at one held conference, with the decision made for them (if any). */
export interface SsdChildAtConference {
  readonly conferenceId: string;
  readonly type: 'initial' | 'review' | 'pre-birth-initial' | 'transfer-in';
  readonly heldOn: string;
  /** The last day it could be held on time; null without a date to count from. */
  readonly dueOn: string | null;
  readonly team: string;
  readonly childId: string;
  readonly cmsPersonId: string;
  readonly outcome: string | null;
  readonly instead: string | null;
  readonly categories: readonly string[];
}

const PLAN_OUTCOMES = new Set(['plan', 'continue-plan', 'change-plan']);
const INITIAL_STAGE = new Set(['initial', 'pre-birth-initial', 'transfer-in']);

/** A child's record at a conference: the conference's id and the start of the child's, within the SSD's 48 characters. */
export function ssdId(conferenceId: string, childId: string): string {
  return `${conferenceId}:${childId.slice(0, 8)}`;
}

/** The categories' labels in one fixed order (the order they were ticked does not matter). */
export function categoryText(categories: readonly string[]): string {
  return CATEGORIES.filter((c: Category) => categories.includes(c))
    .map((c) => CATEGORY_LABELS[c])
    .join('; ');
}

const yesNo = (value: boolean): string => (value ? 'Y' : 'N');

/**
 * The three tables from each child's decisions, conference by conference in the order held. A
 * child has one child protection plan at a time: it starts at the first conference that makes
 * one, is carried through reviews that continue or change it, and ends at the one that ends it.
 */
export function ssdTables(children: readonly SsdChildAtConference[]): { [T in SsdTableName]: SsdRow<T>[] } {
  const icpc: SsdRow<'ssd_initial_cp_conference'>[] = [];
  const reviews: SsdRow<'ssd_cp_reviews'>[] = [];
  const plans = new Map<string, SsdRow<'ssd_cp_plans'>>();
  const open = new Map<string, SsdRow<'ssd_cp_plans'>>();
  const ordered = [...children].sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.conferenceId.localeCompare(b.conferenceId));
  for (const row of ordered) {
    const id = ssdId(row.conferenceId, row.childId);
    const decided = row.outcome !== null && row.outcome !== 'deferred';
    const planMade = row.outcome !== null && PLAN_OUTCOMES.has(row.outcome);
    let plan = open.get(row.childId);
    if (planMade && plan) plan.cppl_cp_plan_latest_category = categoryText(row.categories);
    if (planMade && !plan) {
      plan = {
        cppl_cp_plan_id: id,
        cppl_referral_id: '',
        cppl_icpc_id: INITIAL_STAGE.has(row.type) ? id : '',
        cppl_person_id: row.cmsPersonId,
        cppl_cp_plan_start_date: row.heldOn,
        cppl_cp_plan_end_date: '',
        cppl_cp_plan_ola: '',
        cppl_cp_plan_initial_category: categoryText(row.categories),
        cppl_cp_plan_latest_category: categoryText(row.categories),
      };
      plans.set(id, plan);
      open.set(row.childId, plan);
    }
    if (INITIAL_STAGE.has(row.type)) {
      icpc.push({
        icpc_icpc_id: id,
        icpc_icpc_meeting_id: row.conferenceId,
        icpc_s47_enquiry_id: '',
        icpc_person_id: row.cmsPersonId,
        icpc_cp_plan_id: planMade && plan ? plan.cppl_cp_plan_id : '',
        icpc_referral_id: '',
        icpc_icpc_transfer_in: yesNo(row.type === 'transfer-in'),
        icpc_icpc_target_date: row.dueOn ?? '',
        icpc_icpc_date: row.heldOn,
        icpc_icpc_outcome_cp_flag: decided ? yesNo(planMade) : '',
        // The SSD's outcome keys, each present; what Confer does not record is left empty, and never a comment.
        icpc_icpc_outcome_json: JSON.stringify({
          NFA_FLAG: decided ? yesNo(row.instead === 'no-further-action') : '',
          REFERRAL_TO_OTHER_AGENCY_FLAG: '',
          SINGLE_ASSESSMENT_FLAG: '',
          PROV_OF_SERVICES_FLAG: decided ? yesNo(row.instead === 'family-help-plan') : '',
          CP_FLAG: decided ? yesNo(planMade) : '',
          OTHER_OUTCOMES_EXIST_FLAG: '',
          TOTAL_NO_OF_OUTCOMES: '',
          COMMENTS: '',
        }),
        icpc_icpc_team: row.team,
        icpc_icpc_worker_id: '',
      });
    } else {
      reviews.push({
        cppr_cp_review_id: id,
        cppr_person_id: row.cmsPersonId,
        cppr_cp_plan_id: plan?.cppl_cp_plan_id ?? '',
        cppr_cp_review_due: row.dueOn ?? '',
        cppr_cp_review_date: row.heldOn,
        cppr_cp_review_meeting_id: row.conferenceId,
        cppr_cp_review_outcome_continue_cp: decided ? yesNo(planMade) : '',
        cppr_cp_review_quorate: '',
        cppr_cp_review_participation: '',
      });
    }
    if (row.outcome === 'end-plan' && plan) {
      plan.cppl_cp_plan_end_date = row.heldOn;
      open.delete(row.childId);
    }
  }
  return { ssd_initial_cp_conference: icpc, ssd_cp_plans: [...plans.values()], ssd_cp_reviews: reviews };
}

import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import {
  AGENCY_VIEW_LABELS,
  ALTERNATIVE_LABELS,
  CATEGORY_LABELS,
  DECISION_OUTCOME_LABELS,
  ENDING_REASON_LABELS,
  FAMILY_AGREEMENT_LABELS,
  hasPlan,
  LIMB_LABELS,
  type Decision,
} from '../../../shared/decision/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { AudienceTag } from '../audience/AudienceTag';
import { AmendmentNotes } from './parts';

/** One child's decision as recorded, with the marking of every text that has one. */
export function DecisionSummary({ decision, conference, record }: { readonly decision: Decision; readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const professional = (id: string) =>
    conference.invitations.find((i) => i.invitee.kind === 'professional' && i.invitee.professionalId === id)?.invitee.name ?? (conference.chair?.id === id ? conference.chair.name : 'A professional');
  const member = (id: string) => conference.familyMembers.find((m) => m.id === id)?.displayName ?? 'A family member';
  const categories = (list: readonly string[]) => list.map((c) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS]).join(' and ');
  return (
    <>
      <dl className="summary-list">
        <div>
          <dt>Decision</dt>
          <dd>{DECISION_OUTCOME_LABELS[decision.outcome]}</dd>
        </div>
        {decision.outcome !== 'deferred' && (
          <div>
            <dt>Is the test met?</dt>
            <dd>{decision.testMet === null ? 'Not answered' : decision.testMet ? `Yes: ${decision.limb ? LIMB_LABELS[decision.limb] : ''}` : 'No'}</dd>
          </div>
        )}
        {hasPlan(decision.outcome) && (
          <div>
            <dt>Category</dt>
            <dd>
              Latest: {categories(decision.categories)} ({decision.latestCensusCode}). Initial: {categories(decision.initialCategories)} ({decision.initialCensusCode})
              {decision.categoryJustification && <> — {decision.categoryJustification}</>}
            </dd>
          </div>
        )}
        {decision.instead && (
          <div>
            <dt>What happens instead</dt>
            <dd>{ALTERNATIVE_LABELS[decision.instead]}</dd>
          </div>
        )}
        {decision.endingReason && (
          <div>
            <dt>Why the plan ends</dt>
            <dd>{ENDING_REASON_LABELS[decision.endingReason]}</dd>
          </div>
        )}
        {decision.outcome === 'deferred' && decision.deferredTo && (
          <div>
            <dt>Deferred to the review on</dt>
            <dd>
              {formatIsoDate(decision.deferredTo)}: {decision.deferredReason}
            </dd>
          </div>
        )}
        <div>
          <dt>The chair’s decision and reasons</dt>
          <dd>
            <AudienceTag restriction={decision.chairReasonsRestriction} people={conference} />
            <p className="family-pre-line">{decision.chairReasons}</p>
          </dd>
        </div>
        <div>
          <dt>Each agency’s view</dt>
          <dd>
            {decision.agencyViews.length === 0 ? (
              'None recorded'
            ) : (
              <ul className="family-plain-list">
                {decision.agencyViews.map((view) => (
                  <li key={view.professionalId}>
                    {view.reason && <AudienceTag restriction={view.restriction} people={conference} />}
                    {professional(view.professionalId)}: {AGENCY_VIEW_LABELS[view.view]}
                    {view.categories.length > 0 && `; category ${categories(view.categories)}`}
                    {view.reason && `. ${view.reason}`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>The family’s view</dt>
          <dd>
            {decision.familyViews.length === 0 ? (
              'None recorded'
            ) : (
              <ul className="family-plain-list">
                {decision.familyViews.map((view) => (
                  <li key={view.familyMemberId}>
                    {view.view && <AudienceTag restriction={view.restriction} people={conference} />}
                    {member(view.familyMemberId)}: {FAMILY_AGREEMENT_LABELS[view.agreement]}
                    {view.view && `. ${view.view}`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <AmendmentNotes amendments={record.amendments} entityId={decision.id} people={conference} />
    </>
  );
}

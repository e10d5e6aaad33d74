import type { ConferenceDetail } from '../../../shared/conference/details';
import { hasPlan } from '../../../shared/decision/schema';
import { ErrorMessage } from '../app/ErrorMessage';
import { Announcer } from '../family/Announcer';
import { FinalisedNotice } from '../decision/parts';
import { useRecordFor } from '../decision/store';
import { OutcomeForm } from './OutcomeForm';
import { OutcomeItem } from './OutcomeItem';
import { PlanDetailsForm } from './PlanDetailsForm';

/** The outline child protection plan: outcomes and actions, then how the children are seen and the rest. */
export function PlanSection({ conference }: { readonly conference: ConferenceDetail }) {
  const record = useRecordFor(conference.id, conference.updatedAt);
  if (record.state === 'failed') return <ErrorMessage error={record.error} />;
  if (record.state === 'loading') return <p aria-live="polite">Loading the plan…</p>;
  const value = record.value;
  const editable = value.status !== 'finalised';
  const withPlan = conference.children.filter((c) => value.decisions.some((d) => d.childId === c.id && hasPlan(d.outcome)));
  return (
    <Announcer>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">Child protection plan</h2>
        {!editable && <FinalisedNotice conference={conference} />}
        <p>
          {withPlan.length > 0
            ? `A plan for ${withPlan.map((c) => c.displayName).join(' and ')}.`
            : 'No child has a plan yet: record the decisions first. You can still write the plan.'}{' '}
          The plan cannot be finalised with an outcome without a measure, an action without someone to do it or a date, or no contingency plan.
        </p>
        <h3 id="plan-outcomes-heading" tabIndex={-1}>
          Outcomes and actions
        </h3>
        {value.outcomes.length === 0 && <p className="empty-state">No outcomes yet.</p>}
        <ol className="plan-outcomes">
          {value.outcomes.map((outcome, index) => (
            <OutcomeItem key={outcome.id} conference={conference} record={value} outcome={outcome} number={index + 1} editable={editable} focusAfterRemove="plan-outcomes-heading" />
          ))}
        </ol>
        {editable && <OutcomeForm conference={conference} record={value} />}
        <PlanDetailsForm conference={conference} record={value} editable={editable} childrenWithPlan={withPlan} />
      </section>
    </Announcer>
  );
}

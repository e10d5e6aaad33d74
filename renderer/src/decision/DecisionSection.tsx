import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Child } from '../../../shared/family/schema';
import type { DecisionRecord } from '../../../shared/decision/record';
import { LIMB_TEXT, LIMBS } from '../../../shared/decision/schema';
import { ErrorMessage } from '../app/ErrorMessage';
import { Announcer } from '../family/Announcer';
import { DecisionForm } from './DecisionForm';
import { DecisionSummary } from './DecisionSummary';
import { DissentPanel } from './DissentPanel';
import { FinalisedNotice } from './parts';
import { useRecordFor } from './store';
import { focusWhenDrawn } from '../app/focus';

/** A decision for every child in the household, with the two-limb test shown in substance. */
export function DecisionSection({ conference }: { readonly conference: ConferenceDetail }) {
  const record = useRecordFor(conference.id, conference.updatedAt);
  if (record.state === 'failed') return <ErrorMessage error={record.error} />;
  if (record.state === 'loading') return <p aria-live="polite">Loading the decisions…</p>;
  const value = record.value;
  const editable = value.status !== 'finalised';
  const missing = conference.children.filter((c) => !value.decisions.some((d) => d.childId === c.id));
  return (
    <Announcer>
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decisions</h2>
        {!editable && <FinalisedNotice conference={conference} />}
        <div className="panel decision-test">
          <h3>The test for a child protection plan</h3>
          <p>A plan is needed when either part of the test is met:</p>
          <ol className="decision-limbs">
            {LIMBS.map((limb) => (
              <li key={limb}>
                <strong>({limb})</strong> {LIMB_TEXT[limb]}
              </li>
            ))}
          </ol>
          <p>Decisions are made for each child. Where the conference does not agree, the chair decides and gives reasons.</p>
        </div>
        <p>
          {missing.length === 0
            ? 'Every child in the household has a decision.'
            : `Still to decide: ${missing.map((c) => c.displayName).join(', ')}. The conference cannot be finalised until every child has a decision.`}
        </p>
        {conference.children.map((child) => (
          <ChildDecision key={child.id} conference={conference} record={value} child={child} editable={editable} />
        ))}
      </section>
    </Announcer>
  );
}

function ChildDecision({ conference, record, child, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly child: Child; readonly editable: boolean }) {
  const decision = record.decisions.find((d) => d.childId === child.id);
  const [editing, setEditing] = useState(false);
  const headingId = `decision-${child.id}`;
  return (
    <section className="panel decision-child" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {child.displayName}
      </h3>
      {decision && !editing && <DecisionSummary decision={decision} conference={conference} record={record} />}
      {!decision && !editing && <p>No decision recorded yet.</p>}
      {editable && !editing && (
        <button
          type="button"
          id={`${headingId}-open`}
          className="button button--secondary"
          onClick={() => {
            setEditing(true);
            focusWhenDrawn(`${headingId}-form`, { firstAnswer: true });
          }}
        >
          {decision ? `Change the decision for ${child.displayName}` : `Record the decision for ${child.displayName}`}
        </button>
      )}
      {editing && (
        <DecisionForm
          id={`${headingId}-form`}
          conference={conference}
          record={record}
          child={child}
          decision={decision}
          onDone={(saved) => {
            setEditing(false);
            // Saved: the decision now shown under the child's name. Cancelled: back to the button.
            focusWhenDrawn(saved ? headingId : `${headingId}-open`);
          }}
        />
      )}
      <DissentPanel conference={conference} record={record} child={child} editable={editable} />
    </section>
  );
}

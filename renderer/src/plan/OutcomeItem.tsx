import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import type { Outcome } from '../../../shared/plan/schema';
import { api } from '../api/client';
import { AudienceTag } from '../audience/AudienceTag';
import { ItemButtons } from '../decision/ItemButtons';
import { AmendmentNotes } from '../decision/parts';
import { RemoveItem } from '../decision/RemoveItem';
import { useItemEditing } from '../decision/useItemEditing';
import { usePendingFocus } from '../decision/usePendingFocus';
import { ActionForm } from './ActionForm';
import { ACTION_COLUMNS, ActionRow } from './ActionRow';
import { OutcomeForm } from './OutcomeForm';
import { ProgressForm } from './ProgressForm';

interface OutcomeItemProps {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  readonly outcome: Outcome;
  readonly number: number;
  readonly editable: boolean;
  /** Where the keyboard goes once the outcome is removed. */
  readonly focusAfterRemove: string;
}

/** One outcome with its actions; the outcome and each action changed in place or removed. */
export function OutcomeItem({ conference, record, outcome, number, editable, focusAfterRemove }: OutcomeItemProps) {
  const actions = record.actions.filter((a) => a.outcomeId === outcome.id);
  const editing = useItemEditing(outcome.id);
  const [adding, setAdding] = useState(false);
  const focusLater = usePendingFocus();
  const name = `outcome ${number}`;
  const headingId = `outcome-${outcome.id}-heading`;
  const addId = `outcome-${outcome.id}-add-action`;
  const addFormId = `outcome-${outcome.id}-new-action`;
  const children = conference.children.filter((c) => outcome.childIds.includes(c.id));
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  const danger = dangers.findIndex((d) => d.id === outcome.dangerStatementId);
  const closeAdding = () => {
    setAdding(false);
    focusLater(addId);
  };
  return (
    <li className="panel plan-outcome">
      <h4 id={headingId} tabIndex={-1}>
        Outcome {number}: {outcome.text}
      </h4>
      <AudienceTag restriction={outcome.restriction} people={conference} />
      {editing.mode === 'change' ? (
        <OutcomeForm conference={conference} record={record} existing={outcome} name={name} formId={editing.ids.form} onDone={editing.closeForm} />
      ) : (
        <>
          <p>
            <strong>How everyone will know:</strong> {outcome.measure || <span className="tag tag--late">Not written yet</span>}
          </p>
          <p className="plan-outcome__links">
            <strong>For:</strong> {children.length > 0 ? children.map((c) => c.displayName).join(', ') : 'every child with a plan'}
            {danger >= 0 && (
              <>
                . <strong>Answers:</strong> danger statement {danger + 1}
              </>
            )}
          </p>
          <AmendmentNotes amendments={record.amendments} entityId={outcome.id} people={conference} />
          {editable && editing.mode === 'view' && <ItemButtons editing={editing} name={name} />}
          {editable && editing.mode === 'remove' && (
            <RemoveItem
              name={name}
              consequence={actions.length === 0 ? 'It is taken out of the plan.' : `Its ${actions.length === 1 ? 'action is' : `${actions.length} actions are`} removed with it.`}
              remove={() => api.removeOutcome({ conferenceId: conference.id, id: outcome.id })}
              focusAfter={focusAfterRemove}
              onCancel={editing.cancelRemove}
            />
          )}
        </>
      )}
      {outcome.carriedForward && <ProgressForm conference={conference} item={{ kind: 'outcome', outcome }} editable={editable} />}
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Actions for outcome {number}</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Who</th>
              <th scope="col">By when</th>
              <th scope="col">How often</th>
              <th scope="col">Reports to</th>
              {editable && (
                <th scope="col">
                  <span className="visually-hidden">Change or remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {actions.length === 0 && (
              <tr>
                <td colSpan={editable ? ACTION_COLUMNS : ACTION_COLUMNS - 1}>No actions yet.</td>
              </tr>
            )}
            {actions.map((action, index) => (
              <ActionRow key={action.id} conference={conference} record={record} action={action} outcomeNumber={number} number={index + 1} editable={editable} focusAfterRemove={headingId} />
            ))}
          </tbody>
        </table>
      </div>
      {editable && !adding && (
        <button
          type="button"
          id={addId}
          className="button button--secondary"
          onClick={() => {
            setAdding(true);
            focusLater(addFormId, true);
          }}
        >
          Add an action to outcome {number}
        </button>
      )}
      {editable && adding && <ActionForm conference={conference} outcomeId={outcome.id} number={number} formId={addFormId} onDone={closeAdding} />}
    </li>
  );
}

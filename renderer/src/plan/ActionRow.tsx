import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { formatIsoDate } from '../../../shared/dates/format';
import type { Action } from '../../../shared/plan/schema';
import { api } from '../api/client';
import { AudienceTag } from '../audience/AudienceTag';
import { ItemButtons } from '../decision/ItemButtons';
import { AmendmentNotes } from '../decision/parts';
import { RemoveItem } from '../decision/RemoveItem';
import { useItemEditing } from '../decision/useItemEditing';
import { ActionForm } from './ActionForm';
import { ProgressForm } from './ProgressForm';

interface ActionRowProps {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  readonly action: Action;
  /** The outcome's number and the action's number within it. */
  readonly outcomeNumber: number;
  readonly number: number;
  readonly editable: boolean;
  readonly focusAfterRemove: string;
}

export const ACTION_COLUMNS = 6;

/** One action in its outcome's table: changed in place (the form spans the row), or removed. */
export function ActionRow({ conference, record, action, outcomeNumber, number, editable, focusAfterRemove }: ActionRowProps) {
  const editing = useItemEditing(action.id);
  const name = `action ${number} of outcome ${outcomeNumber}`;
  if (editing.mode === 'change') {
    return (
      <tr>
        <td colSpan={ACTION_COLUMNS}>
          <ActionForm conference={conference} outcomeId={action.outcomeId} number={outcomeNumber} existing={action} name={name} formId={editing.ids.form} onDone={editing.closeForm} />
        </td>
      </tr>
    );
  }
  return (
    <>
      <tr>
        <th scope="row">
          <AudienceTag restriction={action.restriction} people={conference} />
          {action.what}
          <AmendmentNotes amendments={record.amendments} entityId={action.id} people={conference} />
          {action.carriedForward && <ProgressForm conference={conference} item={{ kind: 'action', action }} editable={editable} />}
        </th>
        <td>{action.ownerNames.length > 0 ? action.ownerNames.join('; ') : <span className="tag tag--late">No one yet</span>}</td>
        <td>{action.dueDate ? formatIsoDate(action.dueDate) : <span className="tag tag--late">No date yet</span>}</td>
        <td>{action.frequency}</td>
        <td>{action.reportsTo}</td>
        {editable && <td>{editing.mode === 'view' && <ItemButtons editing={editing} name={name} />}</td>}
      </tr>
      {editable && editing.mode === 'remove' && (
        <tr>
          <td colSpan={ACTION_COLUMNS}>
            <RemoveItem
              name={name}
              consequence="It is taken out of the plan."
              remove={() => api.removeAction({ conferenceId: conference.id, id: action.id })}
              focusAfter={focusAfterRemove}
              onCancel={editing.cancelRemove}
            />
          </td>
        </tr>
      )}
    </>
  );
}

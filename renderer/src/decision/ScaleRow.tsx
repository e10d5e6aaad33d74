import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Scale } from '../../../shared/decision/analysis';
import type { DecisionRecord } from '../../../shared/decision/record';
import { api } from '../api/client';
import { AudienceTag } from '../audience/AudienceTag';
import { ItemButtons } from './ItemButtons';
import { RemoveItem } from './RemoveItem';
import { ScaleForm } from './ScaleForm';
import { useItemEditing } from './useItemEditing';

const COLUMNS = 5;

/** One person's scale in the table: changed in place (the form spans the row), or removed. */
export function ScaleRow({ conference, record, scale, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly scale: Scale; readonly editable: boolean }) {
  const editing = useItemEditing(scale.id);
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  const danger = scale.dangerStatementId ? dangers.findIndex((d) => d.id === scale.dangerStatementId) + 1 : null;
  const name = `${scale.raterName}’s ${danger === null ? 'overall scale' : `scale for danger statement ${danger}`}`;
  if (editing.mode === 'change') {
    return (
      <tr>
        <td colSpan={COLUMNS}>
          <ScaleForm conference={conference} record={record} existing={scale} name={name} formId={editing.ids.form} onDone={editing.closeForm} />
        </td>
      </tr>
    );
  }
  return (
    <>
      <tr>
        <th scope="row">
          {scale.raterName}
          {scale.raterRole && <span className="field__hint"> {scale.raterRole}</span>}
        </th>
        <td>{danger === null ? 'Overall' : `Danger statement ${danger}`}</td>
        <td>{scale.score}</td>
        <td>
          {scale.reason && <AudienceTag restriction={scale.restriction} people={conference} />}
          {scale.reason}
        </td>
        {editable && <td>{editing.mode === 'view' && <ItemButtons editing={editing} name={name} />}</td>}
      </tr>
      {editable && editing.mode === 'remove' && (
        <tr>
          <td colSpan={COLUMNS}>
            <RemoveItem
              name={name}
              consequence="The score and the reason are taken out of the analysis."
              remove={() => api.removeScale({ conferenceId: conference.id, id: scale.id })}
              focusAfter="scales-heading"
              onCancel={editing.cancelRemove}
            />
          </td>
        </tr>
      )}
    </>
  );
}

import type { ConferenceDetail } from '../../../shared/conference/details';
import { formatIsoDate } from '../../../shared/dates/format';
import { DOCUMENT_LABELS, type Recipient } from '../../../shared/letter/distribution';
import { api } from '../api/client';
import { ItemButtons } from '../decision/ItemButtons';
import { RemoveItem } from '../decision/RemoveItem';
import { useItemEditing } from '../decision/useItemEditing';
import { RecipientForm } from './RecipientForm';

export const RECIPIENT_COLUMNS = 4;

/** One person on the distribution list: what they receive changed in place, or taken off the list. */
export function RecipientRow({ conference, recipient: r, editable }: { readonly conference: ConferenceDetail; readonly recipient: Recipient; readonly editable: boolean }) {
  const editing = useItemEditing(r.id);
  if (editing.mode === 'change') {
    return (
      <tr>
        <td colSpan={RECIPIENT_COLUMNS}>
          <RecipientForm conference={conference} existing={r} formId={editing.ids.form} onDone={editing.closeForm} />
        </td>
      </tr>
    );
  }
  return (
    <>
      <tr>
        <th scope="row">{r.name}</th>
        <td>{r.documents.map((d) => DOCUMENT_LABELS[d]).join(', ')}</td>
        <td>
          {r.sent.length === 0
            ? 'Nothing yet'
            : r.sent.map((s) => (
                <span key={`${s.document}${s.sentOn}`} className="signoff-sent">
                  {DOCUMENT_LABELS[s.document]} on {formatIsoDate(s.sentOn)}
                  {s.late && <span className="tag tag--late"> Late</span>}
                </span>
              ))}
        </td>
        {editable && <td>{editing.mode === 'view' && <ItemButtons editing={editing} name={r.name} />}</td>}
      </tr>
      {editable && editing.mode === 'remove' && (
        <tr>
          <td colSpan={RECIPIENT_COLUMNS}>
            <RemoveItem
              name={r.name}
              consequence="They are taken off the distribution list."
              remove={() => api.removeRecipient({ conferenceId: conference.id, id: r.id })}
              focusAfter="distribution-heading"
              onCancel={editing.cancelRemove}
            />
          </td>
        </tr>
      )}
    </>
  );
}

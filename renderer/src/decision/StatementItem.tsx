import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Statement } from '../../../shared/decision/analysis';
import type { DecisionRecord } from '../../../shared/decision/record';
import { api } from '../api/client';
import { AudienceTag } from '../audience/AudienceTag';
import { ItemButtons } from './ItemButtons';
import { AmendmentNotes } from './parts';
import { RemoveItem } from './RemoveItem';
import { StatementForm } from './StatementForm';
import { kindName, statementName } from './statementNames';
import { useItemEditing } from './useItemEditing';

interface StatementItemProps {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  readonly statement: Statement;
  readonly editable: boolean;
  /** Where the keyboard goes once the statement is removed. */
  readonly focusAfterRemove: string;
}

/** One statement of the analysis: changed in place, or removed after a second step. */
export function StatementItem({ conference, record, statement, editable, focusAfterRemove }: StatementItemProps) {
  const editing = useItemEditing(statement.id);
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  const paired = dangers.findIndex((d) => d.id === statement.pairedDangerId);
  const name = statementName(record.statements, statement);
  if (editing.mode === 'change') {
    return (
      <li className="analysis-statement">
        <StatementForm conference={conference} record={record} existing={statement} name={name} formId={editing.ids.form} onDone={editing.closeForm} />
      </li>
    );
  }
  return (
    <li className="analysis-statement">
      <p className="analysis-statement__kind">
        <strong>{kindName(statement)}</strong>
        {statement.kind === 'danger' && ` ${dangers.indexOf(statement) + 1}`}
        {paired >= 0 && ` (answers danger statement ${paired + 1})`}
      </p>
      <AudienceTag restriction={statement.restriction} people={conference} />
      <p className="family-pre-line">{statement.text}</p>
      {statement.inFamilysWords && <p className="field__hint">In {statement.whoseWords}’s words</p>}
      <AmendmentNotes amendments={record.amendments} entityId={statement.id} people={conference} />
      {editable && editing.mode === 'view' && <ItemButtons editing={editing} name={name} />}
      {editable && editing.mode === 'remove' && (
        <RemoveItem
          name={name}
          consequence="It is taken out of the analysis."
          remove={() => api.removeStatement({ conferenceId: conference.id, id: statement.id })}
          focusAfter={focusAfterRemove}
          onCancel={editing.cancelRemove}
        />
      )}
    </li>
  );
}

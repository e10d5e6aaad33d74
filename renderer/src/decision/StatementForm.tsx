import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { ANALYSIS_COLUMNS, COLUMN_HEADINGS, COLUMN_OF, SaveStatementSchema, STATEMENT_KIND_LABELS, STATEMENT_KINDS, type Statement, type StatementKind } from '../../../shared/decision/analysis';
import type { DecisionRecord } from '../../../shared/decision/record';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import { FOR_EVERYONE_DRAFT, restrictionDraftOf, restrictionInput } from '../audience/draft';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { useSave } from './parts';

interface StatementFormProps {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  /** Given when changing a statement in place; absent for the form that adds. */
  readonly existing?: Statement;
  /** How the statement is named ("danger statement 1"), when changing it. */
  readonly name?: string;
  readonly formId?: string;
  readonly onDone?: () => void;
}

/** Adds a statement to the analysis, or changes one in place. */
export function StatementForm({ conference, record, existing, name = '', formId, onDone }: StatementFormProps) {
  const empty = { kind: 'danger' as StatementKind, text: '', pairedDangerId: '', inFamilysWords: false, whoseWords: '', restriction: FOR_EVERYONE_DRAFT };
  const [draft, setDraft] = useState(
    existing
      ? { kind: existing.kind, text: existing.text, pairedDangerId: existing.pairedDangerId ?? '', inFamilysWords: existing.inFamilysWords, whoseWords: existing.whoseWords, restriction: restrictionDraftOf(existing.restriction) }
      : empty,
  );
  const [id, setId] = useState(() => existing?.id ?? crypto.randomUUID());
  const { save, errors, summary, fid } = useSave(SaveStatementSchema, (input) => api.saveStatement(input), '', existing ? `statement-${existing.id}` : '');
  const dangers = record.statements.filter((s) => s.kind === 'danger' && s.id !== existing?.id);
  const allDangers = record.statements.filter((s) => s.kind === 'danger');
  const headings = COLUMN_HEADINGS[record.practiceModel];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { conferenceId: conference.id, id, kind: draft.kind, text: draft.text, inFamilysWords: draft.inFamilysWords, whoseWords: draft.whoseWords, pairedDangerId: draft.kind === 'safety-goal' ? draft.pairedDangerId || null : null, restriction: restrictionInput(draft.restriction) };
    const ok = await save(input, existing ? `Saved ${name}.` : 'Statement added.');
    if (!ok) return;
    if (onDone) return onDone();
    setDraft({ ...empty, kind: draft.kind });
    setId(crypto.randomUUID());
  };
  const familyWordsId = fid('inFamilysWords');
  return (
    <form
      id={formId}
      className={existing ? 'form-panel item-form' : 'panel form-panel'}
      onSubmit={submit}
      noValidate
      {...(existing ? { 'aria-label': `Change ${name}` } : { 'aria-labelledby': 'statement-form-heading' })}
    >
      {!existing && <h3 id="statement-form-heading" tabIndex={-1}>Add a statement</h3>}
      {summary}
      <Field id={fid('kind')} label="What kind of statement" error={errors['kind']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={draft.kind} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, kind: e.target.value as StatementKind })}>
            {ANALYSIS_COLUMNS.map((column) => (
              <optgroup key={column} label={headings[column]}>
                {STATEMENT_KINDS.filter((k) => COLUMN_OF[k] === column).map((kind) => (
                  <option key={kind} value={kind}>
                    {STATEMENT_KIND_LABELS[kind]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      {draft.kind === 'safety-goal' && (
        <Field id={fid('pairedDangerId')} label="The danger statement this safety goal answers" error={errors['pairedDangerId']}>
          {({ id: inputId, describedBy, invalid }) => (
            <select id={inputId} value={draft.pairedDangerId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, pairedDangerId: e.target.value })}>
              <option value="">Choose a danger statement</option>
              {dangers.map((d) => (
                <option key={d.id} value={d.id}>
                  {`${allDangers.indexOf(d) + 1}: ${d.text.slice(0, 80)}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id={fid('text')} label="Statement" error={errors['text']}>
        {({ id: inputId, describedBy, invalid }) => (
          <CheckedTextArea id={inputId} value={draft.text} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, text: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'statement', recordId: id, field: 'text' }} ignorable={existing !== undefined} />
        )}
      </Field>
      <div className="checkbox">
        <input type="checkbox" id={familyWordsId} checked={draft.inFamilysWords} onChange={(e) => setDraft({ ...draft, inFamilysWords: e.target.checked })} />
        <label htmlFor={familyWordsId}>Written in the family’s own words</label>
      </div>
      {draft.inFamilysWords && (
        <Field id={fid('whoseWords')} label="Whose words" hint="For example Danielle, or Ruby." error={errors['whoseWords']}>
          {({ id: inputId, describedBy, invalid }) => (
            <input id={inputId} type="text" value={draft.whoseWords} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, whoseWords: e.target.value })} />
          )}
        </Field>
      )}
      <AudienceField path="restriction" idOf={fid} subject="this statement" value={draft.restriction} people={conference} errors={errors} onChange={(restriction) => setDraft({ ...draft, restriction })} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {existing ? 'Save' : 'Add statement'}
        </button>
        {onDone && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

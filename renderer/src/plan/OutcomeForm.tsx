import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { SaveOutcomeSchema, type Outcome } from '../../../shared/plan/schema';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import { FOR_EVERYONE_DRAFT, restrictionDraftOf, restrictionInput } from '../audience/draft';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { useSave } from '../decision/parts';

interface OutcomeFormProps {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  /** Given when changing an outcome in place. */
  readonly existing?: Outcome;
  readonly name?: string;
  readonly formId?: string;
  readonly onDone?: () => void;
}

/** Adds an outcome, or changes one: what will be different, how everyone will know, for which children, and the danger it answers. */
export function OutcomeForm({ conference, record, existing, name = '', formId, onDone }: OutcomeFormProps) {
  const empty = { text: '', measure: '', childIds: [] as string[], dangerStatementId: '', restriction: FOR_EVERYONE_DRAFT };
  const [draft, setDraft] = useState(
    existing
      ? { text: existing.text, measure: existing.measure, childIds: [...existing.childIds], dangerStatementId: existing.dangerStatementId ?? '', restriction: restrictionDraftOf(existing.restriction) }
      : empty,
  );
  const [id, setId] = useState(() => existing?.id ?? crypto.randomUUID());
  const prefix = existing ? `outcome-${existing.id}` : 'outcome-new';
  const { save, errors, summary, fid } = useSave(SaveOutcomeSchema, (input) => api.saveOutcome(input), '', prefix);
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Progress at a review belongs to the outcome: changing the wording keeps it.
    const progress = existing ? { progress: existing.progress, progressNote: existing.progressNote } : {};
    const input = { conferenceId: conference.id, id, ...progress, text: draft.text, measure: draft.measure, childIds: draft.childIds, dangerStatementId: draft.dangerStatementId || null, restriction: restrictionInput(draft.restriction) };
    if (!(await save(input, existing ? `Saved ${name}.` : 'Outcome added.'))) return;
    if (onDone) return onDone();
    setDraft(empty);
    setId(crypto.randomUUID());
  };
  const toggleChild = (childId: string, on: boolean) =>
    setDraft((current) => ({ ...current, childIds: on ? [...current.childIds, childId] : current.childIds.filter((c) => c !== childId) }));
  const childrenError = errors['childIds'] ?? Object.entries(errors).find(([path]) => path.startsWith('childIds.'))?.[1];
  return (
    <form
      id={formId}
      className={existing ? 'form-panel item-form' : 'panel form-panel'}
      onSubmit={submit}
      noValidate
      {...(existing ? { 'aria-label': `Change ${name}` } : { 'aria-labelledby': 'outcome-form-heading' })}
    >
      {!existing && (
        <h3 id="outcome-form-heading" tabIndex={-1}>
          Add an outcome
        </h3>
      )}
      {summary}
      <Field id={fid('text')} label="Outcome for the children" hint="Child-focused, in plain words: what will be different for the children." error={errors['text']}>
        {({ id: inputId, describedBy, invalid }) => <CheckedTextArea id={inputId} value={draft.text} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, text: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'outcome', recordId: id, field: 'text' }} ignorable={existing !== undefined} />}
      </Field>
      <Field id={fid('measure')} label="How everyone will know it is achieved" error={errors['measure']}>
        {({ id: inputId, describedBy, invalid }) => <CheckedTextArea id={inputId} value={draft.measure} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, measure: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'outcome', recordId: id, field: 'measure' }} ignorable={existing !== undefined} />}
      </Field>
      <fieldset className={`fieldset decision-choices${childrenError ? ' field--error' : ''}`} aria-describedby={`${fid('childIds')}-hint${childrenError ? ` ${fid('childIds')}-error` : ''}`}>
        <legend className="field__label">Which children it is for</legend>
        <p className="field__hint" id={`${fid('childIds')}-hint`}>
          Leave them all unticked if it is for every child with a plan.
        </p>
        {childrenError && (
          <p className="field__error" id={`${fid('childIds')}-error`}>
            <span className="visually-hidden">Error: </span>
            {childrenError}
          </p>
        )}
        {conference.children.map((child, index) => {
          const inputId = index === 0 ? fid('childIds') : `${fid('childIds')}-${child.id}`;
          return (
            <div className="checkbox" key={child.id}>
              <input type="checkbox" id={inputId} checked={draft.childIds.includes(child.id)} onChange={(e) => toggleChild(child.id, e.target.checked)} />
              <label htmlFor={inputId}>{child.displayName}</label>
            </div>
          );
        })}
      </fieldset>
      <Field id={fid('dangerStatementId')} label="The danger statement it answers (if one)" error={errors['dangerStatementId']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={draft.dangerStatementId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, dangerStatementId: e.target.value })}>
            <option value="">None</option>
            {dangers.map((d, index) => (
              <option key={d.id} value={d.id}>
                {`Danger statement ${index + 1}: ${d.text.slice(0, 70)}${d.text.length > 70 ? '…' : ''}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <AudienceField path="restriction" idOf={fid} subject="this outcome" value={draft.restriction} people={conference} errors={errors} onChange={(restriction) => setDraft({ ...draft, restriction })} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {existing ? 'Save' : 'Add outcome'}
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

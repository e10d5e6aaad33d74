import { PersonOptionGroups } from './PersonOptionGroups';
import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { SaveScaleSchema, type Scale } from '../../../shared/decision/analysis';
import { personKey } from '../../../shared/decision/fields';
import type { DecisionRecord } from '../../../shared/decision/record';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import { FOR_EVERYONE_DRAFT, restrictionDraftOf, restrictionInput } from '../audience/draft';
import { peopleOptions, refOf, useSave } from './parts';

interface ScaleFormProps {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  readonly existing?: Scale;
  readonly name?: string;
  readonly formId?: string;
  readonly onDone?: () => void;
}

/** Adds a person's scale, or changes one in place. */
export function ScaleForm({ conference, record, existing, name = '', formId, onDone }: ScaleFormProps) {
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  const empty = { rater: '', dangerStatementId: '', score: '', reason: '', restriction: FOR_EVERYONE_DRAFT };
  const [draft, setDraft] = useState(
    existing
      ? { rater: personKey(existing.rater), dangerStatementId: existing.dangerStatementId ?? '', score: String(existing.score), reason: existing.reason, restriction: restrictionDraftOf(existing.restriction) }
      : empty,
  );
  const [id, setId] = useState(() => existing?.id ?? crypto.randomUUID());
  const { save, errors, summary, fid } = useSave(SaveScaleSchema, (input) => api.saveScale(input), '', existing ? `scale-${existing.id}` : '');
  const options = peopleOptions(conference, true);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await save(
      { conferenceId: conference.id, id, rater: refOf(draft.rater), dangerStatementId: draft.dangerStatementId || null, score: draft.score.trim() === '' ? undefined : Number(draft.score), reason: draft.reason, restriction: restrictionInput(draft.restriction) },
      existing ? `Saved ${name}.` : 'Scale added.',
    );
    if (!ok) return;
    if (onDone) return onDone();
    setDraft({ ...empty, dangerStatementId: draft.dangerStatementId });
    setId(crypto.randomUUID());
  };
  return (
    <form id={formId} className={existing ? 'form-panel item-form' : undefined} onSubmit={submit} noValidate {...(existing ? { 'aria-label': `Change ${name}` } : { 'aria-labelledby': 'scale-form-heading' })}>
      {!existing && <h4 id="scale-form-heading">Add a scale</h4>}
      {summary}
      <Field id={fid('rater')} label="Who gave it" error={errors['rater'] ?? errors['rater.kind']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={draft.rater} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, rater: e.target.value })}>
            <option value="">Choose a person</option>
            <PersonOptionGroups options={options} />
          </select>
        )}
      </Field>
      <Field id={fid('dangerStatementId')} label="What it scales" error={errors['dangerStatementId']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={draft.dangerStatementId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, dangerStatementId: e.target.value })}>
            <option value="">Overall</option>
            {dangers.map((d, index) => (
              <option key={d.id} value={d.id}>{`Danger statement ${index + 1}`}</option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fid('score')} label="Score from 0 to 10" error={errors['score']}>
        {({ id: inputId, describedBy, invalid }) => (
          <input id={inputId} type="text" inputMode="numeric" className="width-2" value={draft.score} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, score: e.target.value })} />
        )}
      </Field>
      <Field id={fid('reason')} label="Their reason, in their words" error={errors['reason']}>
        {({ id: inputId, describedBy, invalid }) => (
          <textarea id={inputId} value={draft.reason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} />
        )}
      </Field>
      <AudienceField path="restriction" idOf={fid} subject="the reason" value={draft.restriction} people={conference} errors={errors} onChange={(restriction) => setDraft({ ...draft, restriction })} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {existing ? 'Save' : 'Add scale'}
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

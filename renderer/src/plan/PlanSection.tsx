import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { hasPlan } from '../../../shared/decision/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import {
  ACTION_PROGRESS,
  ACTION_PROGRESS_LABELS,
  OUTCOME_PROGRESS,
  OUTCOME_PROGRESS_LABELS,
  SaveActionSchema,
  SaveOutcomeSchema,
  type Action,
  type Outcome,
  type Owner,
} from '../../../shared/plan/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { ErrorMessage } from '../app/ErrorMessage';
import { Field, fieldId } from '../app/fields';
import { Announcer } from '../family/Announcer';
import { AmendmentNotes, FinalisedNotice, peopleOptions, Radios, refOf, useSave } from '../decision/parts';
import { useRecordFor } from '../decision/store';
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
        <h3>Outcomes and actions</h3>
        {value.outcomes.length === 0 && <p className="empty-state">No outcomes yet.</p>}
        <ol className="plan-outcomes">
          {value.outcomes.map((outcome, index) => (
            <OutcomeItem key={outcome.id} conference={conference} record={value} outcome={outcome} number={index + 1} editable={editable} />
          ))}
        </ol>
        {editable && <OutcomeForm conference={conference} />}
        <PlanDetailsForm conference={conference} record={value} editable={editable} childrenWithPlan={withPlan} />
      </section>
    </Announcer>
  );
}

function OutcomeItem({ conference, record, outcome, number, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly outcome: Outcome; readonly number: number; readonly editable: boolean }) {
  const actions = record.actions.filter((a) => a.outcomeId === outcome.id);
  const [adding, setAdding] = useState(false);
  return (
    <li className="panel plan-outcome">
      <h4>
        Outcome {number}: {outcome.text}
      </h4>
      <p>
        <strong>How everyone will know:</strong> {outcome.measure || <span className="tag tag--late">Not written yet</span>}
      </p>
      <AmendmentNotes amendments={record.amendments} entityId={outcome.id} />
      {outcome.carriedForward && <ProgressForm conference={conference} item={{ kind: 'outcome', outcome }} editable={editable} />}
      <table className="table">
        <caption className="visually-hidden">Actions for outcome {number}</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Who</th>
            <th scope="col">By when</th>
            <th scope="col">How often</th>
            <th scope="col">Reports to</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">
                {action.what}
                <AmendmentNotes amendments={record.amendments} entityId={action.id} />
                {action.carriedForward && <ProgressForm conference={conference} item={{ kind: 'action', action }} editable={editable} />}
              </th>
              <td>{action.ownerNames.length > 0 ? action.ownerNames.join('; ') : <span className="tag tag--late">No one yet</span>}</td>
              <td>{action.dueDate ? formatIsoDate(action.dueDate) : <span className="tag tag--late">No date yet</span>}</td>
              <td>{action.frequency}</td>
              <td>{action.reportsTo}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && !adding && (
        <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
          Add an action to outcome {number}
        </button>
      )}
      {editable && adding && <ActionForm conference={conference} outcomeId={outcome.id} number={number} onDone={() => setAdding(false)} />}
    </li>
  );
}

function OutcomeForm({ conference }: { readonly conference: ConferenceDetail }) {
  const [draft, setDraft] = useState({ text: '', measure: '' });
  const [id, setId] = useState(() => crypto.randomUUID());
  const { save, errors, summary } = useSave(SaveOutcomeSchema, (input) => api.saveOutcome(input));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save({ conferenceId: conference.id, id, ...draft }, 'Outcome added.')) {
      setDraft({ text: '', measure: '' });
      setId(crypto.randomUUID());
    }
  };
  return (
    <form className="panel form-panel" onSubmit={submit} noValidate aria-labelledby="outcome-form-heading">
      <h3 id="outcome-form-heading">Add an outcome</h3>
      {summary}
      <Field id={fieldId('text')} label="Outcome for the children" hint="Child-focused, in plain words: what will be different for the children." error={errors['text']}>
        {({ id: inputId, describedBy, invalid }) => <textarea id={inputId} value={draft.text} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />}
      </Field>
      <Field id={fieldId('measure')} label="How everyone will know it is achieved" error={errors['measure']}>
        {({ id: inputId, describedBy, invalid }) => <textarea id={inputId} value={draft.measure} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, measure: e.target.value })} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Add outcome
        </button>
      </div>
    </form>
  );
}

function ActionForm({ conference, outcomeId, number, onDone }: { readonly conference: ConferenceDetail; readonly outcomeId: string; readonly number: number; readonly onDone: () => void }) {
  const [draft, setDraft] = useState({ what: '', owners: [] as Owner[], dueDate: '', frequency: '', reportsTo: '' });
  const [pick, setPick] = useState('');
  const [named, setNamed] = useState('');
  const [id] = useState(() => crypto.randomUUID());
  const { save, errors, summary } = useSave(SaveActionSchema, (input) => api.saveAction(input));
  const options = peopleOptions(conference, false);
  const all = [...options.professionals, ...options.family];
  const nameOf = (owner: Owner) =>
    owner.kind === 'named' ? owner.name : (all.find((o) => o.value === (owner.kind === 'professional' ? `professional:${owner.professionalId}` : `family-member:${owner.familyMemberId}`))?.label ?? '');
  const addPicked = () => {
    const ref = refOf(pick);
    if (ref && ref.kind !== 'child') setDraft({ ...draft, owners: [...draft.owners, ref] });
    setPick('');
  };
  const addNamed = () => {
    if (named.trim() !== '') setDraft({ ...draft, owners: [...draft.owners, { kind: 'named', name: named.trim() }] });
    setNamed('');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save({ conferenceId: conference.id, id, outcomeId, ...draft, dueDate: draft.dueDate }, 'Action added.')) onDone();
  };
  return (
    <form className="form-panel" onSubmit={submit} noValidate aria-label={`New action for outcome ${number}`}>
      {summary}
      <Field id={fieldId('what')} label="What will happen" error={errors['what']}>
        {({ id: inputId, describedBy, invalid }) => <textarea id={inputId} value={draft.what} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, what: e.target.value })} />}
      </Field>
      <fieldset className="fieldset">
        <legend className="field__label">Who will do it</legend>
        {draft.owners.length > 0 && (
          <ul className="family-plain-list" aria-label="Chosen">
            {draft.owners.map((owner, index) => (
              <li key={index}>
                {nameOf(owner)}{' '}
                <button type="button" className="button button--link" onClick={() => setDraft({ ...draft, owners: draft.owners.filter((_, i) => i !== index) })}>
                  Remove {nameOf(owner)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="field-row">
          <Field id={fieldId('owners')} label="A professional or family member" error={errors['owners']}>
            {({ id: inputId, describedBy }) => (
              <select id={inputId} value={pick} aria-describedby={describedBy} onChange={(e) => setPick(e.target.value)}>
                <option value="">Choose a person</option>
                <optgroup label="Professionals">
                  {options.professionals.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Family and network">
                  {options.family.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              </select>
            )}
          </Field>
          <button type="button" className="button button--secondary" onClick={addPicked}>
            Add person
          </button>
        </div>
        <div className="field-row">
          <Field id={`${id}-named`} label="Or someone else, by name or role" hint="For example the FGDM coordinator.">
            {({ id: inputId, describedBy }) => <input id={inputId} type="text" value={named} aria-describedby={describedBy} onChange={(e) => setNamed(e.target.value)} />}
          </Field>
          <button type="button" className="button button--secondary" onClick={addNamed}>
            Add name
          </button>
        </div>
      </fieldset>
      <DateInput id={fieldId('dueDate')} legend="By when" error={errors['dueDate']} value={draft.dueDate} onChange={(dueDate) => setDraft({ ...draft, dueDate })} />
      <Field id={fieldId('frequency')} label="How often (if it repeats)" error={errors['frequency']}>
        {({ id: inputId, describedBy, invalid }) => <input id={inputId} type="text" value={draft.frequency} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, frequency: e.target.value })} />}
      </Field>
      <Field id={fieldId('reportsTo')} label="Reports to" error={errors['reportsTo']}>
        {({ id: inputId, describedBy, invalid }) => <input id={inputId} type="text" value={draft.reportsTo} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, reportsTo: e.target.value })} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Add action
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type ProgressItem = { kind: 'outcome'; outcome: Outcome } | { kind: 'action'; action: Action };

/** At a review: progress on each outcome and action carried forward from the last plan. */
function ProgressForm({ conference, item, editable }: { readonly conference: ConferenceDetail; readonly item: ProgressItem; readonly editable: boolean }) {
  const current = item.kind === 'outcome' ? item.outcome : item.action;
  const [progress, setProgress] = useState<string>(current.progress);
  const [note, setNote] = useState(current.progressNote);
  const outcomeSave = useSave(SaveOutcomeSchema, (input) => api.saveOutcome(input));
  const actionSave = useSave(SaveActionSchema, (input) => api.saveAction(input));
  const label = item.kind === 'outcome' ? OUTCOME_PROGRESS_LABELS[item.outcome.progress] : ACTION_PROGRESS_LABELS[item.action.progress];
  if (!editable) return <p>Progress: {label}{current.progressNote && ` — ${current.progressNote}`}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (item.kind === 'outcome') {
      const o = item.outcome;
      const outcome = { id: o.id, text: o.text, measure: o.measure, childIds: o.childIds, dangerStatementId: o.dangerStatementId };
      await outcomeSave.save({ conferenceId: conference.id, ...outcome, progress, progressNote: note }, 'Progress saved.');
    } else {
      const a = item.action;
      const action = { id: a.id, outcomeId: a.outcomeId, what: a.what, owners: a.owners, dueDate: a.dueDate ?? '', frequency: a.frequency, reportsTo: a.reportsTo };
      await actionSave.save({ conferenceId: conference.id, ...action, progress, progressNote: note }, 'Progress saved.');
    }
  };
  const prefix = `progress-${current.id.slice(0, 8)}`;
  return (
    <form className="plan-progress" onSubmit={submit} noValidate aria-label={`Progress on ${item.kind === 'outcome' ? `the outcome “${item.outcome.text.slice(0, 60)}”` : `the action “${item.action.what.slice(0, 60)}”`}`}>
      {item.kind === 'outcome' ? outcomeSave.summary : actionSave.summary}
      {item.kind === 'outcome' ? (
        <Radios legend="Progress since the last conference" id={prefix} options={OUTCOME_PROGRESS} labels={OUTCOME_PROGRESS_LABELS} value={progress as Outcome['progress']} onChange={setProgress} />
      ) : (
        <Radios legend="Progress since the last conference" id={prefix} options={ACTION_PROGRESS} labels={ACTION_PROGRESS_LABELS} value={progress as Action['progress']} onChange={setProgress} />
      )}
      <Field id={`${prefix}-note`} label="What has happened">
        {({ id, describedBy }) => <textarea id={id} value={note} aria-describedby={describedBy} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--secondary">
        Save progress
      </button>
    </form>
  );
}

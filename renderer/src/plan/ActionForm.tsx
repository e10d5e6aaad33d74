import { PersonOptionGroups } from '../decision/PersonOptionGroups';
import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { SaveActionSchema, type Action, type Owner } from '../../../shared/plan/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import { FOR_EVERYONE_DRAFT, restrictionDraftOf, restrictionInput } from '../audience/draft';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { peopleOptions, refOf, useSave } from '../decision/parts';

interface ActionFormProps {
  readonly conference: ConferenceDetail;
  readonly outcomeId: string;
  /** The outcome's number, for the form's name. */
  readonly number: number;
  /** Given when changing an action in place. */
  readonly existing?: Action;
  readonly name?: string;
  readonly formId?: string;
  readonly onDone: (saved: boolean) => void;
}

const ownerKey = (owner: Owner) => (owner.kind === 'named' ? `named:${owner.name}` : owner.kind === 'professional' ? `professional:${owner.professionalId}` : `family-member:${owner.familyMemberId}`);

/** Adds an action to an outcome, or changes one: what, who, by when, how often, reporting to whom. */
export function ActionForm({ conference, outcomeId, number, existing, name = '', formId, onDone }: ActionFormProps) {
  const [draft, setDraft] = useState({
    what: existing?.what ?? '',
    owners: existing ? [...existing.owners] : ([] as Owner[]),
    dueDate: existing?.dueDate ?? '',
    frequency: existing?.frequency ?? '',
    reportsTo: existing?.reportsTo ?? '',
    restriction: existing ? restrictionDraftOf(existing.restriction) : FOR_EVERYONE_DRAFT,
  });
  const [pick, setPick] = useState('');
  const [named, setNamed] = useState('');
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const { save, errors, summary, fid } = useSave(SaveActionSchema, (input) => api.saveAction(input), '', `action-${id}`);
  const options = peopleOptions(conference, false);
  const all = [...options.professionals, ...options.family];
  const nameOf = (owner: Owner, index: number) => (owner.kind === 'named' ? owner.name : (all.find((o) => o.value === ownerKey(owner))?.label ?? existing?.ownerNames[index] ?? ''));
  const addOwner = (owner: Owner) => setDraft((current) => (current.owners.some((o) => ownerKey(o) === ownerKey(owner)) ? current : { ...current, owners: [...current.owners, owner] }));
  const addPicked = () => {
    const ref = refOf(pick);
    if (ref && ref.kind !== 'child') addOwner(ref);
    setPick('');
  };
  const addNamed = () => {
    if (named.trim() !== '') addOwner({ kind: 'named', name: named.trim() });
    setNamed('');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const progress = existing ? { progress: existing.progress, progressNote: existing.progressNote } : {};
    if (await save({ conferenceId: conference.id, id, outcomeId, ...progress, ...draft, restriction: restrictionInput(draft.restriction) }, existing ? `Saved ${name}.` : 'Action added.')) onDone(true);
  };
  const ownersError = errors['owners'] ?? Object.entries(errors).find(([path]) => path.startsWith('owners.'))?.[1];
  return (
    <form id={formId} className="form-panel" onSubmit={submit} noValidate aria-label={existing ? `Change ${name}` : `New action for outcome ${number}`}>
      {summary}
      <Field id={fid('what')} label="What will happen" error={errors['what']}>
        {({ id: inputId, describedBy, invalid }) => <CheckedTextArea id={inputId} value={draft.what} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, what: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'action', recordId: id, field: 'what' }} ignorable={existing !== undefined} />}
      </Field>
      <fieldset className="fieldset">
        <legend className="field__label">Who will do it</legend>
        {draft.owners.length > 0 && (
          <ul className="family-plain-list" aria-label="Chosen">
            {draft.owners.map((owner, index) => (
              <li key={ownerKey(owner)}>
                {nameOf(owner, index)}{' '}
                <button type="button" className="button button--link" onClick={() => setDraft({ ...draft, owners: draft.owners.filter((_, i) => i !== index) })}>
                  Remove {nameOf(owner, index)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="field-row">
          <Field id={fid('owners')} label="A professional or family member" error={ownersError}>
            {({ id: inputId, describedBy }) => (
              <select id={inputId} value={pick} aria-describedby={describedBy} onChange={(e) => setPick(e.target.value)}>
                <option value="">Choose a person</option>
                <PersonOptionGroups options={options} />
              </select>
            )}
          </Field>
          <button type="button" className="button button--secondary" onClick={addPicked}>
            Add person
          </button>
        </div>
        <div className="field-row">
          <Field id={fid('named')} label="Or someone else, by name or role" hint="For example the FGDM coordinator.">
            {({ id: inputId, describedBy }) => <input id={inputId} type="text" value={named} aria-describedby={describedBy} onChange={(e) => setNamed(e.target.value)} />}
          </Field>
          <button type="button" className="button button--secondary" onClick={addNamed}>
            Add name
          </button>
        </div>
      </fieldset>
      <DateInput id={fid('dueDate')} legend="By when" error={errors['dueDate']} value={draft.dueDate} onChange={(dueDate) => setDraft({ ...draft, dueDate })} />
      <Field id={fid('frequency')} label="How often (if it repeats)" error={errors['frequency']}>
        {({ id: inputId, describedBy, invalid }) => <input id={inputId} type="text" value={draft.frequency} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, frequency: e.target.value })} />}
      </Field>
      <Field id={fid('reportsTo')} label="Reports to" error={errors['reportsTo']}>
        {({ id: inputId, describedBy, invalid }) => <input id={inputId} type="text" value={draft.reportsTo} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, reportsTo: e.target.value })} />}
      </Field>
      <AudienceField path="restriction" idOf={fid} subject="this action" value={draft.restriction} people={conference} errors={errors} onChange={(restriction) => setDraft({ ...draft, restriction })} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {existing ? 'Save' : 'Add action'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

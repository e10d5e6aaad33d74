import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { DOCUMENT_LABELS, DOCUMENTS, SaveRecipientSchema, type DocumentKind, type Recipient } from '../../../shared/letter/distribution';
import type { Owner } from '../../../shared/plan/schema';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { Checkboxes, peopleOptions, refOf, useSave } from '../decision/parts';

interface RecipientFormProps {
  readonly conference: ConferenceDetail;
  /** Given when changing what someone receives, in place. */
  readonly existing?: Recipient;
  readonly formId?: string;
  readonly onDone?: () => void;
}

const keyOf = (owner: Owner) => (owner.kind === 'professional' ? `professional:${owner.professionalId}` : owner.kind === 'family-member' ? `family-member:${owner.familyMemberId}` : '');

/** Adds someone to the distribution list, or changes who it is and what they receive. */
export function RecipientForm({ conference, existing, formId, onDone }: RecipientFormProps) {
  const [who, setWho] = useState(existing ? keyOf(existing.recipient) : '');
  const [documents, setDocuments] = useState<DocumentKind[]>(existing ? [...existing.documents] : ['decision-letter']);
  const [id, setId] = useState(() => existing?.id ?? crypto.randomUUID());
  const { save, errors, summary, fid } = useSave(SaveRecipientSchema, (input) => api.saveRecipient(input), '', existing ? `recipient-${existing.id}` : '');
  const options = peopleOptions(conference, false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Someone named (not chosen from the list) stays as they are unless another person is chosen.
    const recipient = existing && who === '' && existing.recipient.kind === 'named' ? existing.recipient : refOf(who);
    if (!(await save({ conferenceId: conference.id, id, recipient, documents }, existing ? `Saved what ${existing.name} receives.` : 'Added to the distribution list.'))) return;
    if (onDone) return onDone();
    setWho('');
    setId(crypto.randomUUID());
  };
  return (
    <form id={formId} className={existing ? 'form-panel item-form' : undefined} onSubmit={submit} noValidate {...(existing ? { 'aria-label': `Change ${existing.name} on the distribution list` } : { 'aria-labelledby': 'recipient-heading' })}>
      {!existing && <h4 id="recipient-heading">Add someone to the distribution list</h4>}
      {summary}
      <Field id={fid('recipient')} label="Who" error={errors['recipient'] ?? errors['recipient.kind']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={who} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setWho(e.target.value)}>
            <option value="">{existing?.recipient.kind === 'named' ? existing.name : 'Choose a person'}</option>
            {[...options.professionals, ...options.family].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Checkboxes
        legend="What they receive"
        hint="Family members receive the family’s version, never the full record."
        id={fid('documents')}
        options={DOCUMENTS}
        labels={DOCUMENT_LABELS}
        value={documents}
        onChange={setDocuments}
        error={errors['documents']}
      />
      <div className="button-row">
        <button type="submit" className={`button ${existing ? 'button--primary' : 'button--secondary'}`}>
          {existing ? 'Save' : 'Add to the list'}
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

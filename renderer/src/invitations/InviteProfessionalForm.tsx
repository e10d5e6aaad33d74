import { useEffect, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import type { Invitation } from '../../../shared/invitations/schema';
import { ProfessionalDetailsSchema } from '../../../shared/professionals/schema';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm } from '../app/submit';
import { useConferences } from '../conference/store';
import { useProfessionalDirectory } from '../professionals/directory';
import { EMPTY_PROFESSIONAL, ProfessionalFields, type ProfessionalDraft } from '../professionals/ProfessionalFields';
import { ProfessionalPicker } from '../professionals/ProfessionalPicker';
import { useAnnouncer } from './announcer';
import { DirectContactField } from './DirectContactField';
import { FormActions } from './FormActions';
import { FormPanel } from './FormPanel';
import { useFormErrors } from './useFormErrors';

type Source = 'directory' | 'new';

const ChooseProfessionalSchema = z.object({
  professionalId: z.string().min(1, { message: 'Choose a professional from the directory.' }),
  directContact: z.boolean(),
});

interface InviteProfessionalFormProps {
  readonly conferenceId: string;
  readonly invitations: readonly Invitation[];
  readonly onClose: () => void;
}

/** Invite someone from the directory, or add them to the directory and invite them in one go. */
export function InviteProfessionalForm({ conferenceId, invitations, onClose }: InviteProfessionalFormProps) {
  const { list, load, create } = useProfessionalDirectory();
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnouncer((state) => state.announce);
  useEffect(() => void load(), [load]);

  const invited = new Set(invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [i.invitee.professionalId] : [])));
  const choices = list.state === 'loaded' ? list.value.filter((professional) => !invited.has(professional.id)) : [];
  const [chosenSource, setSource] = useState<Source | null>(null);
  // With no one left to choose, adding someone new is the only way, so start there.
  const source: Source = chosenSource ?? (list.state === 'loaded' && choices.length === 0 ? 'new' : 'directory');
  const [professionalId, setProfessionalId] = useState('');
  const [draft, setDraft] = useState<ProfessionalDraft>(EMPTY_PROFESSIONAL);
  const [directContact, setDirectContact] = useState(true);
  const [saving, setSaving] = useState(false);
  const form = useFormErrors('inviteProfessional', source === 'directory' ? 'professionalId' : 'name');
  const firstAnswer = useRef<HTMLInputElement>(null);

  const invite = (id: string, contact: boolean) => applyChange(api.invite({ kind: 'professional', conferenceId, professionalId: id, directContact: contact }));

  const afterInvite = (name: string) => {
    announce(`${name} is invited.`);
    form.clear();
    setProfessionalId('');
    setDraft(EMPTY_PROFESSIONAL);
    setDirectContact(true);
    requestAnimationFrame(() => firstAnswer.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    if (source === 'directory') {
      const outcome = await submitForm(ChooseProfessionalSchema, { professionalId, directContact }, (parsed) => invite(parsed.professionalId, parsed.directContact));
      setSaving(false);
      if (!outcome.ok) return form.show(outcome);
      return afterInvite(choices.find((p) => p.id === professionalId)?.name ?? 'The professional');
    }
    const created = await submitForm(ProfessionalDetailsSchema, draft, create, 'professional');
    if (!created.ok) {
      setSaving(false);
      return form.show(created);
    }
    const result = await invite(created.value.id, directContact);
    setSaving(false);
    if (!result.ok) {
      // They are in the directory now: offer them there, so trying again does not add them twice.
      setSource('directory');
      setProfessionalId(created.value.id);
      return form.show({ ok: false, fields: {}, message: `${created.value.name} was added to the directory but not invited: ${result.error.message}` });
    }
    afterInvite(created.value.name);
  };

  return (
    <FormPanel id="invite-professional" title="Invite a professional">
      <div ref={form.summaryRef}>
        <ErrorSummary errors={form.summaryItems} attempt={form.attempt} />
      </div>
      {list.state === 'failed' && <ErrorMessage error={list.error} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="radios">
          <legend className="field__label">Who do you want to invite?</legend>
          {(['directory', 'new'] as const).map((value, index) => (
            <div className="radio" key={value}>
              <input
                ref={index === 0 ? firstAnswer : undefined}
                type="radio"
                id={form.idFor(`source-${value}`)}
                name="invite-professional-source"
                checked={source === value}
                onChange={() => {
                  setSource(value);
                  form.clear();
                }}
              />
              <label htmlFor={form.idFor(`source-${value}`)}>{value === 'directory' ? 'Someone in the directory' : 'Add a new professional'}</label>
            </div>
          ))}
        </fieldset>
        {source === 'directory' ? (
          list.state === 'loading' ? (
            <p>Loading the directory…</p>
          ) : choices.length === 0 ? (
            <p id={form.idFor('professionalId')} tabIndex={-1}>
              Everyone in the directory is already invited. Choose “Add a new professional”.
            </p>
          ) : (
            <ProfessionalPicker
              id={form.idFor('professionalId')}
              label="Professional"
              hint="From the directory of professionals. Those already invited are not listed."
              error={form.errors['professionalId']}
              professionals={choices}
              value={professionalId}
              onChange={setProfessionalId}
            />
          )
        ) : (
          <ProfessionalFields
            draft={draft}
            errors={form.errors}
            idFor={form.idFor}
            onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
          />
        )}
        <DirectContactField id={form.idFor('directContact')} checked={directContact} onChange={setDirectContact} />
        <FormActions
          submitLabel={source === 'directory' ? 'Invite' : 'Add and invite'}
          savingLabel="Inviting…"
          saving={saving}
          closes="invite a professional"
          onClose={onClose}
        />
      </form>
    </FormPanel>
  );
}

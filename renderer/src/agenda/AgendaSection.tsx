import { useRef, useState, type FormEvent } from 'react';
import { SetAgendaSchema, type AgendaItemDraft } from '../../../shared/agenda/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { api } from '../api/client';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm, type FieldErrors } from '../app/submit';
import { useConferences } from '../conference/store';
import { AgendaEditor } from './AgendaEditor';
import { agendaSummaryItems, errorsByItem, sameAgenda, toDrafts, toEditable, type EditableAgendaItem } from './draft';
import { ResetToTemplate } from './ResetToTemplate';
import { UnsavedHint } from './UnsavedHint';

const PREFIX = 'agenda';

/** The conference's agenda: edited in the form, saved as a whole. */
export function AgendaSection({ conference }: { readonly conference: ConferenceDetail }) {
  const applyChange = useConferences((state) => state.applyChange);
  const [items, setItems] = useState<readonly EditableAgendaItem[]>(() => toEditable(conference.agenda));
  // A new list (saved, or reset to the template) starts the editor afresh, without an old Undo.
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const dirty = !sameAgenda(items, conference.agenda);

  const replaceItems = (next: readonly AgendaItemDraft[], message: string) => {
    setItems(toEditable(next));
    setVersion((value) => value + 1);
    setErrors({});
    setFormMessage(null);
    setStatus(message);
  };

  const edit = (next: readonly EditableAgendaItem[]) => {
    setItems(next);
    setStatus('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await submitForm(SetAgendaSchema, { conferenceId: conference.id, items: toDrafts(items) }, (input) =>
      applyChange(api.setAgenda(input)),
    );
    setSaving(false);
    if (outcome.ok) {
      replaceItems(outcome.value.agenda, 'The agenda is saved.');
      return;
    }
    setErrors(errorsByItem(outcome.fields, items));
    setFormMessage(outcome.message);
    setStatus('');
    requestAnimationFrame(() => (summary.current?.querySelector('[role="alert"]') as HTMLElement | null)?.focus());
  };

  const summaryItems = [
    ...(formMessage ? [{ fieldId: `${PREFIX}-save`, message: formMessage }] : []),
    ...agendaSummaryItems(PREFIX, items, errors),
  ];

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <div ref={summary}>
        <ErrorSummary errors={summaryItems} />
      </div>
      <p>Plan the order of the conference and the time for each item. Changes are kept only when you save the agenda.</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate aria-label="Agenda">
        <AgendaEditor key={version} prefix={PREFIX} items={items} errors={errors} onChange={edit} />
        <UnsavedHint dirty={dirty} what="agenda" />
        <div className="form__actions">
          <button type="submit" id={`${PREFIX}-save`} className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save agenda'}
          </button>
          <ResetToTemplate
            prefix={PREFIX}
            conferenceType={conference.details.type}
            onLoaded={(template) => replaceItems(template, 'The agenda now follows the authority’s template. Save the agenda to keep it.')}
          />
        </div>
        <p className="agenda-status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { SetAgendaTemplateSchema, type AgendaItemDraft } from '../../../shared/agenda/schema';
import { CONFERENCE_TYPE_LABELS, CONFERENCE_TYPES, type ConferenceType } from '../../../shared/conference/schema';
import type { ApiError } from '../../../shared/contract/result';
import { api } from '../api/client';
import { AgendaEditor } from '../agenda/AgendaEditor';
import { agendaSummaryItems, errorsByItem, sameAgenda, toDrafts, toEditable, type EditableAgendaItem } from '../agenda/draft';
import { UnsavedHint } from '../agenda/UnsavedHint';
import { ErrorMessage } from '../app/ErrorMessage';
import { submitForm, type FieldErrors } from '../app/submit';
import type { ReportProblems } from './problems';

interface Template {
  readonly saved: readonly AgendaItemDraft[];
  readonly isDefault: boolean;
  readonly items: readonly EditableAgendaItem[];
  readonly errors: FieldErrors;
  /** A new version starts the editor afresh (after loading or saving). */
  readonly version: number;
}

type Templates = Partial<Record<ConferenceType, Template>>;

/**
 * The authority's agenda for each type of conference: a new conference starts with it. Each
 * type keeps its own unsaved edits while the administrator looks at another.
 */
export function AgendaTemplates({ reportProblems }: { readonly reportProblems: ReportProblems }) {
  const [type, setType] = useState<ConferenceType>('initial');
  const [templates, setTemplates] = useState<Templates>({});
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const template = templates[type];
  const prefix = `template-${type}`;
  const label = CONFERENCE_TYPE_LABELS[type].toLowerCase();

  const store = (of: ConferenceType, change: Partial<Template>) =>
    setTemplates((current) => {
      const existing = current[of];
      return existing ? { ...current, [of]: { ...existing, ...change } } : current;
    });

  useEffect(() => {
    if (templates[type]) return;
    let current = true;
    void api.getAgendaTemplate({ conferenceType: type }).then((result) => {
      if (!current) return;
      if (!result.ok) return setLoadError(result.error);
      setLoadError(null);
      setTemplates((all) => ({ ...all, [type]: { saved: result.value.items, isDefault: result.value.isDefault, items: toEditable(result.value.items), errors: {}, version: 0 } }));
    });
    return () => {
      current = false;
    };
  }, [type, templates]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving || !template) return;
    setSaving(true);
    const outcome = await submitForm(SetAgendaTemplateSchema, { conferenceType: type, items: toDrafts(template.items) }, (input) => api.setAgendaTemplate(input));
    setSaving(false);
    if (outcome.ok) {
      store(type, { saved: outcome.value.items, isDefault: outcome.value.isDefault, items: toEditable(outcome.value.items), errors: {}, version: template.version + 1 });
      setStatus(`The template for ${label} conferences is saved. New ${label} conferences start with it.`);
      reportProblems('templates', []);
      return;
    }
    const errors = errorsByItem(outcome.fields, template.items);
    store(type, { errors });
    setStatus('');
    reportProblems('templates', [
      ...(outcome.message ? [{ fieldId: 'template-save', message: outcome.message }] : []),
      ...agendaSummaryItems(prefix, template.items, errors).map((item) => ({ ...item, message: `${CONFERENCE_TYPE_LABELS[type]} template, ${item.message.charAt(0).toLowerCase()}${item.message.slice(1)}` })),
    ]);
  };

  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">Agenda templates</h2>
      <p>A new conference starts with the template for its type. The chair can still change any conference’s agenda.</p>
      <div className="field">
        <label className="field__label" htmlFor="template-type">
          Type of conference
        </label>
        <select id="template-type" value={type} onChange={(event) => setType(event.target.value as ConferenceType)}>
          {CONFERENCE_TYPES.map((value) => (
            <option key={value} value={value}>
              {CONFERENCE_TYPE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {loadError && <ErrorMessage error={loadError} />}
      {!template && !loadError && <p aria-live="polite">Loading the template…</p>}
      {template && (
        <form className="form" onSubmit={(event) => void save(event)} noValidate aria-labelledby="template-title">
          <h3 id="template-title">Template for {label} conferences</h3>
          <p className="template-source">
            {template.isDefault ? (
              <>
                <span className="tag tag--upcoming">Built-in default</span> Your authority has not saved its own template for this type
                yet, so new conferences use the app’s built-in agenda.
              </>
            ) : (
              <>
                <span className="tag tag--ok">Your authority’s template</span> New {label} conferences use this template.
              </>
            )}
          </p>
          <AgendaEditor
            key={`${type}-${template.version}`}
            prefix={prefix}
            items={template.items}
            errors={template.errors}
            onChange={(items) => {
              store(type, { items });
              setStatus('');
            }}
          />
          <UnsavedHint dirty={!sameAgenda(template.items, template.saved)} what="template" />
          <div className="form__actions">
            <button type="submit" id="template-save" className="button button--primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save template'}
            </button>
          </div>
        </form>
      )}
      <p className="agenda-status" role="status">
        {status}
      </p>
    </section>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { UpdateConferenceDetailsSchema, type ConferenceDetail, type ConferenceDetails } from '../../../shared/conference/details';
import {
  CONFERENCE_MODE_LABELS,
  CONFERENCE_MODES,
  CONFERENCE_TYPE_LABELS,
  CONFERENCE_TYPES,
  TRIGGER_LABELS,
  type ConferenceMode,
  type ConferenceType,
} from '../../../shared/conference/schema';
import { normaliseTimeOfDay } from '../../../shared/dates/local-date';
import { AGENCY_LABELS } from '../../../shared/authority/agencies';
import type { Professional } from '../../../shared/professionals/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field, fieldId } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm, type FieldErrors } from '../app/submit';
// Language checks
import { CheckedTextArea } from '../language/CheckedTextArea';
import { useConferences } from './store';
import { useProfessionals } from './useProfessionals';

type Draft = ConferenceDetails;

/** The conference's own details: when, where, how, who chairs, and the chair's independence. */
export function DetailsForm({ conference }: { readonly conference: ConferenceDetail }) {
  const applyChange = useConferences((state) => state.applyChange);
  const professionals = useProfessionals();
  const [draft, setDraft] = useState<Draft>(conference.details);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const change = (part: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...part }));
    setStatus('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await submitForm(
      UpdateConferenceDetailsSchema,
      { conferenceId: conference.id, details: { ...draft, scheduledTime: normaliseTimeOfDay(draft.scheduledTime) } },
      (input) => applyChange(api.updateConferenceDetails(input)),
      'details',
    );
    setSaving(false);
    if (outcome.ok) {
      setErrors({});
      setMessage(null);
      setDraft(outcome.value.details);
      setStatus('Saved.');
      return;
    }
    setErrors(outcome.fields);
    setMessage(outcome.message);
    setStatus('');
    requestAnimationFrame(() => (summary.current?.querySelector('[role="alert"]') as HTMLElement | null)?.focus());
  };

  const showDelayReason = conference.needsDelayReason || Boolean(errors['delayReason']) || draft.delayReason !== '';
  const showInquorateReason = conference.quoracy.needsReason || draft.inquorateReason !== '';
  const summaryItems = [
    ...(message ? [{ fieldId: fieldId('type'), message }] : []),
    ...Object.entries(errors).map(([path, text]) => ({ fieldId: fieldId(path), message: text })),
  ];

  return (
    <form className="panel form-panel" onSubmit={submit} noValidate aria-labelledby="details-heading">
      <h2 id="details-heading">Conference details</h2>
      <div ref={summary}>
        <ErrorSummary errors={summaryItems} />
      </div>

      <fieldset className="fieldset">
        <legend>
          <h3>When and where</h3>
        </legend>
        <Field id={fieldId('type')} label="Type of conference" error={errors['type']}>
          {({ id, describedBy, invalid }) => (
            <select id={id} value={draft.type} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ type: e.target.value as ConferenceType })}>
              {CONFERENCE_TYPES.map((value) => (
                <option key={value} value={value}>
                  {CONFERENCE_TYPE_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateInput
          key={`trigger-${draft.type}`}
          id={fieldId('triggerDate')}
          legend={TRIGGER_LABELS[draft.type]}
          hint="The timescale is counted from this date."
          error={errors['triggerDate']}
          value={draft.triggerDate ?? ''}
          onChange={(value) => change({ triggerDate: value === '' ? null : value })}
        />
        <div className="field-row">
          <DateInput
            id={fieldId('scheduledDate')}
            legend="Date of the conference"
            error={errors['scheduledDate']}
            value={draft.scheduledDate}
            onChange={(scheduledDate) => change({ scheduledDate })}
          />
          <Field id={fieldId('scheduledTime')} label="Time" hint="24-hour clock, for example 14:30" error={errors['scheduledTime']}>
            {({ id, describedBy, invalid }) => (
              <input id={id} type="text" inputMode="numeric" autoComplete="off" className="width-5" value={draft.scheduledTime} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ scheduledTime: e.target.value })} />
            )}
          </Field>
        </div>
        <fieldset className="radios">
          <legend className="field__label">How it will be held</legend>
          {CONFERENCE_MODES.map((mode) => (
            <div className="radio" key={mode}>
              <input type="radio" id={`mode-${mode}`} name="mode" value={mode} checked={draft.mode === mode} onChange={() => change({ mode: mode as ConferenceMode })} />
              <label htmlFor={`mode-${mode}`}>{CONFERENCE_MODE_LABELS[mode]}</label>
            </div>
          ))}
        </fieldset>
        <Field id={fieldId('venue')} label="Venue or online link name" error={errors['venue']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" className="width-wide" value={draft.venue} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ venue: e.target.value })} />
          )}
        </Field>
        <Field id={fieldId('team')} label="Team" hint="The authority team this conference belongs to, to compare teams in How conferences are going." error={errors['team']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" value={draft.team} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ team: e.target.value })} />
          )}
        </Field>
        {showDelayReason && (
          <Field id={fieldId('delayReason')} label="Reason the conference is after its due date" hint="Agreed by the chair and a manager." error={errors['delayReason']}>
            {({ id, describedBy, invalid }) => (
              <CheckedTextArea id={id} value={draft.delayReason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ delayReason: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'conference', recordId: conference.id, field: 'delayReason' }} />
            )}
          </Field>
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend>
          <h3>Who chairs and who holds the case</h3>
        </legend>
        <PersonSelect id={fieldId('chairId')} label="Chair" value={draft.chairId} saved={conference.chair} professionals={professionals} error={errors['chairId']} onChange={(chairId) => change({ chairId })} />
        <Field id={fieldId('chairRoleLabel')} label="The chair’s role, as the family will see it" hint="For example LCPP (Lead Child Protection Practitioner)." error={errors['chairRoleLabel']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" value={draft.chairRoleLabel} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ chairRoleLabel: e.target.value })} />
          )}
        </Field>
        <YesNo id="chair-strategy" legend="Did the chair take part in the strategy discussion?" value={draft.chairInStrategyDiscussion} onChange={(value) => change({ chairInStrategyDiscussion: value })} />
        <YesNo id="chair-s47" legend="Did the chair take part in the section 47 enquiry?" value={draft.chairInSection47Enquiry} onChange={(value) => change({ chairInSection47Enquiry: value })} />
        <Field id={fieldId('chairDeclaration')} label="The chair’s independence declaration" hint="What the family will be told about the chair’s part in the case so far." error={errors['chairDeclaration']}>
          {({ id, describedBy, invalid }) => (
            <CheckedTextArea id={id} value={draft.chairDeclaration} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ chairDeclaration: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'conference', recordId: conference.id, field: 'chairDeclaration' }} />
          )}
        </Field>
        <PersonSelect id={fieldId('leadPractitionerId')} label="Family help lead practitioner (holds the case)" value={draft.leadPractitionerId} saved={conference.leadPractitioner} professionals={professionals} error={errors['leadPractitionerId']} onChange={(leadPractitionerId) => change({ leadPractitionerId })} />
        <PersonSelect id={fieldId('minuteTakerId')} label="Minute-taker" value={draft.minuteTakerId} saved={conference.minuteTaker} professionals={professionals} error={errors['minuteTakerId']} onChange={(minuteTakerId) => change({ minuteTakerId })} />
        <p className="field__hint">Someone missing from these lists? Add them under Invitations and reports.</p>
      </fieldset>

      {showInquorateReason && (
        <Field id={fieldId('inquorateReason')} label="Reason for going ahead although the conference is not quorate" hint="For example: a pre-birth conference where delay would harm the baby. Consider an early review." error={errors['inquorateReason']}>
          {({ id, describedBy, invalid }) => (
            <CheckedTextArea id={id} value={draft.inquorateReason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ inquorateReason: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'conference', recordId: conference.id, field: 'inquorateReason' }} />
          )}
        </Field>
      )}

      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save details'}
        </button>
        <p className="save-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </form>
  );
}

interface PersonSelectProps {
  readonly id: string;
  readonly label: string;
  readonly value: string | null;
  /** Who is saved now (from the conference), shown even before the directory has loaded. */
  readonly saved: ConferenceDetail['chair'];
  readonly professionals: readonly Professional[];
  readonly error: string | undefined;
  readonly onChange: (id: string | null) => void;
}

function PersonSelect({ id, label, value, saved, professionals, error, onChange }: PersonSelectProps) {
  // The saved person is listed before the directory arrives, so the answer never reads as "Not chosen yet".
  const choices = saved && !professionals.some((p) => p.id === saved.id) ? [{ ...saved, organisation: '', email: '' }, ...professionals] : professionals;
  return (
    <Field id={id} label={label} error={error}>
      {({ id: inputId, describedBy, invalid }) => (
        <select id={inputId} value={value ?? ''} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
          <option value="">Not chosen yet</option>
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}, {p.role} ({AGENCY_LABELS[p.agency]})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function YesNo({ id, legend, value, onChange }: { readonly id: string; readonly legend: string; readonly value: boolean | null; readonly onChange: (value: boolean | null) => void }) {
  const options = [
    { key: 'yes', label: 'Yes', value: true },
    { key: 'no', label: 'No', value: false },
  ] as const;
  return (
    <fieldset className="radios">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <div className="radio" key={option.key}>
          <input type="radio" id={`${id}-${option.key}`} name={id} checked={value === option.value} onChange={() => onChange(option.value)} />
          <label htmlFor={`${id}-${option.key}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

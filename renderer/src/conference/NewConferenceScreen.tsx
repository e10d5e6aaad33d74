import { useRef, useState, type FormEvent } from 'react';
import {
  CONFERENCE_TYPE_LABELS,
  CONFERENCE_TYPES,
  MAX_CHILDREN_PER_CONFERENCE,
  NewConferenceSchema,
  type ConferenceType,
  type NewConference,
} from '../../../shared/conference/schema';
import { validationFailure } from '../../../shared/contract/handle';
import { normaliseTimeOfDay } from '../../../shared/dates/local-date';
import { hrefFor, navigate } from '../app/router';
import { useScreenHeading } from '../app/usePageTitle';
import { Field, fieldId } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { DateInput } from '../app/DateInput';
import { useConferences } from './store';

interface ChildDraft {
  readonly key: number;
  readonly status: 'born' | 'unborn';
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string;
  readonly expectedDeliveryDate: string;
}

type FieldErrors = Readonly<Record<string, string>>;

let nextChildKey = 1;
const emptyChild = (familyName = ''): ChildDraft => ({
  key: nextChildKey++,
  status: 'born',
  givenName: '',
  familyName,
  dateOfBirth: '',
  expectedDeliveryDate: '',
});

export function NewConferenceScreen() {
  const heading = useScreenHeading('New conference');
  const createConference = useConferences((state) => state.createConference);
  const [type, setType] = useState<ConferenceType>('initial');
  const [scheduledDate, setScheduledDate] = useState('');
  const [scheduledTime, setScheduledTime] = useState('10:00');
  const [children, setChildren] = useState<readonly ChildDraft[]>([emptyChild()]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const updateChild = (key: number, change: Partial<ChildDraft>) =>
    setChildren((list) => list.map((child) => (child.key === key ? { ...child, ...change } : child)));

  const addChild = () => {
    const child = emptyChild(children.at(-1)?.familyName ?? '');
    setChildren((list) => [...list, child]);
    // Put the keyboard where the new child's answers start.
    requestAnimationFrame(() => document.getElementById(`child-${child.key}-status-born`)?.focus());
  };

  const removeChild = (key: number, index: number) => {
    setChildren((list) => list.filter((child) => child.key !== key));
    requestAnimationFrame(() =>
      document.getElementById(index > 0 ? `child-heading-${index - 1}` : 'children-heading')?.focus(),
    );
  };

  const showErrors = (fields: FieldErrors, message: string | null) => {
    setErrors(fields);
    setFormMessage(message);
    requestAnimationFrame(() => (summary.current?.querySelector('[role="alert"]') as HTMLElement | null)?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const input: NewConference | unknown = {
      type,
      scheduledDate,
      scheduledTime: normaliseTimeOfDay(scheduledTime),
      children: children.map((child) =>
        child.status === 'born'
          ? { status: 'born', givenName: child.givenName, familyName: child.familyName, dateOfBirth: child.dateOfBirth }
          : { status: 'unborn', familyName: child.familyName, expectedDeliveryDate: child.expectedDeliveryDate },
      ),
    };
    const parsed = NewConferenceSchema.safeParse(input);
    if (!parsed.success) {
      const failure = validationFailure(parsed.error);
      return showErrors(failure.fields ?? {}, null);
    }
    setSaving(true);
    const result = await createConference(parsed.data);
    setSaving(false);
    if (result.ok) {
      navigate({ screen: 'conference', conferenceId: result.value.id, section: 'overview' });
      return;
    }
    showErrors(result.error.fields ?? {}, result.error.fields ? null : result.error.message);
  };

  const summaryItems = [
    ...(formMessage ? [{ fieldId: 'field-type', message: formMessage }] : []),
    ...Object.entries(errors).map(([path, message]) => ({ fieldId: fieldId(path), message: labelledError(path, message) })),
  ];

  return (
    <>
      <p>
        <a href={hrefFor({ screen: 'home' })}>Back to conferences</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        New conference
      </h1>
      <div ref={summary}>
        <ErrorSummary errors={summaryItems} />
      </div>
      <form className="form" onSubmit={submit} noValidate aria-describedby="new-conference-intro">
        <p id="new-conference-intro">
          Set up a conference for a family. You can add the family network, professionals and agenda next.
        </p>
        <fieldset className="fieldset">
          <legend>
            <h2>The conference</h2>
          </legend>
          <Field id={fieldId('type')} label="Type of conference" error={errors['type']}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                value={type}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => setType(event.target.value as ConferenceType)}
              >
                {CONFERENCE_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {CONFERENCE_TYPE_LABELS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field-row">
            <DateInput
              id={fieldId('scheduledDate')}
              legend="Date of the conference"
              hint="For example 19 3 2026"
              error={errors['scheduledDate']}
              value={scheduledDate}
              onChange={setScheduledDate}
            />
            <Field id={fieldId('scheduledTime')} label="Time" hint="24-hour clock, for example 14:30" error={errors['scheduledTime']}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  className="width-5"
                  value={scheduledTime}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => setScheduledTime(event.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>

        <section aria-labelledby="children-heading">
          <h2 id="children-heading" tabIndex={-1}>
            Children
          </h2>
          <p>Add every child in the household, and an unborn baby if there is one.</p>
          {errors['children'] && (
            <p className="field__error" id={fieldId('children')} tabIndex={-1}>
              {errors['children']}
            </p>
          )}
          {children.map((child, index) => (
            <ChildFields
              key={child.key}
              child={child}
              index={index}
              errors={errors}
              canRemove={children.length > 1}
              onChange={(change) => updateChild(child.key, change)}
              onRemove={() => removeChild(child.key, index)}
            />
          ))}
          {children.length < MAX_CHILDREN_PER_CONFERENCE && (
            <button type="button" className="button button--secondary" onClick={addChild}>
              Add another child
            </button>
          )}
        </section>

        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={saving} aria-disabled={saving}>
            {saving ? 'Creating…' : 'Create conference'}
          </button>
          <a href={hrefFor({ screen: 'home' })}>Cancel</a>
        </div>
      </form>
    </>
  );
}

interface ChildFieldsProps {
  readonly child: ChildDraft;
  readonly index: number;
  readonly errors: FieldErrors;
  readonly canRemove: boolean;
  readonly onChange: (change: Partial<ChildDraft>) => void;
  readonly onRemove: () => void;
}

function ChildFields({ child, index, errors, canRemove, onChange, onRemove }: ChildFieldsProps) {
  const path = (field: string) => `children.${index}.${field}`;
  const title = `Child ${index + 1}`;
  return (
    <fieldset className="fieldset fieldset--child">
      <legend>
        <h3 id={`child-heading-${index}`} tabIndex={-1}>
          {title}
        </h3>
      </legend>
      <fieldset className="radios">
        <legend className="field__label">Is the child born yet?</legend>
        {(['born', 'unborn'] as const).map((status) => (
          <div className="radio" key={status}>
            <input
              type="radio"
              id={`child-${child.key}-status-${status}`}
              name={`child-${child.key}-status`}
              value={status}
              checked={child.status === status}
              onChange={() => onChange({ status })}
            />
            <label htmlFor={`child-${child.key}-status-${status}`}>{status === 'born' ? 'Born' : 'Unborn baby'}</label>
          </div>
        ))}
      </fieldset>
      <div className="field-row">
        {child.status === 'born' && (
          <Field id={fieldId(path('givenName'))} label="First name" error={errors[path('givenName')]}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="text"
                autoComplete="off"
                value={child.givenName}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => onChange({ givenName: event.target.value })}
              />
            )}
          </Field>
        )}
        <Field id={fieldId(path('familyName'))} label="Family name" error={errors[path('familyName')]}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              autoComplete="off"
              value={child.familyName}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => onChange({ familyName: event.target.value })}
            />
          )}
        </Field>
        {child.status === 'born' ? (
          <DateInput
            id={fieldId(path('dateOfBirth'))}
            legend="Date of birth"
            error={errors[path('dateOfBirth')]}
            value={child.dateOfBirth}
            onChange={(dateOfBirth) => onChange({ dateOfBirth })}
          />
        ) : (
          <DateInput
            id={fieldId(path('expectedDeliveryDate'))}
            legend="Expected date of delivery"
            error={errors[path('expectedDeliveryDate')]}
            value={child.expectedDeliveryDate}
            onChange={(expectedDeliveryDate) => onChange({ expectedDeliveryDate })}
          />
        )}
      </div>
      {canRemove && (
        <button type="button" className="button button--link" onClick={onRemove}>
          Remove {title.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

/** Error summary lines say which child they are about. */
function labelledError(path: string, message: string): string {
  const child = /^children\.(\d+)\./.exec(path);
  return child?.[1] ? `Child ${Number(child[1]) + 1}: ${message}` : message;
}

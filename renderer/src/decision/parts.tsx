import { useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Result } from '../../../shared/contract/result';
import type { DecisionRecord } from '../../../shared/decision/record';
import type { Amendment } from '../../../shared/decision/signoff';
import { formatIsoDate } from '../../../shared/dates/format';
import { instantUkDate } from '../../../shared/dates/uk-time';
import { familyMemberRole, professionalRole, withRole } from '../../../shared/people/roles';
import { fieldId } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm, type FieldErrors } from '../app/submit';
import { AudienceTag } from '../audience/AudienceTag';
import type { AudiencePeople } from '../audience/words';
import { useAnnounce } from '../family/Announcer';
import { hrefFor } from '../app/router';
import { useDecisionRecord } from './store';

/**
 * A form's save: check with the schema, send, show field errors with the summary focused.
 * `idPrefix` keeps a form's field ids its own when it is open beside another (a change in place
 * beside the form that adds): build them with the returned `fid`.
 */
export function useSave<S extends z.ZodType>(schema: S, send: (input: z.output<S>) => Promise<Result<DecisionRecord>>, fieldsUnder = '', idPrefix = '', summaryLevel: 2 | 3 | 4 | 5 = 2) {
  const fid = (path: string) => fieldId(idPrefix ? `${idPrefix}.${path}` : path);
  const apply = useDecisionRecord((state) => state.apply);
  const announce = useAnnounce();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  // Each refused save counts, so the summary takes focus again even when the problems are the same.
  const [attempt, setAttempt] = useState(0);
  const save = async (input: unknown, saved = 'Saved.'): Promise<boolean> => {
    if (saving) return false;
    setSaving(true);
    const outcome = await submitForm(schema, input, (parsed) => apply(send(parsed)), fieldsUnder);
    setSaving(false);
    if (outcome.ok) {
      setErrors({});
      setMessage(null);
      announce(saved);
      return true;
    }
    setErrors(outcome.fields);
    setMessage(outcome.message);
    setAttempt((count) => count + 1);
    return false;
  };
  const summaryItems = [
    ...(message ? [{ message }] : []),
    ...Object.entries(errors).map(([path, text]) => ({ fieldId: fid(path), message: text })),
  ];
  const summaryElement = (
    <div ref={summary}>
      <ErrorSummary errors={summaryItems} attempt={attempt} level={summaryLevel} />
    </div>
  );
  return { save, errors, saving, summary: summaryElement, fid };
}

/** Shown instead of forms once the conference is finalised. */
export function FinalisedNotice({ conference }: { readonly conference: ConferenceDetail }) {
  return (
    <div className="notice">
      <p>
        <strong>This conference is finalised, so this part of the record cannot be changed.</strong> To correct something, record an amendment on the{' '}
        <a href={hrefFor({ screen: 'conference', conferenceId: conference.id, section: 'signoff' })}>sign-off page</a>; it is shown beside the original.
      </p>
    </div>
  );
}

/** Corrections made after sign-off, beside what they correct, each with who may see it. */
export function AmendmentNotes({ amendments, entityId, people }: { readonly amendments: readonly Amendment[]; readonly entityId: string; readonly people: AudiencePeople }) {
  const mine = amendments.filter((a) => a.entityId === entityId);
  if (mine.length === 0) return null;
  return (
    <div className="decision-amendments">
      {mine.map((a) => (
        <div key={a.id} className="decision-amendment">
          <AudienceTag restriction={a.restriction} people={people} />
          <p>
            <span className="tag">Amended</span> {formatIsoDate(instantUkDate(a.amendedAt))} by {a.amendedBy}: {a.correction} <span className="decision-amendment__reason">Reason: {a.reason}</span>
          </p>
        </div>
      ))}
    </div>
  );
}

export function Checkboxes<T extends string>({
  legend,
  id,
  options,
  labels,
  value,
  onChange,
  error,
  hint,
}: {
  readonly legend: string;
  readonly id: string;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly value: readonly T[];
  readonly onChange: (value: T[]) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
}) {
  return (
    <ChoiceGroup legend={legend} id={id} error={error} hint={hint}>
      {options.map((option, index) => (
        <div className="checkbox" key={option}>
          <input
            type="checkbox"
            id={index === 0 ? id : `${id}-${option}`}
            checked={value.includes(option)}
            onChange={(e) => onChange(e.target.checked ? [...value, option] : value.filter((v) => v !== option))}
          />
          <label htmlFor={index === 0 ? id : `${id}-${option}`}>{labels[option]}</label>
        </div>
      ))}
    </ChoiceGroup>
  );
}

/** The legend, hint and error shared by a group of checkboxes or radios. */
function ChoiceGroup({
  legend,
  id,
  error,
  hint,
  children,
}: {
  readonly legend: string;
  readonly id: string;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <fieldset className={`radios decision-choices${error ? ' field--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && <div className="field__hint">{hint}</div>}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

export function Radios<T extends string>({
  legend,
  id,
  options,
  labels,
  value,
  onChange,
  error,
  hint,
}: {
  readonly legend: string;
  readonly id: string;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly value: T | null;
  readonly onChange: (value: T) => void;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
}) {
  return (
    <ChoiceGroup legend={legend} id={id} error={error} hint={hint}>
      {options.map((option, index) => (
        <div className="radio decision-radio" key={option}>
          <input type="radio" id={index === 0 ? id : `${id}-${option}`} name={id} checked={value === option} onChange={() => onChange(option)} />
          <label htmlFor={index === 0 ? id : `${id}-${option}`}>{labels[option]}</label>
        </div>
      ))}
    </ChoiceGroup>
  );
}

/** Everyone at the conference who can be chosen: professionals invited, the family, the children. */
export function peopleOptions(conference: ConferenceDetail, withChildren: boolean) {
  const professionals = conference.invitations.flatMap((i) =>
    i.invitee.kind === 'professional' ? [{ value: `professional:${i.invitee.professionalId}`, label: withRole(i.invitee.name, i.invitee.role || professionalRole(i.invitee.agency)) }] : [],
  );
  if (conference.chair && !professionals.some((p) => p.value === `professional:${conference.chair?.id}`)) {
    professionals.unshift({ value: `professional:${conference.chair.id}`, label: withRole(conference.chair.name, 'chair') });
  }
  const family = conference.familyMembers.map((m) => ({ value: `family-member:${m.id}`, label: withRole(m.displayName, familyMemberRole(m, conference.children)) }));
  const children = withChildren ? conference.children.map((c) => ({ value: `child:${c.id}`, label: withRole(c.displayName, 'child') })) : [];
  return { professionals, family, children };
}

export function refOf(value: string): { kind: 'professional'; professionalId: string } | { kind: 'family-member'; familyMemberId: string } | { kind: 'child'; childId: string } | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  if (kind === 'professional') return { kind, professionalId: id };
  if (kind === 'family-member') return { kind, familyMemberId: id };
  if (kind === 'child') return { kind, childId: id };
  return null;
}

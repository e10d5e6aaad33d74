import { useState } from 'react';
import { RESTRICTION_LEVEL_LABELS, RESTRICTION_LEVELS, RESTRICTION_REASON_LABELS, RESTRICTION_REASONS, type RestrictionLevel, type RestrictionReason } from '../../../shared/audience/restriction';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { FieldErrors } from '../app/submit';
import type { RestrictionDraft } from './draft';
import { audienceInWords } from './words';

interface AudienceFieldProps {
  /** Where the marking sits in the form's answers ('restriction', 'agencyViews.0.restriction'); its errors are under it. */
  readonly path: string;
  /** The element id for an answer's path, the one the form's error summary links to. */
  readonly idOf: (path: string) => string;
  /** What is marked, as the control says it: "this" unless told ("the chair’s reasons"). */
  readonly subject?: string;
  readonly value: RestrictionDraft;
  /** The family members and children who can be named. */
  readonly people: Pick<ConferenceDetail, 'familyMembers' | 'children'>;
  readonly errors: FieldErrors;
  readonly onChange: (value: RestrictionDraft) => void;
  /** A summary that may be shared instead; off where the text is itself such a summary. */
  readonly withSummary?: boolean;
}

const LEVEL_HINTS: Readonly<Record<RestrictionLevel, string>> = {
  none: 'It can go in the family’s plan and letters.',
  'not-for-family': 'Only the professionals see it.',
  'not-for-named': 'Kept from the people you choose, family members or children, and from copies read where they live.',
  'shared-only-with': 'Only the people you choose and the professionals see it, for example a child’s own words.',
};

/**
 * Who may see a text: one control for every free text that can reach the family. Compact until
 * opened (the button says the marking in words); inside, the four choices as radios, then the
 * people named, the reason and a summary that may be shared. It opens by itself to show an error.
 */
export function AudienceField({ path, idOf, subject = 'this', value, people, errors, onChange, withSummary = true }: AudienceFieldProps) {
  const [open, setOpen] = useState(false);
  const under = (key: string) => key === path || key.startsWith(`${path}.`);
  const hasError = Object.keys(errors).some(under);
  const shown = open || hasError;
  const toggleId = idOf(path);
  const panelId = `${toggleId}-panel`;
  const levelId = idOf(`${path}.level`);
  const levelError = errors[`${path}.level`] ?? errors[path];
  const namesError = Object.entries(errors).find(([key]) => key.startsWith(`${path}.familyMemberIds`) || key.startsWith(`${path}.childIds`))?.[1];
  const reasonError = errors[`${path}.reason`];
  const summaryError = errors[`${path}.sharedSummary`];
  const restricted = value.level !== 'none';
  const naming = value.level === 'not-for-named' || value.level === 'shared-only-with';
  const change = (part: Partial<RestrictionDraft>) => onChange({ ...value, ...part });

  return (
    <div className={`audience${restricted ? ' audience--restricted' : ''}`}>
      <button type="button" id={toggleId} className="audience__toggle" aria-expanded={shown} aria-controls={panelId} onClick={() => setOpen(!shown)}>
        <span className="audience__marker" aria-hidden="true">
          {shown ? '▾' : '▸'}
        </span>
        <span className="audience__question">Who may see {subject}:</span> <span className="audience__answer">{audienceInWords(value, people)}</span>
      </button>
      {shown && (
        <div id={panelId} className="audience__panel">
          <fieldset className={`radios audience__levels${levelError ? ' field--error' : ''}`} aria-describedby={levelError ? `${levelId}-error` : undefined}>
            <legend className="field__label">Who may see {subject}</legend>
            {levelError && <FieldError id={`${levelId}-error`} message={levelError} />}
            {RESTRICTION_LEVELS.map((level, index) => {
              const optionId = index === 0 ? levelId : `${levelId}-${level}`;
              return (
                <div className="audience__level" key={level}>
                  <div className="radio">
                    <input type="radio" id={optionId} name={`${toggleId}-level`} checked={value.level === level} aria-describedby={`${optionId}-hint`} onChange={() => change({ level })} />
                    <label htmlFor={optionId}>{RESTRICTION_LEVEL_LABELS[level]}</label>
                  </div>
                  <p className="field__hint audience__hint" id={`${optionId}-hint`}>
                    {LEVEL_HINTS[level]}
                  </p>
                </div>
              );
            })}
          </fieldset>
          {naming && <NamedPeople path={path} idOf={idOf} value={value} people={people} error={namesError} onChange={change} />}
          {restricted && (
            <div className={`field${reasonError ? ' field--error' : ''}`}>
              <label className="field__label" htmlFor={idOf(`${path}.reason`)}>
                {value.level === 'shared-only-with' ? 'Why it is shared only with them' : 'Why it is kept from them'}
              </label>
              {reasonError && <FieldError id={`${idOf(`${path}.reason`)}-error`} message={reasonError} />}
              <select
                id={idOf(`${path}.reason`)}
                value={value.reason ?? ''}
                aria-invalid={Boolean(reasonError)}
                aria-describedby={reasonError ? `${idOf(`${path}.reason`)}-error` : undefined}
                onChange={(event) => change({ reason: (event.target.value || null) as RestrictionReason | null })}
              >
                <option value="">Choose a reason</option>
                {RESTRICTION_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {RESTRICTION_REASON_LABELS[reason]}
                  </option>
                ))}
              </select>
            </div>
          )}
          {restricted && withSummary && <SharedSummary path={path} idOf={idOf} value={value} error={summaryError} onChange={change} />}
        </div>
      )}
    </div>
  );
}

function FieldError({ id, message }: { readonly id: string; readonly message: string }) {
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

interface PartProps {
  readonly path: string;
  readonly idOf: (path: string) => string;
  readonly value: RestrictionDraft;
  readonly error: string | undefined;
  readonly onChange: (part: Partial<RestrictionDraft>) => void;
}

/** The family members and children named, as checkboxes; anyone named who is not in the family is shown so they can be taken off. */
function NamedPeople({ path, idOf, value, people, error, onChange }: PartProps & { readonly people: AudienceFieldProps['people'] }) {
  const membersId = idOf(`${path}.familyMemberIds`);
  const childrenId = idOf(`${path}.childIds`);
  const errorId = `${membersId}-error`;
  const hintId = `${membersId}-hint`;
  const children = people.children.filter((child) => !child.isUnborn || value.childIds.includes(child.id));
  const toggle = (list: 'familyMemberIds' | 'childIds', id: string, on: boolean) => onChange({ [list]: on ? [...value[list], id] : value[list].filter((other) => other !== id) });
  const unknownMembers = value.familyMemberIds.map((id, index) => ({ id, index })).filter(({ id }) => !people.familyMembers.some((m) => m.id === id));
  const unknownChildren = value.childIds.map((id, index) => ({ id, index })).filter(({ id }) => !people.children.some((c) => c.id === id));
  const box = (inputId: string, checked: boolean, label: string, onToggle: (on: boolean) => void) => (
    <div className="checkbox" key={inputId}>
      <input type="checkbox" id={inputId} checked={checked} onChange={(event) => onToggle(event.target.checked)} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
  return (
    <fieldset className={`audience__names${error ? ' field--error' : ''}`} aria-describedby={`${hintId}${error ? ` ${errorId}` : ''}`}>
      <legend className="field__label">{value.level === 'shared-only-with' ? 'Shared only with' : 'Not for'}</legend>
      <p className="field__hint" id={hintId}>
        {value.level === 'shared-only-with' ? 'Choose who may see it. The professionals see it too.' : 'Choose who must not see it.'}
      </p>
      {error && <FieldError id={errorId} message={error} />}
      {people.familyMembers.map((member, index) =>
        box(index === 0 ? membersId : `${membersId}-${member.id}`, value.familyMemberIds.includes(member.id), member.displayName, (on) => toggle('familyMemberIds', member.id, on)),
      )}
      {children.map((child, index) =>
        box(index === 0 ? childrenId : `${childrenId}-${child.id}`, value.childIds.includes(child.id), `${child.displayName} (child)`, (on) => toggle('childIds', child.id, on)),
      )}
      {unknownMembers.map(({ id, index }) => box(idOf(`${path}.familyMemberIds.${index}`), true, 'Someone not in this family (untick to take them off)', () => toggle('familyMemberIds', id, false)))}
      {unknownChildren.map(({ id, index }) => box(idOf(`${path}.childIds.${index}`), true, 'A child not in this family (untick to take them off)', () => toggle('childIds', id, false)))}
    </fieldset>
  );
}

function SharedSummary({ path, idOf, value, error, onChange }: PartProps) {
  const id = idOf(`${path}.sharedSummary`);
  const hint =
    value.level === 'not-for-family'
      ? 'What the family may be told instead, in plain words.'
      : value.level === 'shared-only-with'
        ? 'What the rest of the family may be told instead, in plain words.'
        : 'What they may be told instead, in plain words.';
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        Summary that may be shared (optional)
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && <FieldError id={`${id}-error`} message={error} />}
      <textarea
        id={id}
        rows={2}
        value={value.sharedSummary}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange({ sharedSummary: event.target.value })}
      />
    </div>
  );
}

import { RESTRICTION_REASON_LABELS, RESTRICTION_REASONS, type Restriction, type RestrictionReason } from '../../../shared/capture/schema';
import type { FamilyMember } from '../../../shared/family/schema';
import type { RestrictionDraft } from './draft';

interface RestrictionFieldsProps {
  readonly id: string;
  readonly value: RestrictionDraft;
  readonly familyMembers: readonly FamilyMember[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (value: RestrictionDraft) => void;
}

const LEVELS: readonly { readonly value: Restriction['level']; readonly label: string }[] = [
  { value: 'none', label: 'Everyone, including the family' },
  { value: 'not-for-family', label: 'Not for the family' },
  { value: 'not-for-named', label: 'Not for named family members' },
];

/** Who may see this, and why not: the marking travels with the record into every document. */
export function RestrictionFields({ id, value, familyMembers, errors, onChange }: RestrictionFieldsProps) {
  const reasonError = errors['restriction.reason'];
  const namesError = errors['restriction.familyMemberIds'];
  return (
    <fieldset className="capture-restriction">
      <legend className="field__label">Who may see this</legend>
      <div className="capture-restriction__levels">
        {LEVELS.map((level) => (
          <div className="radio" key={level.value}>
            <input
              type="radio"
              id={`${id}-${level.value}`}
              name={`${id}-level`}
              checked={value.level === level.value}
              onChange={() => onChange({ ...value, level: level.value })}
            />
            <label htmlFor={`${id}-${level.value}`}>{level.label}</label>
          </div>
        ))}
      </div>
      {value.level === 'not-for-named' && (
        <fieldset className={`capture-restriction__names${namesError ? ' field--error' : ''}`} aria-describedby={namesError ? `${id}-names-error` : undefined}>
          <legend className="field__label">Not for</legend>
          {namesError && (
            <p className="field__error" id={`${id}-names-error`}>
              <span className="visually-hidden">Error: </span>
              {namesError}
            </p>
          )}
          {familyMembers.map((member) => (
            <div className="checkbox" key={member.id}>
              <input
                type="checkbox"
                id={`${id}-not-for-${member.id}`}
                checked={value.familyMemberIds.includes(member.id)}
                onChange={(event) =>
                  onChange({
                    ...value,
                    familyMemberIds: event.target.checked ? [...value.familyMemberIds, member.id] : value.familyMemberIds.filter((m) => m !== member.id),
                  })
                }
              />
              <label htmlFor={`${id}-not-for-${member.id}`}>{member.displayName}</label>
            </div>
          ))}
        </fieldset>
      )}
      {value.level !== 'none' && (
        <div className={`field${reasonError ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={`${id}-reason`}>
            Why it is kept from them
          </label>
          {reasonError && (
            <p className="field__error" id={`${id}-reason-error`}>
              <span className="visually-hidden">Error: </span>
              {reasonError}
            </p>
          )}
          <select
            id={`${id}-reason`}
            value={value.reason ?? ''}
            aria-invalid={Boolean(reasonError)}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            onChange={(event) => onChange({ ...value, reason: (event.target.value || null) as RestrictionReason | null })}
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
    </fieldset>
  );
}

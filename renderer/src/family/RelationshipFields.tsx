import type { Child } from '../../../shared/family/schema';
import type { FieldErrors } from '../app/submit';
import { TextField } from './TextField';

export interface RelationshipDraft {
  readonly related: boolean;
  readonly relationship: string;
  readonly parentalResponsibility: boolean;
}

/** Keyed by child id, so the answers stay with their child whatever the order. */
export type RelationshipDrafts = Readonly<Record<string, RelationshipDraft>>;

export const NOT_RELATED: RelationshipDraft = { related: false, relationship: '', parentalResponsibility: false };

interface RelationshipFieldsProps {
  readonly children: readonly Child[];
  readonly drafts: RelationshipDrafts;
  /** Errors are keyed `relationships.<childId>.<field>`. */
  readonly errors: FieldErrors;
  readonly idFor: (path: string) => string;
  readonly onChange: (childId: string, change: Partial<RelationshipDraft>) => void;
}

/** For each of the family's children: are they related, how, and do they hold parental responsibility? */
export function RelationshipFields({ children, drafts, errors, idFor, onChange }: RelationshipFieldsProps) {
  return (
    <fieldset className="fieldset family-relationships">
      <legend className="family-form__legend">Relationship to the children</legend>
      <p className="field__hint">Tick each child this person is related to or cares for.</p>
      {errors['relationships'] && (
        <p className="field__error" id={idFor('relationships')} tabIndex={-1}>
          <span className="visually-hidden">Error: </span>
          {errors['relationships']}
        </p>
      )}
      {children.map((child) => {
        const draft = drafts[child.id] ?? NOT_RELATED;
        const path = (field: string) => `relationships.${child.id}.${field}`;
        const relatedId = idFor(path('childId'));
        const relatedError = errors[path('childId')];
        return (
          <div className="family-relationship" key={child.id}>
            {relatedError && (
              <p className="field__error" id={`${relatedId}-error`}>
                <span className="visually-hidden">Error: </span>
                {relatedError}
              </p>
            )}
            <div className="checkbox">
              <input
                type="checkbox"
                id={relatedId}
                checked={draft.related}
                aria-describedby={relatedError ? `${relatedId}-error` : undefined}
                onChange={(event) => onChange(child.id, { related: event.target.checked })}
              />
              <label htmlFor={relatedId}>Related to {child.displayName}</label>
            </div>
            {draft.related && (
              <div className="family-relationship__details">
                <TextField
                  id={idFor(path('relationship'))}
                  label={`Relationship to ${child.displayName}`}
                  hint="For example Mother, Father, Stepfather, Grandmother"
                  error={errors[path('relationship')]}
                  value={draft.relationship}
                  onChange={(relationship) => onChange(child.id, { relationship })}
                />
                <div className="checkbox">
                  <input
                    type="checkbox"
                    id={idFor(path('parentalResponsibility'))}
                    checked={draft.parentalResponsibility}
                    onChange={(event) => onChange(child.id, { parentalResponsibility: event.target.checked })}
                  />
                  <label htmlFor={idFor(path('parentalResponsibility'))}>Has parental responsibility for {child.displayName}</label>
                </div>
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

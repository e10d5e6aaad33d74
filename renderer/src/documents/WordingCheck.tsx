import type { FamilyPlanCheck } from '../../../shared/documents/request';
import { MIN_OVERRIDE_REASON } from '../../../shared/language/gate';
import { Field } from '../app/fields';

/** How one family-facing copy reads: the family's plan for one recipient, or a child's own copy. */
export type WordingCheck = Omit<NonNullable<FamilyPlanCheck['check']>, 'recipientId'>;

export function readingAgeSentence(check: WordingCheck): string {
  if (check.readingAge === null) return 'Too few words to work out a reading age.';
  return `Reading age ${check.readingAge.toLocaleString('en-GB', { maximumFractionDigits: 1 })} (target ${check.readingAgeTarget} or under).`;
}

interface WordingCheckResultProps {
  readonly check: WordingCheck;
  /** "plan" or "copy": what the chair is about to make. */
  readonly what: 'plan' | 'copy';
  readonly overrideField: string;
  readonly overrideReason: string;
  readonly onOverrideReason: (reason: string) => void;
  /** The application's refusal of the copy as it is; the chair may then give a reason. */
  readonly refusal: string | undefined;
}

/** The reading age against its target, what holds the copy back, and the chair's reason to send it as it is. */
export function WordingCheckResult({ check, what, overrideField, overrideReason, onOverrideReason, refusal }: WordingCheckResultProps) {
  const overTarget = check.readingAge !== null && check.readingAge > check.readingAgeTarget;
  const needsReason = !check.gate.allowed || refusal !== undefined;
  const headingId = `${overrideField}-check-heading`;
  return (
    <div className="documents-check" aria-labelledby={headingId} role="region">
      <h4 id={headingId}>How the {what} reads</h4>
      <ul className="documents-check__facts">
        <li>
          {readingAgeSentence(check)}
          {overTarget && ' Harder to read than the authority’s target: shorter sentences and everyday words help.'}
        </li>
        <li>{check.words.toLocaleString('en-GB')} words.</li>
        <li className={check.gate.allowed ? undefined : 'documents-check__blocked'}>{check.gate.reason}</li>
        {check.warnings > 0 && (
          <li>{check.warnings === 1 ? `One suggestion about the wording does not hold the ${what} back.` : `${check.warnings} suggestions about the wording do not hold the ${what} back.`}</li>
        )}
      </ul>
      {check.errors.length > 0 && (
        <>
          <h5>Wording that would harm or confuse the family</h5>
          <ul className="documents-check__errors">
            {check.errors.map((problem, index) => (
              <li key={`${index}-${problem.excerpt}`}>
                {problem.message} <q className="documents-check__excerpt">{problem.excerpt}</q>
              </li>
            ))}
          </ul>
          <p>Change the wording where it was written (the plan, decisions and analysis), or the chair records why it must go out as it is.</p>
        </>
      )}
      {needsReason && (
        <Field
          id={overrideField}
          label={`Why the ${what} must go out as it is (the chair)`}
          hint={`At least ${MIN_OVERRIDE_REASON} characters. Only when the wording cannot be changed in time. The reason is kept with the record of the ${what} made.`}
          error={refusal}
        >
          {({ id, describedBy, invalid }) => (
            <textarea id={id} rows={3} className="width-wide" value={overrideReason} onChange={(event) => onOverrideReason(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
      )}
    </div>
  );
}

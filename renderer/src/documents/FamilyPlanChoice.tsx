import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import type { FamilyPlanCheck } from '../../../shared/documents/request';
import { MIN_OVERRIDE_REASON } from '../../../shared/language/gate';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { Field } from '../app/fields';
import { useAnnounce } from '../family/Announcer';

export const RECIPIENT_FIELD = 'field-family-plan-recipientId';
export const OVERRIDE_FIELD = 'field-family-plan-overrideReason';

type Check = NonNullable<FamilyPlanCheck['check']>;

interface FamilyPlanChoiceProps {
  readonly conferenceId: string;
  /** Checked again when the conference changes. */
  readonly updatedAt: string;
  readonly recipientId: string | null;
  readonly onRecipient: (recipientId: string) => void;
  readonly overrideReason: string;
  readonly onOverrideReason: (reason: string) => void;
  readonly recipientError: string | undefined;
  /** The application's refusal of the plan as it is; the chair may then give a reason. */
  readonly refusal: string | undefined;
}

/** Who the family's plan is for, and how it reads before it is made. */
export function FamilyPlanChoice(props: FamilyPlanChoiceProps) {
  const { conferenceId, updatedAt, recipientId } = props;
  const announce = useAnnounce();
  const [recipients, setRecipients] = useState<FamilyPlanCheck['recipients'] | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    setCheck(null);
    void api.checkFamilyPlan({ conferenceId, recipientId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setError(null);
      setRecipients(result.value.recipients);
      setCheck(result.value.check);
      const checked = result.value.check;
      if (checked) announce(`Checked. ${readingAgeSentence(checked)} ${checked.gate.reason}`);
    });
    return () => {
      live = false;
    };
  }, [conferenceId, updatedAt, recipientId, announce]);

  const hintId = 'family-plan-recipient-hint';
  const errorId = 'family-plan-recipient-error';
  return (
    <>
      {error && <ErrorMessage error={error} />}
      {recipients === null && !error && <p>Finding who the plan can go to…</p>}
      {recipients && recipients.length === 0 && <p className="empty-state">Nobody can receive the family’s plan yet: add the parents and carers in Family and network.</p>}
      {recipients && recipients.length > 0 && (
        <div className={`field${props.recipientError ? ' field--error' : ''}`}>
          <fieldset className="radios documents-recipients" aria-describedby={[hintId, props.recipientError ? errorId : ''].filter(Boolean).join(' ')}>
            <legend className="field__label">Who is this copy for?</legend>
            <p className="field__hint" id={hintId}>
              Each parent or carer gets their own copy, and the family network shares one. Restricted information is never included in any copy.
            </p>
            {props.recipientError && (
              <p className="field__error" id={errorId}>
                <span className="visually-hidden">Error: </span>
                {props.recipientError}
              </p>
            )}
            {recipients.map((recipient, index) => {
              const id = index === 0 ? RECIPIENT_FIELD : `${RECIPIENT_FIELD}-${index}`;
              return (
                <div className="radio documents-recipient" key={recipient.id}>
                  <input type="radio" id={id} name="family-plan-recipient" value={recipient.id} checked={recipientId === recipient.id} onChange={() => props.onRecipient(recipient.id)} />
                  <label htmlFor={id}>
                    {sentenceCase(recipient.name)}
                    <span className="documents-recipient__hint">
                      {' '}
                      ({recipient.description})
                    </span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        </div>
      )}
      {recipientId && !check && !error && <p>Checking the wording…</p>}
      {check && <CheckResult check={check} {...props} />}
    </>
  );
}

/** 'the family network' starts a line here. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function readingAgeSentence(check: Check): string {
  if (check.readingAge === null) return 'Too few words to work out a reading age.';
  return `Reading age ${check.readingAge.toLocaleString('en-GB', { maximumFractionDigits: 1 })} (target ${check.readingAgeTarget} or under).`;
}

function CheckResult({ check, overrideReason, onOverrideReason, refusal }: { readonly check: Check } & FamilyPlanChoiceProps) {
  const overTarget = check.readingAge !== null && check.readingAge > check.readingAgeTarget;
  const needsReason = !check.gate.allowed || refusal !== undefined;
  return (
    <div className="documents-check" aria-labelledby="family-plan-check-heading" role="region">
      <h4 id="family-plan-check-heading">How the plan reads</h4>
      <ul className="documents-check__facts">
        <li>
          {readingAgeSentence(check)}
          {overTarget && ' Harder to read than the authority’s target: shorter sentences and everyday words help.'}
        </li>
        <li>{check.words.toLocaleString('en-GB')} words.</li>
        <li className={check.gate.allowed ? undefined : 'documents-check__blocked'}>{check.gate.reason}</li>
        {check.warnings > 0 && <li>{check.warnings === 1 ? 'One suggestion about the wording does not hold the plan back.' : `${check.warnings} suggestions about the wording do not hold the plan back.`}</li>}
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
        <Field id={OVERRIDE_FIELD} label="Why the plan must go out as it is (the chair)" hint={`At least ${MIN_OVERRIDE_REASON} characters. Only when the wording cannot be changed in time. The reason is kept with the record of the plan made.`} error={refusal}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} rows={3} className="width-wide" value={overrideReason} onChange={(event) => onOverrideReason(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
      )}
    </div>
  );
}

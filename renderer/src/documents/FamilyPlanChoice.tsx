import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import type { FamilyPlanCheck } from '../../../shared/documents/request';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useAnnounce } from '../family/Announcer';
import { readingAgeSentence, WordingCheckResult, type WordingCheck } from './WordingCheck';

export const RECIPIENT_FIELD = 'field-family-plan-recipientId';
export const OVERRIDE_FIELD = 'field-family-plan-overrideReason';

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
  const [check, setCheck] = useState<WordingCheck | null>(null);
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
      {check && <WordingCheckResult check={check} what="plan" overrideField={OVERRIDE_FIELD} overrideReason={props.overrideReason} onOverrideReason={props.onOverrideReason} refusal={props.refusal} />}
    </>
  );
}

/** 'the family network' starts a line here. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

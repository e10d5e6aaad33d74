import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/contract/result';
import { FEEDBACK_OWN_WORDS_QUESTION, FEEDBACK_SCALE, FEEDBACK_STATEMENTS, type FeedbackRespondent, type FeedbackStatementKey } from '../../../shared/feedback/questions';
import { RecordFeedbackSchema, type FeedbackForm as FeedbackFormChoices } from '../../../shared/feedback/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { ErrorSummary } from '../app/ErrorSummary';
import { Field, fieldId } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import { RESPONDENT_LABELS, WHO_HINT } from './words';

/** How the answers come in: on the laptop in family mode, or typed in from the printed form. */
export type FeedbackFormMode = 'family' | 'paper';

type Answers = Record<FeedbackStatementKey, number | null>;
const NO_ANSWERS = Object.fromEntries(FEEDBACK_STATEMENTS.map(({ key }) => [key, null])) as Answers;
const ANONYMOUS = 'anonymous';

interface Draft {
  /** 'anonymous' or a family member's id. */
  readonly who: string;
  readonly respondent: FeedbackRespondent | null;
  readonly answers: Answers;
  readonly anythingElse: string;
  readonly givenOn: string;
}
const EMPTY: Draft = { who: ANONYMOUS, respondent: null, answers: NO_ANSWERS, anythingElse: '', givenOn: '' };

/**
 * The family's feedback form (issue 17): who is answering (anonymous unless they choose their
 * name), six statements each answered on a scale of words in its own fieldset, never faces or
 * colours, and their own words. Several people can answer in turn: after each, the form is empty
 * again and says their answers were saved.
 */
export function FeedbackForm({
  conferenceId,
  mode,
  headingLevel = 2,
  onSaved,
}: {
  readonly conferenceId: string;
  readonly mode: FeedbackFormMode;
  readonly headingLevel?: 2 | 3;
  readonly onSaved?: () => void;
}) {
  const [choices, setChoices] = useState<Result<FeedbackFormChoices> | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [thanks, setThanks] = useState(0);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const prefix = mode === 'family' ? 'feedback' : 'paper-feedback';
  const fid = (path: string) => fieldId(`${prefix}.${path}`);

  useEffect(() => {
    let current = true;
    void api.getFeedbackForm({ conferenceId }).then((result) => {
      if (current) setChoices(result);
    });
    return () => {
      current = false;
    };
  }, [conferenceId]);
  useEffect(() => {
    if (thanks > 0) thanksRef.current?.focus();
  }, [thanks]);

  if (choices === null) return <p aria-live="polite">Loading the form…</p>;
  if (!choices.ok) return <p className="field__error">{choices.error.message}</p>;
  const people = choices.value.people;
  const chosen = people.find((person) => person.familyMemberId === draft.who);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = {
      conferenceId,
      respondent: chosen ? chosen.respondent : (draft.respondent ?? undefined),
      familyMemberId: chosen ? chosen.familyMemberId : null,
      how: mode === 'family' ? 'on-the-laptop' : 'from-paper',
      givenOn: mode === 'paper' && draft.givenOn !== '' ? draft.givenOn : null,
      answers: draft.answers,
      anythingElse: draft.anythingElse,
    };
    const outcome = await submitForm(RecordFeedbackSchema, input, (parsed) => api.recordFeedback(parsed));
    setSaving(false);
    if (outcome.ok) {
      setErrors({});
      setMessage(null);
      setDraft(EMPTY);
      setThanks((count) => count + 1);
      onSaved?.();
      return;
    }
    setErrors(outcome.fields);
    setMessage(outcome.message);
    setAttempt((count) => count + 1);
  };

  const Heading = `h${headingLevel}` as const;
  const summary = [...(message ? [{ message }] : []), ...Object.entries(errors).map(([path, text]) => ({ fieldId: fid(path === 'answers' ? `answers.${FEEDBACK_STATEMENTS[0].key}` : path), message: text }))];
  return (
    <form className="panel form-panel feedback-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${prefix}-heading`}>
      <Heading id={`${prefix}-heading`}>{mode === 'family' ? 'Tell us what you thought of the meeting' : 'Enter answers from a paper form'}</Heading>
      {thanks > 0 && (
        <p className="notice notice--success" ref={thanksRef} tabIndex={-1} role="status">
          {mode === 'family' ? 'Thank you. Your answers are saved. The next person can answer now.' : 'The answers are saved. You can enter the next form.'}
        </p>
      )}
      <p>{mode === 'family' ? 'Your answers help us make meetings better. They are not part of the record of the meeting. You can leave any question out.' : 'Type the answers as they are on the paper form. Leave out any question the person did not answer.'}</p>
      <ErrorSummary errors={summary} attempt={attempt} level={headingLevel === 2 ? 3 : 4} />

      <fieldset className="radios radios--stacked" aria-describedby={`${prefix}-who-hint`}>
        <legend className="field__label">Who is answering?</legend>
        <p className="field__hint" id={`${prefix}-who-hint`}>
          {WHO_HINT}
        </p>
        {errors['familyMemberId'] && <p className="field__error">{errors['familyMemberId']}</p>}
        {[{ value: ANONYMOUS, label: 'I would rather not say my name' }, ...people.map((person) => ({ value: person.familyMemberId, label: person.name }))].map((option, index) => (
          <div className="radio" key={option.value}>
            <input
              type="radio"
              id={index === 0 ? fid('familyMemberId') : `${fid('familyMemberId')}-${index}`}
              name={`${prefix}-who`}
              checked={draft.who === option.value}
              onChange={() => setDraft({ ...draft, who: option.value })}
            />
            <label htmlFor={index === 0 ? fid('familyMemberId') : `${fid('familyMemberId')}-${index}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>

      {!chosen && (
        <fieldset className="radios radios--stacked">
          <legend className="field__label">Are you…</legend>
          {errors['respondent'] && (
            <p className="field__error" id={`${fid('respondent')}-error`}>
              <span className="visually-hidden">Error: </span>
              {errors['respondent']}
            </p>
          )}
          {(Object.keys(RESPONDENT_LABELS) as FeedbackRespondent[]).map((kind, index) => (
            <div className="radio" key={kind}>
              <input
                type="radio"
                id={index === 0 ? fid('respondent') : `${fid('respondent')}-${kind}`}
                name={`${prefix}-respondent`}
                checked={draft.respondent === kind}
                aria-invalid={Boolean(errors['respondent'])}
                onChange={() => setDraft({ ...draft, respondent: kind })}
              />
              <label htmlFor={index === 0 ? fid('respondent') : `${fid('respondent')}-${kind}`}>{RESPONDENT_LABELS[kind]}</label>
            </div>
          ))}
        </fieldset>
      )}

      {FEEDBACK_STATEMENTS.map((statement) => {
        const path = `answers.${statement.key}`;
        const options = [...FEEDBACK_SCALE.map((step) => ({ value: step.value as number | null, label: step.words })), { value: null, label: 'I do not want to answer' }];
        return (
          <fieldset className="radios radios--stacked feedback-form__statement" key={statement.key}>
            <legend className="field__label">{statement.text}</legend>
            {errors[path] && <p className="field__error">{errors[path]}</p>}
            {options.map((option, index) => {
              const id = index === 0 ? fid(path) : `${fid(path)}-${String(option.value ?? 'none')}`;
              return (
                <div className="radio" key={String(option.value)}>
                  <input type="radio" id={id} name={`${prefix}-${statement.key}`} checked={draft.answers[statement.key] === option.value} onChange={() => setDraft({ ...draft, answers: { ...draft.answers, [statement.key]: option.value } })} />
                  <label htmlFor={id}>{option.label}</label>
                </div>
              );
            })}
          </fieldset>
        );
      })}

      <Field id={fid('anythingElse')} label={FEEDBACK_OWN_WORDS_QUESTION} hint="In your own words. You can leave this empty." error={errors['anythingElse']}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} rows={5} value={draft.anythingElse} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, anythingElse: e.target.value })} />
        )}
      </Field>

      {mode === 'paper' && (
        <DateInput id={fid('givenOn')} legend="Date on the form" hint="Leave it empty if the form has no date: today’s date is used." error={errors['givenOn']} value={draft.givenOn} onChange={(givenOn) => setDraft({ ...draft, givenOn })} />
      )}

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {mode === 'family' ? 'Send my answers' : 'Save these answers'}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { Capture } from '../../../shared/capture/schema';
import { bookingInWords, interpreterLanguage, SaveInterpreterSchema, type Interpreter } from '../../../shared/interpreters/schema';
import { api } from '../api/client';
import { ErrorSummary } from '../app/ErrorSummary';
import { fieldId } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';

interface InterpreterFormProps {
  readonly conferenceId: string;
  readonly interpreter: Interpreter;
  /** Before the meeting: booked and who. On the day: present, and the restricted parts they left for. */
  readonly stage: 'booking' | 'meeting';
  readonly restrictedParts: Capture['restrictedParts'];
  /** Shown on the family-safe screen: the member's preferences are left off. */
  readonly familySafe?: boolean;
  readonly onSaved: (capture: Capture) => void;
}

/** One family member's interpreter: the need (language, preferences), then booking or presence. */
export function InterpreterForm({ conferenceId, interpreter, stage, restrictedParts, familySafe = false, onSaved }: InterpreterFormProps) {
  const [booked, setBooked] = useState(interpreter.booked);
  const [name, setName] = useState(interpreter.name);
  const [present, setPresent] = useState(interpreter.present === true);
  const [left, setLeft] = useState<readonly string[]>(interpreter.leftForPartIds);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<readonly { fieldId?: string; message: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  const key = interpreter.familyMemberId;
  const id = (path: string) => fieldId(`interpreter-${key}-${path}`);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const input = { conferenceId, familyMemberId: key, booked, name, present: stage === 'meeting' ? present : interpreter.present, leftForPartIds: stage === 'meeting' && present ? left : stage === 'meeting' ? [] : interpreter.leftForPartIds };
    const outcome = await submitForm(SaveInterpreterSchema, input, (parsed) => api.saveInterpreter(parsed));
    if (!outcome.ok) {
      setErrors(outcome.fields);
      setSummary([...(outcome.message && Object.keys(outcome.fields).length === 0 ? [{ message: outcome.message }] : []), ...Object.entries(outcome.fields).map(([path, message]) => ({ fieldId: id(path.split('.')[0] ?? path), message }))]);
      // The summary takes focus and comes into view itself (ErrorSummary).
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    setSummary([]);
    setStatus(`Saved: the interpreter for ${interpreter.memberName}.`);
    onSaved(outcome.value);
  };

  const need = `${interpreterLanguage(interpreter)} for ${interpreter.memberName}${!familySafe && interpreter.preferences ? `. Preferences: ${interpreter.preferences}` : ''}`;
  return (
    <form id={id('form')} className="interpreter-form" onSubmit={(event) => void save(event)} noValidate aria-label={`Interpreter for ${interpreter.memberName}`}>
      <ErrorSummary errors={summary} attempt={attempt} level={3} />
      <p className="interpreter-form__need">
        <strong>Interpreter in {need}.</strong> {bookingInWords(interpreter)}.
      </p>
      {stage === 'booking' ? (
        <>
          <div className="checkbox">
            <input type="checkbox" id={id('booked')} checked={booked} onChange={(e) => setBooked(e.target.checked)} />
            <label htmlFor={id('booked')}>Booked</label>
          </div>
          <div className={`field${errors['name'] ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor={id('name')}>
              Interpreter’s name
            </label>
            {errors['name'] && (
              <p className="field__error" id={`${id('name')}-error`}>
                <span className="visually-hidden">Error: </span>
                {errors['name']}
              </p>
            )}
            <input id={id('name')} type="text" autoComplete="off" value={name} aria-invalid={Boolean(errors['name'])} aria-describedby={errors['name'] ? `${id('name')}-error` : undefined} onChange={(e) => setName(e.target.value)} />
          </div>
        </>
      ) : (
        <>
          <div className="checkbox">
            <input type="checkbox" id={id('present')} checked={present} onChange={(e) => setPresent(e.target.checked)} />
            <label htmlFor={id('present')}>Interpreter present</label>
          </div>
          {present &&
            restrictedParts.map((part) => (
              <div className="checkbox" key={part.id}>
                <input type="checkbox" id={id(`left-${part.id}`)} checked={left.includes(part.id)} onChange={(e) => setLeft(e.target.checked ? [...left, part.id] : left.filter((p) => p !== part.id))} />
                <label htmlFor={id(`left-${part.id}`)}>Left the room for the restricted part from {part.startedAt}</label>
              </div>
            ))}
        </>
      )}
      <button type="submit" id={id('save')} className="button button--secondary">
        Save the interpreter for {interpreter.memberName}
      </button>
      <p className="save-status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}

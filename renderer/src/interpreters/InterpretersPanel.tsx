import { useEffect, useState } from 'react';
import type { Capture } from '../../../shared/capture/schema';
import { api } from '../api/client';
import { InterpreterForm } from './InterpreterForm';

/**
 * On the invitations page: every family member who needs an interpreter, with their language and
 * preferences, whether the interpreter is booked, and who. Nothing shows when no one needs one.
 */
export function InterpretersPanel({ conferenceId }: { readonly conferenceId: string }) {
  const [capture, setCapture] = useState<Capture | null>(null);
  useEffect(() => {
    let current = true;
    void api.getCapture({ conferenceId }).then((result) => {
      if (current && result.ok) setCapture(result.value);
    });
    return () => {
      current = false;
    };
  }, [conferenceId]);
  if (!capture || capture.interpreters.length === 0) return null;
  const toBook = capture.interpreters.filter((i) => !i.booked).length;
  return (
    <section className="panel" aria-labelledby="interpreters-heading">
      <h2 id="interpreters-heading">Interpreters to book</h2>
      <p>{toBook === 0 ? 'Every interpreter needed is booked.' : `${toBook === 1 ? 'One interpreter is' : `${toBook} interpreters are`} still to book.`} An interpreter is always independent: never a family member or friend.</p>
      {capture.interpreters.map((interpreter) => (
        <InterpreterForm key={`${interpreter.familyMemberId}-${String(interpreter.booked)}-${interpreter.name}`} conferenceId={conferenceId} interpreter={interpreter} stage="booking" restrictedParts={capture.restrictedParts} onSaved={setCapture} />
      ))}
    </section>
  );
}

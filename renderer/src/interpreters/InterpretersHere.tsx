import type { Capture } from '../../../shared/capture/schema';
import { applyCapture } from '../capture/store';
import { InterpreterForm } from './InterpreterForm';

/**
 * Under "Who is here" on the minutes, and in attendance: each interpreter, booked or not, with
 * whether they are present and the parts they left the room for.
 */
export function InterpretersHere({ conferenceId, capture, familySafe }: { readonly conferenceId: string; readonly capture: Capture; readonly familySafe: boolean }) {
  if (capture.interpreters.length === 0) return null;
  return (
    <section className="capture-interpreters" aria-labelledby="capture-interpreters-title">
      <h2 id="capture-interpreters-title" className="capture-side__title">
        Interpreters
      </h2>
      {capture.interpreters.map((interpreter) => (
        <InterpreterForm key={interpreter.familyMemberId} conferenceId={conferenceId} interpreter={interpreter} stage="meeting" restrictedParts={capture.restrictedParts} familySafe={familySafe} onSaved={applyCapture} />
      ))}
    </section>
  );
}

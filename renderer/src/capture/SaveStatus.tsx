import { describeSaveState } from './saveState';
import { useCapture } from './store';

/** Beside the editor: unsaved changes, saving, saved at 10:25, or not saved and why. Not live: the Announcer speaks. */
export function SaveStatus({ contributionId }: { readonly contributionId: string }) {
  const state = useCapture((s) => s.saveStates[contributionId]);
  if (!state) return <p className="capture-save capture-save--idle">No changes yet</p>;
  return (
    <p className={`capture-save capture-save--${state.kind}`} data-testid="save-status">
      {state.kind === 'retrying' || state.kind === 'invalid' ? <strong>{describeSaveState(state)}</strong> : describeSaveState(state)}
    </p>
  );
}

import type { Result } from '../../../shared/contract/result';
import type { DecisionRecord } from '../../../shared/decision/record';
import { RemovalConfirmation } from '../app/RemovalConfirmation';
import { useAnnounce } from '../family/Announcer';
import { focusSoon } from '../family/focus';
import { useDecisionRecord } from './store';

interface RemoveItemProps {
  /** How the item is named in the question and on the button ("outcome 2"). */
  readonly name: string;
  /** What removing means, said before the chair confirms. */
  readonly consequence: string;
  readonly remove: () => Promise<Result<DecisionRecord>>;
  /** Where the keyboard goes once the item has gone (an element with tabIndex -1 or a control). */
  readonly focusAfter: string;
  readonly onCancel: () => void;
}

/** Removing an item of the analysis, decision or plan: the record is updated from the answer. */
export function RemoveItem({ name, consequence, remove, focusAfter, onCancel }: RemoveItemProps) {
  const apply = useDecisionRecord((state) => state.apply);
  const announce = useAnnounce();
  return (
    <RemovalConfirmation
      className="item-remove"
      name={name}
      consequence={consequence}
      remove={() => apply(remove())}
      onRemoved={() => {
        announce(`Removed ${name}.`);
        focusSoon(focusAfter);
      }}
      onCancel={onCancel}
    />
  );
}

import { useCallback, useRef, useState } from 'react';

/**
 * Saves one value at a time, in the order chosen, so quick changes (arrowing through a list)
 * cannot be saved out of order. Until the last save is done, `pending` is what was chosen.
 */
export function useQueuedSave<T>(save: (value: T) => Promise<boolean>) {
  const [pending, setPending] = useState<T | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef<T | null>(null);

  const choose = useCallback(
    (value: T) => {
      latest.current = value;
      setPending(value);
      queue.current = queue.current.then(async () => {
        await save(value);
        if (latest.current === value) {
          latest.current = null;
          setPending(null);
        }
      });
    },
    [save],
  );

  return { pending, choose } as const;
}

import { useCallback, useState } from 'react';

export interface StatusMessage {
  readonly text: string;
  /** Changes with every message, so the same words said twice are read out twice. */
  readonly count: number;
}

/** What a part of the screen last did, for its polite status line. */
export function useStatus(): readonly [StatusMessage, (text: string) => void] {
  const [message, setMessage] = useState<StatusMessage>({ text: '', count: 0 });
  const say = useCallback((text: string) => setMessage((previous) => ({ text, count: previous.count + 1 })), []);
  return [message, say];
}

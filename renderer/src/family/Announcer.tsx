import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for the section: saving says "Saved" without moving the reader. Each
 * message is a new element, so the same words said twice are still read out.
 */
export function Announcer({ children }: { readonly children: ReactNode }) {
  const [message, setMessage] = useState<{ readonly text: string; readonly count: number }>({ text: '', count: 0 });
  const announce = useCallback<Announce>((text) => setMessage((previous) => ({ text, count: previous.count + 1 })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      <div className="visually-hidden" aria-live="polite" data-testid="family-status">
        {message.text && <p key={message.count}>{message.text}</p>}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

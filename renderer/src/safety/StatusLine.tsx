import type { StatusMessage } from './useStatus';

/** A polite live region, present from the start so screen readers hear each change, and visible. */
export function StatusLine({ message }: { readonly message: StatusMessage }) {
  return (
    <div className="agenda-status" role="status">
      {message.text && <p key={message.count}>{message.text}</p>}
    </div>
  );
}

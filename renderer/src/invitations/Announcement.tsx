import { useAnnouncer } from './announcer';

/** The section's polite live region: present from the start, so screen readers hear each change. */
export function Announcement() {
  const { message, count } = useAnnouncer();
  return (
    <div className="visually-hidden" role="status">
      {message && <p key={count}>{message}</p>}
    </div>
  );
}

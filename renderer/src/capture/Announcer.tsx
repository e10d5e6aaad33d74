import { useCapture } from './store';

/**
 * The screen's one polite live region: "Saved" once per pause, problems when they start. Each
 * message is a new element, so the same words said twice are read twice.
 */
export function Announcer() {
  const announcement = useCapture((state) => state.announcement);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="capture-status">
      {announcement.text && <p key={announcement.count}>{announcement.text}</p>}
    </div>
  );
}

import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export const CAPTURE_VIEWS = ['minutes', 'attendance'] as const;
export type CaptureView = (typeof CAPTURE_VIEWS)[number];
const LABELS: Readonly<Record<CaptureView, string>> = { minutes: 'Minutes', attendance: 'Attendance, exclusions and the child’s voice' };

/** Two views of the meeting as tabs (the ARIA tabs pattern: arrows move between tabs, Tab into the panel). */
export function CaptureTabs({ view, onChange, children }: { readonly view: CaptureView; readonly onChange: (view: CaptureView) => void; readonly children: ReactNode }) {
  const tabs = useRef<Partial<Record<CaptureView, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const next = CAPTURE_VIEWS[(CAPTURE_VIEWS.indexOf(view) + 1) % CAPTURE_VIEWS.length] ?? 'minutes';
    onChange(next);
    tabs.current[next]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label="Views of the meeting" className="capture-tabs" onKeyDown={onKeyDown}>
        {CAPTURE_VIEWS.map((candidate) => (
          <button
            key={candidate}
            ref={(element) => {
              tabs.current[candidate] = element;
            }}
            type="button"
            role="tab"
            id={`capture-tab-${candidate}`}
            aria-selected={candidate === view}
            aria-controls={`capture-panel-${candidate}`}
            tabIndex={candidate === view ? 0 : -1}
            className="capture-tabs__tab"
            onClick={() => onChange(candidate)}
          >
            {LABELS[candidate]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`capture-panel-${view}`} aria-labelledby={`capture-tab-${view}`} className="capture-tabs__panel">
        {children}
      </div>
    </>
  );
}

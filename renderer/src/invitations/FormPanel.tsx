import { useEffect, useRef, type ReactNode } from 'react';

interface FormPanelProps {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}

/** A form opened from a button: its heading takes focus on arrival, so reading starts there. */
export function FormPanel({ id, title, children }: FormPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

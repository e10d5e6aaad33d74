import type { ReactNode } from 'react';

/** Answers as a description list: what was asked, what was recorded. */
export function SummaryList({ rows }: { readonly rows: readonly { readonly key: string; readonly value: ReactNode }[] }) {
  return (
    <dl className="summary-list family-summary">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.key}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

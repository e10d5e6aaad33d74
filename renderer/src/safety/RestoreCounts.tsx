import type { RestorePreview } from '../../../shared/backup/schema';

const ROWS = [
  ['conferences', 'Conferences'],
  ['finalisedConferences', 'Finalised conferences'],
  ['auditEvents', 'Entries in the audit trail'],
] as const;

/** What is here now beside what the backup holds, so the person sees what a restore changes. */
export function RestoreCounts({ preview, source }: { readonly preview: RestorePreview; readonly source: 'backup' | 'copy' }) {
  const count = (n: number) => n.toLocaleString('en-GB');
  return (
    <table className="table safety-counts">
      <caption className="visually-hidden">What is here now, and what the {source} holds</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Here now</th>
          <th scope="col">In the {source}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{count(preview.now[key])}</td>
            <td>{count(preview.backup[key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import type { DocumentExport } from '../../../shared/documents/request';
import { DOCUMENT_KIND_LABELS } from '../../../shared/documents/source';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';

const madeAt = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** Every document made for the conference: what, for whom, by whom, and any reason the chair gave. */
export function DocumentsMade({ conferenceId, refresh }: { readonly conferenceId: string; readonly refresh: number }) {
  const [made, setMade] = useState<readonly DocumentExport[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void api.listDocumentExports({ conferenceId }).then((result) => {
      if (!live) return;
      setError(result.ok ? null : result.error);
      if (result.ok) setMade(result.value);
    });
    return () => {
      live = false;
    };
  }, [conferenceId, refresh]);

  return (
    <section className="panel" aria-labelledby="documents-made-heading">
      <h3 id="documents-made-heading">Documents made so far</h3>
      {error && <ErrorMessage error={error} />}
      {made && made.length === 0 && <p>None yet.</p>}
      {made && made.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Made</th>
              <th scope="col">By</th>
              <th scope="col">The chair’s reasons</th>
            </tr>
          </thead>
          <tbody>
            {made.map((document) => (
              <tr key={document.id}>
                <th scope="row">
                  {DOCUMENT_KIND_LABELS[document.kind]}
                  {document.recipientName && ` for ${document.recipientName}`}
                  {document.printSize === 'large' && ' (large print)'}
                </th>
                <td>{madeAt(document.madeAt)}</td>
                <td>{document.madeBy}</td>
                <td>
                  {document.overrideReason !== null
                    ? `${document.wordingErrors === 1 ? 'One wording problem' : `${document.wordingErrors} wording problems`} left in: ${document.overrideReason}`
                    : document.kind === 'family-plan' || document.kind === 'child-plan'
                      ? 'Not needed: no wording problems'
                      : ''}
                  {document.addedChildren.length > 0 && (
                    <p>
                      {`Also covers ${document.addedChildren.join(' and ')}: ${document.addedReason ?? ''}`}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

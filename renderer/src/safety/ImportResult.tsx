import { hrefFor } from '../app/router';

export interface Imported {
  readonly conferenceId: string;
  readonly newRecords: number;
  readonly alreadyHere: boolean;
  /** The children's names, once the conference list has them. */
  readonly children: string | null;
}

/** What an import added, and the way to the conference it brought. */
export function ImportResult({ imported }: { readonly imported: Imported }) {
  const href = hrefFor({ screen: 'conference', conferenceId: imported.conferenceId, section: 'overview' });
  return (
    <div className="notice safety-imported">
      <p>
        {imported.alreadyHere
          ? 'Already here, nothing changed: everything in this package is on this computer.'
          : `Imported: ${imported.newRecords} new ${imported.newRecords === 1 ? 'record' : 'records'}.`}
      </p>
      <p>
        <a href={href}>{imported.children ? `Open the conference for ${imported.children}` : 'Open the imported conference'}</a>
      </p>
    </div>
  );
}

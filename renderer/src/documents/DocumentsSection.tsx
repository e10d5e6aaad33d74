import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { Announcer } from '../family/Announcer';
import { DocumentItem } from './DocumentItem';
import { DocumentsMade } from './DocumentsMade';
import { DOCUMENT_ORDER } from './kinds';
import { TranslationSection } from './TranslationSection';

/** The conference's documents: each made as a PDF, previewed here, then saved where the chair chooses. */
export function DocumentsSection({ conference }: { readonly conference: ConferenceDetail }) {
  const [madeCount, setMadeCount] = useState(0);
  return (
    <Announcer>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Documents</h2>
        <p>Make each document as a PDF, look at it here, then save it where you keep the case’s papers. Nothing is sent anywhere.</p>
        <ul className="documents-list">
          {DOCUMENT_ORDER.map((kind) => (
            <DocumentItem key={kind} conference={conference} kind={kind} onMade={() => setMadeCount((count) => count + 1)} />
          ))}
        </ul>
        <DocumentsMade conferenceId={conference.id} refresh={madeCount} />
        <TranslationSection conference={conference} />
      </section>
    </Announcer>
  );
}

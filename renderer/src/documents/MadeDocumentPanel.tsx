import { forwardRef, useState } from 'react';
import type { MadeDocument } from '../../../shared/documents/request';
import type { SaveDocumentOutcome } from '../../../shared/documents/save';
import { saveFile } from '../api/client';
import { useAnnounce } from '../family/Announcer';
import { PdfPreview } from './PdfPreview';

const NOT_SAVED: Readonly<Record<Exclude<SaveDocumentOutcome, { saved: true }>['reason'], string>> = {
  cancelled: 'Not saved: no place was chosen.',
  refused: 'Not saved: Confer could not save this file. Make the document again, then save it.',
  failed: 'Not saved: the file could not be written there. Choose another place and try again.',
};

interface MadeDocumentPanelProps {
  readonly made: MadeDocument;
  /** "the family’s plan", for the button and the messages. */
  readonly name: string;
  readonly headingId: string;
}

/** A made document: what it is, saving it, and a preview of its pages. The heading takes the focus when it is made. */
export const MadeDocumentPanel = forwardRef<HTMLHeadingElement, MadeDocumentPanelProps>(function MadeDocumentPanel({ made, name, headingId }, heading) {
  const announce = useAnnounce();
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const save = async () => {
    if (saving) return;
    setSaving(true);
    setStatus(null);
    const outcome = await saveFile(made.fileName, made.pdfBase64);
    setSaving(false);
    const message = outcome.saved ? 'Saved.' : NOT_SAVED[outcome.reason];
    setStatus(message);
    announce(message);
  };
  return (
    <section className="documents-made" aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        Made: {made.title}
      </h4>
      <dl className="summary-list">
        <div>
          <dt>File name</dt>
          <dd className="documents-made__file">{made.fileName}</dd>
        </div>
        <div>
          <dt>Pages</dt>
          <dd>{made.pages}</dd>
        </div>
        <div>
          <dt>Accessibility</dt>
          <dd>{made.pdfUaIdentifier ? 'Passed the app’s accessibility checks for tagged PDFs.' : 'Did not pass the app’s accessibility checks for tagged PDFs: a screen reader may not read it well.'}</dd>
        </div>
      </dl>
      <div className="form__actions">
        <button type="button" className="button button--secondary" aria-disabled={saving || undefined} aria-busy={saving || undefined} onClick={() => void save()}>
          Save {name}
        </button>
        {status && <p className={`documents-made__saved${status === 'Saved.' ? ' documents-made__saved--done' : ''}`}>{status}</p>}
      </div>
      <h5 className="documents-made__preview-title">Preview</h5>
      <p className="field__hint">A picture of each page. Save the file to read it in a PDF reader or with a screen reader.</p>
      <PdfPreview pdfBase64={made.pdfBase64} title={made.title} />
    </section>
  );
});

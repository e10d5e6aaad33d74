import type { ForRecipientOptions } from '../../shared/audience/for-recipient';
import type { DocumentSource } from '../../shared/documents/source';
import type { MakeDocument } from '../../shared/documents/request';
import type { DocumentLanguageChoice } from '../../shared/i18n/document-language';

/** What the main thread asks the document worker for. */
export interface RenderJob {
  readonly id: number;
  /** For a family document, its recipient and any children the chair added to their copy. */
  readonly request: Pick<MakeDocument, 'kind' | 'printSize' | 'recipientId'> & ForRecipientOptions & { readonly language?: DocumentLanguageChoice | null };
  readonly source: DocumentSource;
}

export interface RenderedDocument {
  readonly fileName: string;
  readonly title: string;
  readonly pages: number;
  readonly bytes: Uint8Array;
  readonly pdfUaIdentifier: boolean;
  /** "en-GB", or a bilingual copy's second language. */
  readonly language: string;
  /** Fixed words the pack lacks, printed in English instead. */
  readonly untranslatedKeys: readonly string[];
  readonly timings: { readonly layout: number; readonly draw: number; readonly total: number };
  /** The worker's JavaScript heap after rendering, in bytes (the rendering's own memory). */
  readonly workerHeapBytes: number;
  /** Which worker thread made it (documents are made side by side on more than one). */
  readonly workerThreadId: number;
}

/**
 * The worker's answer. A failure carries only the error's name: messages from the layout engine
 * can quote the document's text, and family data never goes into a log or an error.
 */
export type RenderReply = ({ readonly ok: true } & RenderedDocument & { readonly id: number }) | { readonly id: number; readonly ok: false; readonly errorName: string };

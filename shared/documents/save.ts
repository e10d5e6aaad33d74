/**
 * Saving a made document where the user chooses. Not a contract call: the application never
 * writes outside its data folder, so only the desktop shell (a save dialog) does this. Kept free
 * of zod so the sandboxed preload can import it without bundling anything.
 */

/** The one IPC channel for it, outside the contract's `confer:<call>` namespace. */
export const SAVE_DOCUMENT_CHANNEL = 'confer-shell:saveDocument';

/** The longest file name accepted (the file systems' usual limit is 255 bytes). */
export const SAVE_FILE_NAME_MAX = 200;
/** The largest document accepted, as base64 text: far above any conference document. */
export const SAVE_BASE64_MAX = 30 * 1024 * 1024;

export interface SaveDocumentRequest {
  /** A plain file name ending .pdf, offered as the default in the save dialog. */
  readonly fileName: string;
  readonly pdfBase64: string;
}

export type SaveDocumentOutcome =
  | { readonly saved: true }
  /** cancelled: the user closed the dialog; refused: the request was not valid; failed: the file could not be written. */
  | { readonly saved: false; readonly reason: 'cancelled' | 'refused' | 'failed' };

/** What the desktop preload adds to `window.confer` beside the contract's calls. */
export interface SaveDocumentBridge {
  readonly saveDocument: (request: SaveDocumentRequest) => Promise<SaveDocumentOutcome>;
}

/**
 * Saving a made document to the place the user chose. Pure of Electron (the dialog is in
 * save-dialog.ts) so every refusal is unit-tested without it. Nothing here logs or returns the
 * file name or the document: both name the family.
 */
import { writeFile } from 'node:fs/promises';
import { SAVE_BASE64_MAX, SAVE_FILE_NAME_MAX } from '../../shared/documents/save';

export interface ValidSaveRequest {
  readonly fileName: string;
  readonly bytes: Buffer;
}

export type SaveRequestCheck = { readonly ok: true; readonly request: ValidSaveRequest } | { readonly ok: false; readonly problem: SaveRequestProblem };
export type SaveRequestProblem = 'not-an-object' | 'file-name' | 'too-large' | 'not-base64' | 'not-a-pdf';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
// Control characters and the characters Windows refuses in a name; separators are refused too.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f/\\:*?"<>|]/;

/** A plain file name: ends .pdf, at most 200 characters, no folders, nothing a file system refuses. */
export function isPlainPdfFileName(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (value.length > SAVE_FILE_NAME_MAX || value.length <= '.pdf'.length) return false;
  if (!value.toLowerCase().endsWith('.pdf')) return false;
  if (FORBIDDEN_IN_NAME.test(value)) return false;
  // '..pdf' and names starting with a dot are hidden or odd on every system.
  return !value.startsWith('.') && value.trim() === value;
}

/** Checks a request from the renderer, which is untrusted: the name, the size, and that it is a PDF. */
export function checkSaveRequest(input: unknown): SaveRequestCheck {
  if (typeof input !== 'object' || input === null) return { ok: false, problem: 'not-an-object' };
  const { fileName, pdfBase64 } = input as Record<string, unknown>;
  if (!isPlainPdfFileName(fileName)) return { ok: false, problem: 'file-name' };
  if (typeof pdfBase64 !== 'string') return { ok: false, problem: 'not-base64' };
  if (pdfBase64.length > SAVE_BASE64_MAX) return { ok: false, problem: 'too-large' };
  if (pdfBase64.length % 4 !== 0 || !BASE64.test(pdfBase64)) return { ok: false, problem: 'not-base64' };
  const bytes = Buffer.from(pdfBase64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return { ok: false, problem: 'not-a-pdf' };
  return { ok: true, request: { fileName, bytes } };
}

/** The save dialog on Linux does not add the extension the filter names; add it when it is missing. */
export function withPdfExtension(path: string): string {
  return path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`;
}

/**
 * Writes the document to the chosen path. The dialog has asked before replacing the file it
 * named; when ".pdf" had to be added, it asked about another name, so an existing file is never
 * replaced (the write fails with EEXIST instead).
 */
export async function writeChosenFile(chosenPath: string, request: ValidSaveRequest): Promise<string> {
  const path = withPdfExtension(chosenPath);
  await writeFile(path, request.bytes, { flag: path === chosenPath ? 'w' : 'wx' });
  return path;
}

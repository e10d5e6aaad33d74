import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * Confer's files are for the person signed in alone: files 0600, folders 0700. The modes are set
 * explicitly, on creation and again on every open, because a mode given at creation is cut down
 * by the umask (never raised), and a file from an earlier version keeps whatever mode it had.
 * (Windows has no such modes: there chmod only sets the read-only flag, and the folder's ACL rules.)
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** Makes the folder (and any missing parents) if needed, then sets it to 0700. */
export function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/** Creates the file empty if it is missing (never readable by others, even for a moment), then sets it to 0600. */
export function createPrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Sets each file that exists to 0600; a missing one (a WAL not made yet) is left missing. */
export function makeFilesPrivate(...files: readonly string[]): void {
  for (const file of files) if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

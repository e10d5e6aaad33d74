import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { SAVE_DOCUMENT_CHANNEL, type SaveDocumentOutcome } from '../../shared/documents/save';
import type { Logger } from '../log/logger';
import { isTrustedSender } from './ipc';
import { checkSaveRequest, writeChosenFile } from './save-document';

/**
 * The renderer's "Save" for a made document: the operating system's save dialog, then the file
 * written where the user chose. The same sender check as every call; the request is checked
 * before the dialog opens. Logs say what happened, never the name or the content.
 */
export function bindSaveDocument(logger: Logger): void {
  ipcMain.handle(SAVE_DOCUMENT_CHANNEL, async (event, input: unknown): Promise<SaveDocumentOutcome> => {
    if (!isTrustedSender(event)) {
      logger.warn('document.save-refused', { problem: 'untrusted-sender' });
      return { saved: false, reason: 'refused' };
    }
    const checked = checkSaveRequest(input);
    if (!checked.ok) {
      logger.warn('document.save-refused', { problem: checked.problem });
      return { saved: false, reason: 'refused' };
    }
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: 'Save the document',
      defaultPath: join(app.getPath('documents'), checked.request.fileName),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { saved: false, reason: 'cancelled' };
    try {
      await writeChosenFile(chosen.filePath, checked.request);
      logger.info('document.saved', { bytes: checked.request.bytes.length });
      return { saved: true };
    } catch (error) {
      logger.warn('document.save-failed', { errorName: error instanceof Error ? error.name : typeof error, code: (error as NodeJS.ErrnoException).code ?? null });
      return { saved: false, reason: 'failed' };
    }
  });
}

export function unbindSaveDocument(): void {
  ipcMain.removeHandler(SAVE_DOCUMENT_CHANNEL);
}

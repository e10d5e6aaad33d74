import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, ipcChannel } from '../../shared/contract/contract';
import type { Dispatcher } from '../handlers/bind';
import { isAppUrl } from './app-url';
import { isOurWindowContents } from './window';

/**
 * Binds each contract call to its own channel. Payloads arrive as unknown and are parsed by the
 * shared handle() wrapper; the sender is checked on every call (checklist item 17).
 */
export function bindIpc(dispatch: Dispatcher): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => dispatch(name, input, { trustedSender: isTrustedSender(event) }));
  }
}

export function unbindIpc(): void {
  for (const name of CALL_NAMES) ipcMain.removeHandler(ipcChannel(name));
}

/** Only the top frame of a Confer window, showing Confer's own page, may call the application. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.isDestroyed()) return false;
  // The top frame only: a subframe (even a blob: preview) never reaches the application.
  if (frame.parent !== null) return false;
  if (!isOurWindowContents(event.sender)) return false;
  return isAppUrl(frame.url);
}

import { contextBridge, ipcRenderer } from 'electron';
import type { ConferApi } from '../../shared/contract/api';
import { ipcChannel } from '../../shared/contract/channels';

/**
 * The renderer's only door to the application: one named function per contract call, written
 * out by hand. Never ipcRenderer itself, a generic invoke, or process.env (checklist item 20).
 * `satisfies ConferApi` makes a missing or extra call a type error. Runs sandboxed, so it is
 * bundled into one file (scripts/build-electron.mjs) and imports nothing with runtime weight:
 * the contract's schemas (and zod) stay in main.
 */
const confer = {
  listConferences: (input) => ipcRenderer.invoke(ipcChannel('listConferences'), input),
  createConference: (input) => ipcRenderer.invoke(ipcChannel('createConference'), input),
  getConference: (input) => ipcRenderer.invoke(ipcChannel('getConference'), input),
} satisfies ConferApi;

contextBridge.exposeInMainWorld('confer', confer);

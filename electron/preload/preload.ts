import { contextBridge, ipcRenderer } from 'electron';
import type { ConferApi } from '../../shared/contract/api';
import { ipcChannel } from '../../shared/contract/channels';
import { SAVE_DOCUMENT_CHANNEL, type SaveDocumentBridge } from '../../shared/documents/save';

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
  updateConferenceDetails: (input) => ipcRenderer.invoke(ipcChannel('updateConferenceDetails'), input),
  loadExampleConference: (input) => ipcRenderer.invoke(ipcChannel('loadExampleConference'), input),
  addChild: (input) => ipcRenderer.invoke(ipcChannel('addChild'), input),
  updateChild: (input) => ipcRenderer.invoke(ipcChannel('updateChild'), input),
  recordBirth: (input) => ipcRenderer.invoke(ipcChannel('recordBirth'), input),
  removeChild: (input) => ipcRenderer.invoke(ipcChannel('removeChild'), input),
  addFamilyMember: (input) => ipcRenderer.invoke(ipcChannel('addFamilyMember'), input),
  updateFamilyMember: (input) => ipcRenderer.invoke(ipcChannel('updateFamilyMember'), input),
  removeFamilyMember: (input) => ipcRenderer.invoke(ipcChannel('removeFamilyMember'), input),
  listProfessionals: (input) => ipcRenderer.invoke(ipcChannel('listProfessionals'), input),
  createProfessional: (input) => ipcRenderer.invoke(ipcChannel('createProfessional'), input),
  updateProfessional: (input) => ipcRenderer.invoke(ipcChannel('updateProfessional'), input),
  invite: (input) => ipcRenderer.invoke(ipcChannel('invite'), input),
  setInvitationResponse: (input) => ipcRenderer.invoke(ipcChannel('setInvitationResponse'), input),
  setInvitationSupports: (input) => ipcRenderer.invoke(ipcChannel('setInvitationSupports'), input),
  removeInvitation: (input) => ipcRenderer.invoke(ipcChannel('removeInvitation'), input),
  saveAgencyReport: (input) => ipcRenderer.invoke(ipcChannel('saveAgencyReport'), input),
  removeAgencyReport: (input) => ipcRenderer.invoke(ipcChannel('removeAgencyReport'), input),
  setAgenda: (input) => ipcRenderer.invoke(ipcChannel('setAgenda'), input),
  getAgendaTemplate: (input) => ipcRenderer.invoke(ipcChannel('getAgendaTemplate'), input),
  setAgendaTemplate: (input) => ipcRenderer.invoke(ipcChannel('setAgendaTemplate'), input),
  getCapture: (input) => ipcRenderer.invoke(ipcChannel('getCapture'), input),
  saveContribution: (input) => ipcRenderer.invoke(ipcChannel('saveContribution'), input),
  getContributionHistory: (input) => ipcRenderer.invoke(ipcChannel('getContributionHistory'), input),
  setCurrentAgendaItem: (input) => ipcRenderer.invoke(ipcChannel('setCurrentAgendaItem'), input),
  recordAttendance: (input) => ipcRenderer.invoke(ipcChannel('recordAttendance'), input),
  saveExclusion: (input) => ipcRenderer.invoke(ipcChannel('saveExclusion'), input),
  saveChildVoice: (input) => ipcRenderer.invoke(ipcChannel('saveChildVoice'), input),
  saveRestrictedPart: (input) => ipcRenderer.invoke(ipcChannel('saveRestrictedPart'), input),
  listBackups: (input) => ipcRenderer.invoke(ipcChannel('listBackups'), input),
  backupNow: (input) => ipcRenderer.invoke(ipcChannel('backupNow'), input),
  restoreBackup: (input) => ipcRenderer.invoke(ipcChannel('restoreBackup'), input),
  getLockState: (input) => ipcRenderer.invoke(ipcChannel('getLockState'), input),
  setPassphrase: (input) => ipcRenderer.invoke(ipcChannel('setPassphrase'), input),
  unlock: (input) => ipcRenderer.invoke(ipcChannel('unlock'), input),
  lock: (input) => ipcRenderer.invoke(ipcChannel('lock'), input),
  listRetention: (input) => ipcRenderer.invoke(ipcChannel('listRetention'), input),
  markExportedToCms: (input) => ipcRenderer.invoke(ipcChannel('markExportedToCms'), input),
  removeConference: (input) => ipcRenderer.invoke(ipcChannel('removeConference'), input),
  exportHandover: (input) => ipcRenderer.invoke(ipcChannel('exportHandover'), input),
  importHandover: (input) => ipcRenderer.invoke(ipcChannel('importHandover'), input),
  // Decision and plan
  getDecisionRecord: (input) => ipcRenderer.invoke(ipcChannel('getDecisionRecord'), input),
  saveStatement: (input) => ipcRenderer.invoke(ipcChannel('saveStatement'), input),
  removeStatement: (input) => ipcRenderer.invoke(ipcChannel('removeStatement'), input),
  saveScale: (input) => ipcRenderer.invoke(ipcChannel('saveScale'), input),
  removeScale: (input) => ipcRenderer.invoke(ipcChannel('removeScale'), input),
  saveDecision: (input) => ipcRenderer.invoke(ipcChannel('saveDecision'), input),
  saveDissent: (input) => ipcRenderer.invoke(ipcChannel('saveDissent'), input),
  removeDissent: (input) => ipcRenderer.invoke(ipcChannel('removeDissent'), input),
  savePlan: (input) => ipcRenderer.invoke(ipcChannel('savePlan'), input),
  saveOutcome: (input) => ipcRenderer.invoke(ipcChannel('saveOutcome'), input),
  removeOutcome: (input) => ipcRenderer.invoke(ipcChannel('removeOutcome'), input),
  saveAction: (input) => ipcRenderer.invoke(ipcChannel('saveAction'), input),
  removeAction: (input) => ipcRenderer.invoke(ipcChannel('removeAction'), input),
  saveRecipient: (input) => ipcRenderer.invoke(ipcChannel('saveRecipient'), input),
  removeRecipient: (input) => ipcRenderer.invoke(ipcChannel('removeRecipient'), input),
  recordSent: (input) => ipcRenderer.invoke(ipcChannel('recordSent'), input),
  finaliseConference: (input) => ipcRenderer.invoke(ipcChannel('finaliseConference'), input),
  amendConference: (input) => ipcRenderer.invoke(ipcChannel('amendConference'), input),
  startReview: (input) => ipcRenderer.invoke(ipcChannel('startReview'), input),
  getConferenceHistory: (input) => ipcRenderer.invoke(ipcChannel('getConferenceHistory'), input),
  getDecisionLetter: (input) => ipcRenderer.invoke(ipcChannel('getDecisionLetter'), input),
  getAuthoritySettings: (input) => ipcRenderer.invoke(ipcChannel('getAuthoritySettings'), input),
  updateAuthoritySettings: (input) => ipcRenderer.invoke(ipcChannel('updateAuthoritySettings'), input),
  // Language checks
  getAuthorityPack: (input) => ipcRenderer.invoke(ipcChannel('getAuthorityPack'), input),
  saveAuthorityPack: (input) => ipcRenderer.invoke(ipcChannel('saveAuthorityPack'), input),
  listIgnoreDecisions: (input) => ipcRenderer.invoke(ipcChannel('listIgnoreDecisions'), input),
  ignoreFinding: (input) => ipcRenderer.invoke(ipcChannel('ignoreFinding'), input),
  removeIgnoreDecision: (input) => ipcRenderer.invoke(ipcChannel('removeIgnoreDecision'), input),
  getLanguageSummary: (input) => ipcRenderer.invoke(ipcChannel('getLanguageSummary'), input),
  // Search
  searchCaseload: (input) => ipcRenderer.invoke(ipcChannel('searchCaseload'), input),
  checkFamilyPlan: (input) => ipcRenderer.invoke(ipcChannel('checkFamilyPlan'), input),
  checkChildPlan: (input) => ipcRenderer.invoke(ipcChannel('checkChildPlan'), input),
  makeDocument: (input) => ipcRenderer.invoke(ipcChannel('makeDocument'), input),
  listDocumentExports: (input) => ipcRenderer.invoke(ipcChannel('listDocumentExports'), input),
  // Not a contract call: the desktop's save dialog (electron/main/save-dialog.ts).
  saveDocument: (request) => ipcRenderer.invoke(SAVE_DOCUMENT_CHANNEL, request),
} satisfies ConferApi & SaveDocumentBridge;

contextBridge.exposeInMainWorld('confer', confer);

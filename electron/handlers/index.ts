import type { Handlers } from '../../shared/contract/api';
import { getAgendaTemplate, setAgenda, setAgendaTemplate } from './agenda';
import { getAuthorityIdentity, getAuthoritySettings, saveAuthorityIdentity, updateAuthoritySettings } from './authority';
import { exportLanguagePack, importLanguagePack, listLanguagePacks, markLanguagePackReviewed } from './language-pack-settings';
import { backupNow, listBackups, previewRestore, removeKeptCopy, restoreBackup } from './backups';
import { exportHandover, importHandover } from './handover';
import { changePassphrase, getLockState, lock, setPassphrase, unlock } from './lock';
import { listRetention, markExportedToCms, removeConference } from './retention';
import { createConference, getConference, listConferenceSummaries, updateConference } from './conference';
import {
  getCapture,
  getContributionHistory,
  recordAttendance,
  recordAttendanceTable,
  saveChildVoice,
  saveContribution,
  saveExclusion,
  saveRestrictedPart,
  saveInterpreter,
  setCurrentAgendaItem,
} from './capture';
import type { HandlerContext } from './context';
import { loadExampleConference } from './example';
import { markHeld } from './held';
import { getProfile, saveProfile } from './profile';
import { addChild, addFamilyMember, recordBirth, removeChild, removeFamilyMember, updateChild, updateFamilyMember } from './family';
import { invite, removeAgencyReport, removeInvitation, saveAgencyReport, setInvitationResponse, setInvitationSupports } from './invitations';
import { createProfessional, listProfessionals, updateProfessional } from './professionals';
// Decision and plan
import { removeDissent, removeScale, removeStatement, saveDecision, saveDissent, saveScale, saveStatement } from './decision';
import { getDecisionRecord } from './decision-record';
import { recordSent, removeAction, removeOutcome, removeRecipient, saveAction, saveOutcome, savePlan, saveRecipient } from './plan';
import { amend, discardKeptForAmendment, finalise, getDecisionLetter, getHistory, getKeptForAmendment, keepForAmendment, startReview } from './signoff';
// Language checks
import { getAuthorityPack, getLanguageSummary, ignoreFinding, listIgnoreDecisions, removeIgnoreDecision, saveAuthorityPack } from './language';
// Search
import { searchCaseload } from './search';
// Documents
import { checkChildPlan } from './child-plan';
import { checkFamilyPlan, documentExports, makeDocument } from './documents';
import { exportTranslation, getTranslationStatus, importTranslation, leaveInEnglish } from './translation';
// The family's side (issue 17)
import { getFamilyMode, leaveFamilyMode, startFamilyMode } from './family-mode';
import { feedbackCounts, getFeedbackForm, recordFeedback } from './feedback';
import { getInformationPacks, saveFamilyReason } from './information-pack';
// How conferences are going (issue 17)
import { evaluationFigures, evaluationImports, exportEvaluationFile, importEvaluationFile } from './evaluation';
import { evaluationCsvExports } from './evaluation-export';

/** The application's use cases, bound to one context. Both hosts serve exactly this map. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    listConferences: () => listConferenceSummaries(context),
    createConference: (input) => createConference(context, input),
    getConference: (input) => getConference(context, input.conferenceId),
    updateConferenceDetails: (input) => updateConference(context, input.conferenceId, input.details),
    loadExampleConference: (input) => loadExampleConference(context, input.stage),
    markConferenceHeld: (input) => markHeld(context, input),

    addChild: (input) => addChild(context, input.conferenceId, input.child),
    updateChild: (input) => updateChild(context, input.childId, input.child),
    recordBirth: (input) => recordBirth(context, input),
    removeChild: (input) => removeChild(context, input.childId),
    addFamilyMember: (input) => addFamilyMember(context, input.conferenceId, input.member),
    updateFamilyMember: (input) => updateFamilyMember(context, input.familyMemberId, input.member),
    removeFamilyMember: (input) => removeFamilyMember(context, input.familyMemberId),

    listProfessionals: () => listProfessionals(context.db),
    createProfessional: (input) => createProfessional(context, input.professional),
    updateProfessional: (input) => updateProfessional(context, input.professionalId, input.professional),

    invite: (input) => invite(context, input),
    setInvitationResponse: (input) => setInvitationResponse(context, input),
    setInvitationSupports: (input) => setInvitationSupports(context, input),
    removeInvitation: (input) => removeInvitation(context, input.invitationId),
    saveAgencyReport: (input) => saveAgencyReport(context, input),
    removeAgencyReport: (input) => removeAgencyReport(context, input.reportId),

    setAgenda: (input) => setAgenda(context, input.conferenceId, input.items),
    getAgendaTemplate: (input) => getAgendaTemplate(context, input.conferenceType),
    setAgendaTemplate: (input) => setAgendaTemplate(context, input.conferenceType, input.items),

    getCapture: (input) => getCapture(context, input.conferenceId),
    saveContribution: (input) => saveContribution(context, input),
    getContributionHistory: (input) => getContributionHistory(context, input.contributionId),
    setCurrentAgendaItem: (input) => setCurrentAgendaItem(context, input.conferenceId, input.agendaItemId),
    recordAttendance: (input) => recordAttendance(context, input),
    recordAttendanceTable: (input) => recordAttendanceTable(context, input),
    saveExclusion: (input) => saveExclusion(context, input),
    saveChildVoice: (input) => saveChildVoice(context, input),
    saveRestrictedPart: (input) => saveRestrictedPart(context, input),
    saveInterpreter: (input) => saveInterpreter(context, input),

    // Safety: backups
    listBackups: () => listBackups(context),
    backupNow: () => backupNow(context),
    previewRestore: (input) => previewRestore(context, input.name),
    restoreBackup: (input) => restoreBackup(context, input.name, input.confirmation),
    removeKeptCopy: (input) => removeKeptCopy(context, input.name),
    // Safety: the app lock
    getLockState: () => getLockState(context),
    setPassphrase: (input) => setPassphrase(context, input.passphrase),
    changePassphrase: (input) => changePassphrase(context, input.currentPassphrase, input.passphrase),
    unlock: (input) => unlock(context, input.passphrase),
    lock: () => lock(context),
    // The dispatcher has already counted the call as use (see bind.ts).
    noteUse: () => getLockState(context),
    // Safety: local retention
    listRetention: () => listRetention(context),
    markExportedToCms: (input) => markExportedToCms(context, input.conferenceId),
    removeConference: (input) => removeConference(context, input.conferenceId),
    // Safety: handover between laptops
    exportHandover: (input) => exportHandover(context, input.conferenceId, input.passphrase),
    importHandover: (input) => importHandover(context, input.content, input.passphrase),

    // Decision and plan
    getDecisionRecord: (input) => getDecisionRecord(context, input.conferenceId),
    saveStatement: (input) => saveStatement(context, input),
    removeStatement: (input) => removeStatement(context, input.conferenceId, input.id),
    saveScale: (input) => saveScale(context, input),
    removeScale: (input) => removeScale(context, input.conferenceId, input.id),
    saveDecision: (input) => saveDecision(context, input.conferenceId, input.childId, input.decision),
    saveDissent: (input) => saveDissent(context, input),
    removeDissent: (input) => removeDissent(context, input.conferenceId, input.id),
    savePlan: (input) => savePlan(context, input.conferenceId, input.plan),
    saveOutcome: (input) => saveOutcome(context, input),
    removeOutcome: (input) => removeOutcome(context, input.conferenceId, input.id),
    saveAction: (input) => saveAction(context, input),
    removeAction: (input) => removeAction(context, input.conferenceId, input.id),
    saveRecipient: (input) => saveRecipient(context, input),
    removeRecipient: (input) => removeRecipient(context, input.conferenceId, input.id),
    recordSent: (input) => recordSent(context, input),
    finaliseConference: (input) => finalise(context, input.conferenceId),
    amendConference: (input) => amend(context, input),
    keepForAmendment: (input) => keepForAmendment(context, input),
    getKeptForAmendment: (input) => getKeptForAmendment(context, input.conferenceId),
    discardKeptForAmendment: (input) => discardKeptForAmendment(context, input.conferenceId, input.id),
    startReview: (input) => startReview(context, input),
    getConferenceHistory: (input) => getHistory(context, input.conferenceId),
    getDecisionLetter: (input) => getDecisionLetter(context, input.conferenceId),

    getAuthoritySettings: () => getAuthoritySettings(context),
    getProfile: () => getProfile(context),
    saveProfile: (input) => saveProfile(context, input.profile),
    updateAuthoritySettings: (input) => updateAuthoritySettings(context, input.settings),
    getAuthorityIdentity: () => getAuthorityIdentity(context),
    saveAuthorityIdentity: (input) => saveAuthorityIdentity(context, input),
    listLanguagePacks: () => listLanguagePacks(context),
    importLanguagePack: (input) => importLanguagePack(context, input),
    exportLanguagePack: (input) => exportLanguagePack(context, input),
    markLanguagePackReviewed: (input) => markLanguagePackReviewed(context, input),

    // Language checks
    getAuthorityPack: () => getAuthorityPack(context),
    saveAuthorityPack: (input) => saveAuthorityPack(context, input.pack),
    listIgnoreDecisions: (input) => listIgnoreDecisions(context, input.conferenceId),
    ignoreFinding: (input) => ignoreFinding(context, input),
    removeIgnoreDecision: (input) => removeIgnoreDecision(context, input.conferenceId, input.id),
    getLanguageSummary: (input) => getLanguageSummary(context, input.conferenceId),

    // Search
    searchCaseload: (input) => searchCaseload(context, input),

    // Documents
    checkFamilyPlan: (input) => checkFamilyPlan(context, input),
    checkChildPlan: (input) => checkChildPlan(context, input.conferenceId, input.childId),
    makeDocument: (input) => makeDocument(context, input),
    listDocumentExports: (input) => documentExports(context, input.conferenceId),
    exportTranslation: (input) => exportTranslation(context, input),
    importTranslation: (input) => importTranslation(context, input),
    getTranslationStatus: (input) => getTranslationStatus(context, input),
    leaveInEnglish: (input) => leaveInEnglish(context, input),

    // The family's side (issue 17)
    getInformationPacks: (input) => getInformationPacks(context, input.conferenceId),
    saveFamilyReason: (input) => saveFamilyReason(context, input),
    getFeedbackForm: (input) => getFeedbackForm(context, input.conferenceId),
    recordFeedback: (input) => recordFeedback(context, input),
    getFeedbackCounts: (input) => feedbackCounts(context, input.conferenceId),
    getFamilyMode: () => getFamilyMode(context),
    startFamilyMode: (input) => startFamilyMode(context, input.conferenceId),
    leaveFamilyMode: (input) => leaveFamilyMode(context, input.passphrase),

    // How conferences are going (issue 17)
    getEvaluationFigures: (input) => evaluationFigures(context.db, input),
    exportEvaluationFile: () => exportEvaluationFile(context),
    exportEvaluationCsv: () => ({ files: evaluationCsvExports(context.db).files }),
    importEvaluationFile: (input) => importEvaluationFile(context, input.content),
    getEvaluationImports: () => evaluationImports(context),
  };
}

import { z } from 'zod';
import { ImportedLanguagePackSchema, ImportLanguagePackSchema, LanguagePackFileOutSchema, LanguagePackRefSchema, LanguagePackSummarySchema, MarkPackReviewedSchema } from '../i18n/pack-contract';
import { ImportedTranslationSchema, ImportTranslationSchema, LeaveInEnglishSchema, TranslationCopySchema, TranslationExportFileSchema, TranslationStatusSchema } from '../translation/schema';
import { AgendaTemplateItemSchema, AgendaTemplateRefSchema, SetAgendaSchema, SetAgendaTemplateSchema } from '../agenda/schema';
import { SaveInterpreterSchema } from '../interpreters/schema';
import { AuthorityIdentityStateSchema, SaveAuthorityIdentitySchema } from '../authority/identity';
import { AuthoritySettingsSchema } from '../authority/settings';
import { BackupNameSchema, BackupSchema, RemoveKeptCopySchema, RestoreBackupSchema, RestorePreviewSchema } from '../backup/schema';
import { RemoveConferenceSchema, RetentionItemSchema } from '../retention/schema';
import { ChangePassphraseSchema, LockStateSchema, SetPassphraseSchema, UnlockSchema } from '../lock/schema';
import { ExportHandoverSchema, HandoverPackageSchema, ImportHandoverSchema, ImportResultSchema } from '../handover/schema';
import { ConferenceDetailSchema, MarkHeldSchema, UpdateConferenceDetailsSchema } from '../conference/details';
import { ConferenceRefSchema, ConferenceSummarySchema, NewConferenceSchema } from '../conference/schema';
import {
  AddChildSchema,
  AddFamilyMemberSchema,
  RecordBirthSchema,
  RemoveChildSchema,
  RemoveFamilyMemberSchema,
  UpdateChildSchema,
  UpdateFamilyMemberSchema,
} from '../family/schema';
import {
  AgencyReportDetailsSchema,
  InviteSchema,
  RemoveAgencyReportSchema,
  RemoveInvitationSchema,
  SetInvitationResponseSchema,
  SetInvitationSupportsSchema,
} from '../invitations/schema';
import {
  CaptureSchema,
  ContributionRefSchema,
  ContributionVersionSchema,
  RecordAttendanceSchema,
  RecordAttendanceTableSchema,
  SaveChildVoiceSchema,
  SaveContributionSchema,
  SavedSchema,
  SaveExclusionSchema,
  SaveRestrictedPartSchema,
  SetCurrentItemSchema,
} from '../capture/schema';
import { CreateProfessionalSchema, ProfessionalSchema, UpdateProfessionalSchema } from '../professionals/schema';
// Decision and plan
import { RemoveItemSchema, SaveScaleSchema, SaveStatementSchema } from '../decision/analysis';
import { DecisionRecordSchema } from '../decision/record';
import { SaveDecisionSchema, SaveDissentSchema } from '../decision/schema';
import { AmendmentDraftRefSchema, AmendmentDraftSchema, AmendSchema, AuditEventSchema, FinaliseSchema, KeepForAmendmentSchema, StartReviewSchema } from '../decision/signoff';
import { DecisionLetterSchema } from '../letter/decision-letter';
import { RecordSentSchema, SaveRecipientSchema } from '../letter/distribution';
import { SaveActionSchema, SaveOutcomeSchema, SavePlanSchema } from '../plan/schema';
// Language checks
import { AuthorityPackStateSchema, IgnoreDecisionSchema, IgnoreFindingSchema, LanguageSummarySchema, RemoveIgnoreSchema, SaveAuthorityPackSchema } from '../language-settings/schema';
// Search
import { SearchCaseloadSchema, SearchResultsSchema } from '../search/schema';
import { LoadExampleSchema } from '../example/stages';
import { ProfileSchema, SaveProfileSchema } from '../profile/schema';
// The family's side: information pack, feedback, family mode (issue 17)
import { FamilyModeStateSchema, FeedbackCountsSchema, FeedbackFormSchema, LeaveFamilyModeSchema, RecordFeedbackSchema } from '../feedback/schema';
import { SaveFamilyReasonSchema } from '../invitations/family-reason';
import { InformationPacksSchema } from '../documents/information-pack-request';
// Documents
// How conferences are going (issue 17)
import { EvaluationFilterSchema, FiguresSchema } from '../evaluation/figures';
import { EvaluationFileOutSchema, EvaluationImportsSchema, ImportEvaluationFileSchema, ImportEvaluationResultSchema } from '../evaluation/file';
import { ChildPlanCheckRequestSchema, ChildPlanCheckSchema, DocumentExportSchema, FamilyPlanCheckRequestSchema, FamilyPlanCheckSchema, MadeDocumentSchema, MakeDocumentSchema } from '../documents/request';

export { ipcChannel } from './channels';

const none = z.object({}).strict();
const conference = ConferenceDetailSchema;

/**
 * Every call between the renderer and the application, declared once. Both hosts (Electron IPC
 * and the web host's HTTP) parse inputs with these schemas; the preload and the renderer's client
 * are typed from them. Calls that change a conference return the whole conference again, so the
 * screen shows what was saved in one round trip.
 */
export const contract = {
  listConferences: { input: none, output: z.array(ConferenceSummarySchema) },
  createConference: { input: NewConferenceSchema, output: conference },
  getConference: { input: ConferenceRefSchema, output: conference },
  updateConferenceDetails: { input: UpdateConferenceDetailsSchema, output: conference },
  loadExampleConference: { input: LoadExampleSchema, output: conference },
  // Held is its own state (issue 15)
  markConferenceHeld: { input: MarkHeldSchema, output: conference },

  addChild: { input: AddChildSchema, output: conference },
  updateChild: { input: UpdateChildSchema, output: conference },
  recordBirth: { input: RecordBirthSchema, output: conference },
  removeChild: { input: RemoveChildSchema, output: conference },
  addFamilyMember: { input: AddFamilyMemberSchema, output: conference },
  updateFamilyMember: { input: UpdateFamilyMemberSchema, output: conference },
  removeFamilyMember: { input: RemoveFamilyMemberSchema, output: conference },

  listProfessionals: { input: none, output: z.array(ProfessionalSchema) },
  createProfessional: { input: CreateProfessionalSchema, output: ProfessionalSchema },
  updateProfessional: { input: UpdateProfessionalSchema, output: ProfessionalSchema },

  invite: { input: InviteSchema, output: conference },
  setInvitationResponse: { input: SetInvitationResponseSchema, output: conference },
  setInvitationSupports: { input: SetInvitationSupportsSchema, output: conference },
  removeInvitation: { input: RemoveInvitationSchema, output: conference },
  saveAgencyReport: { input: AgencyReportDetailsSchema, output: conference },
  removeAgencyReport: { input: RemoveAgencyReportSchema, output: conference },

  setAgenda: { input: SetAgendaSchema, output: conference },
  getAgendaTemplate: { input: AgendaTemplateRefSchema, output: z.object({ items: z.array(AgendaTemplateItemSchema), isDefault: z.boolean() }) },
  setAgendaTemplate: { input: SetAgendaTemplateSchema, output: z.object({ items: z.array(AgendaTemplateItemSchema), isDefault: z.boolean() }) },

  getCapture: { input: ConferenceRefSchema, output: CaptureSchema },
  saveContribution: { input: SaveContributionSchema, output: SavedSchema },
  getContributionHistory: { input: ContributionRefSchema, output: z.array(ContributionVersionSchema) },
  setCurrentAgendaItem: { input: SetCurrentItemSchema, output: CaptureSchema },
  recordAttendance: { input: RecordAttendanceSchema, output: CaptureSchema },
  recordAttendanceTable: { input: RecordAttendanceTableSchema, output: CaptureSchema },
  saveExclusion: { input: SaveExclusionSchema, output: CaptureSchema },
  saveChildVoice: { input: SaveChildVoiceSchema, output: CaptureSchema },
  saveRestrictedPart: { input: SaveRestrictedPartSchema, output: CaptureSchema },
  // Interpreters where the meeting happens (issue 15)
  saveInterpreter: { input: SaveInterpreterSchema, output: CaptureSchema },

  // Safety: backups
  listBackups: { input: none, output: z.array(BackupSchema) },
  backupNow: { input: none, output: z.array(BackupSchema) },
  previewRestore: { input: BackupNameSchema, output: RestorePreviewSchema },
  restoreBackup: { input: RestoreBackupSchema, output: z.array(BackupSchema) },
  removeKeptCopy: { input: RemoveKeptCopySchema, output: z.array(BackupSchema) },
  // Safety: the app lock
  getLockState: { input: none, output: LockStateSchema },
  setPassphrase: { input: SetPassphraseSchema, output: LockStateSchema },
  changePassphrase: { input: ChangePassphraseSchema, output: LockStateSchema },
  unlock: { input: UnlockSchema, output: LockStateSchema },
  lock: { input: none, output: LockStateSchema },
  /** The person is using this window (keys, pointer): holds the idle lock off. */
  noteUse: { input: none, output: LockStateSchema },
  // Safety: local retention
  listRetention: { input: none, output: z.array(RetentionItemSchema) },
  markExportedToCms: { input: ConferenceRefSchema, output: z.array(RetentionItemSchema) },
  removeConference: { input: RemoveConferenceSchema, output: z.array(RetentionItemSchema) },
  // Safety: handover between laptops
  exportHandover: { input: ExportHandoverSchema, output: HandoverPackageSchema },
  importHandover: { input: ImportHandoverSchema, output: ImportResultSchema },

  // Decision and plan
  getDecisionRecord: { input: ConferenceRefSchema, output: DecisionRecordSchema },
  saveStatement: { input: SaveStatementSchema, output: DecisionRecordSchema },
  removeStatement: { input: RemoveItemSchema, output: DecisionRecordSchema },
  saveScale: { input: SaveScaleSchema, output: DecisionRecordSchema },
  removeScale: { input: RemoveItemSchema, output: DecisionRecordSchema },
  saveDecision: { input: SaveDecisionSchema, output: DecisionRecordSchema },
  saveDissent: { input: SaveDissentSchema, output: DecisionRecordSchema },
  removeDissent: { input: RemoveItemSchema, output: DecisionRecordSchema },
  savePlan: { input: SavePlanSchema, output: DecisionRecordSchema },
  saveOutcome: { input: SaveOutcomeSchema, output: DecisionRecordSchema },
  removeOutcome: { input: RemoveItemSchema, output: DecisionRecordSchema },
  saveAction: { input: SaveActionSchema, output: DecisionRecordSchema },
  removeAction: { input: RemoveItemSchema, output: DecisionRecordSchema },
  saveRecipient: { input: SaveRecipientSchema, output: DecisionRecordSchema },
  removeRecipient: { input: RemoveItemSchema, output: DecisionRecordSchema },
  recordSent: { input: RecordSentSchema, output: DecisionRecordSchema },
  finaliseConference: { input: FinaliseSchema, output: DecisionRecordSchema },
  amendConference: { input: AmendSchema, output: DecisionRecordSchema },
  // What was typed into the minutes after sign-off, kept as the start of an amendment (issue 14)
  keepForAmendment: { input: KeepForAmendmentSchema, output: z.array(AmendmentDraftSchema) },
  getKeptForAmendment: { input: ConferenceRefSchema, output: z.array(AmendmentDraftSchema) },
  discardKeptForAmendment: { input: AmendmentDraftRefSchema, output: z.array(AmendmentDraftSchema) },
  startReview: { input: StartReviewSchema, output: conference },
  getConferenceHistory: { input: ConferenceRefSchema, output: z.array(AuditEventSchema) },
  getDecisionLetter: { input: ConferenceRefSchema, output: DecisionLetterSchema },

  getAuthoritySettings: { input: none, output: AuthoritySettingsSchema },
  // Who is using the app (issue 15)
  getProfile: { input: none, output: ProfileSchema.nullable() },
  saveProfile: { input: SaveProfileSchema, output: ProfileSchema },
  updateAuthoritySettings: { input: z.object({ settings: AuthoritySettingsSchema }), output: AuthoritySettingsSchema },
  // The authority's identity: every document's letterhead (issue 15)
  getAuthorityIdentity: { input: none, output: AuthorityIdentityStateSchema },
  saveAuthorityIdentity: { input: SaveAuthorityIdentitySchema, output: AuthorityIdentityStateSchema },

  // Language packs for bilingual family documents (issue 16)
  listLanguagePacks: { input: none, output: z.array(LanguagePackSummarySchema) },
  importLanguagePack: { input: ImportLanguagePackSchema, output: ImportedLanguagePackSchema },
  exportLanguagePack: { input: LanguagePackRefSchema, output: LanguagePackFileOutSchema },
  markLanguagePackReviewed: { input: MarkPackReviewedSchema, output: z.array(LanguagePackSummarySchema) },

  // Language checks
  getAuthorityPack: { input: none, output: AuthorityPackStateSchema },
  saveAuthorityPack: { input: SaveAuthorityPackSchema, output: AuthorityPackStateSchema },
  listIgnoreDecisions: { input: ConferenceRefSchema, output: z.array(IgnoreDecisionSchema) },
  ignoreFinding: { input: IgnoreFindingSchema, output: z.array(IgnoreDecisionSchema) },
  removeIgnoreDecision: { input: RemoveIgnoreSchema, output: z.array(IgnoreDecisionSchema) },
  getLanguageSummary: { input: ConferenceRefSchema, output: LanguageSummarySchema },

  // Search
  searchCaseload: { input: SearchCaseloadSchema, output: SearchResultsSchema },

  // Documents
  checkFamilyPlan: { input: FamilyPlanCheckRequestSchema, output: FamilyPlanCheckSchema },
  checkChildPlan: { input: ChildPlanCheckRequestSchema, output: ChildPlanCheckSchema },
  makeDocument: { input: MakeDocumentSchema, output: MadeDocumentSchema },
  listDocumentExports: { input: ConferenceRefSchema, output: z.array(DocumentExportSchema) },
  // The conference's own words through the translation service (issue 16)
  exportTranslation: { input: TranslationCopySchema, output: TranslationExportFileSchema },
  importTranslation: { input: ImportTranslationSchema, output: ImportedTranslationSchema },
  getTranslationStatus: { input: TranslationCopySchema, output: TranslationStatusSchema },
  leaveInEnglish: { input: LeaveInEnglishSchema, output: TranslationStatusSchema },

  // The family's side (issue 17): the information pack before the meeting, feedback after it, family mode
  getInformationPacks: { input: ConferenceRefSchema, output: InformationPacksSchema },
  saveFamilyReason: { input: SaveFamilyReasonSchema, output: InformationPacksSchema },
  getFeedbackForm: { input: ConferenceRefSchema, output: FeedbackFormSchema },
  recordFeedback: { input: RecordFeedbackSchema, output: z.object({ saved: z.literal(true) }) },
  getFeedbackCounts: { input: ConferenceRefSchema, output: FeedbackCountsSchema },
  getFamilyMode: { input: none, output: FamilyModeStateSchema },
  startFamilyMode: { input: ConferenceRefSchema, output: FamilyModeStateSchema },
  leaveFamilyMode: { input: LeaveFamilyModeSchema, output: FamilyModeStateSchema },

  // How conferences are going (issue 17)
  getEvaluationFigures: { input: EvaluationFilterSchema, output: FiguresSchema },
  exportEvaluationFile: { input: none, output: EvaluationFileOutSchema },
  exportEvaluationCsv: { input: none, output: z.strictObject({ files: z.array(EvaluationFileOutSchema) }) },
  importEvaluationFile: { input: ImportEvaluationFileSchema, output: ImportEvaluationResultSchema },
  getEvaluationImports: { input: none, output: EvaluationImportsSchema },
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as readonly CallName[];

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

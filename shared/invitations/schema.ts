import { z } from 'zod';
import { AGENCIES } from '../authority/agencies';
import { entityId, LONG_TEXT, optionalIsoDate, optionalLongText } from '../text/fields';

export const INVITATION_RESPONSES = ['awaiting', 'attending-in-person', 'attending-online', 'apologies', 'report-only'] as const;
export type InvitationResponse = (typeof INVITATION_RESPONSES)[number];
export const INVITATION_RESPONSE_LABELS: Readonly<Record<InvitationResponse, string>> = {
  awaiting: 'No answer yet',
  'attending-in-person': 'Attending in person',
  'attending-online': 'Attending online',
  apologies: 'Apologies',
  'report-only': 'Sending a report only',
};

export const InvitationSchema = z.object({
  id: entityId,
  invitee: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('professional'), professionalId: entityId, name: z.string(), role: z.string(), agency: z.enum(AGENCIES) }),
    z.object({ kind: z.literal('family-member'), familyMemberId: entityId, name: z.string() }),
  ]),
  response: z.enum(INVITATION_RESPONSES),
  /** Whether the agency has had direct contact with the child or family (counts towards quoracy). */
  directContact: z.boolean(),
  /**
   * Whom a professional supports in the family, for an advocate or a domestic abuse adviser: only
   * their copies name them (issue 13). Empty: the whole family.
   */
  supportsFamilyMemberIds: z.array(entityId),
});
export type Invitation = z.infer<typeof InvitationSchema>;

/** Record whom a professional supports in the family (empty: the whole family). */
export const SetInvitationSupportsSchema = z.object({
  invitationId: entityId,
  supportsFamilyMemberIds: z
    .array(entityId)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each person can be chosen only once.' }),
});
export type SetInvitationSupports = z.infer<typeof SetInvitationSupportsSchema>;

export const InviteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('professional'), conferenceId: entityId, professionalId: entityId, directContact: z.boolean().default(true) }),
  z.object({ kind: z.literal('family-member'), conferenceId: entityId, familyMemberId: entityId }),
]);

export const SetInvitationResponseSchema = z.object({
  invitationId: entityId,
  response: z.enum(INVITATION_RESPONSES, { error: 'Choose an answer from the list.' }),
  directContact: z.boolean().optional(),
});
export const RemoveInvitationSchema = z.object({ invitationId: entityId });

export const REPORT_SHARING = ['not-yet', 'yes', 'in-part', 'no'] as const;
export type ReportSharing = (typeof REPORT_SHARING)[number];
export const REPORT_SHARING_LABELS: Readonly<Record<ReportSharing, string>> = {
  'not-yet': 'Not shared yet',
  yes: 'Shared in full',
  'in-part': 'Shared in part',
  no: 'Not shared',
};

export const AgencyReportDetailsSchema = z
  .object({
    conferenceId: entityId,
    professionalId: entityId,
    receivedDate: optionalIsoDate('date received'),
    sharedWithFamily: z.enum(REPORT_SHARING, { error: 'Choose whether the report was shared with the family.' }),
    sharedDate: optionalIsoDate('date shared'),
    notSharedReason: optionalLongText(LONG_TEXT, 'reason'),
  })
  .superRefine((report, context) => {
    const shared = report.sharedWithFamily === 'yes' || report.sharedWithFamily === 'in-part';
    if (shared && report.sharedDate === null) {
      context.addIssue({ code: 'custom', path: ['sharedDate'], message: 'Enter the date the report was shared with the family.' });
    }
    if ((report.sharedWithFamily === 'no' || report.sharedWithFamily === 'in-part') && report.notSharedReason === '') {
      context.addIssue({ code: 'custom', path: ['notSharedReason'], message: 'Say why the report, or part of it, was not shared.' });
    }
    if (report.sharedDate !== null && report.receivedDate !== null && report.sharedDate < report.receivedDate) {
      context.addIssue({ code: 'custom', path: ['sharedDate'], message: 'The report cannot be shared before it was received.' });
    }
  });
export type AgencyReportDetails = z.infer<typeof AgencyReportDetailsSchema>;

export const AgencyReportSchema = z.object({
  id: entityId,
  professionalId: entityId,
  author: z.string(),
  agency: z.enum(AGENCIES),
  receivedDate: z.string().nullable(),
  sharedWithFamily: z.enum(REPORT_SHARING),
  sharedDate: z.string().nullable(),
  notSharedReason: z.string(),
  /** Shared with the family later than the authority's deadline before the conference, or not yet shared after it. */
  late: z.boolean(),
});
export type AgencyReport = z.infer<typeof AgencyReportSchema>;
export const RemoveAgencyReportSchema = z.object({ reportId: entityId });

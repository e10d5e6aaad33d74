import { z } from 'zod';
import { boundedText, entityId, isoDate, LONG_TEXT, optionalIsoDate, optionalLongText, optionalText, SHORT_TEXT } from '../text/fields';

/** Language and interpreter needs. An interpreter is always an independent professional, never family. */
const languageFields = {
  firstLanguage: optionalText(SHORT_TEXT, 'first language'),
  interpreterLanguage: optionalText(SHORT_TEXT, 'interpreter language'),
  interpreterDialect: optionalText(SHORT_TEXT, 'interpreter dialect'),
  communicationNeeds: optionalLongText(LONG_TEXT, 'communication needs'),
};

export const ChildDetailsSchema = z
  .object({
    givenName: optionalText(100, 'first name'),
    familyName: boundedText(100, 'family name'),
    dateOfBirth: optionalIsoDate('date of birth'),
    expectedDeliveryDate: optionalIsoDate('expected date of delivery'),
    gender: optionalText(SHORT_TEXT, 'gender'),
    ethnicity: optionalText(SHORT_TEXT, 'ethnicity'),
    schoolOrSetting: optionalText(SHORT_TEXT, 'school or setting'),
    ...languageFields,
    /** The child's person id in the authority's case-management system, for the SSD export (migration 0029). */
    cmsPersonId: z
      .string({ error: 'The case-management person id must be text.' })
      .trim()
      .max(48, { message: 'The case-management person id can be at most 48 characters.' })
      .regex(/^[A-Za-z0-9._/-]*$/, { message: 'Enter the person id as the case-management system shows it: letters, numbers, dots, hyphens and slashes only.' })
      .default(''),
  })
  .superRefine((child, context) => {
    if (child.dateOfBirth === null && child.expectedDeliveryDate === null) {
      context.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Enter the date of birth, or the expected date of delivery for an unborn baby.' });
    }
    if (child.dateOfBirth !== null && child.givenName === '') {
      context.addIssue({ code: 'custom', path: ['givenName'], message: 'Enter the first name.' });
    }
  });
export type ChildDetails = z.infer<typeof ChildDetailsSchema>;

export const ChildSchema = z.object({
  id: entityId,
  displayName: z.string(),
  isUnborn: z.boolean(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.string().nullable(),
  expectedDeliveryDate: z.string().nullable(),
  gender: z.string(),
  ethnicity: z.string(),
  schoolOrSetting: z.string(),
  firstLanguage: z.string(),
  interpreterLanguage: z.string(),
  interpreterDialect: z.string(),
  communicationNeeds: z.string(),
  cmsPersonId: z.string(),
});
export type Child = z.infer<typeof ChildSchema>;

export const AddChildSchema = z.object({ conferenceId: entityId, child: ChildDetailsSchema });
export const UpdateChildSchema = z.object({ childId: entityId, child: ChildDetailsSchema });
export const RemoveChildSchema = z.object({ childId: entityId });

/** An unborn baby is born: the record becomes a born child and keeps its history and expected date. */
export const RecordBirthSchema = z.object({
  childId: entityId,
  givenName: boundedText(100, 'first name'),
  dateOfBirth: isoDate('date of birth'),
});

export const FAMILY_MEMBER_KINDS = ['parent-or-carer', 'family-network', 'friend'] as const;
export type FamilyMemberKind = (typeof FAMILY_MEMBER_KINDS)[number];
export const FAMILY_MEMBER_KIND_LABELS: Readonly<Record<FamilyMemberKind, string>> = {
  'parent-or-carer': 'Parent or carer',
  'family-network': 'Wider family network',
  friend: 'Friend or connected person',
};

export const RelationshipSchema = z.object({
  childId: entityId,
  relationship: boundedText(100, 'relationship to the child'),
  parentalResponsibility: z.boolean({ error: 'Say whether they have parental responsibility.' }),
});
export type Relationship = z.infer<typeof RelationshipSchema>;

export const FamilyMemberDetailsSchema = z.object({
  kind: z.enum(FAMILY_MEMBER_KINDS, { error: 'Choose who this person is to the family.' }),
  givenName: boundedText(100, 'first name'),
  familyName: boundedText(100, 'family name'),
  livesInHousehold: z.boolean({ error: 'Say whether they live in the household.' }),
  contactDetails: optionalLongText(1_000, 'contact details'),
  /** For example a refuge address: never shown in anything made for the family. */
  contactDetailsConfidential: z.boolean().default(false),
  relationships: z
    .array(RelationshipSchema)
    .max(20)
    .default([])
    .refine((list) => new Set(list.map((r) => r.childId)).size === list.length, { message: 'Each child can be listed only once.' }),
  ...languageFields,
  /** Who the interpreter should (or must not) be, for example “a woman, never a family member”. */
  interpreterPreferences: optionalText(SHORT_TEXT, 'interpreter preferences'),
});
export type FamilyMemberDetails = z.infer<typeof FamilyMemberDetailsSchema>;

export const FamilyMemberSchema = z.object({
  id: entityId,
  displayName: z.string(),
  kind: z.enum(FAMILY_MEMBER_KINDS),
  givenName: z.string(),
  familyName: z.string(),
  livesInHousehold: z.boolean(),
  contactDetails: z.string(),
  contactDetailsConfidential: z.boolean(),
  firstLanguage: z.string(),
  interpreterLanguage: z.string(),
  interpreterDialect: z.string(),
  communicationNeeds: z.string(),
  interpreterPreferences: z.string(),
  relationships: z.array(RelationshipSchema),
});
export type FamilyMember = z.infer<typeof FamilyMemberSchema>;

export const AddFamilyMemberSchema = z.object({ conferenceId: entityId, member: FamilyMemberDetailsSchema });
export const UpdateFamilyMemberSchema = z.object({ familyMemberId: entityId, member: FamilyMemberDetailsSchema });
export const RemoveFamilyMemberSchema = z.object({ familyMemberId: entityId });

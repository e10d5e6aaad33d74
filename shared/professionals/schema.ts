import { z } from 'zod';
import { AGENCIES } from '../authority/agencies';
import { boundedText, entityId, optionalText, SHORT_TEXT } from '../text/fields';

export const ProfessionalDetailsSchema = z.object({
  name: boundedText(100, 'name'),
  role: boundedText(SHORT_TEXT, 'role'),
  agency: z.enum(AGENCIES, { error: 'Choose the agency from the list.' }),
  organisation: optionalText(SHORT_TEXT, 'organisation'),
  email: optionalText(254, 'email address').refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(value), {
    message: 'Enter an email address like name@example.gov.uk, or leave it blank.',
  }),
});
export type ProfessionalDetails = z.infer<typeof ProfessionalDetailsSchema>;

export const ProfessionalSchema = ProfessionalDetailsSchema.extend({ id: entityId });
export type Professional = z.infer<typeof ProfessionalSchema>;

export const CreateProfessionalSchema = z.object({ professional: ProfessionalDetailsSchema });
export const UpdateProfessionalSchema = z.object({ professionalId: entityId, professional: ProfessionalDetailsSchema });

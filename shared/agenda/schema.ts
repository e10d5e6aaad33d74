import { z } from 'zod';
import { CONFERENCE_TYPES } from '../conference/schema';
import { boundedText, entityId } from '../text/fields';

/** What an agenda item is for, so capture can lay itself out by it (brief §4.4). */
export const AGENDA_ITEM_KINDS = [
  'welcome',
  'confidentiality',
  'reports',
  'family-views',
  'child-views',
  'agency-information',
  'progress',
  'analysis',
  'decision',
  'plan',
  'next-steps',
  'other',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AgendaItemDraftSchema = z.object({
  /** Present for an item that already exists, so its contributions stay with it. */
  id: entityId.optional(),
  kind: z.enum(AGENDA_ITEM_KINDS, { error: 'Choose what the item is for.' }),
  title: boundedText(120, 'item title'),
  plannedMinutes: z
    .number({ error: 'Enter the planned time in minutes.' })
    .int({ message: 'Enter a whole number of minutes.' })
    .min(0, { message: 'The planned time cannot be negative.' })
    .max(600, { message: 'An item can be planned for at most 600 minutes.' }),
});
export type AgendaItemDraft = z.infer<typeof AgendaItemDraftSchema>;

export const AgendaItemSchema = AgendaItemDraftSchema.extend({ id: entityId });

/** A template's items have no ids: they are copied into each new conference. */
export const AgendaTemplateItemSchema = AgendaItemDraftSchema.omit({ id: true });
export type AgendaTemplateItem = z.infer<typeof AgendaTemplateItemSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

const agendaItems = z.array(AgendaItemDraftSchema).min(1, { message: 'An agenda needs at least one item.' }).max(40, { message: 'An agenda can have at most 40 items.' });

export const SetAgendaSchema = z.object({ conferenceId: entityId, items: agendaItems });
export const AgendaTemplateRefSchema = z.object({ conferenceType: z.enum(CONFERENCE_TYPES) });
export const SetAgendaTemplateSchema = z.object({ conferenceType: z.enum(CONFERENCE_TYPES), items: z.array(AgendaTemplateItemSchema).min(1, { message: 'An agenda needs at least one item.' }).max(40, { message: 'An agenda can have at most 40 items.' }) });

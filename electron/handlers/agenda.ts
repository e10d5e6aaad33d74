import { defaultAgenda } from '../../shared/agenda/default-agenda';
import type { AgendaItemDraft, AgendaTemplateItem } from '../../shared/agenda/schema';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { ConferenceType } from '../../shared/conference/schema';
import { agendaItemIdsWithContributions, findAgendaTemplate, listAgenda, replaceAgenda, replaceAgendaTemplate } from '../../db/agenda/queries';
import { ConflictError, ValidationError } from '../../shared/contract/result';
import { appendAudit } from '../../db/audit/queries';
import type { HandlerContext } from './context';
import { getConference } from './conference';
import { changeConference, existingConference } from './guard';

export function setAgenda(context: HandlerContext, conferenceId: string, items: readonly AgendaItemDraft[]): ConferenceDetail {
  const current = new Set(listAgenda(context.db, existingConference(context, conferenceId).id).map((item) => item.id));
  const fields: Record<string, string> = {};
  items.forEach((item, index) => {
    if (item.id && !current.has(item.id)) fields[`items.${index}.id`] = 'This item is not on this conference’s agenda.';
  });
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
  const kept = new Set(items.map((item) => item.id));
  const withContributions = agendaItemIdsWithContributions(context.db, conferenceId);
  if ([...withContributions].some((id) => !kept.has(id))) {
    throw new ConflictError('An item that already has contributions cannot be removed. Rename it instead, or move its contributions first.');
  }
  changeConference(context, conferenceId, { action: 'update', entity: 'agenda', entityId: conferenceId }, () =>
    replaceAgenda(context.db, conferenceId, items, context.newId),
  );
  return getConference(context, conferenceId);
}

/** The authority's template for a type of conference, or the built-in agenda when it has none. */
export function getAgendaTemplate(context: HandlerContext, type: ConferenceType): { items: AgendaTemplateItem[]; isDefault: boolean } {
  const saved = findAgendaTemplate(context.db, type);
  return saved ? { items: saved, isDefault: false } : { items: [...defaultAgenda(type)], isDefault: true };
}

export function setAgendaTemplate(context: HandlerContext, type: ConferenceType, items: readonly AgendaTemplateItem[]) {
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      replaceAgendaTemplate(context.db, type, items);
      appendAudit(context.db, { at, actor: context.actor, action: 'update', entity: 'agenda-template', entityId: type, conferenceId: null });
    })
    .immediate();
  return getAgendaTemplate(context, type);
}

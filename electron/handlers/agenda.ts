import { defaultAgenda } from '../../shared/agenda/default-agenda';
import type { AgendaItemDraft } from '../../shared/agenda/schema';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { ConferenceType } from '../../shared/conference/schema';
import { findAgendaTemplate, replaceAgenda, replaceAgendaTemplate } from '../../db/agenda/queries';
import { appendAudit } from '../../db/audit/queries';
import type { HandlerContext } from './context';
import { getConference } from './conference';
import { changeConference } from './guard';

export function setAgenda(context: HandlerContext, conferenceId: string, items: readonly AgendaItemDraft[]): ConferenceDetail {
  changeConference(context, conferenceId, { action: 'update', entity: 'agenda', entityId: conferenceId }, () =>
    replaceAgenda(context.db, conferenceId, items, context.newId),
  );
  return getConference(context, conferenceId);
}

/** The authority's template for a type of conference, or the built-in agenda when it has none. */
export function getAgendaTemplate(context: HandlerContext, type: ConferenceType): { items: AgendaItemDraft[]; isDefault: boolean } {
  const saved = findAgendaTemplate(context.db, type);
  return saved ? { items: saved, isDefault: false } : { items: [...defaultAgenda(type)], isDefault: true };
}

export function setAgendaTemplate(context: HandlerContext, type: ConferenceType, items: readonly AgendaItemDraft[]) {
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      replaceAgendaTemplate(context.db, type, items);
      appendAudit(context.db, { at, actor: context.actor, action: 'update', entity: 'agenda-template', entityId: type, conferenceId: null });
    })
    .immediate();
  return getAgendaTemplate(context, type);
}

import { NotFoundError } from '../../shared/contract/result';
import type { Professional, ProfessionalDetails } from '../../shared/professionals/schema';
import { appendAudit } from '../../db/audit/queries';
import { findProfessional, insertProfessional, listProfessionals, updateProfessional as updateRow } from '../../db/professionals/queries';
import type { HandlerContext } from './context';

/** Professionals are kept once and reused across conferences. */
export function createProfessional(context: HandlerContext, details: ProfessionalDetails): Professional {
  const id = context.newId();
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      insertProfessional(context.db, id, details, at);
      appendAudit(context.db, { at, actor: context.actor, action: 'create', entity: 'professional', entityId: id, conferenceId: null });
    })
    .immediate();
  return { id, ...details };
}

export function updateProfessional(context: HandlerContext, professionalId: string, details: ProfessionalDetails): Professional {
  if (!findProfessional(context.db, professionalId)) throw new NotFoundError('This professional');
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      updateRow(context.db, professionalId, details, at);
      appendAudit(context.db, { at, actor: context.actor, action: 'update', entity: 'professional', entityId: professionalId, conferenceId: null });
    })
    .immediate();
  return { id: professionalId, ...details };
}

export { listProfessionals };

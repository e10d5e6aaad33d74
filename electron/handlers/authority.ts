import type { AuthoritySettings } from '../../shared/authority/settings';
import { appendAudit } from '../../db/audit/queries';
import { readAuthoritySettings, writeAuthoritySettings } from '../../db/authority/queries';
import type { HandlerContext } from './context';

export function getAuthoritySettings(context: HandlerContext): AuthoritySettings {
  return readAuthoritySettings(context.db);
}

/** An administrator's change to the authority's rules, including the bank holidays it adds. */
export function updateAuthoritySettings(context: HandlerContext, settings: AuthoritySettings): AuthoritySettings {
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      writeAuthoritySettings(context.db, settings, at);
      appendAudit(context.db, { at, actor: context.actor, action: 'update', entity: 'authority-settings', entityId: 'authority', conferenceId: null });
    })
    .immediate();
  return readAuthoritySettings(context.db);
}

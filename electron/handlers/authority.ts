import type { AuthoritySettings } from '../../shared/authority/settings';
import { appendAudit } from '../../db/audit/queries';
import { readAuthoritySettings, writeAuthoritySettings } from '../../db/authority/queries';
import type { HandlerContext } from './context';
import { refreshNextDeadlines } from './next-deadline';

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
      // Timescales and bank holidays decide every due date: the stored next deadlines follow
      // (all of them when the rules differ, none when only other settings changed).
      refreshNextDeadlines(context.db);
    })
    .immediate();
  return readAuthoritySettings(context.db);
}

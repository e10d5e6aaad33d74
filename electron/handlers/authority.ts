import type { z } from 'zod';
import type { AuthorityIdentityState, Logo, SaveAuthorityIdentitySchema } from '../../shared/authority/identity';
import { base64OfBytes, bytesOfBase64, checkLogo } from '../../shared/authority/logo-check';
import type { AuthoritySettings } from '../../shared/authority/settings';
import { ValidationError } from '../../shared/contract/result';
import { readAuthorityIdentity, writeAuthorityIdentity } from '../../db/authority/identity';
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

export function getAuthorityIdentity(context: HandlerContext): AuthorityIdentityState {
  return readAuthorityIdentity(context.db);
}

/**
 * An administrator saves the authority's name, address, telephone and logo, printed as every
 * document's letterhead. The logo's bytes are checked here, whatever the screen checked: a file
 * that is not a sound PNG or a safe SVG is refused and nothing is saved.
 */
export function saveAuthorityIdentity(context: HandlerContext, input: z.output<typeof SaveAuthorityIdentitySchema>): AuthorityIdentityState {
  let logo: Logo | null = null;
  if (input.logo) {
    let bytes: Uint8Array;
    try {
      bytes = bytesOfBase64(input.logo.data);
    } catch {
      throw new ValidationError('The logo could not be read.', { 'logo.data': 'The logo could not be read as a file. Choose it again.' });
    }
    const checked = checkLogo(bytes);
    if (!checked.ok) throw new ValidationError('The logo cannot be used.', { 'logo.data': checked.message });
    logo = { format: checked.format, data: base64OfBytes(checked.bytes), width: checked.width, height: checked.height, alt: input.logo.decorative ? '' : input.logo.alt, decorative: input.logo.decorative };
  }
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      writeAuthorityIdentity(context.db, { name: input.name, address: input.address, phone: input.phone, logo }, at, context.actor);
      appendAudit(context.db, { at, actor: context.actor, action: 'update', entity: 'authority-identity', entityId: 'authority', conferenceId: null });
    })
    .immediate();
  return readAuthorityIdentity(context.db);
}

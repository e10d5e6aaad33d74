import type { AuthorityIdentity, AuthorityIdentityState, LogoFormat } from '../../shared/authority/identity';
import type { Db } from '../open';

interface IdentityRow {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly logo: Buffer | null;
  readonly logo_format: LogoFormat | null;
  readonly logo_width: number | null;
  readonly logo_height: number | null;
  readonly logo_alt: string;
  readonly logo_decorative: 0 | 1;
  readonly updated_at: string;
  readonly updated_by: string;
}

/** The saved identity, or none before an administrator saves one. */
export function readAuthorityIdentity(db: Db): AuthorityIdentityState {
  const row = db.prepare('SELECT * FROM authority_identity WHERE id = 1').get() as IdentityRow | undefined;
  if (!row) return { identity: null, updatedAt: null, updatedBy: null };
  const logo =
    row.logo && row.logo_format && row.logo_width && row.logo_height
      ? { format: row.logo_format, data: row.logo.toString('base64'), width: row.logo_width, height: row.logo_height, alt: row.logo_alt, decorative: row.logo_decorative === 1 }
      : null;
  return { identity: { name: row.name, address: row.address, phone: row.phone, logo }, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/** Saves the identity whole; the logo must already be checked (shared/authority/logo-check.ts). */
export function writeAuthorityIdentity(db: Db, identity: AuthorityIdentity, at: string, by: string): void {
  const logo = identity.logo;
  db.prepare(
    `INSERT INTO authority_identity (id, name, address, phone, logo, logo_format, logo_width, logo_height, logo_alt, logo_decorative, updated_at, updated_by)
     VALUES (1, @name, @address, @phone, @logo, @format, @width, @height, @alt, @decorative, @at, @by)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address, phone = excluded.phone, logo = excluded.logo,
       logo_format = excluded.logo_format, logo_width = excluded.logo_width, logo_height = excluded.logo_height, logo_alt = excluded.logo_alt,
       logo_decorative = excluded.logo_decorative, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({
    name: identity.name,
    address: identity.address,
    phone: identity.phone,
    logo: logo ? Buffer.from(logo.data, 'base64') : null,
    format: logo?.format ?? null,
    width: logo?.width ?? null,
    height: logo?.height ?? null,
    alt: logo?.alt ?? '',
    decorative: logo?.decorative ? 1 : 0,
    at,
    by,
  });
}

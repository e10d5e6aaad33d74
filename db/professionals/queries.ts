import type { Professional, ProfessionalDetails } from '../../shared/professionals/schema';
import type { Db } from '../open';

interface ProfessionalRow {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly agency: Professional['agency'];
  readonly organisation: string;
  readonly email: string;
}

const toProfessional = (row: ProfessionalRow): Professional => ({
  id: row.id,
  name: row.name,
  role: row.role,
  agency: row.agency,
  organisation: row.organisation,
  email: row.email,
});

export function listProfessionals(db: Db): Professional[] {
  return (db.prepare('SELECT * FROM professional ORDER BY name COLLATE NOCASE').all() as ProfessionalRow[]).map(toProfessional);
}

export function findProfessional(db: Db, id: string): Professional | undefined {
  const row = db.prepare('SELECT * FROM professional WHERE id = ?').get(id) as ProfessionalRow | undefined;
  return row ? toProfessional(row) : undefined;
}

export function insertProfessional(db: Db, id: string, details: ProfessionalDetails, at: string): void {
  db.prepare(
    `INSERT INTO professional (id, name, role, agency, organisation, email, created_at, updated_at)
     VALUES (@id, @name, @role, @agency, @organisation, @email, @at, @at)`,
  ).run({ id, at, ...details });
}

export function updateProfessional(db: Db, id: string, details: ProfessionalDetails, at: string): void {
  db.prepare(
    `UPDATE professional SET name = @name, role = @role, agency = @agency, organisation = @organisation, email = @email, updated_at = @at
     WHERE id = @id`,
  ).run({ id, at, ...details });
}

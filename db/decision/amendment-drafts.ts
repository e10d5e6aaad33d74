import { RestrictionSchema } from '../../shared/audience/restriction';
import type { AmendmentDraft, KeepForAmendment } from '../../shared/decision/signoff';
import type { Db } from '../open';

// Text typed into the minutes after sign-off, kept as the start of an amendment (migration 0015).

/** Keeps the text, or the latest of it when the same typing is kept again. */
export function keepAmendmentDraft(db: Db, input: KeepForAmendment, actor: string, at: string): void {
  db.prepare(
    `INSERT INTO amendment_draft (id, conference_id, section, entity_id, original, correction, kept_at, kept_by, restriction)
     VALUES (@id, @conferenceId, @section, @entityId, @original, @correction, @at, @actor, @restriction)
     ON CONFLICT (id) DO UPDATE SET section = excluded.section, entity_id = excluded.entity_id, original = excluded.original,
       correction = excluded.correction, kept_at = excluded.kept_at, kept_by = excluded.kept_by, restriction = excluded.restriction`,
  ).run({ ...input, restriction: JSON.stringify(input.restriction), actor, at });
}

export function findAmendmentDraftConference(db: Db, id: string): string | undefined {
  return db.prepare('SELECT conference_id FROM amendment_draft WHERE id = ?').pluck().get(id) as string | undefined;
}

export function listAmendmentDrafts(db: Db, conferenceId: string): AmendmentDraft[] {
  const rows = db.prepare('SELECT * FROM amendment_draft WHERE conference_id = ? ORDER BY kept_at, rowid').all(conferenceId) as {
    id: string;
    section: AmendmentDraft['section'];
    entity_id: string | null;
    original: string;
    correction: string;
    kept_at: string;
    kept_by: string;
    restriction: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    section: row.section,
    entityId: row.entity_id,
    original: row.original,
    correction: row.correction,
    keptAt: row.kept_at,
    keptBy: row.kept_by,
    restriction: RestrictionSchema.parse(JSON.parse(row.restriction)),
  }));
}

/** Used up by the amendment recorded from it, or discarded by the chair. */
export function deleteAmendmentDraft(db: Db, id: string): number {
  return db.prepare('DELETE FROM amendment_draft WHERE id = ?').run(id).changes;
}

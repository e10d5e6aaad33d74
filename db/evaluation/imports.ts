import type { Db } from '../open';

/** Other laptops' evaluation files, kept as their figures only (migration 0029). */
export interface EvaluationImportRow {
  readonly digest: string;
  /** The figures as JSON, checked against FiguresSchema before they were stored. */
  readonly figures: string;
  readonly importedAt: string;
}

export function findEvaluationImport(db: Db, digest: string): boolean {
  return db.prepare('SELECT 1 FROM evaluation_import WHERE digest = ?').get(digest) !== undefined;
}

export function insertEvaluationImport(db: Db, row: EvaluationImportRow): void {
  db.prepare('INSERT INTO evaluation_import (digest, figures, imported_at) VALUES (@digest, @figures, @importedAt)').run(row);
}

/** Oldest first. */
export function listEvaluationImports(db: Db): EvaluationImportRow[] {
  return db.prepare('SELECT digest, figures, imported_at AS importedAt FROM evaluation_import ORDER BY imported_at, digest').all() as EvaluationImportRow[];
}

import { tableNames } from '../foreign-keys';
import type { Db } from '../open';

/**
 * What a handover package may carry, and nothing else: a family's own records, reached by
 * following foreign keys from the family. A table added by a later migration travels only once it
 * is listed here (or is listed as never carried); test/handlers/handover.test.ts fails until every
 * table is one or the other.
 */
export const FAMILY_TABLES = [
  'family',
  'child',
  'family_member',
  'relationship',
  'conference',
  'invitation',
  'agency_report',
  'agenda_item',
  'contribution',
  'contribution_version',
  'attendance',
  'exclusion',
  'child_voice',
  'restricted_part',
  'interpreter',
  'safety_statement',
  'safety_scale',
  'decision',
  'dissent',
  'plan',
  'plan_outcome',
  'plan_action',
  'distribution_recipient',
  'distribution_sent',
  'amendment',
  'language_ignore',
  'document_export',
  'conference_family_reason',
] as const;

/**
 * Shared across families: carried when a family's rows point at them, but never followed
 * downwards, or a professional would pull in every other family they work with.
 */
export const SHARED_TABLES = ['professional'] as const;

/**
 * Never carried, and a package holding any of them is refused: the audit trail stays with the
 * computer it describes; settings, the letterhead, the app lock and the language pack are the authority's or the
 * computer's; retention marks, exports to the case-management system and restores are decisions made on
 * this computer, and text kept for an amendment is a draft of this computer's user; translations answer exports made
 * on this computer (a file from the translation service is matched to its export here), so they stay with it; the family's
 * feedback is kept apart from the record, and family mode is this computer's state; the search index and next deadlines
 * are worked out by each copy for itself.
 */
export const NEVER_CARRIED = [
  'audit_event',
  'authority_settings',
  'agenda_template_item',
  'app_lock',
  'language_authority_pack',
  'cms_export',
  'retention_removal',
  'search_entry',
  'conference_deadline',
  'deadline_rules',
  'backup_restore',
  'amendment_draft',
  'user_profile',
  'authority_identity',
  'language_pack',
  'translation_export',
  'translation',
  'translation_left_in_english',
  'family_feedback',
  'family_mode',
  // Other laptops' aggregate figures, imported here for the authority's whole picture (issue 17).
  'evaluation_import',
] as const;

/** SQLite's own tables and the full-text index's shadow tables. */
const INTERNAL = /^(sqlite_|search_name|search_text)/;

const carried = new Set<string>([...FAMILY_TABLES, ...SHARED_TABLES]);

export function isCarried(table: string): boolean {
  return carried.has(table);
}

export function isFamilyTable(table: string): boolean {
  return (FAMILY_TABLES as readonly string[]).includes(table);
}

/** Tables in this database that are neither carried nor deliberately left behind. */
export function unclassifiedTables(db: Db): string[] {
  const known = new Set<string>([...carried, ...NEVER_CARRIED]);
  return tableNames(db).filter((table) => !known.has(table) && !INTERNAL.test(table));
}

/**
 * Tables that grow after sign-off: corrections, the record of what was sent and of the documents
 * made. A package may bring new rows of these to a conference finalised here; never of any other.
 */
export const AFTER_SIGN_OFF_TABLES: ReadonlySet<string> = new Set(['amendment', 'distribution_sent', 'document_export']);

/**
 * The authority pack as the settings panel edits it (rows with keys, choices as text), and back.
 * Pure, so the round trip is tested without a browser.
 */
import type { AuthorityPack, AuthorityPackInput, Category } from '../../../shared/language';
import { BoundedAuthorityPackSchema } from '../../../shared/language-settings/schema';

export const SEVERITY_CHOICES = ['keep', 'error', 'warning', 'info', 'off'] as const;
export type SeverityChoice = (typeof SEVERITY_CHOICES)[number];
export const SEVERITY_CHOICE_LABELS: Readonly<Record<SeverityChoice, string>> = {
  keep: 'As the national pack',
  error: 'Must change',
  warning: 'Should change',
  info: 'Consider',
  off: 'Off',
};

export interface PackDraft {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly acronyms: readonly { readonly key: string; readonly acronym: string; readonly expansion: string; readonly wellKnown: boolean }[];
  readonly terms: readonly { readonly key: string; readonly term: string; readonly preferred: string; readonly category: Category }[];
  readonly rules: readonly { readonly key: string; readonly ruleId: string; readonly professional: SeverityChoice; readonly family: SeverityChoice }[];
  /** One per line. */
  readonly properNouns: string;
}

let counter = 0;
export const rowKey = (): string => `row-${++counter}`;

export const EMPTY_DRAFT: PackDraft = { id: 'our-authority', name: '', version: '1', acronyms: [], terms: [], rules: [], properNouns: '' };

export function draftOf(pack: AuthorityPack | null): PackDraft {
  if (pack === null) return EMPTY_DRAFT;
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    acronyms: pack.acronyms.map((item) => ({ key: rowKey(), ...item })),
    terms: pack.preferredTerms.map((item) => ({ key: rowKey(), term: item.term, preferred: item.preferred.join('; '), category: item.category })),
    rules: Object.entries(pack.rules).map(([ruleId, setting]) => ({
      key: rowKey(),
      ruleId,
      professional: setting === 'off' ? 'off' : (setting.professional ?? 'keep'),
      family: setting === 'off' ? 'off' : (setting.family ?? 'keep'),
    })),
    properNouns: pack.properNouns.join('\n'),
  };
}

/** The pack file's shape. Rows left blank are left out; "keep" for both audiences changes nothing. */
export function packOf(draft: PackDraft): AuthorityPackInput {
  const rules: Record<string, 'off' | { professional?: SeverityChoiceSet; family?: SeverityChoiceSet }> = {};
  for (const row of draft.rules) {
    if (row.ruleId === '') continue;
    if (row.professional === 'off' && row.family === 'off') rules[row.ruleId] = 'off';
    else if (row.professional !== 'keep' || row.family !== 'keep') {
      rules[row.ruleId] = {
        ...(row.professional === 'keep' ? {} : { professional: row.professional }),
        ...(row.family === 'keep' ? {} : { family: row.family }),
      };
    }
  }
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    version: draft.version.trim(),
    acronyms: draft.acronyms.filter((row) => row.acronym.trim() !== '' || row.expansion.trim() !== '').map(({ acronym, expansion, wellKnown }) => ({ acronym: acronym.trim(), expansion: expansion.trim(), wellKnown })),
    preferredTerms: draft.terms
      .filter((row) => row.term.trim() !== '' || row.preferred.trim() !== '')
      .map(({ term, preferred, category }) => ({ term: term.trim(), preferred: preferred.split(';').map((part) => part.trim()).filter(Boolean), category })),
    rules,
    properNouns: draft.properNouns.split('\n').map((line) => line.trim()).filter(Boolean),
  };
}

type SeverityChoiceSet = Exclude<SeverityChoice, 'keep'>;

export type PackCheck = { readonly ok: true; readonly pack: AuthorityPack } | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/** The same schema the application checks: errors by path (`acronyms.0.acronym`). */
export function checkPack(value: unknown): PackCheck {
  const parsed = BoundedAuthorityPackSchema.safeParse(value);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.') || 'pack';
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A short, stable key for a pack's content (djb2), so the worker caches one checker per version. */
export function contentKey(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i += 1) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

/**
 * Layering an authority pack on the national pack: local acronyms with their expansions,
 * preferred terms, and rules switched off or re-graded by id. The schema is what a settings
 * screen uses to validate an imported pack file.
 */
import { z } from 'zod';
import type { LanguagePack, PhraseRule, Rule } from './schema';
import { CategorySchema, LanguagePackSchema, SeverityByAudienceSchema, SeveritySchema } from './schema';

const nonEmpty = z.string().trim().min(1);

export const AuthorityPackSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u, 'Use lower-case letters, digits and hyphens for the pack id.'),
  name: nonEmpty,
  version: nonEmpty,
  /** Local acronyms. `wellKnown` ones pass in family text; the rest are flagged with the
   *  expansion as a safe suggestion. */
  acronyms: z
    .array(
      z.object({
        acronym: z.string().regex(/^[A-Za-z][A-Za-z0-9&]{1,9}$/u, 'An acronym is 2 to 10 letters or digits.'),
        expansion: nonEmpty,
        wellKnown: z.boolean().default(false),
      }),
    )
    .default([]),
  /** Words the authority wants replaced, and what to say instead. */
  preferredTerms: z
    .array(
      z.object({
        term: nonEmpty.max(80),
        preferred: z.array(nonEmpty).min(1),
        category: CategorySchema.default('system-jargon'),
        message: nonEmpty.optional(),
        severity: SeverityByAudienceSchema.default({ professional: 'info', family: 'warning' }),
      }),
    )
    .default([]),
  /** Rules switched off, or re-graded for one or both audiences. */
  rules: z
    .record(z.string().min(1), z.union([z.literal('off'), z.object({ professional: SeveritySchema.optional(), family: SeveritySchema.optional() })]))
    .default({}),
  /** Local services and places whose names contain flagged words. */
  properNouns: z.array(nonEmpty).default([]),
});

export type AuthorityPack = z.infer<typeof AuthorityPackSchema>;
export type AuthorityPackInput = z.input<typeof AuthorityPackSchema>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'term';
}

function preferredTermRule(authority: AuthorityPack, term: AuthorityPack['preferredTerms'][number], index: number): PhraseRule {
  const words = term.term.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
  return {
    id: `${authority.id}.term.${slug(term.term)}-${index + 1}`,
    kind: 'phrase',
    category: term.category,
    severity: term.severity,
    patterns: [words],
    exceptions: { before: [], after: [], afterExact: [] },
    caseSensitive: false,
    rewrites: [],
    message: term.message ?? `${authority.name} prefers "${term.preferred.join('" or "')}".`,
    why: `${authority.name} has agreed this wording with its families and staff.`,
    source: [`${authority.name} language pack ${authority.version}`],
    // The authority's own words for its own term: each is offered as a one-click change.
    suggestions: term.preferred.map((text) => ({ text, safe: term.preferred.length === 1, replace: true })),
    examples: { flag: [term.term], pass: [term.preferred[0] ?? 'family time'] },
  };
}

/** The national pack with the authority's layer on top. Rule ids the national pack does not
 *  have are ignored here; `unknownRuleIds` lists them for the settings screen. */
export function mergePacks(national: LanguagePack, authorityInput: AuthorityPack | AuthorityPackInput): LanguagePack {
  const authority = AuthorityPackSchema.parse(authorityInput);
  const acronymsAllowed = authority.acronyms.filter((item) => item.wellKnown).map((item) => item.acronym);
  const expansions = Object.fromEntries(authority.acronyms.map((item) => [item.acronym, item.expansion]));
  const rules: Rule[] = national.rules.map((rule) => {
    const override = authority.rules[rule.id];
    let next: Rule = rule;
    if (override === 'off') next = { ...next, severity: { professional: 'off', family: 'off' } };
    else if (override !== undefined) next = { ...next, severity: { professional: override.professional ?? rule.severity.professional, family: override.family ?? rule.severity.family } };
    if (next.kind === 'acronym') {
      next = { ...next, allow: [...next.allow, ...acronymsAllowed], expansions: { ...next.expansions, ...expansions } };
    }
    return next;
  });
  rules.push(...authority.preferredTerms.map((term, index) => preferredTermRule(authority, term, index)));
  return LanguagePackSchema.parse({
    id: `${national.id}+${authority.id}`,
    version: `${national.version}+${authority.version}`,
    rules,
    properNouns: [...national.properNouns, ...authority.properNouns],
  });
}

/** Rule ids an authority pack mentions that the national pack does not have (probably typos). */
export function unknownRuleIds(national: LanguagePack, authority: AuthorityPack): readonly string[] {
  const known = new Set(national.rules.map((rule) => rule.id));
  return Object.keys(authority.rules).filter((id) => !known.has(id));
}

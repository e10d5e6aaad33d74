/** The strengths-based, plain-language checker: pure TypeScript, no Node, no DOM. */
export { applySuggestion, checkParagraphs, checkText, createChecker, suggestionEdit, warmUp } from './check';
export type { CheckOptions, Checker, TextEdit } from './check';
export { FAMILY_PLAN, familyPlanGate, MIN_OVERRIDE_REASON } from './gate';
export type { FamilyPlanGateResult, FamilyPlanOverride, GatedDocument } from './gate';
export { NATIONAL_PACK } from './national-pack';
export { AuthorityPackSchema, mergePacks, unknownRuleIds } from './packs';
export type { AuthorityPack, AuthorityPackInput } from './packs';
export { readability, countSyllables, wordSyllables, numberSyllables } from './readability';
export type { DocumentReadability, ReadabilityScores, SectionReadability } from './readability';
export { LanguagePackSchema, RuleSchema } from './schema';
export type { LanguagePack, Rule, RuleInput } from './schema';
export { splitSentences, splitLines, countWords, WORD_PATTERN } from './tokenise';
export { AUDIENCES, CATEGORIES, DEFAULT_LANGUAGE_TARGETS, SEVERITIES } from './types';
export { NO_PEOPLE } from './types';
export type { Audience, Category, ConferencePeople, Finding, LanguageTargets, Severity, SeverityByAudience, Suggestion } from './types';

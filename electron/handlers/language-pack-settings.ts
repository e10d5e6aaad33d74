/**
 * Language packs in Settings (issue 16): the packs there are (shipped drafts, and the authority's
 * imports in their place), importing a pack file (checked whole, a refusal changes nothing),
 * exporting one, and marking one reviewed by a named translator on a date.
 */
import { appendAudit } from '../../db/audit/queries';
import { listImportedPacks, writeImportedPack } from '../../db/language-packs/queries';
import { ValidationError } from '../../shared/contract/result';
import { checkPackMessages, packFile, readPackFile, type LanguagePack } from '../../shared/i18n/pack';
import type { LanguagePackSummary } from '../../shared/i18n/pack-contract';
import { SHIPPED_PACKS } from '../../shared/i18n/shipped-packs';
import type { HandlerContext } from './context';
import { packFor } from './language-packs';

function summary(pack: LanguagePack, source: LanguagePackSummary['source']): LanguagePackSummary {
  return {
    locale: pack.locale,
    nameEnglish: pack.name.english,
    nameOwn: pack.name.own,
    direction: pack.direction,
    reviewed: pack.status.kind === 'reviewed' ? { by: pack.status.by, on: pack.status.on } : null,
    source,
    missingKeys: [...checkPackMessages(pack.locale, pack.messages as Record<string, string>).missing],
  };
}

/** Every language with a pack: the authority's where it imported one, else the shipped draft. */
export function listLanguagePacks(context: HandlerContext): LanguagePackSummary[] {
  const imported = new Map(listImportedPacks(context.db).map((stored) => [stored.pack.locale, stored.pack]));
  const shipped = SHIPPED_PACKS.filter((pack) => !imported.has(pack.locale)).map((pack) => summary(pack, 'shipped'));
  return [...shipped, ...[...imported.values()].map((pack) => summary(pack, 'imported'))].sort((a, b) => a.nameEnglish.localeCompare(b.nameEnglish));
}

function save(context: HandlerContext, pack: LanguagePack, action: 'create' | 'update'): void {
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      writeImportedPack(context.db, pack, at, context.actor);
      appendAudit(context.db, { at, actor: context.actor, action, entity: 'language-pack', entityId: pack.locale, conferenceId: null });
    })
    .immediate();
}

export function importLanguagePack(context: HandlerContext, input: { readonly fileText: string }) {
  const reading = readPackFile(input.fileText);
  if (!reading.ok) throw new ValidationError(`This language pack cannot be used. ${reading.reasons.join(' ')}`, { fileText: reading.reasons[0] ?? 'This file cannot be used.' });
  save(context, reading.pack, 'create');
  return { packs: listLanguagePacks(context), locale: reading.pack.locale, missingKeys: [...reading.check.missing], unknownKeys: [...reading.check.unknown] };
}

function existing(context: HandlerContext, locale: string): LanguagePack {
  const pack = packFor(context, locale);
  if (pack === null) throw new ValidationError('There is no language pack for this language.', { locale: 'Choose a language that has a pack.' });
  return pack;
}

export function exportLanguagePack(context: HandlerContext, input: { readonly locale: string }) {
  const pack = existing(context, input.locale);
  return { fileName: `confer-language-pack-${pack.locale}.json`, text: `${JSON.stringify(packFile(pack), null, 2)}\n` };
}

/** The translator's check: a shipped draft marked reviewed becomes the authority's own pack. */
export function markLanguagePackReviewed(context: HandlerContext, input: { readonly locale: string; readonly by: string; readonly on: string }) {
  const pack = existing(context, input.locale);
  save(context, { ...pack, status: { kind: 'reviewed', by: input.by, on: input.on } }, 'update');
  return listLanguagePacks(context);
}

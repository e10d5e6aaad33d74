/**
 * The draft packs Confer ships for the languages most often spoken by families in England
 * (shared/i18n/packs/*.json). Written for Confer and not yet checked by a translator: every one
 * is a draft, so a document made with it says so in both languages and the chair must confirm.
 * An authority's imported pack for the same language takes its place.
 */
import pl from './packs/pl.json';
import { checkedPack, type LanguagePack } from './pack';

const FILES: readonly unknown[] = [pl];

/** The shipped packs, each checked as an imported one would be; one that fails is left out (a test fails first). */
export const SHIPPED_PACKS: readonly LanguagePack[] = FILES.flatMap((file) => {
  const reading = checkedPack(file as Parameters<typeof checkedPack>[0]);
  return reading.ok ? [reading.pack] : [];
});

export function shippedPack(locale: string): LanguagePack | null {
  return SHIPPED_PACKS.find((pack) => pack.locale === locale) ?? null;
}

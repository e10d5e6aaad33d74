/**
 * The draft packs Confer ships for the languages most often spoken by families in England
 * (shared/i18n/packs/*.json). Written for Confer and not yet checked by a translator: every one
 * is a draft, so a document made with it says so in both languages and the chair must confirm.
 * An authority's imported pack for the same language takes its place.
 */
import { checkedPack, type LanguagePack } from './pack';
import ar from './packs/ar.json';
import bn from './packs/bn.json';
import lt from './packs/lt.json';
import pa from './packs/pa.json';
import pl from './packs/pl.json';
import pt from './packs/pt.json';
import ro from './packs/ro.json';
import so from './packs/so.json';
import ti from './packs/ti.json';
import ur from './packs/ur.json';

/** In the order of how many families in England speak each (Census 2021, main language other than English). */
const FILES: readonly unknown[] = [pl, ro, pa, ur, pt, ar, bn, lt, so, ti];

/** The shipped packs, each checked as an imported one would be; one that fails is left out (a test fails first). */
export const SHIPPED_PACKS: readonly LanguagePack[] = FILES.flatMap((file) => {
  const reading = checkedPack(file as Parameters<typeof checkedPack>[0]);
  return reading.ok ? [reading.pack] : [];
});

export function shippedPack(locale: string): LanguagePack | null {
  return SHIPPED_PACKS.find((pack) => pack.locale === locale) ?? null;
}

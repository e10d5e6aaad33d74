/**
 * Which language pack fits what a record says a person speaks. First language and interpreter
 * language are free text ("Polish", "polski", "Arabic (Sudanese)", "Punjabi / Urdu"), so the words
 * are compared, without case or accents, with each pack's names in English and in itself and a
 * few other names families and workers use. A guess the chair sees and can change; never a rule.
 */

export interface NamedPack {
  readonly locale: string;
  readonly nameEnglish: string;
  readonly nameOwn: string;
}

/** Other names for the shipped packs' languages, as written in records. */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  pl: ['polish', 'polski', 'polskie'],
  ro: ['romanian', 'romana', 'moldovan'],
  pa: ['punjabi', 'panjabi', 'gurmukhi'],
  ur: ['urdu'],
  pt: ['portuguese', 'portugues', 'brazilian portuguese', 'brazilian'],
  ar: ['arabic', 'arabi', 'عربي'],
  bn: ['bengali', 'bangla'],
  lt: ['lithuanian', 'lietuviu', 'lietuviskai'],
  so: ['somali', 'soomaali', 'af soomaali', 'af-soomaali'],
  ti: ['tigrinya', 'tigrigna', 'tigrinia'],
};

/** "Arabic (Sudanese)" → "arabic sudanese"; "Română" → "romana". */
export function normalisedLanguage(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[()[\]{}.,;:!?"“”'’]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const contains = (words: string, name: string) => name !== '' && ` ${words} `.includes(` ${name} `);

/**
 * The first language named in the text that has a pack, or null. Punjabi written in Shahmukhi
 * (as in Pakistan) is not the Gurmukhi pack.
 */
export function packForLanguage<P extends NamedPack>(text: string, packs: readonly P[]): P | null {
  const words = normalisedLanguage(text);
  if (words === '') return null;
  // Where each pack's name first appears, so "Punjabi / Urdu" picks Punjabi.
  let best: { pack: P; at: number } | null = null;
  for (const pack of packs) {
    const names = [pack.nameEnglish, pack.nameOwn, ...(OTHER_NAMES[pack.locale] ?? [])].map(normalisedLanguage);
    for (const name of names) {
      if (!contains(words, name)) continue;
      if (pack.locale === 'pa' && contains(words, 'shahmukhi')) continue;
      const at = ` ${words} `.indexOf(` ${name} `);
      if (best === null || at < best.at) best = { pack, at };
    }
  }
  return best?.pack ?? null;
}

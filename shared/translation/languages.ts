/**
 * The languages the Documents screen offers for the translation round trip: the most common first
 * languages of families in England that issue 16 names, each as its BCP 47 tag (the XLIFF file's
 * trgLang) and its English name. Any other tag is accepted by the calls.
 */
export const TRANSLATION_LANGUAGES: readonly { readonly tag: string; readonly name: string }[] = [
  { tag: 'ar', name: 'Arabic' },
  { tag: 'bn', name: 'Bengali' },
  { tag: 'lt', name: 'Lithuanian' },
  { tag: 'pl', name: 'Polish' },
  { tag: 'pt', name: 'Portuguese' },
  { tag: 'pa', name: 'Punjabi' },
  { tag: 'ro', name: 'Romanian' },
  { tag: 'so', name: 'Somali' },
  { tag: 'ti', name: 'Tigrinya' },
  { tag: 'ur', name: 'Urdu' },
];

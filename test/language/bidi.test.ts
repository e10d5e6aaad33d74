/**
 * Values kept in their own direction inside right-to-left sentences (shared/languages/bidi.ts and the
 * catalogue's use of it). The PDFs themselves are checked in test/documents/bidi-pdf.test.tsx.
 */
import { describe, expect, test } from 'vitest';
import { createCatalogue } from '../../shared/i18n/catalogue';
import { isolated, lineInDirection, withoutBidiFormatting } from '../../shared/languages/bidi';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolated', () => {
  test('sets a text apart, and leaves the empty text empty', () => {
    expect(isolated('Amira Khan')).toBe(`${FSI}Amira Khan${PDI}`);
    expect(isolated('')).toBe('');
  });

  test('balances isolates already in the text: a stray PDI cannot close the isolate round it, an open one is closed', () => {
    expect(isolated(`a${PDI}b`)).toBe(`${FSI}ab${PDI}`);
    expect(isolated(`\u2067a`)).toBe(`${FSI}\u2067a${PDI}${PDI}`);
    expect(isolated(`${FSI}a${PDI}`)).toBe(`${FSI}${FSI}a${PDI}${PDI}`);
  });
});

describe('lineInDirection', () => {
  test('isolates a right-to-left paragraph’s line of left-to-right words only', () => {
    expect(lineInDirection('Tariq will ring.', true)).toBe(`${FSI}Tariq will ring.${PDI}`);
    expect(lineInDirection('سيتصل Tariq.', true)).toBe('سيتصل Tariq.');
    expect(lineInDirection('Tariq will ring.', false)).toBe('Tariq will ring.');
  });

  test('leaves a message whose only words are isolated values in the paragraph’s direction', () => {
    const quote = `«${isolated('We lock the door.')}» (${isolated('Amira Khan')})`;
    expect(lineInDirection(quote, true)).toBe(quote);
  });
});

test('withoutBidiFormatting drops marks, embeddings and isolates, and keeps joiners', () => {
  expect(withoutBidiFormatting(`\u200F${FSI}Amira${PDI}\u200E\u202B\u061C\u200Cا`)).toBe('Amira\u200Cا');
});

describe('a right-to-left catalogue', () => {
  const arabic = createCatalogue('ar', {
    'plan.inFamilysWordsWhose': '«{text}» ({whose})',
    'letter.conference': '{type, select, review {مؤتمر مراجعة} other {مؤتمر}}',
  });

  test('isolates every text value, and not the values a select chooses by', () => {
    expect(arabic.format('plan.inFamilysWordsWhose', { text: 'Safe.', whose: 'Amira' })).toBe(`«${FSI}Safe.${PDI}» (${FSI}Amira${PDI})`);
    expect(arabic.format('letter.conference', { type: 'review' })).toBe('مؤتمر مراجعة');
  });

  test('isolates each part of a list', () => {
    expect(arabic.list(['Ruby', 'Leo'])).toBe(`${FSI}Ruby${PDI} و${FSI}Leo${PDI}`);
  });

  test('an English catalogue is unchanged', () => {
    const english = createCatalogue('en-GB', {});
    expect(english.format('plan.inFamilysWordsWhose', { text: 'Safe.', whose: 'Amira' })).toBe('“Safe.” (Amira)');
    expect(english.list(['Ruby', 'Leo'])).toBe('Ruby and Leo');
  });
});

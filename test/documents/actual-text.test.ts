/** The words of a drawn run as written, for its ActualText (electron/pdf/actual-text.ts). */
import { describe, expect, test } from 'vitest';
import { pdfTextString, runTextsOf } from '../../electron/pdf/actual-text';

const drawn = { glyphs: [], positions: [] };
const font = [{}];

describe('the ActualText of a run', () => {
  test('a right-to-left run, drawn reversed with its brackets mirrored, is given back as written', () => {
    // How textkit draws "(صبح 10:30)" in a right-to-left paragraph: the brackets mirrored, the runs
    // in visual order (the closing bracket, the number, then the word and the opening bracket), and
    // each right-to-left run's characters reversed.
    const line = {
      box: {},
      string: `(10:30 ${[...'صبح'].reverse().join('')})`,
      runs: [
        { start: 0, end: 1, attributes: { bidiLevel: 1, font }, ...drawn },
        { start: 1, end: 6, attributes: { bidiLevel: 2, font }, ...drawn },
        { start: 6, end: 11, attributes: { bidiLevel: 1, font }, ...drawn },
      ],
    };
    // The bracket and the number read back from their glyphs; the word's run is given back as written.
    expect(runTextsOf([line])).toEqual([null, null, '(صبح ']);
  });

  test('Bengali, decomposed for shaping, is given back composed; Latin and Cyrillic runs get none', () => {
    const bengali = 'মার্চ মধ্যে'.normalize('NFD');
    const lines = [
      { box: {}, string: `${bengali} Sarah`, runs: [{ start: 0, end: bengali.length + 1, attributes: { bidiLevel: 0, font }, ...drawn }, { start: bengali.length + 1, end: bengali.length + 6, attributes: { bidiLevel: 0, font }, ...drawn }] },
      { box: {}, string: 'Мария', runs: [{ start: 0, end: 5, attributes: { font }, ...drawn }] },
    ];
    expect(runTextsOf(lines)).toEqual([`${'মার্চ মধ্যে'.normalize('NFC')} `, null, null]);
  });

  test('a run react-pdf does not draw (no font, or a line without a box) has no entry, so the next run gets its own', () => {
    const line = { box: {}, string: 'ab', runs: [{ start: 0, end: 1, attributes: {}, ...drawn }, { start: 1, end: 2, attributes: { font }, ...drawn }] };
    expect(runTextsOf([line, { ...line, box: undefined }])).toEqual([null]);
  });

  test('is written as a UTF-16 text string with its byte order mark', () => {
    expect(pdfTextString('a ب')).toBe('<FEFF00610020 0628>'.replace(' ', ''));
  });
});

/**
 * Four fixes to fontkit's shaping, made once for every font fontkit opens in this process
 * (react-pdf's text layout uses the same fontkit module).
 *
 * 1. fontkit 2.0.4 throws while shaping a font whose mark-positioning lookups hold a NULL anchor,
 * which the OpenType specification allows ("no anchor for this mark here"): Noto Sans Gurmukhi
 * does, so nearly every Punjabi word with a vowel sign failed to lay out (fontkit#367; the fix,
 * fontkit#374, is not released). HarfBuzz skips such a mark, and so does this: it wraps the GPOS
 * processor's applyAnchor.
 * 2. A shaped run's marks are folded into the glyph they belong to (glyph-clusters.ts), which
 *    react-pdf's layout otherwise loses or misplaces: it wraps the font class's layout.
 * 3. A shaped glyph carries the characters shaping gave it, not those its glyph id was first made
 *    with. fontkit 2.0.4 turns its shaped glyph infos into glyphs with `font.getGlyph(id, codePoints)`,
 *    which keeps one glyph object per id and ignores the code points after the first time. When
 *    shaping moves characters between glyphs (Noto Sans Bengali's reph: `র্মী` comes out as ম, then
 *    the glyph for ী standing for র্, then a reph glyph standing for ী), the run's glyphs then
 *    carried fewer characters than its text. react-pdf maps text to glyphs by counting each glyph's
 *    characters, so every later index was off: a line broken at a space was cut a letter into the
 *    next word (`জিজ্ঞাসা ক` / `রুন।`). It wraps the OpenType engine's substitute.
 * 4. Invisible formatting characters (default-ignorables: the isolates and marks that keep a value's
 *    direction inside a right-to-left sentence, joiners) are laid out in the font of the text around
 *    them and never drawn. The fonts lack most of them (no font in the Arabic stack has U+2068), so
 *    textkit's font substitution moved each into a font of its own, where it was shaped as glyph 0,
 *    the .notdef box. fontkit already hides them after shaping, as HarfBuzz does, by putting a space
 *    with no advance in their place; a space drawn there would be read back as a space that is not
 *    in the text. So every font counts as having them (it wraps hasGlyphForCodePoint), and the
 *    hidden glyphs are marked (wrapping the layout engine's hideDefaultIgnorables), keeping their
 *    own characters for textkit's count, for draw-glyphs.ts to leave out.
 */
import { hiddenGlyph, isDefaultIgnorable } from './default-ignorable';
import { foldClusters } from './glyph-clusters';

interface AnchorRecord {
  readonly markAnchor?: unknown;
}

interface GposProcessorLike {
  applyAnchor(markRecord: AnchorRecord | null | undefined, baseAnchor: unknown, baseGlyphIndex: number): void;
}

/** The fontkit font internals this reaches: its OpenType layout engine's GPOS processor. */
type Layout = (string: string, ...rest: unknown[]) => Parameters<typeof foldClusters>[0];

interface FontWithEngine {
  readonly _layoutEngine?: { readonly engine?: { readonly GPOSProcessor?: GposProcessorLike | null } };
}

const SKIPS_NULL_ANCHORS = Symbol.for('confer.skipsNullAnchors');

/**
 * Makes fontkit skip a mark whose anchor is NULL instead of throwing. `font` is any fontkit font
 * with a GPOS table (its processor's class is shared by every font). Fails loudly if fontkit's
 * internals have changed, rather than leaving Punjabi to fail later in a document.
 */
export function fixFontkit(font: unknown): void {
  skipNullAnchors(font);
  clustersAsOneGlyph(font);
  glyphsKeepShapedCodePoints(font);
  ignorablesNeverDrawn(font);
}

const IGNORABLES_NEVER_DRAWN = Symbol.for('confer.ignorablesNeverDrawn');

interface CoverageLike {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface HidingEngineLike {
  hideDefaultIgnorables(glyphs: ShapedGlyphLike[], positions: unknown[]): void;
  isDefaultIgnorable(codePoint: number): boolean;
}

/** The object on `value`'s prototype chain that owns `name`, or undefined. */
function ownerOf(value: unknown, name: string): Record<string, unknown> | undefined {
  let prototype = typeof value === 'object' && value !== null ? (Object.getPrototypeOf(value) as Record<string, unknown> | null) : null;
  while (prototype !== null && !Object.prototype.hasOwnProperty.call(prototype, name)) prototype = Object.getPrototypeOf(prototype) as Record<string, unknown> | null;
  return prototype ?? undefined;
}

function ignorablesNeverDrawn(font: unknown): void {
  const fontClass = ownerOf(font, 'hasGlyphForCodePoint') as (CoverageLike & { [IGNORABLES_NEVER_DRAWN]?: true }) | undefined;
  const engine = (font as { readonly _layoutEngine?: unknown })._layoutEngine;
  const engineClass = ownerOf(engine, 'hideDefaultIgnorables') as (HidingEngineLike & { [IGNORABLES_NEVER_DRAWN]?: true }) | undefined;
  if (!fontClass || typeof fontClass.hasGlyphForCodePoint !== 'function' || !engineClass || typeof engineClass.isDefaultIgnorable !== 'function') {
    throw new Error('fontkit’s font or layout engine has changed: invisible formatting characters cannot be kept from drawing.');
  }
  if (!fontClass[IGNORABLES_NEVER_DRAWN]) {
    const hasGlyphForCodePoint = fontClass.hasGlyphForCodePoint;
    fontClass.hasGlyphForCodePoint = function (this: unknown, codePoint: number) {
      return hasGlyphForCodePoint.call(this, codePoint) || isDefaultIgnorable(codePoint);
    };
    fontClass[IGNORABLES_NEVER_DRAWN] = true;
  }
  if (!engineClass[IGNORABLES_NEVER_DRAWN]) {
    const hideDefaultIgnorables = engineClass.hideDefaultIgnorables;
    engineClass.hideDefaultIgnorables = function (this: HidingEngineLike, glyphs, positions) {
      const codePoints = glyphs.map((glyph) => glyph.codePoints);
      hideDefaultIgnorables.call(this, glyphs, positions);
      for (let index = 0; index < glyphs.length; index++) {
        const own = codePoints[index]!;
        // The space fontkit put in its place is the font's own glyph object: the mark goes on a view of it.
        if (own.length > 0 && this.isDefaultIgnorable(own[0]!)) glyphs[index] = hiddenGlyph(glyphs[index]!, own);
      }
    };
    engineClass[IGNORABLES_NEVER_DRAWN] = true;
  }
}

interface ShapedGlyphLike {
  readonly codePoints: readonly number[];
}

interface OpenTypeEngineLike {
  glyphInfos?: readonly ShapedGlyphLike[] | null;
  substitute(glyphRun: { glyphs: ShapedGlyphLike[] }): void;
}

const KEEPS_SHAPED_CODE_POINTS = Symbol.for('confer.keepsShapedCodePoints');
const FONT_CODE_POINTS = Symbol('confer.fontCodePoints');

/**
 * The characters a glyph's ToUnicode entry gives: those fontkit made the glyph with, as before fix 3,
 * so a shared glyph (the ী glyph drawn for a reph) keeps mapping to its own letter for readers that
 * ignore ActualText. Layout uses `codePoints`, which fix 3 makes the shaped ones.
 */
export const unicodeOf = (glyph: ShapedGlyphLike): readonly number[] => (glyph as { [FONT_CODE_POINTS]?: readonly number[] })[FONT_CODE_POINTS] ?? glyph.codePoints;

const sameCodePoints = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((codePoint, index) => codePoint === b[index]);

function glyphsKeepShapedCodePoints(font: unknown): void {
  const engine = (font as { readonly _layoutEngine?: { readonly engine?: OpenTypeEngineLike | null } })._layoutEngine?.engine;
  const prototype = engine ? (Object.getPrototypeOf(engine) as OpenTypeEngineLike & { [KEEPS_SHAPED_CODE_POINTS]?: true }) : undefined;
  if (!prototype || typeof prototype.substitute !== 'function') throw new Error('fontkit’s layout engine has changed: shaped glyphs cannot keep their characters.');
  if (prototype[KEEPS_SHAPED_CODE_POINTS]) return;
  const substitute = prototype.substitute;
  prototype.substitute = function (this: OpenTypeEngineLike, glyphRun) {
    substitute.call(this, glyphRun);
    const infos = this.glyphInfos;
    if (!infos || infos.length !== glyphRun.glyphs.length) return;
    glyphRun.glyphs = glyphRun.glyphs.map((glyph, index) => {
      const codePoints = infos[index]!.codePoints;
      // The glyph object is the font's, shared by every run: a glyph with other characters is a view of it.
      return sameCodePoints(glyph.codePoints, codePoints) ? glyph : (Object.create(glyph as object, { codePoints: { value: [...codePoints] }, [FONT_CODE_POINTS]: { value: glyph.codePoints } }) as ShapedGlyphLike);
    });
  };
  prototype[KEEPS_SHAPED_CODE_POINTS] = true;
}

const FOLDS_CLUSTERS = Symbol.for('confer.foldsClusters');

function clustersAsOneGlyph(font: unknown): void {
  const prototype = Object.getPrototypeOf(font) as { layout?: Layout; [FOLDS_CLUSTERS]?: true } | null;
  if (!prototype || typeof prototype.layout !== 'function') throw new Error('fontkit’s font class has changed: its layout cannot be wrapped.');
  if (prototype[FOLDS_CLUSTERS]) return;
  const layout = prototype.layout;
  prototype.layout = function (this: unknown, string: string, ...rest: unknown[]) {
    return foldClusters(layout.call(this, string, ...rest));
  };
  prototype[FOLDS_CLUSTERS] = true;
}

function skipNullAnchors(font: unknown): void {
  const processor = (font as FontWithEngine)._layoutEngine?.engine?.GPOSProcessor;
  const prototype = processor ? (Object.getPrototypeOf(processor) as GposProcessorLike & { [SKIPS_NULL_ANCHORS]?: true }) : undefined;
  if (!prototype || typeof prototype.applyAnchor !== 'function') {
    throw new Error('fontkit’s GPOS processor has changed: the NULL anchor fix cannot be applied.');
  }
  if (prototype[SKIPS_NULL_ANCHORS]) return;
  const applyAnchor = prototype.applyAnchor;
  prototype.applyAnchor = function (markRecord, baseAnchor, baseGlyphIndex) {
    if (baseAnchor === null || baseAnchor === undefined || markRecord?.markAnchor === null || markRecord?.markAnchor === undefined) return;
    applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
  };
  prototype[SKIPS_NULL_ANCHORS] = true;
}

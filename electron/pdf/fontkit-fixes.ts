/**
 * Two fixes to fontkit's shaping, made once for every font fontkit opens in this process
 * (react-pdf's text layout uses the same fontkit module).
 *
 * 1. fontkit 2.0.4 throws while shaping a font whose mark-positioning lookups hold a NULL anchor,
 * which the OpenType specification allows ("no anchor for this mark here"): Noto Sans Gurmukhi
 * does, so nearly every Punjabi word with a vowel sign failed to lay out (fontkit#367; the fix,
 * fontkit#374, is not released). HarfBuzz skips such a mark, and so does this: it wraps the GPOS
 * processor's applyAnchor.
 * 2. A shaped run's marks are folded into the glyph they belong to (glyph-clusters.ts), which
 *    react-pdf's layout otherwise loses or misplaces: it wraps the font class's layout.
 */
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

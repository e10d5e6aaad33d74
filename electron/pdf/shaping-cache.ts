/**
 * Shaping remembered across documents. react-pdf's text layout asks fontkit to shape every run of
 * text (`font.layout(string)`: the font's glyphs and their advances for the string), and shaping
 * is a large part of laying out a document. The same words are shaped again and again: a family's
 * plan for each recipient, both print sizes (shaping is in font units, so the size does not
 * matter), the letters, a preview then the document. The answer depends only on the font, the
 * string and the features asked for, so it is remembered per font object, for a while: the
 * worker forgets it when it has made no document for a short time, so a family's words are not
 * kept in memory longer than the documents being made need them.
 */
interface GlyphPositionLike {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface GlyphRunLike {
  glyphs: unknown[];
  positions: GlyphPositionLike[];
}

type Layout = (string: string, features?: unknown, script?: string, language?: string, direction?: string) => GlyphRunLike;

interface ShapedFont {
  layout: Layout;
}

/** The font store's shape as react-pdf's Font has it: families, each with sources, each with its loaded font. */
interface FontStoreLike {
  getRegisteredFonts(): Record<string, { readonly sources: readonly { readonly data: unknown }[] }>;
}

/** Characters of shaped text kept at most (across every font): a few documents' worth. */
const MAX_CHARACTERS = 400_000;
/** Forgotten after this long without a document. */
const FORGET_AFTER_MS = 30_000;

const patched = new WeakSet<object>();
const caches = new Set<Map<string, GlyphRunLike>>();
let characters = 0;
let forgetTimer: ReturnType<typeof setTimeout> | null = null;

/** Every remembered shaping forgotten (the worker between batches; benchmarks measuring text never seen). */
export function forgetShaping(): void {
  for (const cache of caches) cache.clear();
  characters = 0;
}

/** A copy the caller may change: textkit keeps the glyph array in its run, and react-pdf may replace an entry while drawing. */
function copyOf(run: GlyphRunLike): GlyphRunLike {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRunLike, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as GlyphPositionLike, p));
  return copy;
}

function rememberFor(font: ShapedFont): void {
  const shape = font.layout.bind(font);
  const cache = new Map<string, GlyphRunLike>();
  caches.add(cache);
  font.layout = (string, features, script, language, direction) => {
    const key = `${string}\u0000${JSON.stringify(features ?? null)}\u0000${script ?? ''}\u0000${language ?? ''}\u0000${direction ?? ''}`;
    const known = cache.get(key);
    if (known) return copyOf(known);
    const run = shape(string, features, script, language, direction);
    if (string.length <= MAX_CHARACTERS / 4) {
      // The oldest out (a font's oldest first) until there is room.
      while (characters + string.length > MAX_CHARACTERS) {
        const oldest = [...caches].find((c) => c.size > 0);
        const first = oldest?.keys().next().value;
        if (oldest === undefined || first === undefined) break;
        characters -= first.split('\u0000')[0]?.length ?? 0;
        oldest.delete(first);
      }
      cache.set(key, copyOf(run));
      characters += string.length;
    }
    return run;
  };
}

/**
 * Remembers shaping for every font the store has loaded (a font loads with the first document
 * that uses it, so this is called before each layout), and restarts the time to forget.
 */
export function rememberShaping(fontStore: FontStoreLike): void {
  for (const family of Object.values(fontStore.getRegisteredFonts())) {
    for (const source of family.sources) {
      const font = source.data as ShapedFont | null;
      if (!font || typeof font.layout !== 'function' || patched.has(font)) continue;
      patched.add(font);
      rememberFor(font);
    }
  }
  if (forgetTimer) clearTimeout(forgetTimer);
  forgetTimer = setTimeout(forgetShaping, FORGET_AFTER_MS);
  forgetTimer.unref();
}

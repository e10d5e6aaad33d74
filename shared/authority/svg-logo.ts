/**
 * An SVG logo, rebuilt from what Confer can draw safely. The file is read by a small strict
 * reader (never by a browser or an XML library that follows references): only plain shapes are
 * kept, with their geometry, colours and transforms. Scripts, event handlers, links, styles that
 * reach outside, embedded images, fonts, entities and anything else are refused with a reason, so
 * what is stored, shown and printed can hold nothing but shapes.
 */

export interface SvgNode {
  readonly name: SvgShapeName | 'svg';
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly SvgNode[];
}

export type SvgLogo = { readonly ok: true; readonly root: SvgNode; readonly width: number; readonly height: number; readonly text: string } | { readonly ok: false; readonly message: string };

export const SVG_SHAPES = ['g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon'] as const;
export type SvgShapeName = (typeof SVG_SHAPES)[number];

/** Elements whose content is words about the file, never drawn: skipped whole. */
const SKIPPED = new Set(['title', 'desc', 'metadata', 'defs']);
/** Elements that run, style or embed: refused wherever they are, so the reason is plain. */
const REFUSED: Readonly<Record<string, string>> = {
  script: 'The SVG file has a script in it; Confer does not accept scripts in a logo.',
  style: 'The SVG file has a style sheet in it; Confer does not accept style sheets in a logo. Save it with plain shapes only, or use a PNG.',
  foreignobject: 'The SVG file embeds other content; Confer does not accept this in a logo.',
  image: 'The SVG file embeds an image; Confer does not accept this in a logo. Use the image as a PNG instead.',
};
const MAX_ELEMENTS = 2_000;
const MAX_DEPTH = 32;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?:px)?$/u;
const COLOUR = /^(?:none|[a-zA-Z]{3,20}|#[0-9a-fA-F]{3,8}|rgba?\(\s*[\d.%]+\s*,\s*[\d.%]+\s*,\s*[\d.%]+\s*(?:,\s*[\d.]+\s*)?\))$/u;
const PATH = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]*$/u;
const POINTS = /^[0-9eE.,+\-\s]*$/u;
const TRANSFORM = /^(?:\s*(?:matrix|translate|scale|rotate|skewX|skewY)\s*\([0-9eE.,+\-\s]*\)\s*,?)*\s*$/u;
const KEYWORD = /^[a-z-]{1,20}$/u;

const PAINT = { fill: COLOUR, stroke: COLOUR, 'stroke-width': NUMBER, 'fill-rule': KEYWORD, 'fill-opacity': NUMBER, 'stroke-opacity': NUMBER, opacity: NUMBER, 'stroke-linecap': KEYWORD, 'stroke-linejoin': KEYWORD, 'stroke-miterlimit': NUMBER, transform: TRANSFORM } as const;
const GEOMETRY: Readonly<Record<SvgShapeName | 'svg', Readonly<Record<string, RegExp>>>> = {
  svg: { width: NUMBER, height: NUMBER, viewBox: /^\s*[+-]?[\d.]+(?:[\s,]+[+-]?[\d.]+){3}\s*$/u },
  g: {},
  path: { d: PATH },
  rect: { x: NUMBER, y: NUMBER, width: NUMBER, height: NUMBER, rx: NUMBER, ry: NUMBER },
  circle: { cx: NUMBER, cy: NUMBER, r: NUMBER },
  ellipse: { cx: NUMBER, cy: NUMBER, rx: NUMBER, ry: NUMBER },
  line: { x1: NUMBER, y1: NUMBER, x2: NUMBER, y2: NUMBER },
  polyline: { points: POINTS },
  polygon: { points: POINTS },
};

/** Attribute names that can run or fetch something: a file with one is refused, not cleaned. */
const DANGEROUS_NAME = /^(?:on|href$|xlink:href$|src$|xml:base$)/iu;
const DANGEROUS_VALUE = /url\s*\(|javascript:|data:|@import|expression\s*\(|&/iu;

const refuse = (message: string): SvgLogo => ({ ok: false, message });
const escape = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A style attribute's declarations, when every one is a paint Confer draws; otherwise why not. */
function styleDeclarations(style: string): Record<string, string> | string {
  const result: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue;
    const [property = '', ...rest] = declaration.split(':');
    const name = property.trim().toLowerCase();
    const value = rest.join(':').trim();
    const pattern = (PAINT as Readonly<Record<string, RegExp>>)[name];
    // Styles an editor adds that change nothing Confer draws (fonts, markers off) are dropped.
    if (!pattern) continue;
    if (!pattern.test(value)) return `a style Confer cannot draw safely (${name})`;
    result[name] = value;
  }
  return result;
}

function attributesOf(source: string): [string, string][] | null {
  const attributes: [string, string][] = [];
  const pattern = /\s+([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/gyu;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/u.test(source.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) return null;
    attributes.push([match[1] ?? '', match[2] ?? match[3] ?? '']);
    index = pattern.lastIndex;
  }
  return attributes;
}

interface Building {
  readonly name: SvgNode['name'];
  readonly attributes: Record<string, string>;
  readonly children: SvgNode[];
}

/**
 * Reads an SVG file's text and keeps only its shapes; refuses the file, saying why, when it holds
 * anything that could run, fetch or hide something.
 */
export function sanitiseSvg(input: string): SvgLogo {
  let text = input.replace(/^\uFEFF/u, '');
  if (/<!DOCTYPE|<!ENTITY|<!\[CDATA\[/iu.test(text)) return refuse('The SVG file declares entities or a document type, which Confer does not accept in a logo.');
  text = text.replace(/^\s*<\?xml[^?]*\?>/u, '');
  if (/<\?/u.test(text)) return refuse('The SVG file holds processing instructions, which Confer does not accept in a logo.');

  const token = /<!--[\s\S]*?-->|<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/gyu;
  const stack: Building[] = [];
  let root: Building | null = null;
  let skipping = 0;
  let elements = 0;
  let index = 0;
  while (index < text.length) {
    token.lastIndex = index;
    const match = token.exec(text);
    if (!match) return refuse('The SVG file could not be read: it is not well-formed.');
    index = token.lastIndex;
    const [whole, closing, opening, attributeText = '', selfClosing, words] = match;
    if (whole.startsWith('<!--')) continue;
    if (words !== undefined) {
      if (skipping === 0 && words.trim() !== '') return refuse('The SVG file holds text; Confer draws only shapes in a logo. Turn the text into outlines, or use a PNG.');
      continue;
    }
    if (closing !== undefined) {
      if (skipping > 0) {
        skipping--;
        continue;
      }
      const open = stack.pop();
      if (!open || open.name !== closing) return refuse('The SVG file could not be read: its tags do not match.');
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(open);
      continue;
    }
    const name = opening ?? '';
    const attributes = attributesOf(attributeText);
    if (!attributes) return refuse('The SVG file could not be read: an attribute is not well-formed.');
    for (const [attribute, value] of attributes) {
      if (DANGEROUS_NAME.test(attribute)) return refuse(`The SVG file has a script or a link (${attribute}); Confer does not accept these in a logo.`);
      if (DANGEROUS_VALUE.test(value)) return refuse(`The SVG file refers to something outside the logo (in ${attribute}); Confer does not accept this.`);
    }
    const refused = REFUSED[name.toLowerCase()];
    if (refused) return refuse(refused);
    if (skipping > 0 || SKIPPED.has(name.toLowerCase()) || name.includes(':')) {
      // Words about the file (title, description, an editor's metadata) are left out whole.
      if (!selfClosing) skipping++;
      continue;
    }
    const allowed = name === 'svg' ? stack.length === 0 && root === null : (SVG_SHAPES as readonly string[]).includes(name) && stack.length > 0;
    if (!allowed) {
      if (name === 'svg') return refuse('The SVG file has more than one drawing in it.');
      if (stack.length === 0) return refuse('The file is not an SVG image.');
      return refuse(`The SVG file uses “${name}”, which Confer cannot draw safely in a logo. Save it with plain shapes only, or use a PNG.`);
    }
    if (++elements > MAX_ELEMENTS) return refuse(`The SVG file has more than ${MAX_ELEMENTS.toLocaleString('en-GB')} shapes. Simplify it, or use a PNG.`);
    if (stack.length >= MAX_DEPTH) return refuse('The SVG file nests its shapes too deeply.');
    const kept: Record<string, string> = {};
    const allowedHere: Readonly<Record<string, RegExp>> = { ...(name === 'svg' ? {} : PAINT), ...GEOMETRY[name as SvgNode['name']] };
    for (const [attribute, value] of attributes) {
      if (attribute === 'style') {
        const declarations = styleDeclarations(value);
        if (typeof declarations === 'string') return refuse(`The SVG file has ${declarations}.`);
        if (name !== 'svg') Object.assign(kept, declarations);
        continue;
      }
      const pattern = allowedHere[attribute];
      // Anything else an editor writes (ids, classes, its own attributes) changes nothing drawn: dropped.
      if (!pattern) continue;
      if (!pattern.test(value)) return refuse(`The SVG file has a value Confer cannot draw safely (${attribute}).`);
      kept[attribute] = value.trim();
    }
    const node: Building = { name: name as SvgNode['name'], attributes: kept, children: [] };
    if (name === 'svg') root = node;
    if (selfClosing) stack[stack.length - 1]?.children.push(node);
    else stack.push(node);
  }
  if (stack.length > 0 || skipping > 0) return refuse('The SVG file could not be read: it is cut short.');
  if (!root) return refuse('The file is not an SVG image.');
  const size = sizeOf(root.attributes);
  if (!size) return refuse('The SVG file does not say how big it is (it needs a viewBox, or a width and a height).');
  const clean: SvgNode = { name: 'svg', attributes: { viewBox: size.viewBox, width: String(size.width), height: String(size.height) }, children: root.children };
  return { ok: true, root: clean, width: size.width, height: size.height, text: serialiseSvg(clean) };
}

function sizeOf(attributes: Readonly<Record<string, string>>): { viewBox: string; width: number; height: number } | null {
  const box = attributes.viewBox?.trim().split(/[\s,]+/u).map(Number);
  const width = attributes.width ? Number.parseFloat(attributes.width) : box?.[2];
  const height = attributes.height ? Number.parseFloat(attributes.height) : box?.[3];
  if (!width || !height || !(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) return null;
  const viewBox = box && box.length === 4 && box.every(Number.isFinite) && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0 ? box.join(' ') : `0 0 ${width} ${height}`;
  return { viewBox, width, height };
}

/** The rebuilt SVG as text: only what was kept, every value escaped. */
export function serialiseSvg(node: SvgNode): string {
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const xmlns = node.name === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  if (node.children.length === 0) return `<${node.name}${xmlns}${attributes}/>`;
  return `<${node.name}${xmlns}${attributes}>${node.children.map(serialiseSvg).join('')}</${node.name}>`;
}

/**
 * A strict reader of well-formed XML 1.0 with namespaces, for the XMP packets in our PDFs. None of
 * the XML parsers in node_modules is a dependency of ours (each arrives with some other package),
 * and the lenient ones accept what a strict one refuses, so the test owns its reader. It refuses a
 * document type declaration (an XMP packet has none) and anything else it does not know, rather
 * than guessing. It returns the elements with their text decoded.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

export class NotWellFormedXml extends Error {}

// The productions of XML 1.0 (fifth edition): Char, NameStartChar and NameChar.
const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_REST = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
// The spec's ranges of code points, combining marks among them: nothing is combined here.
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`[${NAME_START}][${NAME_REST}]*`, 'uy');
const SPACE = /[ \t\r\n]+/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export function parseXml(text: string): XmlElement {
  const bad = NOT_CHAR.exec(text);
  if (bad) fail(`a character XML does not allow (U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase()}) at ${bad.index}`);
  let at = 0;

  function fail(why: string): never {
    throw new NotWellFormedXml(`Not well-formed XML: ${why}.`);
  }
  const looking = (literal: string) => text.startsWith(literal, at);
  function expect(literal: string): void {
    if (!looking(literal)) fail(`expected ${JSON.stringify(literal)} at ${at}`);
    at += literal.length;
  }
  function match(pattern: RegExp): string | null {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (!found) return null;
    at += found[0].length;
    return found[0];
  }
  const name = () => match(NAME) ?? fail(`expected a name at ${at}`);
  const skipSpace = () => match(SPACE) !== null;

  function reference(): string {
    expect('&');
    const end = text.indexOf(';', at);
    const body = end < 0 ? '' : text.slice(at, end);
    if (!/^(?:#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_:][-\w.:]*)$/.test(body)) fail(`a bare "&" at ${at - 1}`);
    at = end + 1;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (numeric) {
      const codePoint = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
      const character = codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
      if (character === '' || NOT_CHAR.test(character)) fail(`a reference to a character XML does not allow (&${body};)`);
      return character;
    }
    return PREDEFINED[body] ?? fail(`an unknown entity &${body};`);
  }

  function processingInstruction(): void {
    expect('<?');
    const target = name();
    if (target.toLowerCase() === 'xml') fail(`an XML declaration that is not at the start`);
    const end = text.indexOf('?>', at);
    if (end < 0) fail('an unterminated processing instruction');
    if (end > at && !skipSpace()) fail(`expected a space after the processing instruction's target at ${at}`);
    at = Math.max(at, end) + 2;
  }

  function comment(): void {
    expect('<!--');
    const end = text.indexOf('--', at);
    if (end < 0 || !text.startsWith('-->', end)) fail('"--" inside a comment, or an unterminated comment');
    at = end + 3;
  }

  function misc(): void {
    for (;;) {
      if (skipSpace()) continue;
      if (looking('<!--')) comment();
      else if (looking('<?')) processingInstruction();
      else return;
    }
  }

  function attributeValue(): string {
    const quote = text[at];
    if (quote !== '"' && quote !== "'") fail(`expected a quoted attribute value at ${at}`);
    at++;
    let value = '';
    for (;;) {
      const character = text[at];
      if (character === undefined) fail('an unterminated attribute value');
      if (character === quote) break;
      if (character === '<') fail(`"<" in an attribute value at ${at}`);
      if (character === '&') value += reference();
      else {
        // Attribute values are normalised: white space characters become spaces.
        value += /[\t\r\n]/.test(character) ? ' ' : character;
        at++;
      }
    }
    at++;
    return value;
  }

  function element(scope: ReadonlyMap<string, string>): XmlElement {
    expect('<');
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = skipSpace();
      if (looking('/>') || looking('>')) break;
      if (!spaced) fail(`expected a space before an attribute at ${at}`);
      const attribute = name();
      skipSpace();
      expect('=');
      skipSpace();
      if (Object.hasOwn(attributes, attribute)) fail(`the attribute ${attribute} twice on one element`);
      attributes[attribute] = attributeValue();
    }
    const inScope = new Map(scope);
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute.startsWith('xmlns:')) {
        if (value === '') fail(`an empty namespace for the prefix ${attribute.slice(6)}`);
        inScope.set(attribute.slice(6), value);
      }
    }
    for (const qualified of [tag, ...Object.keys(attributes).filter((attribute) => attribute !== 'xmlns' && !attribute.startsWith('xmlns:'))]) {
      const parts = qualified.split(':');
      if (parts.length > 2 || parts.some((part) => part === '')) fail(`the name ${qualified} is not a qualified name`);
      if (parts.length === 2 && !inScope.has(parts[0]!)) fail(`the prefix of ${qualified} is not declared`);
    }
    if (looking('/>')) {
      at += 2;
      return { name: tag, attributes, children: [] };
    }
    expect('>');
    const children: (XmlElement | string)[] = [];
    let characters = '';
    const flush = () => {
      if (characters !== '') children.push(characters);
      characters = '';
    };
    for (;;) {
      if (at >= text.length) fail(`the element ${tag} is never closed`);
      if (looking('</')) {
        at += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        skipSpace();
        expect('>');
        flush();
        return { name: tag, attributes, children };
      }
      if (looking('<![CDATA[')) {
        at += 9;
        const end = text.indexOf(']]>', at);
        if (end < 0) fail('an unterminated CDATA section');
        characters += text.slice(at, end);
        at = end + 3;
      } else if (looking('<!--')) comment();
      else if (looking('<?')) processingInstruction();
      else if (looking('<!')) fail(`a declaration inside an element at ${at}`);
      else if (looking('<')) {
        flush();
        children.push(element(inScope));
      } else if (looking('&')) characters += reference();
      else if (looking(']]>')) fail(`"]]>" in text at ${at}`);
      else characters += text[at++];
    }
  }

  if (looking('<?xml') && /[ \t\r\n?]/.test(text[5] ?? '')) {
    const end = text.indexOf('?>');
    if (end < 0) fail('an unterminated XML declaration');
    at = end + 2;
  }
  misc();
  if (looking('<!DOCTYPE')) fail('a document type declaration (not expected in XMP)');
  if (!looking('<')) fail(`expected the root element at ${at}`);
  const root = element(new Map([['xml', XML_NAMESPACE]]));
  misc();
  if (at !== text.length) fail(`content after the root element at ${at}`);
  return root;
}

/** Every element named `name`, at any depth, in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (element.name === name) found.push(element);
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return found;
}

/** The text of an element and everything in it. */
export const textOf = (element: XmlElement): string => element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');

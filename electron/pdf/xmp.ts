/**
 * The XMP metadata's descriptions of a document: when and with what it was made, its title, author
 * and subject. pdfkit writes these itself with the values pasted into the XML as they are, so a
 * child's name holding `</rdf:li>` or `&` made the packet malformed, or added elements of its own.
 * render.ts puts these in place of pdfkit's; the packet around them (and the PDF/UA identifier)
 * is still pdfkit's, and holds nothing of ours.
 */
export interface XmpInfo {
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly creatorTool: string;
  readonly producer: string;
  readonly created: Date;
}

// Characters XML 1.0 does not allow at all, not even as a reference: most C0 controls, lone
// surrogates, U+FFFE and U+FFFF. The documents' text never holds them (drawableText), but the
// metadata does not rely on that.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text made safe as XML character data or an attribute value: the markup characters escaped
 * (`>` too, so `]]>` cannot appear), and a character XML cannot hold shown as a replacement mark.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHARACTER, '\uFFFD').replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** An XMP date: the time in UTC to the second. */
const xmpDate = (date: Date): string => `${date.toISOString().split('.')[0]}Z`;

/** The rdf:Description elements pdfkit would write, with every value escaped. */
export function xmpDescriptions(info: XmpInfo): string {
  const dublinCore = [
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    ...(info.author ? [`<dc:creator><rdf:Seq><rdf:li>${xmlText(info.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(info.subject ? [`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(info.subject)}</rdf:li></rdf:Alt></dc:description>`] : []),
  ];
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${xmlText(xmpDate(info.created))}</xmp:CreateDate>`,
    `<xmp:CreatorTool>${xmlText(info.creatorTool)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    ...dublinCore,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${xmlText(info.producer)}</pdf:Producer>`,
    '</rdf:Description>',
  ].join('\n');
}

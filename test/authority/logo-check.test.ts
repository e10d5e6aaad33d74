import { describe, expect, test } from 'vitest';
import { MAX_LOGO_BYTES } from '../../shared/authority/identity';
import { checkLogo } from '../../shared/authority/logo-check';
import { sanitiseSvg } from '../../shared/authority/svg-logo';
import { A_SVG_LOGO, aPng } from '../support/logo-files';

const refusal = (bytes: Uint8Array | string) => {
  const checked = checkLogo(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  return checked.ok ? null : checked.message;
};

describe('a PNG logo', () => {
  test('a sound PNG is kept exactly, with its size read from its header', () => {
    const png = aPng(40, 20);
    const checked = checkLogo(png);
    expect(checked).toMatchObject({ ok: true, format: 'png', width: 40, height: 20 });
    expect(checked.ok && Buffer.from(checked.bytes).equals(png)).toBe(true);
  });

  test('a damaged, cut short, padded or oversized PNG is refused, saying why', () => {
    const png = aPng(40, 20);
    const flipped = Buffer.from(png);
    flipped[40] = (flipped[40] ?? 0) ^ 0xff;
    expect(refusal(flipped)).toMatch(/damaged/u);
    expect(refusal(png.subarray(0, png.length - 6))).toMatch(/cut short|damaged/u);
    expect(refusal(Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]))).toMatch(/hidden after its end/u);
    expect(refusal(aPng(4_001, 1))).toMatch(/at most 4,000 pixels/u);
    expect(refusal(Buffer.concat([png.subarray(0, 8), Buffer.alloc(MAX_LOGO_BYTES)]))).toMatch(/too big/u);
    expect(refusal(new Uint8Array())).toMatch(/empty/u);
  });

  test('a file is judged by its bytes, never by its name: a JPEG or text is neither PNG nor SVG', () => {
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]))).toMatch(/PNG or an SVG/u);
    expect(refusal('just some words')).toMatch(/PNG or an SVG/u);
  });
});

describe('an SVG logo', () => {
  test('keeps only its shapes, colours and transforms, and drops titles, metadata, ids and classes', () => {
    const svg = sanitiseSvg(A_SVG_LOGO);
    expect(svg.ok).toBe(true);
    if (!svg.ok) return;
    expect(svg).toMatchObject({ width: 120, height: 40 });
    expect(svg.text).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40"><g transform="translate(2,2)"><rect x="0" y="0" width="36" height="36" rx="4" fill="#1d4f91" stroke="none"/><circle cx="18" cy="18" r="10" fill="#ffffff"/><path d="M 50 8 L 110 8 L 110 14 L 50 14 Z" fill="#1b1b1b"/><polygon points="50,22 110,22 110,28 50,28" fill="#4a4a4a"/></g></svg>',
    );
    // What is kept reads back as itself: nothing is lost or added by reading it again.
    expect(sanitiseSvg(svg.text)).toMatchObject({ ok: true, text: svg.text });
  });

  const hostile: readonly [string, string, RegExp][] = [
    ['a script element', '<svg viewBox="0 0 10 10"><script>alert(1)</script></svg>', /script/u],
    ['a script hidden in metadata', '<svg viewBox="0 0 10 10"><metadata><script>alert(1)</script></metadata></svg>', /script/u],
    ['an event handler', '<svg viewBox="0 0 10 10" onload="alert(1)"><rect width="1" height="1"/></svg>', /script or a link \(onload\)/u],
    ['a link', '<svg viewBox="0 0 10 10"><a href="https://example.com"><rect width="1" height="1"/></a></svg>', /script or a link/u],
    ['an external image', '<svg viewBox="0 0 10 10"><image href="https://example.com/x.png"/></svg>', /script or a link|embeds an image/u],
    ['a use of another file', '<svg viewBox="0 0 10 10"><use xlink:href="other.svg#a"/></svg>', /script or a link/u],
    ['a fill from outside', '<svg viewBox="0 0 10 10"><rect width="1" height="1" fill="url(https://example.com/#g)"/></svg>', /outside the logo/u],
    ['a style sheet', '<svg viewBox="0 0 10 10"><style>@import url(x.css);</style></svg>', /outside the logo|style sheet/u],
    ['an entity', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg viewBox="0 0 10 10">&x;</svg>', /entities/u],
    ['foreign content', '<svg viewBox="0 0 10 10"><foreignObject><div>hi</div></foreignObject></svg>', /embeds other content/u],
    ['text', '<svg viewBox="0 0 10 10"><text>Hi</text></svg>', /cannot draw safely|holds text/u],
    ['a malformed file', '<svg viewBox="0 0 10 10"><rect></svg>', /tags do not match|well-formed/u],
    ['no size', '<svg><rect width="1" height="1"/></svg>', /how big/u],
  ];
  for (const [what, file, message] of hostile) {
    test(`with ${what} is refused, saying why`, () => {
      expect(refusal(file)).toMatch(message);
    });
  }
});

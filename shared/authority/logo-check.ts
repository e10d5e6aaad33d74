/**
 * Checks a logo file before Confer keeps it. Its type is read from its bytes, never from its name:
 * a PNG by its signature and structure (png-check.ts), an SVG by reading it strictly and keeping
 * only its shapes (svg-logo.ts). Anything else, or anything too big, is refused with a reason.
 */
import { MAX_LOGO_BYTES, type LogoFormat } from './identity';
import { checkPng, isPng } from './png-check';
import { sanitiseSvg } from './svg-logo';

export type CheckedLogo =
  | { readonly ok: true; readonly format: LogoFormat; readonly bytes: Uint8Array; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly message: string };

const refuse = (message: string): CheckedLogo => ({ ok: false, message });

export function bytesOfBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The logo as Confer will keep it: a PNG exactly as sent, or an SVG rebuilt from its shapes. */
export function checkLogo(bytes: Uint8Array): CheckedLogo {
  if (bytes.length === 0) return refuse('The logo file is empty.');
  if (bytes.length > MAX_LOGO_BYTES) return refuse(`The logo file is too big: it can be at most ${MAX_LOGO_BYTES / 1024} KB.`);
  if (isPng(bytes)) {
    const png = checkPng(bytes);
    return png.ok ? { ok: true, format: 'png', bytes, width: png.width, height: png.height } : png;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('The logo must be a PNG or an SVG image. This file is neither.');
  }
  if (!/^\uFEFF?\s*(?:<\?xml[^?]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:svg|!DOCTYPE\s+svg)[\s>]/iu.test(text)) return refuse('The logo must be a PNG or an SVG image. This file is neither.');
  const svg = sanitiseSvg(text);
  if (!svg.ok) return svg;
  return { ok: true, format: 'svg', bytes: new TextEncoder().encode(svg.text), width: svg.width, height: svg.height };
}

/**
 * Reads a PNG's structure through before Confer keeps it as a logo: the signature, every chunk's
 * length and checksum, a header with a size and colour type that PDF can show, image data, and
 * nothing after the end. A file that only claims to be a PNG (by its name) is refused.
 */
import { MAX_LOGO_PIXELS } from './identity';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export type PngCheck = { readonly ok: true; readonly width: number; readonly height: number } | { readonly ok: false; readonly message: string };

let crcTable: Uint32Array | null = null;
/** The CRC-32 every PNG chunk carries (ISO 3309), over the chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export const isPng = (bytes: Uint8Array): boolean => PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);

/** Bit depths allowed for each PNG colour type (PNG specification, table 11.1). */
const DEPTHS: Readonly<Record<number, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

const refuse = (message: string): PngCheck => ({ ok: false, message });

export function checkPng(bytes: Uint8Array): PngCheck {
  if (!isPng(bytes)) return refuse('The file is not a PNG image.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: { width: number; height: number } | null = null;
  let sawData = false;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) return refuse('The PNG file is cut short.');
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (!/^[A-Za-z]{4}$/u.test(type) || end > bytes.length) return refuse('The PNG file is damaged or cut short.');
    const expected = view.getUint32(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== expected) return refuse('The PNG file is damaged (a checksum does not match).');
    if (header === null && type !== 'IHDR') return refuse('The PNG file is damaged (it does not start with its header).');
    if (type === 'IHDR') {
      if (header !== null || length !== 13) return refuse('The PNG file is damaged (its header is wrong).');
      const width = view.getUint32(offset + 8);
      const height = view.getUint32(offset + 12);
      const depth = bytes[offset + 16] ?? 0;
      const colour = bytes[offset + 17] ?? 0;
      const [compression, filter, interlace] = [bytes[offset + 18], bytes[offset + 19], bytes[offset + 20]];
      if (width === 0 || height === 0) return refuse('The PNG image has no size.');
      if (width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS) return refuse(`The logo can be at most ${MAX_LOGO_PIXELS.toLocaleString('en-GB')} pixels wide or high.`);
      if (!DEPTHS[colour]?.includes(depth) || compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) return refuse('The PNG file uses a colour format that is not valid.');
      header = { width, height };
    } else if (type === 'IDAT') {
      sawData = true;
    } else if (type === 'IEND') {
      if (end !== bytes.length) return refuse('The PNG file has something hidden after its end.');
      if (!header || !sawData) return refuse('The PNG file holds no image.');
      return { ok: true, width: header.width, height: header.height };
    }
    offset = end;
  }
  return refuse('The PNG file is cut short (it has no end).');
}

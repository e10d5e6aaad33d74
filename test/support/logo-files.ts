import { deflateSync } from 'node:zlib';
import { crc32 } from '../../shared/authority/png-check';

/** A real PNG, made here byte by byte: an RGB image of the given size in one colour. */
export function aPng(width = 40, height = 20, rgb: readonly [number, number, number] = [29, 79, 145]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, not interlaced
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** A plain SVG logo as a drawing program saves one: a title, metadata, styles on shapes. */
export const A_SVG_LOGO = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Made for the tests -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 120 40" width="120" height="40" id="logo">
  <title>Hartwell Borough Council</title>
  <metadata><inkscape:thing>kept out</inkscape:thing></metadata>
  <g transform="translate(2,2)" inkscape:label="Layer 1">
    <rect x="0" y="0" width="36" height="36" rx="4" style="fill:#1d4f91;stroke:none"/>
    <circle cx="18" cy="18" r="10" fill="#ffffff"/>
    <path d="M 50 8 L 110 8 L 110 14 L 50 14 Z" fill="#1b1b1b" class="bar"/>
    <polygon points="50,22 110,22 110,28 50,28" fill="#4a4a4a"/>
  </g>
</svg>`;

export const base64 = (data: Buffer | string): string => Buffer.from(data).toString('base64');

import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * How packages were sealed before issue 14 (version 1, unchanged from that code): a fixed header
 * with no key-derivation parameters, scrypt with N = 2^15, r = 8, p = 1. Kept here only to show
 * that such packages still open.
 */
export function sealVersion1Package(contents: unknown, passphrase: string): Buffer {
  const magic = Buffer.from('CONFER-HANDOVER-1', 'ascii');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', scryptSync(passphrase.normalize('NFC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }), iv);
  cipher.setAAD(magic);
  const sealed = Buffer.concat([cipher.update(gzipSync(Buffer.from(JSON.stringify(contents), 'utf8'))), cipher.final()]);
  return Buffer.concat([magic, salt, iv, cipher.getAuthTag(), sealed]);
}

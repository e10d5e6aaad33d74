import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The handover file: a fixed header, then the records as gzipped JSON sealed with AES-256-GCM
 * under a key derived from the passphrase (scrypt). GCM's tag makes any change or damage, and any
 * wrong passphrase, fail to open: they cannot be told apart, and nothing is imported.
 */
const MAGIC = Buffer.from('CONFER-HANDOVER-1', 'ascii');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

export class HandoverUnreadableError extends Error {
  constructor() {
    super('This package could not be opened: the passphrase is wrong, or the file is damaged or has been changed. Nothing was imported.');
    this.name = 'HandoverUnreadableError';
  }
}

export function sealPackage(contents: unknown, passphrase: string): Buffer {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT), iv);
  cipher.setAAD(MAGIC);
  const sealed = Buffer.concat([cipher.update(gzipSync(Buffer.from(JSON.stringify(contents), 'utf8'))), cipher.final()]);
  return Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), sealed]);
}

export function openPackage(file: Buffer, passphrase: string): unknown {
  const headerLength = MAGIC.length + SALT_BYTES + IV_BYTES + TAG_BYTES;
  if (file.length <= headerLength || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new HandoverUnreadableError();
  let offset = MAGIC.length;
  const take = (bytes: number) => file.subarray(offset, (offset += bytes));
  const salt = take(SALT_BYTES);
  const iv = take(IV_BYTES);
  const tag = take(TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT), iv);
    decipher.setAAD(MAGIC);
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(file.subarray(offset)), decipher.final()]);
    return JSON.parse(gunzipSync(plain, { maxOutputLength: 256 * 1024 * 1024 }).toString('utf8')) as unknown;
  } catch {
    throw new HandoverUnreadableError();
  }
}

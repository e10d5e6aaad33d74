import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The handover file: a header, then the records as gzipped JSON sealed with AES-256-GCM under a
 * key derived from the passphrase with scrypt. GCM's tag makes any change or damage, and any wrong
 * passphrase, fail to open: they cannot be told apart, and nothing is imported.
 *
 * Version 2 (made now): `CONFER-HANDOVER-2`, scrypt's N (4 bytes), r and p (1 byte each), the salt's
 * length (1 byte) and the salt, the IV and the tag. The header up to the IV is authenticated with
 * the records, and the parameters travel with the package, so they can be raised later and older
 * packages still open. Version 1 (before): `CONFER-HANDOVER-1`, salt, IV, tag, with N = 2^15, r = 8,
 * p = 1 fixed in the code; still opened.
 */
const MAGIC_V1 = Buffer.from('CONFER-HANDOVER-1', 'ascii');
const MAGIC_V2 = Buffer.from('CONFER-HANDOVER-2', 'ascii');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface ScryptParameters {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** What a package is sealed with now: N = 2^17 (OWASP's minimum for scrypt), about 128 MiB. */
export const SCRYPT_PARAMETERS: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };
const SCRYPT_V1: ScryptParameters = { N: 2 ** 15, r: 8, p: 1 };

/**
 * The most memory a package may ask scrypt for when it is opened (scrypt needs 128 * N * r bytes).
 * Node refuses above its own `maxmem` (32 MiB by default), so it is set to this; a header asking
 * for more is refused before any work, so a crafted package cannot exhaust the computer.
 */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

/**
 * The most a package's records may unpack to. One family's records, every conference included,
 * are well under a megabyte; a package that unpacks to more was not made by Confer (a small file
 * that unpacks to gigabytes would otherwise exhaust the computer's memory).
 */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

export class HandoverUnreadableError extends Error {
  constructor() {
    super('This package could not be opened: the passphrase is wrong, or the file is damaged or has been changed. Nothing was imported.');
    this.name = 'HandoverUnreadableError';
  }
}

function scryptMemory({ N, r, p }: ScryptParameters): number {
  return 128 * N * r + 128 * r * p;
}

/**
 * Only the parameter sets Confer has sealed with (now, and before version 2): a header asking for
 * anything else is refused before any key is derived, so a crafted package cannot choose how much
 * work or memory opening it takes.
 */
export function acceptableParameters(parameters: ScryptParameters): boolean {
  const same = (known: ScryptParameters) => parameters.N === known.N && parameters.r === known.r && parameters.p === known.p;
  return (same(SCRYPT_PARAMETERS) || same(SCRYPT_V1)) && scryptMemory(parameters) < MAX_SCRYPT_MEMORY;
}

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: ScryptParameters & { maxmem: number }) => Promise<Buffer>;

/** On libuv's thread pool, not the main thread: about a second that would otherwise freeze the window. */
function deriveKey(passphrase: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  return scryptAsync(passphrase.normalize('NFC'), salt, 32, { ...parameters, maxmem: MAX_SCRYPT_MEMORY });
}

export async function sealPackage(contents: unknown, passphrase: string): Promise<Buffer> {
  const parameters = SCRYPT_PARAMETERS;
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const kdf = Buffer.alloc(7);
  kdf.writeUInt32BE(parameters.N, 0);
  kdf.writeUInt8(parameters.r, 4);
  kdf.writeUInt8(parameters.p, 5);
  kdf.writeUInt8(salt.length, 6);
  const header = Buffer.concat([MAGIC_V2, kdf, salt, iv]);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, parameters), iv);
  cipher.setAAD(header);
  const sealed = Buffer.concat([cipher.update(gzipSync(Buffer.from(JSON.stringify(contents), 'utf8'))), cipher.final()]);
  return Buffer.concat([header, cipher.getAuthTag(), sealed]);
}

interface Header {
  readonly parameters: ScryptParameters;
  readonly salt: Buffer;
  readonly iv: Buffer;
  readonly tag: Buffer;
  /** What the tag authenticates besides the records. */
  readonly aad: Buffer;
  readonly body: Buffer;
}

/** The header of either version, or null when the file is not a package this version can open. */
function readHeader(file: Buffer): Header | null {
  const magic = file.subarray(0, MAGIC_V2.length);
  if (magic.equals(MAGIC_V1)) {
    const start = MAGIC_V1.length;
    if (file.length <= start + SALT_BYTES + IV_BYTES + TAG_BYTES) return null;
    return {
      parameters: SCRYPT_V1,
      salt: file.subarray(start, start + SALT_BYTES),
      iv: file.subarray(start + SALT_BYTES, start + SALT_BYTES + IV_BYTES),
      tag: file.subarray(start + SALT_BYTES + IV_BYTES, start + SALT_BYTES + IV_BYTES + TAG_BYTES),
      aad: MAGIC_V1,
      body: file.subarray(start + SALT_BYTES + IV_BYTES + TAG_BYTES),
    };
  }
  if (!magic.equals(MAGIC_V2) || file.length < MAGIC_V2.length + 7) return null;
  const kdf = MAGIC_V2.length;
  const parameters = { N: file.readUInt32BE(kdf), r: file.readUInt8(kdf + 4), p: file.readUInt8(kdf + 5) };
  const saltBytes = file.readUInt8(kdf + 6);
  const saltStart = kdf + 7;
  const ivStart = saltStart + saltBytes;
  const tagStart = ivStart + IV_BYTES;
  const bodyStart = tagStart + TAG_BYTES;
  if (saltBytes < SALT_BYTES || file.length <= bodyStart || !acceptableParameters(parameters)) return null;
  return {
    parameters,
    salt: file.subarray(saltStart, ivStart),
    iv: file.subarray(ivStart, tagStart),
    tag: file.subarray(tagStart, bodyStart),
    aad: file.subarray(0, tagStart),
    body: file.subarray(bodyStart),
  };
}

export async function openPackage(file: Buffer, passphrase: string): Promise<unknown> {
  const header = readHeader(file);
  if (!header) throw new HandoverUnreadableError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, header.salt, header.parameters), header.iv);
    decipher.setAAD(header.aad);
    decipher.setAuthTag(header.tag);
    const plain = Buffer.concat([decipher.update(header.body), decipher.final()]);
    return JSON.parse(gunzipSync(plain, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8')) as unknown;
  } catch {
    throw new HandoverUnreadableError();
  }
}

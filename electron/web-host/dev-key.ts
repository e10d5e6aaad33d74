import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_KEY_BYTES } from '../../db/encryption';
import { makeFilesPrivate, makePrivateFolder } from '../../db/files';

export const WEB_HOST_KEY_FILE = 'web-host.key';

/**
 * The web host's database key: from CONFER_DB_KEY (64 hex digits) when set, otherwise from a key
 * file in its data folder, made on first run. Keeping the key beside the data protects nothing;
 * that is acceptable only because the web host is for development and tests, never real records.
 */
export function loadWebHostKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env['CONFER_DB_KEY'];
  if (fromEnv !== undefined) return parseHexKey(fromEnv, 'CONFER_DB_KEY');
  const file = join(dataDir, WEB_HOST_KEY_FILE);
  if (existsSync(file)) {
    makeFilesPrivate(file);
    return parseHexKey(readFileSync(file, 'utf8').trim(), WEB_HOST_KEY_FILE);
  }
  makePrivateFolder(dataDir);
  const key = randomBytes(DATABASE_KEY_BYTES);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  makeFilesPrivate(file);
  return key;
}

function parseHexKey(text: string, source: string): Buffer {
  if (!new RegExp(`^[0-9a-fA-F]{${DATABASE_KEY_BYTES * 2}}$`).test(text)) {
    throw new Error(`${source} must hold ${DATABASE_KEY_BYTES * 2} hexadecimal digits.`);
  }
  return Buffer.from(text, 'hex');
}

import type { Db } from '../open';

export interface StoredPassphrase {
  readonly salt: string;
  readonly hash: string;
}

export function readPassphrase(db: Db): StoredPassphrase | undefined {
  return db.prepare('SELECT salt, hash FROM app_lock WHERE id = 1').get() as StoredPassphrase | undefined;
}

export function writePassphrase(db: Db, stored: StoredPassphrase, at: string): void {
  db.prepare(
    `INSERT INTO app_lock (id, salt, hash, set_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, set_at = excluded.set_at`,
  ).run(stored.salt, stored.hash, at);
}

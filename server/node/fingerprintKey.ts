import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { StoreConfig } from './config';

const KEY_FILE = 'fingerprint.key';

/**
 * The key ingestion fingerprints secrets with: FINGERPRINT_KEY (64 hex characters) when set;
 * with PGlite, else a key made once and kept beside the database in the data directory (not
 * in it, so a copy of the tables alone cannot test guesses against fingerprints); with
 * PostgreSQL and no FINGERPRINT_KEY, a key for this process only, with a warning, as
 * fingerprints then change at each restart.
 */
export async function fingerprintKey(
  fromEnv: Uint8Array<ArrayBuffer> | null,
  store: StoreConfig,
  log: Logger,
): Promise<Uint8Array<ArrayBuffer>> {
  if (fromEnv) return fromEnv;
  if (store.kind === 'postgres') {
    log.warn(
      'FINGERPRINT_KEY is not set: secrets are fingerprinted under a key for this process only, so "unchanged" secrets read as changed across a restart. Set FINGERPRINT_KEY (openssl rand -hex 32).',
    );
    return new Uint8Array(randomBytes(32));
  }
  const file = join(store.dataDir, KEY_FILE);
  try {
    return keyFromHex((await readFile(file, 'utf8')).trim(), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(store.dataDir, { recursive: true });
  const key = new Uint8Array(randomBytes(32));
  // 'wx': two servers starting on one directory do not each write a different key
  await writeFile(file, `${Buffer.from(key).toString('hex')}\n`, { mode: 0o600, flag: 'wx' }).catch(
    async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return keyFromHex((await readFile(file, 'utf8')).trim(), file);
}

function keyFromHex(hex: string, where: string): Uint8Array<ArrayBuffer> {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${where} does not hold 64 hex characters`);
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

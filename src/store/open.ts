// Opens the store named by --db / PARALLAX_DB. Drivers are loaded only when used, so an
// optional backend's dependency is needed only by those who configure it.
import type { Store } from './types.js';
import { StoreError } from './types.js';

export const DEFAULT_DB = './parallax.db';

export async function openStore(spec: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    throw new StoreError('PostgreSQL storage is not available yet (planned); use a SQLite file path for --db', 'unsupported');
  }
  const { SqliteStore } = await import('./sqlite/index.js');
  return new SqliteStore(spec);
}

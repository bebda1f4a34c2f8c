// Opens the store named by --db / PARALLAX_DB. Drivers are loaded only when used, so an
// optional backend's dependency is needed only by those who configure it.
import type { Store } from './types.js';
import { StoreError } from './types.js';

export const DEFAULT_DB = './parallax.db';

/** The connection string without its password, for messages. */
export const redact = (spec: string) => spec.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');

export async function openStore(spec: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    const { PostgresStore } = await import('./postgres/index.js');
    try {
      return await PostgresStore.connect(spec);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open the PostgreSQL store ${redact(spec)}: ${(e as Error).message}`, 'unsupported');
    }
  }
  const { SqliteStore } = await import('./sqlite/index.js');
  return new SqliteStore(spec);
}

// Opens the store for one command and always closes it, even on error.
import { openStore, DEFAULT_DB } from '../store/open.js';
import type { Store } from '../store/types.js';

export interface GlobalOptions {
  db?: string;
}

export function dbSpec(global: GlobalOptions): string {
  return global.db ?? process.env.PARALLAX_DB ?? DEFAULT_DB;
}

export async function withStore<T>(global: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbSpec(global));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

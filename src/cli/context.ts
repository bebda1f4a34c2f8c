// Opens the store for one command and always closes it, even on error.
import { openStore, DEFAULT_DB } from '../store/open.js';
import type { Store } from '../store/types.js';
import { existsSync } from 'node:fs';
import { OutletRegistry, RegistryError } from '../outlets/registry.js';
import { CliError, EXIT } from './exit-codes.js';

export interface GlobalOptions {
  db?: string;
  outlets?: string;
}

export const DEFAULT_OUTLETS = './outlets.json';

/**
 * The outlet registry named by --outlets or PARALLAX_OUTLETS (which must exist), else
 * ./outlets.json when there is one, else none.
 */
export function outletRegistry(global: GlobalOptions): OutletRegistry | undefined {
  const named = global.outlets ?? process.env.PARALLAX_OUTLETS;
  try {
    if (named) return OutletRegistry.load(named);
    return existsSync(DEFAULT_OUTLETS) ? OutletRegistry.load(DEFAULT_OUTLETS) : undefined;
  } catch (e) {
    if (e instanceof RegistryError) throw new CliError(`outlet registry ${e.message}`, EXIT.USAGE);
    throw e;
  }
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

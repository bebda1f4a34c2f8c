// Opens the store for one command and always closes it, even on error.
import { openStore, DEFAULT_DB } from '../store/open.js';
import type { Store } from '../store/types.js';
import { existsSync } from 'node:fs';
import { OutletRegistry, RegistryError } from '../outlets/registry.js';
import { CliError, EXIT } from './exit-codes.js';
import { z } from 'zod';
import { loadEmbedder, VectorsError } from '../models/load.js';
import { DEFAULT_MEANING } from '../7-align/meaning.js';
import type { StoredAnalysisOptions } from '../analyze/stored.js';

export interface GlobalOptions {
  db?: string;
  outlets?: string;
  vectors?: string;
  meaningThreshold?: string;
}

const Threshold = z.coerce
  .number({ error: '--meaning-threshold: expected a number' })
  .gt(0, '--meaning-threshold: expected a cosine above 0 and at most 1')
  .max(1, '--meaning-threshold: expected a cosine above 0 and at most 1');

/**
 * The embedder named by --vectors or PARALLAX_VECTORS, as analyzeStored options (none: the
 * default analysis), with a note on standard error of what it joined.
 */
export async function meaningOptions(global: GlobalOptions): Promise<Pick<StoredAnalysisOptions, 'embedder' | 'meaning' | 'onMeaning'>> {
  const file = global.vectors ?? process.env.PARALLAX_VECTORS;
  if (!file) {
    if (global.meaningThreshold !== undefined) throw new CliError('--meaning-threshold needs word vectors: --vectors FILE (or $PARALLAX_VECTORS)', EXIT.USAGE);
    return {};
  }
  const parsed = Threshold.safeParse(global.meaningThreshold ?? DEFAULT_MEANING.threshold);
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => i.message).join('; '), EXIT.USAGE);
  try {
    const embedder = await loadEmbedder(file);
    return {
      embedder,
      meaning: { ...DEFAULT_MEANING, threshold: parsed.data },
      onMeaning: (o) => console.error(`${embedder.name}: ${o.joined} claim${o.joined === 1 ? '' : 's'} joined by meaning${o.skippedScopes ? `; ${o.skippedScopes} scope${o.skippedScopes === 1 ? '' : 's'} with more than ${DEFAULT_MEANING.maxClaims} statements not compared` : ''}`),
    };
  } catch (e) {
    if (e instanceof VectorsError) throw new CliError(`word vectors ${e.message}`, EXIT.USAGE);
    throw e;
  }
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

const isServerStore = (spec: string) => /^postgres(ql)?:\/\//i.test(spec);

export function dbSpec(global: GlobalOptions): string {
  return global.db ?? process.env.PARALLAX_DB ?? DEFAULT_DB;
}

/**
 * Opens the store, runs fn and closes it. A command that only reads (`articles`, `show`,
 * `report`, `compare`, `outlets`) passes `existing`: a SQLite file that is not there is an
 * error naming it, rather than an empty store created by a mistyped --db and an empty answer.
 */
export async function withStore<T>(global: GlobalOptions, fn: (store: Store) => Promise<T>, use: { existing?: boolean } = {}): Promise<T> {
  const spec = dbSpec(global);
  if (use.existing && !isServerStore(spec) && spec !== ':memory:' && !existsSync(spec)) {
    throw new CliError(`no store at ${spec}: ingest something first (parallax ingest PATH --db ${spec}) or name another store with --db`, EXIT.FATAL);
  }
  const store = await openStore(spec);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

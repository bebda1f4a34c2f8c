import type { Command } from 'commander';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { parseOptions } from '../options.js';
import { DEFAULT_OUTLETS, outletRegistry, withStore, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import type { Store } from '../../store/types.js';
import type { OutletEntry } from '../../outlets/registry.js';

const Options = z.object({ init: z.string().min(1, '--init: expected a file name').optional(), force: z.boolean().optional(), json: z.boolean().optional() });

/** "https://www.kallin-courier.example/news/1" -> "kallin-courier.example"; null for a path or a bad URL. */
export function hostOf(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Outlet names as stored, with their article counts, one article URL each (for domain matching)
 * and the web hosts of their articles that no other stored outlet's articles come from.
 */
async function storedOutlets(store: Store): Promise<Array<{ outlet: string; articles: number; url: string | null; domains: string[] }>> {
  const seen = new Map<string, { outlet: string; articles: number; url: string | null; hosts: Set<string> }>();
  const outletsOfHost = new Map<string, Set<string>>();
  for (let offset = 0; ; offset += 500) {
    const page = await store.listArticles({ limit: 500, offset });
    for (const a of page.items) {
      const name = a.outlet ?? '(no outlet)';
      const s = seen.get(name) ?? { outlet: name, articles: 0, url: a.url, hosts: new Set<string>() };
      s.articles++;
      const host = hostOf(a.url);
      if (host && a.outlet) {
        s.hosts.add(host);
        outletsOfHost.set(host, (outletsOfHost.get(host) ?? new Set()).add(name));
      }
      seen.set(name, s);
    }
    if (offset + 500 >= page.total) break;
  }
  return [...seen.values()]
    .sort((a, b) => b.articles - a.articles || (a.outlet < b.outlet ? -1 : 1))
    .map(({ hosts, ...r }) => ({ ...r, domains: [...hosts].filter((h) => outletsOfHost.get(h)!.size === 1).sort() }));
}

export function registerOutlets(program: Command): void {
  program
    .command('outlets')
    .description('the outlets of the stored articles and how the outlet registry (--outlets, default ./outlets.json) resolves them')
    .option('--init <file>', 'write a registry with every outlet of the store (keeping the entries of the current registry), to edit')
    .option('--force', 'with --init: overwrite the file')
    .option('--json', 'print JSON')
    .addHelpText('after', `\nThe registry is JSON: { "outlets": [ { "name": "…", "aliases": ["…"], "domains": ["example.com"], "attributes": { "country": "…", "stance": "…" } } ] }.\nAttributes are yours to define; parallax compare ID --group-by ATTRIBUTE groups coverage by them. Parallax ships no ratings.`)
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(Options, raw);
      const global = cmd.optsWithGlobals() as GlobalOptions;
      const registry = outletRegistry(global);
      const rows = (await withStore(global, storedOutlets, { existing: true })).map((r) => {
        const e = registry?.resolve(r.outlet === '(no outlet)' ? null : r.outlet, r.url) ?? null;
        return { ...r, registered: e?.name ?? null, attributes: e?.attributes ?? {} };
      });
      if (opts.init) {
        if (existsSync(opts.init) && !opts.force) throw new CliError(`${opts.init} exists; add --force to overwrite it`, EXIT.USAGE);
        const entries: OutletEntry[] = [...(registry?.entries ?? [])];
        for (const r of rows) if (!r.registered && r.outlet !== '(no outlet)') entries.push({ name: r.outlet, aliases: [], domains: r.domains, attributes: {} });
        const tmp = `${opts.init}.tmp-${process.pid}`;
        writeFileSync(tmp, JSON.stringify({ outlets: entries }, null, 2) + '\n');
        renameSync(tmp, opts.init);
        console.error(`wrote ${opts.init}: ${entries.length} outlets (${entries.length - (registry?.entries.length ?? 0)} new); edit it, then use --outlets ${opts.init}${opts.init === DEFAULT_OUTLETS ? ' (or nothing: it is the default)' : ''}`);
        return;
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify({ registry: registry ? { outlets: registry.entries.length, attributes: registry.attributeNames() } : null, stored: rows }, null, 2) + '\n');
        return;
      }
      console.log(registry ? `registry: ${registry.entries.length} outlets; attributes: ${registry.attributeNames().join(', ') || 'none'}` : `no outlet registry (write one with: parallax outlets --init ${DEFAULT_OUTLETS})`);
      for (const r of rows) {
        const attrs = Object.entries(r.attributes).map(([k, v]) => `${k}=${v}`).join(' ');
        console.log(`${String(r.articles).padStart(6)}  ${r.outlet}${r.registered ? (r.registered !== r.outlet ? `  -> ${r.registered}` : '') + (attrs ? `  [${attrs}]` : '') : registry ? '  (unregistered)' : ''}`);
      }
    });
}

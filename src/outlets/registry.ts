// The outlet registry: a JSON file the user edits (Parallax ships no ratings). Each outlet has a
// name, the other names it appears under, the web domains it publishes on, and any attributes
// the user defines (country, ownership, state affiliation, stance…). Articles are matched by
// outlet name or alias (case and "The" aside) and else by the host of their URL, so "Reuters",
// "reuters.com" and "REUTERS" count as one outlet, and coverage can be grouped by an attribute.
//
// { "outlets": [ { "name": "The Calvaine Herald", "aliases": ["Calvaine Herald"],
//                  "domains": ["calvaineherald.example"], "attributes": { "country": "Calvaine" } } ] }
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a host name like example.com (no scheme, no path)');

export const OutletEntry = z
  .object({
    name: z.string().trim().min(1, 'expected the outlet name'),
    aliases: z.array(z.string().trim().min(1, 'expected a non-empty alias')).default([]),
    domains: z.array(Host).default([]),
    attributes: z.record(z.string().trim().min(1, 'expected an attribute name'), z.string({ error: 'expected a text value' })).default({}),
  })
  .strict();
export const RegistryFile = z.object({ outlets: z.array(OutletEntry) }).strict();
export type OutletEntry = z.infer<typeof OutletEntry>;

export class RegistryError extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(`${file}: ${issues.join('; ')}`);
    this.name = 'RegistryError';
  }
}

/** "The Calvaine Herald" and "calvaine herald" are one key. */
export const nameKey = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const hostOf = (url: string | null) => {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
};

export class OutletRegistry {
  private readonly byName = new Map<string, OutletEntry>();
  private readonly byDomain = new Map<string, OutletEntry>();

  constructor(readonly entries: OutletEntry[], source = 'outlet registry') {
    const issues: string[] = [];
    entries.forEach((e, i) => {
      for (const n of [e.name, ...e.aliases]) {
        const had = this.byName.get(nameKey(n));
        if (had && had !== e) issues.push(`outlets.${i}: "${n}" is already a name or alias of "${had.name}"`);
        else this.byName.set(nameKey(n), e);
      }
      for (const d of e.domains) {
        const had = this.byDomain.get(d);
        if (had && had !== e) issues.push(`outlets.${i}.domains: "${d}" already belongs to "${had.name}"`);
        else this.byDomain.set(d, e);
      }
    });
    if (issues.length) throw new RegistryError(source, issues);
  }

  static parse(json: unknown, source = 'outlet registry'): OutletRegistry {
    const r = RegistryFile.safeParse(json);
    if (!r.success) throw new RegistryError(source, r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
    return new OutletRegistry(r.data.outlets, source);
  }

  static load(file: string): OutletRegistry {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new RegistryError(file, [`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a JSON file { "outlets": [...] }`]);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new RegistryError(file, [`not valid JSON: ${(e as Error).message}`]);
    }
    return OutletRegistry.parse(json, file);
  }

  /** The entry for an article's outlet name, else for its URL's host (or a parent domain of it). */
  resolve(outlet: string | null, url: string | null = null): OutletEntry | null {
    const named = outlet ? this.byName.get(nameKey(outlet)) : undefined;
    if (named) return named;
    const host = hostOf(url) ?? (outlet && /^[\w-]+(\.[\w-]+)+$/.test(outlet.trim()) ? outlet.trim().toLowerCase().replace(/^www\./, '') : null);
    for (let h = host; h && h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
      const e = this.byDomain.get(h);
      if (e) return e;
    }
    return null;
  }

  /** The registered name for an article's outlet, or the outlet as stored. */
  canonical(outlet: string | null, url: string | null = null): string | null {
    return this.resolve(outlet, url)?.name ?? outlet;
  }

  /** Every attribute name any entry uses, sorted. */
  attributeNames(): string[] {
    return [...new Set(this.entries.flatMap((e) => Object.keys(e.attributes)))].sort();
  }
}

/** An outlet name as a report lists it: with its registry entry's aliases, domains and attributes when it has one. */
export function describeOutlet(name: string, registry: OutletRegistry | undefined): { name: string; registered: boolean; aliases: string[]; domains: string[]; attributes: Record<string, string> } {
  const e = registry?.resolve(name) ?? null;
  return { name, registered: !!e, aliases: e?.aliases ?? [], domains: e?.domains ?? [], attributes: e?.attributes ?? {} };
}

// Finds wire agencies a text credits, in canonical short form ('AFP', 'AP', 'Reuters').
// Only credit phrases count in body text ("told AFP", "Reuters reported", "(AP) —"), so a story
// *about* Reuters or a person named Bloomberg is not credited to an agency.
import { CREDIT_AFTER, CREDIT_BEFORE, CREDIT_FILLERS, WIRE_AGENCIES } from './model/agencies.js';
import { alternation } from './text.js';

export interface AgencyIndex {
  /** Agencies a body paragraph credits as its source: "told AFP", "according to the Associated Press". */
  credited(text: string): string[];
  /** Agencies named anywhere in a desk note, byline or footer: "With AFP and Reuters". */
  mentioned(text: string): string[];
  /** Canonical form of one agency name, or null when unknown: "Agence France-Presse" -> "AFP". */
  canonical(name: string): string | null;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** "according to" -> also "According to", for phrases opening a sentence. */
const withCapitals = (list: readonly string[]): string[] => list.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]);

function build(extra: readonly string[]): AgencyIndex {
  const canon = new Map<string, string>();
  const lower = new Map<string, string>();
  for (const a of WIRE_AGENCIES) {
    for (const al of [...a.aliases, ...(a.strictAliases ?? [])]) lower.set(al.toLowerCase(), a.canonical);
    for (const al of a.aliases) canon.set(al, a.canonical);
  }
  for (const a of WIRE_AGENCIES) for (const s of a.strictAliases ?? []) canon.delete(s);
  for (const x of extra) {
    const t = x.trim();
    if (t && !canon.has(t)) canon.set(t, t);
    if (t) lower.set(t.toLowerCase(), canon.get(t) ?? t);
  }
  const names = alternation([...canon.keys()]);
  const fill = `(?:(?:${alternation(withCapitals(CREDIT_FILLERS))}|\\p{Lu}[\\p{L}-]+)\\s+){0,4}`;
  const patterns = [
    new RegExp(`${B}(?:${alternation(withCapitals(CREDIT_BEFORE))})\\s+${fill}(${names})${E}`, 'gu'),
    new RegExp(`${B}(${names})(?:['’]s?)?\\s+(?:(?:news agency|agency)\\s+)?(?:${alternation(CREDIT_AFTER)})${E}`, 'gu'),
    new RegExp(`\\((${names})\\)\\s*[-–—]`, 'gu'),
  ];
  const mention = new RegExp(`${B}(${names})${E}`, 'gu');
  // Every pattern holds a name: most paragraphs name no agency, and a bare alternation rules
  // that out faster than patterns that open with a lookbehind (tried at every position).
  const anyName = new RegExp(names, 'u');
  const collect = (text: string, res: RegExp[]): string[] => {
    if (!anyName.test(text)) return [];
    const found: { at: number; name: string }[] = [];
    for (const re of res) for (const m of text.matchAll(re)) found.push({ at: m.index + m[0].indexOf(m[1]!), name: canon.get(m[1]!)! });
    return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
  };
  return {
    credited: (text) => collect(text, patterns),
    mentioned: (text) => collect(text, [mention]),
    canonical: (name) => {
      const t = name.trim().replace(/^the\s+/iu, '');
      return canon.get(t) ?? lower.get(t.toLowerCase()) ?? null;
    },
  };
}

let standard: AgencyIndex | null = null;

/** The index for the model list, extended with the caller's agencies ("Meridian Press Agency"). */
export function agencyIndex(extra: readonly string[] = []): AgencyIndex {
  if (extra.length > 0) return build(extra);
  standard ??= build([]);
  return standard;
}

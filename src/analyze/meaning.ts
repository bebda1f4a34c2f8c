// Claims matched by meaning: the report's statement claims of each scope compared with an
// embedder's sentence vectors (src/models, optional) after the word alignment, joining the ones
// that say the same thing in other words (src/7-align/meaning.ts). A joined claim keeps the id
// and wording of its earliest member, carries every member's sentences, is counted again by
// independent voices and says it was joined by meaning (`byMeaning`); the omissions of every
// scope that changed are computed again. Without an embedder the report is what the words made.
import type { Report } from '../report/schema.js';
import type { Derivation } from '../core/analysis.js';
import { normalise, type SentenceEmbedder } from '../models/embedder.js';
import { meaningGroups, DEFAULT_MEANING, type MeaningOptions } from '../7-align/meaning.js';
import { eventsOf, inTimeOrder, omissionsOf, voices } from '../7-align/index.js';

type Claim = Report['claims'][number];

export interface MeaningOutcome {
  report: Report;
  /** Claims folded into another. */
  joined: number;
  /** Scopes with more statements than `maxClaims`, left as the words aligned them. */
  skippedScopes: number;
}

const scopeOf = (c: Pick<Claim, 'storylineId' | 'eventId'>) => `${c.storylineId}\u0000${c.eventId ?? ''}`;

export async function matchClaimsByMeaning(report: Report, embedder: SentenceEmbedder, opts: MeaningOptions = DEFAULT_MEANING): Promise<MeaningOutcome> {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const voice = voices(report.articles.map((a) => a.id), report.derivations as Derivation[], (id) => articles.get(id)!.outlet, {
    agenciesOf: (id) => articles.get(id)!.agencies ?? [],
    timeOf: (id) => Date.parse(articles.get(id)!.publishedAt ?? ''),
  });
  // Statement claims by scope, in report order.
  const scopes = new Map<string, number[]>();
  report.claims.forEach((c, i) => {
    if (c.kind !== 'statement') return;
    const key = scopeOf(c);
    (scopes.get(key) ?? scopes.set(key, []).get(key)!).push(i);
  });
  let skippedScopes = 0;
  const compared = [...scopes.values()].filter((list) => {
    if (list.length > opts.maxClaims) skippedScopes++;
    return list.length >= 2 && list.length <= opts.maxClaims;
  });
  // Each sentence embedded once, however many scopes it is in.
  const keyOf = (o: Claim['occurrences'][number]) => `${o.articleId}:${o.start}:${o.end}`;
  const sentences = new Map<string, string>();
  for (const list of compared) for (const i of list) for (const o of report.claims[i]!.occurrences) sentences.set(keyOf(o), articles.get(o.articleId)!.text.slice(o.start, o.end));
  const keys = [...sentences.keys()];
  const embedded = await embedder.embed(keys.map((k) => sentences.get(k)!));
  const vectorOf = new Map(keys.map((k, i) => [k, embedded[i]!]));

  const replaced = new Map<number, Claim>();
  const dropped = new Set<number>();
  const changedScopes = new Set<string>();
  for (const list of compared) {
    const claims = list.map((i) => report.claims[i]!);
    const vectors = claims.map((c) => {
      const sum = new Float32Array(embedder.dimensions);
      for (const o of c.occurrences) vectorOf.get(keyOf(o))!.forEach((x, k) => (sum[k] = sum[k]! + x));
      return normalise(sum);
    });
    const claimVoices = claims.map((c) => [...new Set(c.occurrences.map((o) => voice.get(o.articleId)!))]);
    for (const g of meaningGroups(vectors, claimVoices, opts)) {
      const members = g.members.map((m) => claims[m]!);
      const first = members[0]!;
      const roots = new Set(g.members.flatMap((m) => claimVoices[m]!));
      const status = members.some((c) => c.status === 'conflicting') ? 'conflicting' : roots.size >= 2 ? 'corroborated' : 'single-source';
      replaced.set(list[g.members[0]!]!, { ...first, status, independentReports: roots.size, occurrences: members.flatMap((c) => c.occurrences), byMeaning: { embedder: embedder.name, score: g.score } });
      for (const m of g.members.slice(1)) dropped.add(list[m]!);
      changedScopes.add(scopeOf(first));
    }
  }
  if (!replaced.size) return { report, joined: 0, skippedScopes };
  const claims = report.claims.flatMap((c, i) => (dropped.has(i) ? [] : [replaced.get(i) ?? c]));
  return { report: { ...report, claims, omissions: omissionsAgain(report, claims, changedScopes) }, joined: dropped.size, skippedScopes };
}

/** The omissions with those of the changed scopes computed again, in the place they had. */
function omissionsAgain(report: Report, claims: Claim[], changed: Set<string>): Report['omissions'] {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const scopeArticles = new Map<string, string[]>();
  const eventOf = new Map<string, ReadonlyMap<string, string>>();
  for (const s of report.storylines) {
    scopeArticles.set(scopeOf({ storylineId: s.id, eventId: null }), s.events.flatMap((e) => e.articleIds));
    eventOf.set(scopeOf({ storylineId: s.id, eventId: null }), eventsOf(s));
    for (const e of s.events) scopeArticles.set(scopeOf({ storylineId: s.id, eventId: e.id }), e.articleIds);
  }
  const done = new Set<string>();
  return report.omissions.flatMap((o) => {
    const scope = scopeOf(o);
    if (!changed.has(scope)) return [o];
    if (done.has(scope)) return [];
    done.add(scope);
    const ordered = inTimeOrder((scopeArticles.get(scope) ?? []).map((id) => articles.get(id)!));
    return omissionsOf(o.storylineId, o.eventId, ordered, claims.filter((c) => scopeOf(c) === scope), eventOf.get(scope));
  });
}

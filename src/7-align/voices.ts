// Each article's independent voice. Articles linked by derivation share one, and so do the
// articles of one outlet (an outlet repeating its own report does not corroborate it). An
// article that credits a wire agency whose own articles are analysed ("…, the Halvern Press
// Agency reported", "(HPA) –", "told HPA") relays it: it joins the agency's voice, as a copy
// joins its source's, even when it rewrote the wire in its own words.
import type { Derivation } from '../core/analysis.js';
import { UnionFind } from '../3-dedupe/union-find.js';
import { aliases, fold } from '../4-derive/credit.js';

export interface Credits {
  /** Wire agencies an article credits (AnalysisArticle.agencies). */
  agenciesOf?: (id: string) => readonly string[];
  /** Publication time in ms (NaN when unknown): a relay follows the agency's latest story before it. */
  timeOf?: (id: string) => number;
}

/**
 * Article id -> its voice. A copy of another outlet's article, or an article crediting another
 * outlet's agency, joins that voice only, not its own outlet's: one reprint of the wire must not
 * make the outlet's own reporting the wire's voice too.
 */
export function voices(
  ids: string[],
  derivations: Derivation[],
  outletOf: (id: string) => string | null = () => null,
  credits: Credits = {},
): Map<string, string> {
  const { agenciesOf = () => [], timeOf = () => NaN } = credits;
  const index = new Map(ids.map((id, i) => [id, i]));
  const uf = new UnionFind(ids.length);
  const copies = new Set<string>();
  for (const d of derivations) {
    const [x, y] = [index.get(d.articleId), index.get(d.sourceArticleId)];
    if (x === undefined || y === undefined) continue;
    uf.union(x, y);
    if (outletOf(d.articleId) !== outletOf(d.sourceArticleId)) copies.add(d.articleId);
  }
  // The articles of each outlet, under each spelling of its name ("Halvern Press Agency", "HPA").
  const byOutlet = new Map<string, number[]>();
  ids.forEach((id, i) => {
    const o = outletOf(id);
    if (!o) return;
    for (const a of aliases(o)) {
      const list = byOutlet.get(fold(a));
      if (list) list.push(i);
      else byOutlet.set(fold(a), [i]);
    }
  });
  // Dated articles of each outlet in time order, made once: a relay is looked up by binary search.
  const dated = new Map<number[], number[]>();
  const datedOf = (of: number[]) => dated.get(of) ?? dated.set(of, of.filter((j) => !Number.isNaN(timeOf(ids[j]!))).sort((x, y) => timeOf(ids[x]!) - timeOf(ids[y]!) || x - y)).get(of)!;
  // The agency's story a relay follows: its latest published at or before the relay, else its first.
  const relayed = (of: number[], at: number) => {
    const sorted = datedOf(of);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeOf(ids[sorted[mid]!]!) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? sorted[lo - 1]! : of[0]!;
  };
  ids.forEach((id, i) => {
    const own = outletOf(id);
    const ownNames = new Set(own ? aliases(own).map(fold) : []);
    for (const agency of agenciesOf(id)) {
      const f = fold(agency);
      const of = byOutlet.get(f);
      if (!of || ownNames.has(f)) continue;
      uf.union(i, relayed(of, timeOf(id)));
      copies.add(id);
    }
  });
  const firstOf = new Map<string, number>();
  ids.forEach((id, i) => {
    const o = outletOf(id);
    if (o === null || copies.has(id)) return;
    const f = firstOf.get(o);
    if (f === undefined) firstOf.set(o, i);
    else uf.union(f, i);
  });
  return new Map(ids.map((id, i) => [id, ids[uf.find(i)]!]));
}

// Outlets that carry a statement claim without a sentence aligned into it, so that it is not
// their omission (trial review 9):
// - an article of the outlet quotes the claim's quoted words: the wire's '"We will appeal, and we
//   expect to win," she said.' is too short to be aligned as a statement, yet it carries the
//   paper's 'His lawyer told reporters: "We will appeal, and we expect to win."';
// - a sentence of the claim credits the outlet ("…, Nordwire reported", "according to Nordwire"):
//   it is that outlet's report, relayed.
import { contentWords } from './content-words.js';
import { MIN_QUOTED, QUOTED } from './substance.js';
import { aliases, creditedIn, sameName } from '../4-derive/credit.js';

export interface CarrierArticle {
  id: string;
  outlet: string | null;
  text?: string;
}

interface CarriedClaim {
  kind?: string;
  occurrences: ReadonlyArray<{ articleId: string; start: number; end: number }>;
}

/** Share of the claim's quoted words another quote must hold to be the same quote (an edited one keeps most). */
const QUOTE_SHARE = 2 / 3;
/** Characters between two quoted passages of one article read as one quote ('"We will appeal," she said. "And we expect to win."'). */
const QUOTE_GAP = 80;

/** Content words of each quoted passage of a text, with each pair of passages close together joined. */
function quotes(text: string, from = 0, to = text.length): Array<Set<string>> {
  const found = [...text.slice(from, to).matchAll(QUOTED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, words: new Set(contentWords(m[1] ?? m[2] ?? '')) }));
  const out = found.map((q) => q.words);
  for (let i = 1; i < found.length; i++) if (found[i]!.start - found[i - 1]!.end <= QUOTE_GAP) out.push(new Set([...found[i - 1]!.words, ...found[i]!.words]));
  return out.filter((q) => q.size > 0);
}

/**
 * carries(claim, outlet): whether the outlet carries the statement claim by its quote or by a
 * credit, though none of its sentences was aligned into it. Articles without text carry nothing
 * this way. An outlet's quotes are read once, when first asked about. `creditNames`: the names
 * a credit must use for an outlet (its own by default; for outlets grouped by an attribute, the
 * group's outlets: "Northgate" is a country, and "Northgate officials said" credits no outlet).
 */
export function otherCarriers(articles: readonly CarrierArticle[], creditNames: (outlet: string) => readonly string[] = (o) => [o]): (claim: CarriedClaim, outlet: string) => boolean {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const outletOf = (a: CarrierArticle) => a.outlet ?? a.id;
  // Each outlet's quotes by word (an inverted index): a claim's quote is looked up among the quotes
  // sharing its words, not compared with every quote of the outlet (a wire's hundreds of articles).
  const quotesOf = new Map<string, Map<string, number[]>>();
  const outletQuotes = (outlet: string) => {
    let index = quotesOf.get(outlet);
    if (!index) {
      index = new Map();
      const all = articles.filter((a) => outletOf(a) === outlet && a.text).flatMap((a) => quotes(a.text!));
      all.forEach((q, i) => q.forEach((w) => (index!.get(w) ?? index!.set(w, []).get(w)!).push(i)));
      quotesOf.set(outlet, index);
    }
    return index;
  };
  /** Whether one of the outlet's quotes holds QUOTE_SHARE of `words`. */
  const quotedBy = (outlet: string, words: Set<string>) => {
    const index = outletQuotes(outlet);
    const hits = new Map<number, number>();
    for (const w of words) for (const i of index.get(w) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    for (const n of hits.values()) if (n >= QUOTE_SHARE * words.size) return true;
    return false;
  };
  const claimQuotes = new WeakMap<CarriedClaim, Array<Set<string>>>();
  // Each claim's sentences with their text in lower case, made once (asked for every outlet).
  const claimSentences = new WeakMap<CarriedClaim, Array<{ outlet: string; text: string; lower: string }>>();
  // The names a credit may use for an outlet, in lower case: a sentence naming none is not searched.
  const namesOf = new Map<string, Array<{ name: string; forms: string[] }>>();
  return (claim, outlet) => {
    if (claim.kind === 'figure' || claim.kind === 'date') return false;
    let sentences = claimSentences.get(claim);
    if (!sentences) {
      sentences = claim.occurrences.flatMap((o) => {
        const a = byId.get(o.articleId);
        const text = a?.text?.slice(o.start, o.end);
        return a && text !== undefined ? [{ outlet: outletOf(a), text, lower: text.toLowerCase() }] : [];
      });
      claimSentences.set(claim, sentences);
    }
    let names = namesOf.get(outlet);
    if (!names) namesOf.set(outlet, (names = creditNames(outlet).map((name) => ({ name, forms: aliases(name).map((f) => f.toLowerCase()) }))));
    // A sentence of another outlet that credits this one.
    const credits = (x: { outlet: string; text: string; lower: string }) =>
      names!.some(({ name, forms }) => forms.some((f) => x.lower.includes(f)) && !sameName(x.outlet, name) && creditedIn(x.text, name) !== null);
    if (sentences.some((x) => x.outlet !== outlet && !sameName(x.outlet, outlet) && credits(x))) return true;
    let own = claimQuotes.get(claim);
    if (!own) claimQuotes.set(claim, (own = sentences.flatMap((x) => quotes(x.text)).filter((q) => q.size >= MIN_QUOTED)));
    return own.length > 0 && own.some((words) => quotedBy(outlet, words));
  };
}

// The outlet words were told to, as other articles say it: Harbour Live's live blog at 06:10
// writes '"…," she told Station Nine this morning'; Station Nine's own article (07:15) is then
// where the words first appeared, not the blog that reports the interview, whatever the times say
// (a live blog's page time is that of its first update). A later article naming the outlet told
// ("she told local broadcaster Station Nine") credits the origin of the words.
import { isPublicOccasion, isSelfReference } from '../6-extract/quotes/model/channels.js';
import type { ProvenanceArticle, ProvenanceOccurrence } from './quote-provenance.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does the text name the outlet ("Meridian Press Agency", or its initials "MPA" as a word)? A
 * name in two parts names it by either: "DTV News – Dravik National Television" by "DTV" too.
 */
export function names(text: string, outlet: string): boolean {
  const parts = outlet.split(/\s+[–—|-]\s+/).filter((p) => /\p{Lu}/u.test(p));
  return parts.length > 1 ? parts.some((p) => namesPart(text, p) || acronymOf(p, text)) : namesPart(text, outlet);
}

/** "DTV" of "DTV News", written as a word in the text (three capitals or more: "US" is no outlet). */
const acronymOf = (part: string, text: string) => part.split(/\s+/).some((w) => /^\p{Lu}{3,}$/u.test(w) && new RegExp(`\\b${escape(w)}\\b`).test(text));

function namesPart(text: string, outlet: string): boolean {
  if (new RegExp(`\\b${escape(outlet)}\\b`, 'i').test(text)) return true;
  const words = outlet.replace(/^the\s+/i, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]).join('');
  return initials.length >= 2 && new RegExp(`\\b${escape(initials)}\\b`).test(text);
}

/** Does this occurrence say the words were said to its own outlet ("told the Ledger", "told us")? */
export const saidToItself = (o: ProvenanceOccurrence, a: ProvenanceArticle | undefined) => !!(a && o.channel && (isSelfReference(o.channel) || (a.outlet && names(o.channel, a.outlet))));

/** A name in a channel: its capitalised words, "of" / "the" / "and" between them ("local broadcaster Station Nine" -> "Station Nine"). */
const NAME = /\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|the|and|for)\s+)*\p{Lu}[\p{L}\p{N}'’&.-]*)*/u;

/**
 * The outlet another outlet's article says the words were told to: "she told Station Nine this
 * morning" -> "Station Nine". Not its own outlet ("told us", "told the Ledger" in the Ledger), not
 * an occasion open to all ("told reporters", "at a news conference"), not a name-less channel
 * ("a local radio station").
 */
export function toldOutlet(o: ProvenanceOccurrence, a: ProvenanceArticle | undefined): string | null {
  if (!a || !o.channel || saidToItself(o, a) || isPublicOccasion(o.channel)) return null;
  return NAME.exec(o.channel)?.[0] ?? null;
}

/**
 * The article of the outlet the words were told to, when another outlet's article says so and
 * that outlet's own article carries them: its earliest such article (in `order`). Null otherwise.
 */
export function toldOrigin(order: readonly ProvenanceOccurrence[], byId: Map<string, ProvenanceArticle>): string | null {
  for (const o of order) {
    const told = toldOutlet(o, byId.get(o.articleId));
    if (!told) continue;
    const own = order.find((x) => {
      const b = byId.get(x.articleId);
      return !!b?.outlet && b.id !== o.articleId && names(told, b.outlet) && b.outlet !== byId.get(o.articleId)?.outlet;
    });
    if (own) return own.articleId;
  }
  return null;
}

/** The outlets the first publisher says the words were told to: naming one of them credits where the words came from. */
export const toldByFirst = (occurrences: readonly ProvenanceOccurrence[], first: ProvenanceArticle | undefined): string[] =>
  occurrences.filter((o) => o.articleId === first?.id).map((o) => toldOutlet(o, first)).filter((x): x is string => !!x);

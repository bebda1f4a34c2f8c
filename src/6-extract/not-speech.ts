// Reported "speech" that is an act, not words, so no quote: the attribution finder reads every
// verb of stance or judgement as a cue (PolNeAR counts them), but a reader's quote list should not
// hold "The commission rejected 6,000 ballots" or "Early returns favoured Velin".
import type { Span } from './text/sentences.js';

interface Reported {
  kind: string;
  verb: string | null;
  speaker: Span & { text: string } | null;
  content: { text: string };
}

/** Verbs that give, take or judge an amount as often as they report words: "offered 4 percent", "rejected 6,000 ballots". */
const AMOUNT_VERBS = new Set(['offer', 'propose', 'pledge', 'promise', 'demand', 'seek', 'reject', 'accept', 'approve', 'receive', 'win', 'favor', 'back', 'support', 'oppose', 'count']);
const AMOUNT = /^(?:about |around |some |up to |at least |nearly |almost |more than |over )?(?:[$€£¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|a dozen|a hundred|a million|a billion)\b)/i;

/** Verbs that name someone to a role: "confirmed Velin as the winner", "named Okafor as envoy". */
const NAMING_VERBS = new Set(['confirm', 'name', 'declare', 'appoint', 'elect', 'choose', 'nominate', 'designate', 'recognize', 'announce']);
const NAMED_AS = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}as\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?\p{L}/u;

/** Courtesies whose object is whom they are paid to, not words: "thanked voters", "congratulated her rival". */
const COURTESY_VERBS = new Set(['thank', 'congratulate', 'greet', 'salute', 'hug', 'embrace']);
/** A clause after the courtesy's object gives its words after all: "thanked voters for their patience, saying …" stays out. */
const CLAUSE = /\b(?:that|for)\b/i;

/** What counts or results are, not who speaks: "Early returns favoured Velin", "A recount … confirmed". */
const RESULT_NOUNS = new Set(['returns', 'results', 'result', 'count', 'recount', 'tally', 'figures', 'numbers', 'totals', 'vote', 'ballot', 'ballots', 'election', 'turnout']);
/** Verbs by which counts and results do speak: "figures show that …", "the count suggests …". */
const EVIDENCE_VERBS = new Set(['show', 'suggest', 'indicate', 'find', 'reveal', 'point', 'put', 'confirm', 'according to']);

/** The head of a speaker phrase: its last word before "of / from / in / for" ("Early returns from the valley" -> "returns"). */
function headOf(speaker: string): string {
  const words = speaker.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|from|in|for|at|on|by)$/.test(w));
  return (cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '';
}

export function isActNotSpeech(q: Reported): boolean {
  if (q.kind !== 'reported' || !q.verb) return false;
  // "Asked about Brask's accusation that …, she said …": the question of someone unnamed, not words.
  if (q.verb === 'ask' && !q.speaker) return true;
  const content = q.content.text.trim();
  if (AMOUNT_VERBS.has(q.verb) && AMOUNT.test(content)) return true;
  if (NAMING_VERBS.has(q.verb) && NAMED_AS.test(content)) return true;
  if (COURTESY_VERBS.has(q.verb) && !CLAUSE.test(content)) return true;
  return !!q.speaker && RESULT_NOUNS.has(headOf(q.speaker.text)) && !EVIDENCE_VERBS.has(q.verb);
}

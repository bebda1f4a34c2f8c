// Reported "speech" that is an act, not words, so no quote: the attribution finder reads every
// verb of stance or judgement as a cue (PolNeAR counts them), but a reader's quote list should not
// hold "The commission rejected 6,000 ballots" or "Early returns favoured Velin".
import type { Span } from './text/sentences.js';

interface Reported {
  kind: string;
  verb: string | null;
  speaker: Span & { text: string } | null;
  content: { text: string };
  cue?: Span | null;
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

/** Events one calls into being, not words: "called a one-day strike", "called a snap election for June". */
const CALLED_EVENTS = new Set(['strike', 'strikes', 'vote', 'election', 'elections', 'referendum', 'meeting', 'session', 'summit', 'conference', 'hearing', 'inquiry', 'halt', 'ceasefire', 'truce', 'protest', 'protests', 'boycott', 'walkout', 'stoppage', 'shutdown', 'rally', 'march', 'recess', 'recount', 'ballot', 'timeout', 'time-out']);
/** The noun phrase a content opens with, up to a preposition, comma or clause word ("a one-day strike at the plant" -> "a one-day strike"). */
const LEAD_PHRASE = /^(?:a|an|the|its|their|his|her|another|fresh|new)\s+([^,;]*?)(?=\s+(?:at|in|for|on|over|to|of|after|across|from|as|by|against|that|which|and)\b|[,;]|$)/i;

/** What one offers in words: "offered a bullish view", "offered no explanation", "offered her first detailed remarks". */
const OFFERED_WORDS = /^(?:\S+\s+){0,4}(?:views?|assessments?|remarks|comments?|explanations?|advice|apolog(?:y|ies)|details|account|analysis|warnings?|predictions?|thoughts|opinions?|criticism|praise|reassurances?|assurances?|words)\b/i;

/** Words with no words in them: a bare pronoun ("agreed with them") or a short "the X" object ("welcomed the ruling"). */
const NO_WORDS = /^(?:(?:them|him|her|it|us|me|this|that|these|those|so)|(?:the|this|that|these|those|its|his|her|their|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu;
/** A place or document the cue happened in, with no words: "wrote in the ruling", "spoke at the rally". */
const ADJUNCT_ONLY = /^(?:in|on|at|from|during|before|after|into|outside)\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}$/iu;
/**
 * A clause with no subject is the cue read as a participle when the speaker opens the sentence:
 * "The programme announced last week will throw …". After a word, that word or a relative is the
 * subject ("a plan which officials say has failed", "a move he said would lead to …").
 */
const SUBJECTLESS = /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were)\b/i;
const OPENS_CLAUSE = /(?:^|[.!?;:"“”])\s*$/;
/** A speaker phrase that is an amount of money or a share, not a voice: "the €150m restructuring charge the group will book". */
const AMOUNT_SPEAKER = /^(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:m|bn|mn|k|%)(?![\p{L}]))/iu;
/** The word before a gerund cue that makes it an act inside another clause: "fined for failing … before announcing them". */
const GERUND_AFTER = /\b(?:by|before|after|without|for|of|in|on|upon|since|from|about)\s+$/i;
/** An object, not a clause: "the layoffs", "them"; "saying the plant would close" has words. */
const OBJECT_ONLY = /^(?:the|a|an|its|his|her|their|our|them|this|these|those)\b(?!.*\b(?:will|would|is|are|was|were|has|have|had|should|could|can|may|might|must)\b)/i;

/**
 * What is attacked with hands or stones, not words: "rioters attacked shops and police lines",
 * "attacked two police vans", "attacked the station with stones". Words are "attacked the plan as …".
 */
const PHYSICAL_TARGET = /^(?:(?:the|a|an|their|its|two|three|several|dozens of|some)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:shops?|stores?|police|officers|lines?|vans?|cars?|vehicles?|buses|convoys?|stations?|offices?|headquarters|banks?|buildings?|homes?|houses?|barricades?|checkpoints?|patrols?|depots?|warehouses?|premises|windows)\b/iu;
const WORDS_AFTER = /\b(?:as|for|over|saying|that)\b|["“”]/i;

/**
 * Where, for whom, under what terms one testifies, with no words given: "is testifying under an
 * immunity agreement with prosecutors", "testified before the tribunal for two days". "testified
 * for the defence that the ledgers were complete" gives its words (a that-clause).
 */
const TESTIFY_CIRCUMSTANCE = /^(?:under|at|before|in|for|against|during|on\s+behalf\s+of|with|about|to|from|via|by)\b(?!.*\bthat\b)/i;

/**
 * A legal filing as the subject of a verb that acts on something ("The appeal challenges the fraud
 * convictions", "The lawsuit seeks damages", "The motion seeks to dismiss the charges"): what it
 * attacks or asks for, not words reported. A filing that states or argues a proposition is a
 * source (PolNeAR marks "the lawsuit alleges that …", "the appeal argues the judge erred").
 */
const FILINGS = new Set(['appeal', 'appeals', 'lawsuit', 'lawsuits', 'suit', 'motion', 'motions', 'filing', 'filings', 'petition', 'complaint', 'indictment', 'application', 'injunction', 'bid', 'action', 'case', 'challenge', 'brief', 'claim']);
const FILING_ACTS = new Set(['challenge', 'seek', 'contest', 'dispute', 'request', 'target', 'ask', 'demand', 'name', 'cite', 'list']);

/** The head of a speaker phrase: its last word before "of / from / in / for" ("Early returns from the valley" -> "returns"). */
function headOf(speaker: string): string {
  const words = speaker.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|from|in|for|at|on|by)$/.test(w));
  return (cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '';
}

export function isActNotSpeech(q: Reported, text?: string): boolean {
  if (q.kind !== 'reported' || !q.verb) return false;
  // "Asked about Brask's accusation that …, she said …": the question of someone unnamed, not words.
  if (q.verb === 'ask' && !q.speaker) return true;
  const content = q.content.text.trim();
  if (AMOUNT_VERBS.has(q.verb) && AMOUNT.test(content)) return true;
  if (NAMING_VERBS.has(q.verb) && NAMED_AS.test(content)) return true;
  if (COURTESY_VERBS.has(q.verb) && !CLAUSE.test(content)) return true;
  if (q.verb === 'call' && CALLED_EVENTS.has(LEAD_PHRASE.exec(content)?.[1]?.split(/\s+/).at(-1)?.toLowerCase() ?? '')) return true;
  // "offered early retirement", "offered condolences": a thing offered; words are "offered to …" or "offered that …".
  if (q.verb === 'offer' && !/^(?:to|that)\b/i.test(content) && !/["“”‘’]/.test(content) && !OFFERED_WORDS.test(content)) return true;
  if (NO_WORDS.test(content) || ADJUNCT_ONLY.test(content)) return true;
  if (q.verb === 'attack' && PHYSICAL_TARGET.test(content) && !WORDS_AFTER.test(content)) return true;
  if (SUBJECTLESS.test(content) && text && q.speaker && OPENS_CLAUSE.test(text.slice(Math.max(0, q.speaker.start - 12), q.speaker.start))) return true;
  if (q.speaker && AMOUNT_SPEAKER.test(q.speaker.text)) return true;
  if (q.verb === 'testify' && TESTIFY_CIRCUMSTANCE.test(content)) return true;
  if (q.speaker && FILING_ACTS.has(q.verb) && FILINGS.has(headOf(q.speaker.text)) && !/["“”]/.test(content)) return true;
  if (text && q.cue && /ing$/i.test(text.slice(q.cue.start, q.cue.end)) && GERUND_AFTER.test(text.slice(Math.max(0, q.cue.start - 12), q.cue.start)) && OBJECT_ONLY.test(content)) return true;
  return !!q.speaker && RESULT_NOUNS.has(headOf(q.speaker.text)) && !EVIDENCE_VERBS.has(q.verb);
}

// How cues behave, as data: which forms are usually nouns, which take the hearer as object,
// which may follow the speaker-verb inversion of quote tails, which need "that".
import { CLASS_NOUN_FORMS } from './verb-classes.js';

/** Cues that only count before "that" (or "how/what/why"): "found that", not "found the keys". */
export const NEEDS_THAT: ReadonlySet<string> = new Set(['rule', 'sound', 'find', 'know', 'feel', 'indicate', 'estimate', 'observe', 'agree', 'remark', 'maintain', 'advise', 'assume']);
/** Words after which such a cue counts anyway: "agreed to pay", "agreed on a plan", "sounded a warning", "sounded off". */
export const NEEDS_THAT_UNLESS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['agree', new Set(['to', 'on'])], ['sound', new Set(['a', 'an', 'the', 'off'])]]);

/** Forms that are usually nouns after a determiner ("his claims", "the plans"). */
export const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set([
  'claim', 'fear', 'hope', 'plan', 'note', 'call', 'report', 'tweet', 'state', 'charge', 'demand', 'remark', 'question', 'doubt',
  'promise', 'vow', 'pledge', 'estimate', 'counter', 'joke', 'blast', 'show', 'post', 'quip', 'repeat', 'pledged', 'supported',
  'proposal', 'comment', 'want', 'need', 'praise', 'slam', 'mock', 'find', 'cite', 'stress', 'shout', 'answer',
  'attack', 'attacks', 'offer', 'offers', 'challenge', 'challenges', 'view', 'views', 'comments', 'answers', 'echo', 'echoes',
  'quotes', 'favor', 'favors', 'signal', 'signals', 'hint', 'hints', 'knock', 'knocks', 'orders', 'email', 'emails', 'chant', 'chants',
  'aims', 'decided', 'considered', 'expressed', 'advocate', 'advocates', 'outline', 'outlines', 'highlight', 'highlights', 'yell', 'caution',
  'dislike', 'suspect', 'suspects', 'recount', 'reads', 'backs', 'likes', 'wishes', 'requests', 'rebut', 'reject', 'thank',
  'claims', 'fears', 'hopes', 'plans', 'notes', 'calls', 'reports', 'tweets', 'states', 'charges', 'demands', 'remarks',
  'questions', 'doubts', 'wants', 'promises', 'warning', 'posting', 'writing', 'thinking', 'support', 'estimates',
  'counters', 'threatens', 'adds', 'quips', 'jokes', 'vows', 'shows', 'finds', 'planning', 'reporting', 'alleged',
  ...CLASS_NOUN_FORMS,
]);

/** Verbs that take the hearer as a plain object before the content: "told AFP (that) …". */
export const HEARER_OBJECT: ReadonlySet<string> = new Set(['tell', 'assure', 'remind', 'inform', 'advise', 'warn', 'urge', 'ask', 'accuse', 'promise', 'blame', 'persuade', 'convince', 'coax', 'cajole', 'exhort', 'pressure', 'prod', 'goad']);

/** Verbs that may follow their quote with the speaker after them: "…," said Haddad. */
export const INVERTIBLE: ReadonlySet<string> = new Set([
  'say', 'add', 'write', 'tell', 'note', 'ask', 'continue', 'explain', 'insist', 'argue', 'recall', 'reply', 'respond',
  'conclude', 'warn', 'declare', 'stress', 'tweet', 'post', 'claim', 'state', 'counter', 'retort', 'quip', 'joke', 'exclaim',
  'observe', 'remark', 'report', 'shout', 'admit', 'acknowledge', 'suggest', 'predict', 'announce', 'boast',
]);

/** A particle after these forms makes another verb ("showed up", "added to", "called off"); a noun, a compound noun ("think tank"). */
export const PHRASAL_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['show', new Set(['up', 'off'])], ['add', new Set(['to', 'up'])], ['call', new Set(['off', 'in', 'up', 'out'])],
  ['back', new Set(['down', 'off', 'away', 'up'])], ['find', new Set(['out'])], ['post', new Set(['bail'])],
  ['charge', new Set(['with'])], ['offer', new Set(['up'])], ['order', new Set(['up'])],
  // Noun compounds: "a think tank", "a report card", "warning signs".
  ['think', new Set(['tank', 'tanks'])], ['report', new Set(['card', 'cards'])], ['warn', new Set(['sign', 'signs', 'shot', 'shots', 'label', 'labels', 'light', 'lights'])],
]);

/**
 * Bare forms taken as judging only before "as" or "that": "voters see him as a uniter", "aides
 * regard it as lost", "Okafor cast himself as an outsider", "painted the levy as a tax" (the
 * other forms of "see" are cues already; "regarding" never is; "cast a ballot" is no cue);
 * naming and identifying as something ("named the levy as the cause", "identified herself as a
 * farmer"; not the bare "name", mostly the noun: "her last name as a …"); likening one thing to
 * or with another ("compared the levy to a toll", "contrasted her record with his"; judging.ts).
 */
export const AS_VERBS: ReadonlyMap<string, string> = new Map(
  ['see', 'regard', 'cast casts casting', 'paint painted paints painting', 'frame framed frames framing', 'identify identified identifies identifying', 'name named names naming', 'compare compared compares comparing', 'link linked links linking', 'equate equated equates equating', 'contrast contrasted contrasts contrasting', 'conflate conflated conflates conflating'].flatMap((row) => row.split(' ').filter((form) => form !== 'name').map((form) => [form, row.split(' ')[0]!] as const)),
);

/**
 * Verbs of saying with another sense before a plain object ("added a link", "maintained
 * support", "posted a loss"): then a closing attribution ("…, the poll found") reports the clause.
 */
export const OBJECT_SENSES: ReadonlySet<string> = new Set([
  'add', 'maintain', 'continue', 'post', 'offer', 'order', 'express', 'state', 'decline', 'refuse', 'discuss', 'mention',
  'question', 'answer', 'report', 'charge', 'cite', 'highlight', 'outline', 'request', 'echo',
]);

/** What is declined when "decline" reports a refusal to speak: "declined comment", "declined multiple requests". */
export const DECLINED_OBJECTS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'interview', 'interviews', 'request', 'requests', 'question', 'questions', 'invitation', 'invitations',
  'offer', 'offers', 'multiple', 'repeated', 'several', 'numerous', 'further', 'any', 'all', 'a', 'an', 'the', 'his', 'her', 'their',
]);

/** Words of manner after a copula that introduce a quote before a colon: "X was blunt: “…”". */
export const MANNER_OF_SPEAKING: ReadonlySet<string> = new Set([
  'blunt', 'clear', 'emphatic', 'adamant', 'defiant', 'direct', 'frank', 'candid', 'unequivocal', 'categorical', 'firm',
  'unapologetic', 'succinct', 'terse', 'scathing', 'dismissive', 'upbeat', 'defensive', 'forthright', 'explicit', 'curt',
]);

/** Copulas of that construction. */
export const COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are']);

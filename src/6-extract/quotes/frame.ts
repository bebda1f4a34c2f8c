// The frame words between a cue and its clause: "told AFP on Friday that", "said in an
// interview with CNN", "said in Washington". Sample: in `Haddad told AFP on Friday that the deal
// was dead`, the frame is "AFP on Friday that", the channel "AFP".
import type { Token } from './tokens.js';
import { type Range, phraseStartingAt } from './phrases.js';
import { HEARER_OBJECT } from './model/cue-rules.js';
import { AUDIENCE_NOUNS, CHANNEL_NOUNS, CHANNEL_PREPOSITIONS, OUTLET_LINKS, PLATFORMS, isSelfReference } from './model/channels.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';
import { CLAUSE_OPENERS, OBJECT_PRONOUNS, TIME_LEADS, TIME_UNITS, TIME_WORDS } from './model/words.js';


export interface Frame {
  /** First token of the reported clause (past "that", the hearer, time and channel phrases). */
  next: number;
  channel: Range | null;
}

/** Skips what stands between a cue and its clause: "told AFP on Friday that", "said in a statement:". */
export function skipFrame(tokens: readonly Token[], k: number, hi: number, lemma: string): Frame {
  let channel: Range | null = null;
  let triedObject = !HEARER_OBJECT.has(lemma);
  while (k <= hi) {
    const t = tokens[k]!;
    const w = t.lower;
    if (w === ',') { k++; continue; }
    // "said of Mr. Rubio: “…”": the person spoken of, before a colon or comma.
    if (w === 'of' && lemma === 'say') {
      const topic = phraseStartingAt(tokens, k + 1, hi);
      if (topic && (tokens[topic[1] + 1]?.lower === ':' || tokens[topic[1] + 1]?.lower === ',')) { k = topic[1] + 1; continue; }
    }
    // "say privately that …": a manner adverb before the clause.
    if (/ly$/.test(w) && w.length > 4 && !t.isCapital && tokens[k + 1]?.lower === 'that') { k++; continue; }
    if (w === 'that') return { next: k + 1, channel };
    // "know from his filings that …": a prepositional phrase before "that" is no content.
    const that = SPEECH_LEMMAS.has(lemma) ? -1 : phraseThenThat(tokens, k, hi);
    if (that > 0) return { next: that + 1, channel };
    if (CLAUSE_OPENERS.has(w)) break;
    if (!triedObject) {
      triedObject = true;
      // "told him that", "told AFP that", "urged Congress to act", "told reporters the deal …"
      if (OBJECT_PRONOUNS.has(w)) {
        // "told us": the publisher itself heard it (a channel); "told him" names a hearer only.
        if (lemma === 'tell' && w === 'us') channel = [k, k];
        k++;
        continue;
      }
      const object = lemma === 'tell' ? hearerPhrase(tokens, k, hi) : phraseStartingAt(tokens, k, hi);
      const after = object ? tokens[object[1] + 1]?.lower : undefined;
      if (object && (lemma === 'tell' || after === 'that' || after === 'to' || after === 'of' || after === ',' || after === 'about' || after === 'not')) {
        if (lemma === 'tell') channel = object;
        k = object[1] + 1;
        // "told a rally of supporters outside the hall that …": the hearer's own phrase, then the clause.
        const that = lemma === 'tell' && (tokens[k]?.lower === 'of' || PHRASE_OPENERS.has(tokens[k]?.lower ?? '')) ? wordsUntil(tokens, k + 1, hi, PHRASE_REACH, 'that') : -1;
        if (that > 0) return { next: that + 1, channel };
        continue;
      }
    }
    if (TIME_LEADS.has(w) && tokens[k + 1] && TIME_WORDS.has(tokens[k + 1]!.lower)) { k += 2; continue; }
    // "has been saying for months that …", "for the past two years": a duration.
    const duration = w === 'for' ? durationEnd(tokens, k + 1, hi) : -1;
    if (duration > 0) { k = duration + 1; continue; }
    // "on Tuesday", "Tuesday night": a day and its part.
    if (TIME_WORDS.has(w) && (t.isCapital || (tokens[k - 1]?.isCapital && TIME_WORDS.has(tokens[k - 1]!.lower)))) { k++; continue; }
    // "refused to endorse Trump": after a verb not of saying, or before a verb, "to" opens an infinitive, not a hearer.
    const found = w === 'to' && (!SPEECH_LEMMAS.has(lemma) || CUE_LEMMA.has(tokens[k + 1]?.lower ?? '')) ? null : channelAt(tokens, k, hi);
    if (found) {
      channel ??= found.channel;
      k = found.next;
      continue;
    }
    // "said in Washington": a place, skipped but not a channel.
    if ((w === 'in' || w === 'at') && tokens[k + 1]?.isCapital && k + 1 <= hi) {
      k += 2;
      while (k <= hi && tokens[k]!.isCapital) k++;
      continue;
    }
    break;
  }
  return { next: k, channel };
}

/** Words of place after a hearer: "the crowd outside the town hall". */
const HEARER_PLACES = new Set(['outside', 'inside', 'near', 'beside', 'behind', 'opposite']);

/**
 * The hearer after "told": "investors" of "told investors last week that" (the time is no part of
 * it); "the crowd outside the town hall" whole, not "the crowd outside".
 */
function hearerPhrase(tokens: readonly Token[], k: number, hi: number): Range | null {
  const object = phraseStartingAt(tokens, k, hi);
  if (!object || object[1] === object[0]) return object;
  const last = tokens[object[1]]!.lower;
  if (TIME_LEADS.has(last) && TIME_WORDS.has(tokens[object[1] + 1]?.lower ?? '')) return [object[0], object[1] - 1];
  const place = HEARER_PLACES.has(last) ? phraseStartingAt(tokens, object[1] + 1, hi) : null;
  return place ? [object[0], place[1]] : object;
}

/** A channel phrase starting at token k: "in a statement", "on X", "speaking to Axios", "to reporters". */
export function channelAt(tokens: readonly Token[], k: number, hi: number): { channel: Range; next: number } | null {
  const w = tokens[k]!.lower;
  const after = tokens[k + 1];
  if (!after || k + 1 > hi) return null;
  if ((w === 'speaking' || w === 'talking') && (after.lower === 'to' || after.lower === 'with')) {
    const outlet = phraseStartingAt(tokens, k + 2, hi);
    return outlet ? { channel: outlet, next: outlet[1] + 1 } : null;
  }
  if (!CHANNEL_PREPOSITIONS.has(w)) return null;
  if (w === 'on' && (PLATFORMS.has(after.lower) || (after.isCapital && !TIME_WORDS.has(after.lower)))) {
    const platform = after.isCapital ? phraseStartingAt(tokens, k + 1, hi) : null;
    const channel: Range = platform ?? [k + 1, k + 1];
    return { channel, next: channel[1] + 1 };
  }
  const phrase = phraseStartingAt(tokens, k + 1, hi);
  if (!phrase) return null;
  let end = phrase[1];
  let hasNoun = false;
  for (let i = phrase[0]; i <= phrase[1]; i++) {
    const word = tokens[i]!.lower;
    if (CHANNEL_NOUNS.has(word)) hasNoun = true;
    // "an interview with CNN" -> "CNN"; "a news conference in Ramallah" -> "a news conference".
    if (hasNoun && i > phrase[0] && (OUTLET_LINKS.has(word) || word === 'in' || word === 'at' || word === 'from' || word === 'of')) {
      // "a statement on Friday": a day is no outlet.
      if (OUTLET_LINKS.has(word) && (named(tokens[i + 1]) || selfAt(tokens, i + 1, phrase[1]))) return { channel: [i + 1, phrase[1]], next: phrase[1] + 1 };
      end = i - 1;
      break;
    }
  }
  if (!hasNoun) {
    const head = tokens[phrase[1]]!;
    return w === 'to' && (AUDIENCE_NOUNS.has(head.lower) || head.isCapital) ? { channel: phrase, next: phrase[1] + 1 } : null;
  }
  // "in an interview on Fox News": the outlet follows the phrase.
  const link = tokens[phrase[1] + 1];
  if (end === phrase[1] && link && OUTLET_LINKS.has(link.lower)) {
    const outlet = phraseStartingAt(tokens, phrase[1] + 2, hi);
    // "with state broadcaster VNB", "with state television", "on local radio": an outlet not named first.
    const media = outlet && link.lower !== 'to' && mediaPhrase(tokens, outlet);
    if (outlet && (named(tokens[phrase[1] + 2]) || media)) return { channel: outlet, next: outlet[1] + 1 };
  }
  return { channel: [phrase[0], end], next: phrase[1] + 1 };
}


/** Head nouns of an outlet written in common words: "state broadcaster", "local radio", "a news agency". */
const MEDIA_NOUNS = new Set(['broadcaster', 'television', 'tv', 'radio', 'newspaper', 'channel', 'station', 'network', 'agency', 'magazine', 'website']);

/** "state broadcaster VNB" (a media noun then a name), "state television" (ending in one). */
function mediaPhrase(tokens: readonly Token[], [from, to]: Range): boolean {
  for (let i = from; i <= to; i++) if (MEDIA_NOUNS.has(tokens[i]!.lower) && (i === to || tokens.slice(i + 1, to + 1).every(named))) return true;
  return false;
}

/** "this newspaper" (or "us") from i to last: the publisher itself. */
const selfAt = (tokens: readonly Token[], i: number, last: number) => last - i <= 1 && isSelfReference(tokens.slice(i, last + 1).map((t) => t.lower).join(' '));

/** A capitalised word that may name an outlet or a platform: "CNN", "Fox"; not "Friday" or "March". */
const named = (t: Token | undefined) => !!t?.isCapital && !TIME_WORDS.has(t.lower);

/** Last token of "(the past) (two|several|many|some) months" starting at i, or -1. */
function durationEnd(tokens: readonly Token[], i: number, hi: number): number {
  for (let k = i; k <= hi && k - i <= 3; k++) {
    const w = tokens[k]!.lower;
    if (TIME_UNITS.has(w) || w === 'while' || w === 'ages') return k;
    if (!/^(?:the|past|last|a|two|three|four|five|several|many|some|few|\d+)$/.test(w)) return -1;
  }
  return -1;
}

// How far a prepositional phrase may hold "that" off its verb: "know from his filings that …".
const PHRASE_REACH = 10;
const PHRASE_OPENERS = new Set(['from', 'in', 'through', 'by', 'after', 'during', 'at', 'on']);

/** "knows from his own filings that …": a prepositional phrase of words only, then "that" (its index, or -1). */
export function phraseThenThat(tokens: readonly Token[], from: number, hi: number): number {
  if (!PHRASE_OPENERS.has(tokens[from]?.lower ?? '')) return -1;
  const that = wordsUntil(tokens, from + 1, hi, PHRASE_REACH, 'that');
  return that > from + 1 ? that : -1;
}

/**
 * Where `word` stands at most `reach` tokens after `from`, with only words between that open no
 * clause and are no cues ("from his own filings that", "the governor of the state as"); or -1.
 */
export function wordsUntil(tokens: readonly Token[], from: number, hi: number, reach: number, word: string): number {
  for (let k = from; k <= hi && k - from < reach; k++) {
    const t = tokens[k]!;
    if (t.lower === word) return k;
    if (!t.isWord || CUE_LEMMA.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) return -1;
  }
  return -1;
}

/** A clause opener ("that", "whether", "how" …) between `from` and `to`. */
export function thatFollows(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (CLAUSE_OPENERS.has(tokens[k]!.lower)) return true;
  return false;
}

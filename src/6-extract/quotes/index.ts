// Quotes and reported speech with speaker, attribution verb and channel. Sample:
// `“We will not stop,” Haddad told AFP.` -> direct, content "We will not stop,", cue "told",
// verb "tell", speaker "Haddad", channel "AFP". Pure and linear in the text length.
//
// A direct quote with no attribution in its sentence (`Haddad spoke on Friday. “We will win.”`)
// takes the speaker of the nearest attribution just before it, with cue and verb null.
import { splitSentences, type Span } from '../text/sentences.js';
import { type QuotedSpan, findQuotedSpans } from './marks.js';
import { gluePluralPossessives, type Token, tokenAtOrAfter, tokenize } from './tokens.js';
import { type Attribution, trimRange } from './reported.js';
import { findReported } from './sentence.js';
import { settle } from './settle.js';
import { SPEECH_LEMMAS } from './model/verbs.js';
import { NAMING_VERBS } from './model/words.js';
import { attributionAfter, attributionBefore, signature } from './direct.js';
import { transcriptTurns } from './transcript.js';
import type { Range } from './phrases.js';
import { type Sentence, type TextSpan, isTitleCase, looksDirect, opensParagraph, sentenceAt, spanOf, wholeQuotes } from './units.js';

export type { TextSpan } from './units.js';

export interface QuoteMention {
  /** direct: a quoted sentence or more; partial: quoted words in the writer's sentence; reported: indirect speech. */
  kind: 'direct' | 'partial' | 'reported';
  /** Quoted words without the marks (direct, partial) or the reported clause. */
  content: TextSpan;
  /** Attribution verb or phrase as written: "said", "told", "according to". */
  cue: TextSpan | null;
  /** The cue's lemma, lower case: "say", "tell", "according to". */
  verb: string | null;
  /** Speaker phrase as written, appositive excluded; pronouns stay pronouns. */
  speaker: TextSpan | null;
  /** Where it was said, when named: "AFP", "a statement", "X", "CNN". */
  channel: TextSpan | null;
  /** Paragraphs a direct quote runs over. */
  paragraphs: number;
  /**
   * The writer's own impression attributed to no one ("the deal seemed doomed", "the minister
   * is expected to resign"): an attribution (the evaluation counts it) but no one's quote.
   */
  impression: boolean;
}

interface Quote extends QuotedSpan { openTok: number; closeTok: number; direct: boolean; sentence: number }

// A quote of 1–4 words in a sentence without attribution is framing ("a so-called “truce”").
const MAX_SCARE_WORDS = 4;
const WORD = /[\p{L}\p{N}]+/gu;
/**
 * A name set in quotation marks inside the writer's sentence (`the group says “Varnia” broke
 * the truce`): the writer distancing itself from a name, not anyone's words, even in a sentence
 * with an attribution. Up to MAX_SCARE_WORDS capitalised words, with joiners ("Bank of Varn").
 */
const QUOTED_NAME = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|al|el|de|bin)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|al|el|de|bin))*$/u;
/** Capitalised one-word answers are speech: `he said “No” to the plan`. */
const ANSWER = /^(?:no|yes|never|okay|ok|thanks|sorry|nothing|none|maybe)$/i;
/** `what they call a “`: the quote that follows is a label (NAMING_VERBS), up to 3 words of subject. */
const NAMED_AS = new RegExp(`\\bwhat(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:${NAMING_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\s+(?:(?:a|an|the)\\s+)?$`, 'iu');
/**
 * Words shown or shouted, quoted as they were: `placards reading “Count every vote”`, `chanting
 * “Recount now”`, `a banner with the slogan “…”`. Nobody's claim, and not the writer's distance.
 */
const DISPLAYED = /\b(?:reading|read|reads|saying|chanting|chanted|chants|shouting|shouted|singing|sang|written|painted|slogans?|banners?|placards?|signs?|motto|hashtag)\s*[:,]?\s*$/iu;
/** `They call it “right-sizing”`: a label some unnamed or collective side uses, kept at a distance like NAMED_AS. */
const CALLED_IT = /\b(?:they|some|many|critics|opponents|supporters|officials|management|bosses|executives|the (?:company|firm|government|ministry|authorities))\s+(?:call|calls|term|terms|dub|dubs|label|labels|brand|brands)\s+(?:it|this|that|them|these|those)\s+(?:(?:a|an|the)\s+)?$/iu;
/**
 * A quoted word or two between a determiner and the noun it qualifies: `a “peaceful” protest`,
 * `the “independent” inquiry`. The writer's doubt about the word, whoever is said to use it.
 */
const DETERMINER_BEFORE = /(?:^|\s)(?:a|an|the|its|their|his|her|this|these|those|so-called)\s+["“‘']?$/iu;
const NOUN_AFTER = /^["”’']?\s+([a-z][a-z-]+)/u;
const NOT_NOUN = new Set(['and', 'or', 'but', 'is', 'are', 'was', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'as', 'that', 'which', 'who', 'he', 'she', 'they', 'it', 'we', 'said', 'says', 'than', 'from', 'if', 'when', 'while', 'after', 'before']);
function qualifiesNoun(text: string, lead: string, content: TextSpan): boolean {
  if ((content.text.match(WORD)?.length ?? 0) > 2 || !DETERMINER_BEFORE.test(lead)) return false;
  const next = NOUN_AFTER.exec(text.slice(content.end, content.end + 40))?.[1];
  return next !== undefined && !NOT_NOUN.has(next);
}
/** How far before a quote NAMED_AS looks. */
const NAMED_AS_REACH = 80;
const isQuotedName = (words: string): boolean =>
  QUOTED_NAME.test(words) && /^\p{Lu}/u.test(words) && (words.match(WORD)?.length ?? 0) <= MAX_SCARE_WORDS && !ANSWER.test(words);

/** `sentences`: the text's splitSentences, when the caller has them already. */
export function extractQuotes(text: string, sentences?: readonly Span[]): QuoteMention[] {
  return analyse(text, sentences).mentions;
}

/** Quoted 1–4 word spans in sentences with no attribution cue: framing, not speech. `sentences` as for extractQuotes. */
export function scareQuotes(text: string, sentences?: readonly Span[]): TextSpan[] {
  // Only a quoted span that does not look direct can be one: without such a span (most texts)
  // the attributions need not be found.
  if (!findQuotedSpans(text).some((q) => !looksDirect(text, q))) return [];
  return analyse(text, sentences).scare;
}

function analyse(text: string, split: readonly Span[] = splitSentences(text)): { mentions: QuoteMention[]; scare: TextSpan[] } {
  const spans = findQuotedSpans(text);
  const tokens = gluePluralPossessives(text, tokenize(text), new Set(spans.flatMap((q) => [q.open, q.close - 1])));
  const sentences: Sentence[] = wholeQuotes(text, split, spans).map((s) => ({ start: s.start, end: s.end, lo: tokenAtOrAfter(tokens, s.start), hi: tokenAtOrAfter(tokens, s.end) - 1 }));
  const quotes: Quote[] = spans.map((q) => {
    const closeTok = tokenAtOrAfter(tokens, q.close);
    // `… ― Dana Orlov “…” ― Ilan Reyes`: a quote signed with a dash and a name is whole, wherever it starts.
    const direct = looksDirect(text, q) || signature(tokens, closeTok, tokens.length - 1) !== null;
    return { ...q, openTok: tokenAtOrAfter(tokens, q.open), closeTok, direct, sentence: sentenceAt(sentences, q.open) };
  });
  // "He’s predicting …": a contracted pronoun speaks without its clitic.
  const span = (r: Range): TextSpan => spanOf(text, tokens[r[0]]!.start, tokens[r[1]]!.end - (r[0] === r[1] ? cliticLength(tokens[r[1]]!.lower) : 0));
  const mentions: QuoteMention[] = [];
  const usedCues = new Set<number>();
  const bySentence = new Map<number, Attribution[]>();
  const note = (sentence: number, a: Attribution): void => {
    const list = bySentence.get(sentence) ?? [];
    list.push(a);
    bySentence.set(sentence, list);
  };

  // `He said:¶“…”`: a quote opening its sentence after a colon ending the one before it.
  const colonAbove = (q: Quote, i: number): Attribution | null => {
    const above = sentences[q.sentence - 1];
    if (!above || above.hi !== q.openTok - 1 || tokens[above.hi]!.lower !== ':' || (quotes[i - 1]?.closeTok ?? 0) > above.lo) return null;
    return attributionBefore(tokens, q.openTok, above.lo, bySentence.get(q.sentence - 1)?.at(-1)?.speaker ?? null, opensParagraph(text, above.start), above.lo);
  };

  // 1. Direct quotes: the attribution after the closing mark, else before the opening one.
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (!q.direct) continue;
    // The quote may end its sentence (`“Will we win?” Haddad asked.`): then the tail is the next one.
    const tail = sentences[sentenceAt(sentences, tokens[q.closeTok]?.start ?? text.length)]!;
    const own = tail.lo === q.closeTok && tail.start >= q.close;
    const head = sentences[q.sentence]!;
    const previous = bySentence.get(q.sentence)?.at(-1)?.speaker ?? null;
    const headLo = Math.max(head.lo, quotes[i - 1]?.closeTok ?? 0);
    const turns = transcriptTurns(tokens, q.openTok, q.closeTok);
    if (turns.length) {
      for (const t of turns) {
        const a: Attribution = { cue: { first: t.colon, last: t.colon, lemma: 'say' }, speaker: t.speaker, channel: null, content: null };
        usedCues.add(t.colon);
        mentions.push(mention('direct', spanOf(text, tokens[t.words[0]]!.start, tokens[t.words[1]]!.end), a, span, 1));
      }
      continue;
    }
    const after = attributionAfter(tokens, q.closeTok, tail.hi, own);
    const before = () => attributionBefore(tokens, q.openTok, headLo, previous, opensParagraph(text, tokens[headLo]?.start ?? 0), head.lo);
    // `Hollin said: “…,” according to the Halden News Agency`: the speaker introduced before the
    // quote said the words; the closing "according to" names who reported them.
    const found = after?.cue.lemma === 'according to' ? (speakingBefore(before()) ?? after) : (after ?? before() ?? colonAbove(q, i));
    if (found) {
      for (let c = found.cue.first; c <= found.cue.last; c++) usedCues.add(c);
      note(sentenceAt(sentences, tokens[found.cue.first]!.start), found);
    }
    mentions.push(mention('direct', quotedWords(text, q), found, span, q.paragraphs));
  }

  // 2. Reported speech, sentence by sentence, with every quote opaque.
  const reported: Array<{ a: Attribution; sentence: number }> = [];
  const anchors: TextSpan[] = [];
  let qi = 0;
  for (let s = 0; s < sentences.length; s++) {
    const { lo, hi } = sentences[s]!;
    if (hi < lo) continue;
    while (qi < quotes.length && quotes[qi]!.closeTok <= lo) qi++;
    const local: Quote[] = [];
    for (let j = qi; j < quotes.length && quotes[j]!.openTok <= hi; j++) if (quotes[j]!.closeTok > lo) local.push(quotes[j]!);
    const blocked = (k: number): boolean => usedCues.has(k) || local.some((q) => k >= q.openTok && k < q.closeTok);
    const wall = (k: number): number => local.reduce((w, q) => (q.direct && q.closeTok <= k ? Math.max(w, q.closeTok) : w), lo);
    const scope = {
      lo, hi, blocked, wall,
      earlier: bySentence.get(s)?.at(-1)?.speaker ?? null,
      titleCase: isTitleCase(tokens, lo, hi),
      paragraphStart: opensParagraph(text, sentences[s]!.start),
    };
    for (const a of findReported(tokens, scope)) {
      if (!a.content) {
        if (a.speaker) anchors.push(span(a.speaker));
        continue;
      }
      const content = clipToQuotes(tokens, a.content, local);
      if (!content) continue;
      a.content = content;
      reported.push({ a, sentence: s });
      note(s, a);
    }
  }

  // 3. Partial quotes borrow the attribution of their sentence; without one they are framing.
  const scare: TextSpan[] = [];
  const absorbed = new Set<Attribution>();
  for (const q of quotes) {
    if (q.direct) continue;
    const content = quotedWords(text, q);
    if (isQuotedName(content.text.trim())) {
      scare.push(content);
      continue;
    }
    const candidates = bySentence.get(q.sentence) ?? [];
    // A content covering the quote, else one ending inside it (at the comma in `could be “messy,” adding`).
    const from = (a: Attribution): boolean => !!a.content && a.content[0] <= q.openTok;
    const host = widest(candidates.filter((a) => from(a) && a.content![1] >= q.closeTok - 1), q) ?? candidates.find((a) => from(a) && a.content![1] > q.openTok) ?? nearest(candidates, q.openTok);
    const short = (content.text.match(WORD)?.length ?? 0) <= MAX_SCARE_WORDS && !!content.text.trim();
    if (host) {
      if (host.content && host.content[0] <= q.closeTok && host.content[1] >= q.openTok) absorbed.add(host);
      mentions.push(mention('partial', content, host, span, 1));
      // `the dockers want what they call a “fair wage”`: their words, and the writer's distance.
      const lead = text.slice(Math.max(sentences[q.sentence]!.start, q.open - NAMED_AS_REACH), q.open);
      if (short && (NAMED_AS.test(lead) || CALLED_IT.test(lead) || qualifiesNoun(text, lead, content))) scare.push(content);
    } else if (short && !DISPLAYED.test(text.slice(Math.max(sentences[q.sentence]!.start, q.open - NAMED_AS_REACH), q.open))) {
      scare.push(content);
    }
  }
  const nested = new Set<QuoteMention>();
  for (const { a } of reported) {
    if (absorbed.has(a)) continue;
    const m = mention('reported', span(a.content!), a, span, 1);
    if (a.nested) nested.add(m);
    mentions.push(m);
  }
  return { mentions: settle(text, mentions, anchors, nested), scare };
}

function mention(kind: QuoteMention['kind'], content: TextSpan, a: Attribution | null, span: (r: Range) => TextSpan, paragraphs: number): QuoteMention {
  return {
    kind,
    content,
    cue: a ? span([a.cue.first, a.cue.last]) : null,
    verb: a ? a.cue.lemma : null,
    speaker: a?.speaker ? span(a.speaker) : null,
    channel: a?.channel ? span(a.channel) : null,
    paragraphs,
    impression: !!a?.impression,
  };
}

/** The words inside the marks, without the comma that hands over to the attribution (`“We won,” he said`). */
function quotedWords(text: string, q: QuotedSpan): TextSpan {
  const words = spanOf(text, q.contentStart, q.contentEnd);
  return words.text.endsWith(',') ? spanOf(text, words.start, words.end - 1) : words;
}

/**
 * Of contents nested in one another the outermost: `The elite know that “…,” Ms. Tempel said.`
 * credits the whole sentence, the inner "know" with it, to Ms. Tempel. But a cue whose content
 * opens with the quote has it as its object: `hoped to shed what Gilbert called “a stigma”`.
 */
function widest(candidates: readonly Attribution[], q: Quote): Attribution | undefined {
  const own = candidates.find((a) => a.content![0] === q.openTok);
  if (own && !candidates.some((a) => a !== own && SPEECH_LEMMAS.has(a.cue.lemma))) return own;
  let best: Attribution | undefined;
  for (const a of candidates) if (!best || a.content![0] < best.content![0]) best = a;
  return best;
}

function nearest(candidates: readonly Attribution[], k: number): Attribution | undefined {
  let best: Attribution | undefined;
  for (const a of candidates) if (!best || Math.abs(a.cue.first - k) < Math.abs(best.cue.first - k)) best = a;
  return best;
}

/** A reported clause stops short of a direct quote in its sentence. */
function clipToQuotes(tokens: readonly Token[], content: Range, quotes: readonly Quote[]): Range | null {
  let [first, last] = content;
  for (const q of quotes) {
    if (!q.direct || q.closeTok <= first || q.openTok > last) continue;
    if (q.openTok > first) last = q.openTok - 1;
    else first = q.closeTok;
  }
  return first <= last ? trimRange(tokens, first, last) : null;
}

/** Length of the clitic on a contracted subject pronoun ("he’s" -> 2, "they're" -> 3), else 0. */
function cliticLength(word: string): number {
  const m = /^(?:he|she|they|we|i|you|it|who)(['’](?:s|re|ve|ll|d|m))$/.exec(word);
  return m ? m[1]!.length : 0;
}

/** An attribution before a quote that names its speaker with a verb of speech ("Hollin told reporters:"), else null. */
function speakingBefore(a: Attribution | null): Attribution | null {
  return a && a.speaker && a.cue.lemma !== 'according to' ? a : null;
}

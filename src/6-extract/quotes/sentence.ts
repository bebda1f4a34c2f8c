// One sentence's reported speech, left to right: each cue resolved (reported.ts), nouns with
// their owner (nouns.ts), a headline colon ("Haddad: Talks are over") and verbs of saying
// nested in a reported clause.
import type { Token } from './tokens.js';
import { mayStartCue, skipFrame } from './cues.js';
import { type Range, titleSpeaker } from './phrases.js';
import { type Attribution, type SentenceScope, clauseEnd, nothingLeft, resolveCue, trimRange } from './reported.js';
import { nounCueAt, mayBeNounCue } from './nouns.js';
import { accordingToAt, appositiveLeft } from './ranges.js';
import { asideInContent } from './aside.js';
import { surveyAt } from './surveys.js';
import { viewAt } from './views.js';
import { mayBePassive } from './passive.js';
import { mayBeReception } from './reception.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';
import { DETERMINERS, FINITE_AUXILIARIES, HEARSAY_ADVERBS, SUBJECT_PRONOUNS } from './model/words.js';
import { INVERTIBLE, OBJECT_SENSES } from './model/cue-rules.js';

const SPEECH_OPENERS = new Set(['that', ':', ',', 'whether', 'if', 'how', 'what', 'why', '"', '“', "'", '‘']);

/** The earlier cue reports speech: a verb of saying, unless one of those with a plain object after it. */
function reportsSpeech(tokens: readonly Token[], a: Attribution): boolean {
  if (!SPEECH_LEMMAS.has(a.cue.lemma)) return false;
  if (INVERTIBLE.has(a.cue.lemma) && !OBJECT_SENSES.has(a.cue.lemma)) return true;
  return SPEECH_OPENERS.has(tokens[a.cue.last + 1]?.lower ?? '');
}

/** Its content is a clause of three words or more ("said the levy was dead"), not an object ("said little"). */
function reportsClause(tokens: readonly Token[], a: Attribution): boolean {
  const first = a.content ? tokens[a.content[0]] : undefined;
  if (!first || a.content![1] - a.content![0] < 2) return false;
  return SPEECH_OPENERS.has(tokens[a.cue.last + 1]?.lower ?? '') || first.isCapital || SUBJECT_PRONOUNS.has(first.lower) || DETERMINERS.has(first.lower);
}

/** A cue word opens the range ("said he would …"), after an aside closed by a comma. */
function startsWithCue(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return !!t && CUE_LEMMA.has(t.lower) && tokens[at - 1]?.lower === ',';
}

function hasLetters(tokens: readonly Token[], [first, last]: Range): boolean {
  for (let k = first; k <= last; k++) if (/\p{L}{2}/u.test(tokens[k]!.lower)) return true;
  return false;
}

/** "Velmora: Dana Orlov, Ilan Reyes, Mara Okafor": a list of names after a colon is no speech. */
function nameList(tokens: readonly Token[], [first, last]: Range): boolean {
  let words = 0, capitals = 0, commas = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.lower === ',') commas++;
    else if (t.isWord) {
      words++;
      if (t.isCapital) capitals++;
    }
  }
  return commas >= 2 && capitals >= 0.7 * words;
}

/** "Haddad: Talks are over" at the start of a paragraph; the colon is the cue, verb "say". */
function headlineColon(tokens: readonly Token[], scope: SentenceScope): Attribution | null {
  const title = titleSpeaker(tokens, scope.lo, scope.hi);
  if (!title) return null;
  const { speaker, colon } = title;
  const content = trimRange(tokens, colon + 1, scope.hi);
  // "Clinton: 547.": a tally, not speech.
  if (!content || !hasLetters(tokens, content) || nameList(tokens, content)) return null;
  // "Superdelegates: Okafor is backed by 520, according to the AP.": a run-in heading, the source named after.
  for (let k = content[0]; k < content[1]; k++) if (accordingToAt(tokens, k)) return null;
  return { cue: { first: colon, last: colon, lemma: 'say' }, speaker, channel: null, content };
}

/**
 * All reported speech in one sentence, left to right; a clause once claimed is not searched
 * again. Attributions without content ("Haddad said on Friday.") come back too, as anchors.
 */
export function findReported(tokens: readonly Token[], scope: SentenceScope): Attribution[] {
  const out: Attribution[] = [];
  const { lo, hi } = scope;
  let claimedTo = lo - 1;
  let outer: Attribution | undefined;
  if (scope.paragraphStart && !scope.blocked(lo)) {
    const colon = headlineColon(tokens, scope);
    if (colon) return [colon];
  }
  // (Made once per sentence: a closure made per token costs more than the search it serves.)
  const end = (from: number): number => clauseEnd(tokens, from, hi, false);
  for (let k = lo; k <= hi; k++) {
    if (k <= claimedTo || scope.blocked(k)) continue;
    const verb = mayStartCue(tokens[k]!) || mayBePassive(tokens[k]!) || HEARSAY_ADVERBS.has(tokens[k]!.lower) || mayBeReception(tokens[k]!);
    const left = Math.max(claimedTo + 1, scope.wall(k));
    // "In a poll released Monday, 40 percent …", "Okafor leads in the polls".
    // "In her view, …", "…, in Okafor's opinion.": the owner holds the view.
    const credited = tokens[k]!.lower === 'in' ? surveyAt(tokens, k, lo, hi, left, end) ?? viewAt(tokens, k, lo, hi, left, end) : null;
    if (credited) {
      out.push(credited);
      outer = credited;
      claimedTo = Math.max(credited.speaker[1], credited.content[1]);
      k = claimedTo;
      continue;
    }
    if (!verb && !mayBeNounCue(tokens[k]!)) continue;
    // Nested attributions ("… since announcing his bid") are not the subject a later verb shares.
    const inherited = outer?.speaker ?? scope.earlier;
    // "Haddad's claim that …", "her fear that …": a noun with its owner, when no verb cue.
    const found = (verb ? resolveCue(tokens, k, scope, left, inherited) : null) ?? nounCueAt(tokens, k, lo, hi, end);
    const prev = out[out.length - 1];
    // "The council decided to wait, a source said.": a closing attribution whose clause holds an
    // earlier cue that is not a verb of saying reports the whole clause. After a verb of saying
    // only a verb that inverts, after a comma, does: then both are kept (see below).
    // "Shoppers say they buy local, according to a poll.": the closing source reports the whole sentence.
    const prevSpeech = !!prev && reportsSpeech(tokens, prev);
    const speech = prevSpeech && !accordingToAt(tokens, k);
    // "Okafor said the levy is dead, according to the Herald.": Okafor's report stays too, inside the Herald's.
    const nestedSpeech = speech || (prevSpeech && reportsClause(tokens, prev!));
    if (prev && (!speech || closingReport(tokens, k, lo)) && left > scope.wall(k) && !found?.content) {
      const wide = resolveCue(tokens, k, scope, scope.wall(k), inherited);
      const rest = wide?.content ? skipFrame(tokens, Math.max(wide.cue.last, wide.speaker?.[1] ?? 0) + 1, hi, wide.cue.lemma).next : hi + 1;
      // "…, an aide said, noting that …": a participle after the closing attribution is its own cue.
      const at = tokens[rest]?.lower === ',' ? rest + 1 : rest;
      const participle = tokens[at - 1]?.lower === ',' && /ing$/.test(tokens[at]?.lower ?? '') && CUE_LEMMA.has(tokens[at]!.lower);
      // "Haddad said the talks failed, Reuters reported.": a report of a report, both kept (not around
      // a quote after a verb like "say", whose quote would go to the closing source; a verb that
      // reports speech only before a quote, `The vote signals “the end,” said Ilan`, gives way).
      if (wide?.content && wide.content[0] <= prev.cue.first && wide.content[1] < wide.cue.first && (nothingLeft(tokens, rest, hi) || participle || appositiveLeft(tokens, rest, hi)) && !(speech && INVERTIBLE.has(prev.cue.lemma) && quoteMarkIn(tokens, wide.content))) {
        if (nestedSpeech) out[out.length - 1] = { ...prev, nested: true };
        out.push(wide);
        outer = wide;
        if (!participle) break;
        claimedTo = at - 1;
        k = at - 1;
        continue;
      }
    }
    if (!found || askedOfYou(tokens, found, hi)) continue;
    // "Okafor, speaking to farmers, said he would …": the participle is an aside; the verb after it is the cue.
    if (found.content && tokens[found.cue.first]!.lower.endsWith('ing') && tokens[found.cue.first - 1]?.lower === ',' && startsWithCue(tokens, found.content[0])) continue;
    // "He hoped, he said, that …": an aside of saying between the verb and its clause.
    const aside = asideInContent(tokens, found, hi);
    if (aside) found.content = aside.content;
    out.push(found);
    if (aside) out.push(aside.aside);
    outer = found;
    if (found.content) out.push(...splitAtInnerClause(tokens, found, nestedSaying(tokens, scope, found.content, found.speaker ?? inherited, found.cue.lemma)));
    const ends = [found.cue.last, found.speaker?.[1] ?? 0, found.channel?.[1] ?? 0, found.content?.[1] ?? 0];
    claimedTo = found.content ? Math.max(...ends) : found.cue.last;
    k = found.cue.last;
  }
  return out;
}

const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'would', 'will', 'should']);

/** "Do you support Okafor?", "Can you imagine …?": a question put to the reader or a respondent, no one's words. */
function askedOfYou(tokens: readonly Token[], a: Attribution, hi: number): boolean {
  const s = a.speaker;
  if (!s || s[0] !== s[1] || tokens[s[0]]!.lower !== 'you' || !QUESTION_AUXILIARIES.has(tokens[s[0] - 1]?.lower ?? '')) return false;
  // The sentence's closing marks hold the question mark: "…?" or "…?”".
  for (let k = hi; k > s[1] && !tokens[k]!.isWord; k--) if (tokens[k]!.lower === '?') return true;
  return false;
}

/** ", the source added." / ", Reuters reported.": a verb of saying after a comma and its speaker. */
function closingReport(tokens: readonly Token[], k: number, lo: number): boolean {
  if (!INVERTIBLE.has(CUE_LEMMA.get(tokens[k]!.lower) ?? '')) return false;
  for (let j = k - 1; j >= lo && k - j <= 5; j--) {
    // "…, said the source.": inverted, the speaker follows.
    if (tokens[j]!.lower === ',') return j < k - 1 || !!tokens[k + 1]?.isWord;
    if (!tokens[j]!.isWord || CLAUSE_JOINERS.has(tokens[j]!.lower)) return false;
  }
  return false;
}

function quoteMarkIn(tokens: readonly Token[], [first, last]: Range): boolean {
  for (let k = first; k <= last; k++) if (/^["“”'‘’«»]+$/.test(tokens[k]!.lower)) return true;
  return false;
}

const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'whom']);
const BREAKS = new Set([':', ';']);
// After a comma these join a clause with its own subject: "Democrats want X, and Republicans want Y".
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/**
 * The last token of a host clause that a new clause starting at token i ends: before a colon or
 * semicolon, before a comma and a joiner ("…, and Republicans want …"), or before a comma and a
 * relative pronoun whose clause has a speaker of its own ("…, which he called “a disaster”": the
 * writer's aside about a noun, not part of what the host reports); else -1.
 */
function clauseBreakBefore(tokens: readonly Token[], i: number): number {
  const w = tokens[i - 1]?.lower ?? '';
  if (BREAKS.has(w)) return i - 2;
  // "…, which he called “a disaster”", "…, whom she considers a friend": a relative clause set off by a comma.
  if (/^(?:which|who|whom)$/.test(w) && tokens[i - 2]?.lower === ',') return i - 3;
  return CLAUSE_JOINERS.has(w) && tokens[i - 2]?.lower === ',' ? i - 3 : -1;
}

/**
 * "Orlov backed the plan, which she said would cut costs": a relative clause whose gap is the
 * subject after a verb of saying is that speaker's content, not the host's. So is a clause after
 * a colon, a semicolon or ", and". The host's content ends before it, so both are kept. (Not
 * "argued that Reyes said the plan …": there the noun after the cue is the subject, and "that"
 * opens the host's clause.)
 */
function splitAtInnerClause(tokens: readonly Token[], host: Attribution, nested: Attribution[]): Attribution[] {
  for (const a of nested) {
    const s = a.speaker![0];
    // A finite verb right after the cue: the relative pronoun before the speaker is its subject.
    const end = RELATIVE_PRONOUNS.has(tokens[s - 1]?.lower ?? '') && FINITE_AUXILIARIES.has(tokens[a.cue.last + 1]?.lower ?? '') ? s - 2 : clauseBreakBefore(tokens, s);
    const before = end >= 0 ? trimRange(tokens, host.content![0], end) : null;
    if (!before) continue;
    host.content = before;
    break;
  }
  return nested;
}

/**
 * "Haddad says the count is close, a margin that he said surprised him": a verb of saying with
 * its own speaker inside a reported clause is an attribution of its own. Inside a clause of
 * saying ("The agency said the ministry said it would pay") both are kept, overlapping (marked
 * `nested` for `settle.ts`), unless the inner content is one word ("what he said").
 * Inside other clauses ("Okafor blasted what she said were lies") it is reported only when the
 * outer clause gives way to a direct quote in it: kept there too, precision fell 1.5 points.
 * Verbs of saying only: with every cue ("claimed victory" inside a clause) precision fell 5.5;
 * any cue only where its speaker opens a clause after a colon, a semicolon or ", and".
 */
function nestedSaying(tokens: readonly Token[], scope: SentenceScope, content: Range, inherited: Range | null, host = ''): Attribution[] {
  const out: Attribution[] = [];
  let afterBreak = false;
  for (let k = content[0] + 1; k <= content[1]; k++) {
    if (clauseBreakBefore(tokens, k) >= 0) afterBreak = true;
    const speech = SPEECH_LEMMAS.has(CUE_LEMMA.get(tokens[k]!.lower) ?? '');
    if (scope.blocked(k) || !(speech || (afterBreak && mayStartCue(tokens[k]!)))) continue;
    const inner = resolveCue(tokens, k, { ...scope, hi: content[1] }, content[0], inherited);
    if (!inner?.content || !inner.speaker || inner.speaker[0] <= content[0]) continue;
    // Any cue opens a clause of its own after a colon, a semicolon or ", and": "…: Harman called it “…”".
    if (!speech && clauseBreakBefore(tokens, inner.speaker[0]) < 0) continue;
    out.push(SPEECH_LEMMAS.has(host) && inner.cue.lemma === 'say' && inner.content[1] > inner.content[0] ? { ...inner, nested: true } : inner);
    k = Math.max(inner.cue.last, inner.content[1]);
  }
  return out;
}

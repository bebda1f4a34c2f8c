// An attribution set off by commas between a verb and its clause: "He hoped, he said, that the
// paper would drop it." The host's content is "the paper would drop it", and so is the aside's:
// "he" said that he hoped so (both are kept, the aside marked nested).
import type { Token } from './tokens.js';
import { cueAt, skipFrame } from './cues.js';
import type { Range } from './phrases.js';
import type { Attribution } from './reported.js';
import { trimRange } from './ranges.js';
import { INVERTIBLE } from './model/cue-rules.js';
import { SUBJECT_PRONOUNS } from './model/words.js';

// A name before the aside's verb runs to at most this many tokens ("Mr. Tom Varn").
const MAX_NAME = 4;
// Subject pronouns that never speak in such an aside ("it said" is a document: left to other rules).
const NOT_ASIDE_PRONOUNS = new Set(['it', 'who', 'which', 'one']);

/**
 * The aside opening `host`'s content (a speaker, a verb of saying that inverts, its frame, a
 * comma), with the host's content moved past it; null when the content opens otherwise.
 */
export function asideInContent(tokens: readonly Token[], host: Attribution, hi: number): { aside: Attribution; content: Range } | null {
  if (!host.content || tokens[host.content[0] - 1]?.lower !== ',') return null;
  const [first, last] = host.content;
  const pronoun = SUBJECT_PRONOUNS.has(tokens[first]!.lower) && !NOT_ASIDE_PRONOUNS.has(tokens[first]!.lower);
  let c = first + 1;
  if (!pronoun) while (c <= last && c - first < MAX_NAME && tokens[c]!.isCapital) c++;
  if (!pronoun && !tokens[first]!.isCapital) return null;
  const cue = c <= last ? cueAt(tokens, c, first, hi) : null;
  if (!cue || !INVERTIBLE.has(cue.lemma)) return null;
  // The frame runs past the closing comma and a "that": ", he said in an interview, that …".
  const frame = skipFrame(tokens, cue.last + 1, hi, cue.lemma);
  const from = frame.next;
  const comma = tokens[from - 1]?.lower === 'that' ? from - 2 : from - 1;
  if (tokens[comma]?.lower !== ',' || comma <= cue.last || from > last) return null;
  const content = trimRange(tokens, from, last);
  if (!content) return null;
  return { aside: { cue, speaker: [first, c - 1], channel: frame.channel, content, nested: true }, content };
}

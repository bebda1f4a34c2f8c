// The text cut into tokens with their UTF-16 offsets. Words keep inner hyphens, apostrophes and
// digit separators ("12,000", "1.2", "fifty-eight", "61-year-old", "COVID-19", "Gaza’s", "30–40");
// every other non-space character is a token of its own ("$", "%", "(", "."). A number glued to a
// word by a hyphen is two tokens, the hyphen neither ("a 1,200-job cut", "a $2-million fine"),
// unless the word is an age's ("61-year-old").
// TOKEN says it as a regex; scanTokens is the same by hand (a property test holds them equal),
// because the regex's match objects were a sixth of extraction's allocation.
import { classAt, isAsciiDigit, LETTER as LETTER_CLASS, LMN, LN, NUMBER, runOf, skipSpace, widthAt } from '../text/chars.js';

export const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:(?<=\d)[.,](?=\d)|['’](?=[\p{L}\p{N}])|(?<!\d)[\-–](?=[\p{L}\p{N}])|(?<=\d)[\-–](?=\p{N}|[Yy]ears?[\-–][Oo]lds?(?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*|(?!(?<=\d)[\-–]\p{L})\S/gu;

const YEAR_OLD = /[Yy]ears?[-–][Oo]lds?/y;

/** What may follow "<digit>-" inside one token: a number ("30-40") or an age ("61-year-old"). */
function gluedToNumber(text: string, i: number, n: number): boolean {
  if ((classAt(text, i, n) & NUMBER) !== 0) return true;
  YEAR_OLD.lastIndex = i;
  if (!YEAR_OLD.test(text)) return false;
  return (classAt(text, YEAR_OLD.lastIndex, n) & LMN) === 0;
}

/** Token offsets of text, pushed to starts and ends. */
export function scanTokens(text: string, starts: number[], ends: number[]): void {
  const n = text.length;
  for (let i = skipSpace(text, 0, n); i < n; i = skipSpace(text, i, n)) {
    const cls = classAt(text, i, n);
    const start = i;
    if (!(cls & LMN)) i += widthAt(text, i, n);
    else {
      i = runOf(text, i, n, LMN);
      for (;;) {
        const c = text.charCodeAt(i);
        const joins =
          (c === 46 || c === 44) ? isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1))
          : (c === 39 || c === 0x2019) ? (classAt(text, i + 1, n) & LN) !== 0
          : (c === 45 || c === 0x2013) && (isAsciiDigit(text.charCodeAt(i - 1)) ? gluedToNumber(text, i + 1, n) : (classAt(text, i + 1, n) & LN) !== 0);
        if (!joins) break;
        i = runOf(text, i + 1, n, LMN);
      }
    }
    starts.push(start);
    ends.push(i);
    // The hyphen of "1,200-job" is no token.
    const h = text.charCodeAt(i);
    if ((h === 45 || h === 0x2013) && isAsciiDigit(text.charCodeAt(i - 1)) && (classAt(text, i + 1, n) & LETTER_CLASS) !== 0) i++;
  }
}

/** Characters after which a new sentence (or list item) starts. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', '‘', "'", '(', '[', ':', ';', '—', '–', '-', '•', '*', '·']);

export class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly lowers: (string | undefined)[] = [];

  constructor(readonly text: string) {
    scanTokens(text, this.starts, this.ends);
  }

  get length(): number {
    return this.starts.length;
  }

  /** Start offset of token i (text length past the end, so look-ahead needs no bounds checks). */
  start(i: number): number {
    return this.starts[i] ?? this.text.length;
  }

  end(i: number): number {
    return this.ends[i] ?? this.text.length;
  }

  raw(i: number): string {
    return i >= 0 && i < this.starts.length ? this.text.slice(this.start(i), this.end(i)) : '';
  }

  /** Lower-cased token, '' outside the text; cached because rules ask for the same tokens often. */
  lower(i: number): string {
    if (i < 0 || i >= this.starts.length) return '';
    let low = this.lowers[i];
    if (low === undefined) {
      low = this.raw(i).toLowerCase();
      this.lowers[i] = low;
    }
    return low;
  }

  /** First character code of token i, 0 outside the text. */
  code(i: number): number {
    return i >= 0 && i < this.starts.length ? this.text.charCodeAt(this.start(i)) : 0;
  }

  isDigit(i: number): boolean {
    const c = this.code(i);
    return c >= 48 && c <= 57;
  }

  /** Starts with a letter: "people", "Gaza’s", "COVID-19". */
  isWord(i: number): boolean {
    const c = this.code(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    return c > 127 && LETTER.test(this.text[this.start(i)] ?? '');
  }

  /** Starts with an upper-case letter: "Palestinian", "March". */
  isCapitalized(i: number): boolean {
    const c = this.code(i);
    if (c >= 65 && c <= 90) return true;
    if (c <= 127) return false;
    const ch = this.text[this.start(i)] ?? '';
    return ch !== ch.toLowerCase();
  }

  /** Token i touches token i-1 (no space between): "$" + "3bn", "40" + "%". */
  joinedToPrevious(i: number): boolean {
    return i > 0 && i < this.starts.length && this.start(i) === this.end(i - 1);
  }

  /** A line break lies between token i-1 and token i. */
  lineBreakBefore(i: number): boolean {
    if (i <= 0) return true;
    const from = this.end(i - 1);
    const to = this.start(i);
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 10 || c === 13) return true;
    }
    return false;
  }

  /** Token i opens a sentence, a line, a quote or a parenthesis: "Forty people ..." */
  opensSentence(i: number): boolean {
    return i <= 0 || this.lineBreakBefore(i) || SENTENCE_OPENERS.has(this.raw(i - 1));
  }

  /** Lower-cased tokens i..i+words.length-1 equal words. */
  matches(i: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.lower(i + k) !== words[k]) return false;
    return true;
  }
}

const LETTER = /\p{L}/u;

// Sentence boundaries with offsets, by rule: fast (one regex pass) and good enough for news
// copy. A full stop ends a sentence unless it closes an abbreviation ("Gen.", "U.S.", "p.m."
// before a lower-case word), an initial ("J. Smith") or a number ("3.5"); a blank line or a
// line break always ends one (paragraphs and headlines carry no final stop).
import { ABBREVIATIONS, NEVER_FINAL } from './model/abbreviations.js';

export interface Span {
  start: number;
  end: number;
}

// A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
// Also a full stop with no space between two words, as copy joined without one writes it:
// "Okafor said.Okafor added" (group 3; not "U.S.Army" or "nytimes.com": a lower-case word before, a capitalised word after).
// (ASCII letters, the lookbehind after the dot: a pattern opening on a fixed character set is scanned fast.)
const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(?=\s)|\n|(\.)(?<=[a-z]{2}\.)(?=[A-Z][a-z]+\b)/g;

function endsSentence(text: string, at: number, punct: string): boolean {
  if (punct !== '.') return true;
  // The word before the full stop: "U.S", "Gen", "p.m", "J".
  let i = at - 1;
  while (i >= 0 && /[\p{L}\p{N}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, at);
  const lower = word.toLowerCase();
  const next = /\S/.exec(text.slice(at + 1, at + 40));
  const nextChar = next ? next[0] : '';
  const nextUpper = nextChar !== '' && /[\p{Lu}"“‘'(\d]/u.test(nextChar);
  if (NEVER_FINAL.has(lower)) return false;
  // A single capital letter is an initial ("J. Smith"), unless it ends the text.
  if (/^\p{Lu}$/u.test(word)) return nextChar === '';
  // Dotted abbreviations ("U.S.", "p.m.") and listed ones end a sentence only before a capital.
  if (ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return nextUpper && !/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) ? true : nextUpper && isSentenceStartWord(text, at);
  return nextChar === '' || nextUpper || !/\p{Ll}/u.test(nextChar);
}

/** After "U.S." a capital starts a new sentence only if it is a word that usually opens one. */
function isSentenceStartWord(text: string, at: number): boolean {
  const m = /^\s+(\p{L}+)/u.exec(text.slice(at + 1, at + 30));
  return !!m && /^(The|A|An|In|On|At|It|He|She|They|We|I|But|And|This|That|These|Those|There|His|Her|Their|Its|After|Before|When|While|Officials?|Police)$/.test(m[1]!);
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if (m[0] === '\n') {
      push(out, text, start, m.index);
      start = m.index + 1;
      continue;
    }
    if (m[3]) {
      push(out, text, start, m.index + 1);
      start = m.index + 1;
      continue;
    }
    const punct = m[1]!;
    const end = m.index + m[0].length;
    if (!endsSentence(text, m.index + punct.length - 1, punct.length > 1 && punct[0] === '.' ? '…' : punct[punct.length - 1] === '.' ? '.' : punct)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

/** Adds [start, end) trimmed of white space, if anything is left. */
function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

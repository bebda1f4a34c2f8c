// Naive extraction baselines, for the baseline columns of the extraction rows.
//
// Attributions: content = the text inside a pair of quotation marks (at least
// MIN_QUOTE_WORDS words, to skip scare quotes); cue = the nearest "said/says/told" in the
// same sentence, outside the quote; source = the run of capitalised words or the pronoun
// right before the cue, else right after it. Entities: maximal runs of capitalised words,
// minus a sentence-initial first word; the same surface string is the same entity.
import type { Span } from './extract-types.js';

export const MIN_QUOTE_WORDS = 3;

const CUE = /\b(?:said|says|told)\b/gi;
const PRONOUN = /^(?:he|she|they|i|we|you|it)$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const ABBREVIATION = /^(?:(?:\p{L}\.)+|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|Prof|Rev|Pres|Gov|No|Mt|Ft)\.?$/u;

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Words with abbreviation dots kept and other trailing dots, possessives and hyphens cut off. */
function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0];
    if (!ABBREVIATION.test(w)) w = w.replace(/[.-]+$/, '');
    w = w.replace(/['’]s$/, '');
    if (w) out.push({ start: m.index, end: m.index + w.length, text: w });
  }
  return out;
}

/** A word that starts a sentence: nothing before it but opening quotes/brackets since a sentence end or line break. */
function sentenceInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t"“‘'(\[]/.test(text[i]!)) i--;
  if (i < 0 || text[i] === '\n') return true;
  if (/[.!?]/.test(text[i]!)) return !ABBREVIATION.test(text.slice(Math.max(0, text.lastIndexOf(' ', i) + 1), i + 1));
  return /[”"’']/.test(text[i]!) && /[.!?]/.test(text[i - 1] ?? '');
}

/** Quoted passages: [start, end) of the inside of each “…” or "…" pair. */
function quotes(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') open = -1;
    else if (c === '“' || (c === '"' && open < 0)) [open, straight] = [i + 1, c === '"'];
    else if ((c === '”' && !straight) || (c === '"' && straight)) {
      if (open >= 0) out.push([open, i]);
      open = -1;
    }
  }
  return out.filter(([s, e]) => (text.slice(s, e).match(WORD) ?? []).length >= MIN_QUOTE_WORDS);
}

/** Start of the sentence holding `at` / end of the sentence from `at` (line breaks and . ! ? followed by a space). */
const sentenceStart = (text: string, at: number) => {
  let i = at - 1;
  while (i > 0 && text[i] !== '\n' && !(/[.!?]/.test(text[i]!) && /\s/.test(text[i + 1] ?? ''))) i--;
  return Math.max(0, i + 1);
};
const sentenceEnd = (text: string, at: number) => {
  const m = /[.!?](?=\s|$)|\n/.exec(text.slice(at));
  return m ? at + m.index : text.length;
};

function sourceNextTo(text: string, cue: Span): Span | null {
  const ws = words(text);
  const before: Word[] = [];
  for (let k = ws.findIndex((w) => w.start >= cue[0]) - 1; k >= 0; k--) {
    const w = ws[k]!;
    const gap = text.slice(w.end, before[0]?.start ?? cue[0]);
    if (!/^\s+$/.test(gap) || !CAPITALISED.test(w.text) || PRONOUN.test(w.text)) {
      if (before.length === 0 && /^\s+$/.test(gap) && PRONOUN.test(w.text)) return [w.start, w.end];
      break;
    }
    before.unshift(w);
  }
  if (before.length > 0) return [before[0]!.start, before[before.length - 1]!.end];
  const after: Word[] = [];
  for (const w of ws.filter((x) => x.start >= cue[1])) {
    const gap = text.slice(after[after.length - 1]?.end ?? cue[1], w.start);
    if (!/^\s+$/.test(gap)) break;
    if (after.length === 0 && PRONOUN.test(w.text)) return [w.start, w.end];
    if (!CAPITALISED.test(w.text)) break;
    after.push(w);
  }
  return after.length > 0 ? [after[0]!.start, after[after.length - 1]!.end] : null;
}

export function baselineAttributions(text: string): Array<{ source: Span | null; cue: Span | null; content: Span | null }> {
  return quotes(text).map((content) => {
    const left = sentenceStart(text, content[0]);
    const closesSentence = /[.!?]\s*$/.test(text.slice(content[0], content[1]));
    const right = closesSentence ? content[1] : sentenceEnd(text, content[1] + 1);
    let cue: Span | null = null;
    let best = Infinity;
    for (const m of text.slice(left, right).matchAll(CUE)) {
      const s = left + m.index;
      const e = s + m[0].length;
      if (s >= content[0] && e <= content[1]) continue;
      const dist = e <= content[0] ? content[0] - e : s - content[1];
      if (dist < best) [best, cue] = [dist, [s, e]];
    }
    return { source: cue ? sourceNextTo(text, cue) : null, cue, content };
  });
}

/** Capitalised-run mentions of one document. */
export function baselineMentions(text: string): Span[] {
  const ws = words(text);
  const out: Span[] = [];
  let run: Word[] = [];
  const flush = () => {
    const r = run.length > 0 && sentenceInitial(text, run[0]!.start) ? run.slice(1) : run;
    if (r.length > 0 && !(r.length === 1 && r[0]!.text === 'I')) out.push([r[0]!.start, r[r.length - 1]!.end]);
    run = [];
  };
  for (const w of ws) {
    const prev = run[run.length - 1];
    const joined = prev !== undefined && /^ $/.test(text.slice(prev.end, w.start));
    if (!CAPITALISED.test(w.text) || (prev && !joined)) flush();
    if (CAPITALISED.test(w.text)) run.push(w);
  }
  flush();
  return out;
}

/** One topic's documents -> mentions; entityId = the mention's surface string. */
export function baselineEntities(docs: ReadonlyArray<{ id: string; text: string }>): Array<{ docId: string; start: number; end: number; type: 'other'; entityId: string }> {
  return docs.flatMap((d) => baselineMentions(d.text).map(([start, end]) => ({ docId: d.id, start, end, type: 'other' as const, entityId: d.text.slice(start, end) })));
}

// Quotation marks paired into quoted spans. Sample: `“We will not stop,” he said.` A paragraph
// that opens a quote and does not close it continues when the next paragraph reopens a mark:
// `“We will not stop.\n\n“We will win,” he said.` is one quote over two paragraphs.

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote is never closed. */
  close: number;
  contentStart: number;
  contentEnd: number;
  paragraphs: number;
}

// Longest run of quoted text inside one paragraph, and most paragraphs one quote may span:
// beyond these an unbalanced mark, not a quote, is the likelier reading.
const MAX_SEGMENT = 2500;
const MAX_PARAGRAPHS = 30;
const MAX_SINGLE = 600;

// Double marks: straight, typographic, low-9, guillemets, and '' (two apostrophes, ASCII copy).
const DOUBLE_OR_NEWLINE = /''|["“”„«»]|\n/g;
const SINGLE_OR_NEWLINE = /['‘’]|\n/g;
const SPACE = /\s/;
const BEFORE_OPENER = /[\s([{—–\-\/>]/;
const AFTER_CLOSER = /[\s.,;:!?)\]}—–\-…'’”"<]/;
const LETTER = /\p{L}/u;

type Role = 'open' | 'close' | 'none';

function doubleRole(text: string, at: number, mark: string, opened: string | null): Role {
  const prev = at > 0 ? text[at - 1]! : '\n';
  const next = text[at + mark.length] ?? '\n';
  const leftFlank = BEFORE_OPENER.test(prev) && !SPACE.test(next);
  const rightFlank = !SPACE.test(prev) && AFTER_CLOSER.test(next);
  if (mark === '„' || mark === '«') return 'open';
  if (mark === '»') return opened ? 'close' : 'none';
  if (mark === '“') return opened === '„' || (opened && !leftFlank) ? 'close' : 'open';
  if (mark === '”') return opened ? 'close' : leftFlank ? 'open' : 'none';
  // Straight marks decide by their neighbours: `said "no" to` vs `6'2" tall`.
  if (leftFlank && !rightFlank) return 'open';
  if (rightFlank && !leftFlank) return opened ? 'close' : 'none';
  // `…, 'vote for her,' " she said`: set off by spaces after a closing single mark or comma, it closes.
  if (opened && SPACE.test(prev) && SPACE.test(next) && /['’,.!?]/.test(text[at - 2] ?? '')) return 'close';
  return leftFlank && !opened ? 'open' : 'none';
}

/** First mark that reopens the paragraph starting at or after `from`, if any. */
function reopenedAt(text: string, from: number): { at: number; mark: string } | null {
  let i = from;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  const mark = text.startsWith("''", i) ? "''" : text[i];
  if (mark === undefined || !/^(?:''|["“„«”])$/.test(mark)) return null;
  return { at: i, mark };
}

export function pairDoubleQuotes(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open: { at: number; mark: string; segment: number; paragraphs: number } | null = null;
  const emit = (contentEnd: number, close: number): void => {
    if (!open) return;
    const contentStart = open.at + open.mark.length;
    if (contentEnd > contentStart) out.push({ open: open.at, close, contentStart, contentEnd, paragraphs: open.paragraphs });
    open = null;
  };
  DOUBLE_OR_NEWLINE.lastIndex = 0;
  for (let m = DOUBLE_OR_NEWLINE.exec(text); m; m = DOUBLE_OR_NEWLINE.exec(text)) {
    const at = m.index;
    const mark = m[0];
    if (open && at - open.segment > MAX_SEGMENT) open = null; // unbalanced: give up on it
    if (mark === '\n') {
      if (!open) continue;
      const again = reopenedAt(text, at);
      if (again && open.paragraphs < MAX_PARAGRAPHS) {
        open.paragraphs++;
        open.segment = again.at;
        DOUBLE_OR_NEWLINE.lastIndex = again.at + again.mark.length;
      } else {
        emit(trimEnd(text, open.at, at), at);
      }
      continue;
    }
    let role = doubleRole(text, at, mark, open ? open.mark : null);
    // `them,'''`: a single quote closes first, then the double one ('' after ').
    if (role === 'close' && mark === "''" && text[at + 2] === "'") {
      DOUBLE_OR_NEWLINE.lastIndex = at + 3;
      role = doubleRole(text, at + 1, mark, open ? open.mark : null);
      if (role === 'close') emit(at + 1, at + 3);
      continue;
    }
    if (role === 'close') emit(trimEnd(text, at - 1, at), at + mark.length);
    else if (role === 'open') open = { at, mark, segment: at, paragraphs: 1 };
  }
  const last = open as { at: number; segment: number } | null;
  if (last && text.length - last.segment <= MAX_SEGMENT) emit(trimEnd(text, last.at, text.length), text.length);
  return out;
}

function trimEnd(text: string, floor: number, end: number): number {
  while (end > floor && SPACE.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Single-quoted spans outside the double-quoted ones (British style, headlines): `‘We are
 * ready,’ she said`. An apostrophe between letters ("don’t", "Haddad’s") never pairs, nor one
 * before a digit ("’90s"); "leaders’ talks" closes only when nothing better follows.
 */
export function pairSingleQuotes(text: string, doubles: readonly QuotedSpan[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let d = 0;
  let open = -1;
  let weakClose = -1;
  const finish = (at: number): void => {
    if (open >= 0 && at > open + 1 && at - open <= MAX_SINGLE) out.push({ open, close: at + 1, contentStart: open + 1, contentEnd: at, paragraphs: 1 });
    open = -1;
    weakClose = -1;
  };
  SINGLE_OR_NEWLINE.lastIndex = 0;
  for (let m = SINGLE_OR_NEWLINE.exec(text); m; m = SINGLE_OR_NEWLINE.exec(text)) {
    const at = m.index;
    while (d < doubles.length && doubles[d]!.close <= at) d++;
    const inside = d < doubles.length && doubles[d]!.open <= at;
    if (m[0] === '\n' || inside) {
      if (m[0] === '\n' && weakClose >= 0) finish(weakClose);
      if (m[0] === '\n') open = -1;
      if (inside) SINGLE_OR_NEWLINE.lastIndex = doubles[d]!.close;
      continue;
    }
    const prev = at > 0 ? text[at - 1]! : '\n';
    const next = text[at + 1] ?? '\n';
    const canOpen = m[0] !== '’' && BEFORE_OPENER.test(prev) && LETTER.test(next);
    const canClose = m[0] !== '‘' && !SPACE.test(prev) && AFTER_CLOSER.test(next) && !(LETTER.test(prev) && LETTER.test(next));
    if (open >= 0 && canClose) {
      // "the leaders’ talks": a plural possessive, unless no other closer follows.
      const possessive = prev === 's' && next === ' ' && /\p{Ll}/u.test(text[at + 2] ?? '');
      if (possessive && at - open < MAX_SINGLE) {
        if (weakClose < 0) weakClose = at;
        continue;
      }
      finish(at);
    } else if (canOpen) {
      if (weakClose >= 0) finish(weakClose);
      open = at;
    }
  }
  if (weakClose >= 0) finish(weakClose);
  return out;
}

/** All quoted spans, outermost only, sorted by opening mark. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const doubles = pairDoubleQuotes(text);
  const all = [...doubles, ...pairSingleQuotes(text, doubles)].sort((a, b) => a.open - b.open);
  const out: QuotedSpan[] = [];
  for (const q of all) {
    const last = out[out.length - 1];
    if (last && q.open < last.close) continue; // nested in (or tangled with) the previous quote
    out.push(q);
  }
  return out;
}

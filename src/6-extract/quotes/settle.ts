// The last step of quote extraction: mentions in text order, a reported clause dropped where a
// quote or an earlier clause covers it (a report of a report stays inside its host), and the
// speaker of an attribution carried over to an unattributed direct quote just after it.
import type { QuoteMention, TextSpan } from './index.js';
import { PASSIVE_AUXILIARIES } from './cues.js';

// How far (in characters) a speaker carries over to a following unattributed quote.
const CARRY_OVER = 400;

/**
 * A whole paragraph lies between a speaker and a quote: the quote stands after someone else's
 * account ("Freight forwarders said …" / a paragraph about the harbour / "“The port cannot …”"),
 * so the speaker does not carry over. The paragraph right after the speaker's may carry it.
 */
export function paragraphBetween(text: string, from: number, to: number): boolean {
  const parts = text.slice(from, to).split(/\n/);
  return parts.slice(1, -1).some((p) => /\p{L}/u.test(p));
}

/** `Okafor was asked, “…”`: a passive "ask" names no asker. */
function unnamedAsker(m: QuoteMention): boolean {
  return m.verb === 'ask' && !!m.cue && PASSIVE_AUXILIARIES.has(m.cue.text.split(/\s/)[0]!.toLowerCase());
}

/**
 * Sorted, without overlapping contents (quotes win over reported clauses; a report of a report,
 * `nested`, stays inside its host), unattributed direct quotes filled in.
 */
export function settle(text: string, all: QuoteMention[], anchors: readonly TextSpan[], nested: ReadonlySet<QuoteMention>): QuoteMention[] {
  const quoted = all.filter((m) => m.kind !== 'reported' && m.content.end > m.content.start).sort((a, b) => a.content.start - b.content.start);
  const kept = [...quoted];
  const cues = new Set(all.filter((m) => m.cue && !nested.has(m)).map((m) => m.cue!.start));
  let last = -1;
  for (const m of all.filter((r) => r.kind === 'reported').sort((a, b) => a.content.start - b.content.start)) {
    // Quoted spans never overlap each other, so only the first one ending after m.start matters.
    const i = firstEndingAfter(quoted, m.content.start);
    if (i < quoted.length && quoted[i]!.content.start < m.content.end) continue;
    if (nested.has(m)) {
      // (A clause split off its host at a comma or colon is found again on its own.)
      if (!cues.has(m.cue!.start)) kept.push(m);
      continue;
    }
    if (m.content.start < last) continue;
    kept.push(m);
    last = m.content.end;
  }
  kept.sort((a, b) => a.content.start - b.content.start);
  // Carry the last speaker over to an unattributed direct quote close behind it.
  let previous: TextSpan | null = null;
  let previousEnd = 0;
  let a = 0;
  for (const m of kept) {
    while (a < anchors.length && anchors[a]!.start < m.content.start) {
      previous = anchors[a]!;
      previousEnd = anchors[a++]!.end;
    }
    // (Not to a question put by someone unnamed: `Okafor was asked, “…”`.)
    if (m.kind === 'direct' && !m.speaker && !unnamedAsker(m) && previous && m.content.start - previousEnd < CARRY_OVER && !paragraphBetween(text, previousEnd, m.content.start)) m.speaker = previous;
    if (m.speaker) {
      previous = m.speaker;
      previousEnd = Math.max(m.content.end, m.speaker.end);
    }
  }
  return kept;
}

function firstEndingAfter(sorted: readonly QuoteMention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.content.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Walks the paragraphs in order and records, for each, where its text went: the trace
// behind separateBoilerplate, kept so tests (and curious callers) can check that every
// input paragraph ends up exactly once in the body or in one boilerplate list.
import type { Dateline } from '../../core/types.js';
import { agencyIndex, type AgencyIndex } from './agencies.js';
import { isByline } from './bylines.js';
import { isMastheadLine } from './masthead.js';
import { isCreditOnly, trailingCredit } from './captions.js';
import { parseDateline } from './dateline.js';
import { deskNote } from './desk.js';
import { promoNote, relatedLine } from './promo.js';
import { classifyParagraph, type Piece, type Position, type Verdict } from './rules.js';
import { isTimestampLine } from './timestamp.js';
import { releaseTailStart } from './release.js';
import { looksLikeHeadline } from './headline.js';
import { endsSentence, hasContent, norm, moreWordsThan } from './text.js';
import { leadingTime, MIN_UPDATES } from './updates.js';
import { showsPageTime } from '../live-updates.js';

export interface TracedParagraph {
  /** Position in the input array. */
  index: number;
  rule: string;
  /** Where the paragraph's text went; none for an empty paragraph. */
  pieces: Piece[];
}

export interface Classification {
  trace: TracedParagraph[];
  dateline: Dateline | null;
  /** Agencies named by each desk note, canonical. */
  deskAgencies: string[][];
  agencies: AgencyIndex;
}

export interface ClassifyOptions {
  title?: string | null;
  /** The outlet the input declares ("Tessaly Courier"): a line naming it at the top is a masthead note. */
  outlet?: string | null;
  extraAgencies?: readonly string[];
  /** The page's declared publication time (ISO): times opening paragraphs are a live blog's only when one of them shows it. */
  pageTime?: string | null;
}

/** How many of the last non-empty paragraphs count as the tail, where sign-offs and bare credits sit. */
const TAIL = 3;
/** Longest promo line peeled off the head of a body paragraph ("Advertisement", "Share this article"). */
const MAX_FURNITURE_WORDS = 6;

export function classifyParagraphs(paragraphs: readonly string[], opts: ClassifyOptions = {}): Classification {
  const agencies = agencyIndex(opts.extraAgencies ?? []);
  const live = paragraphs.map((p, index) => ({ index, text: p.trim() })).filter((p) => hasContent(p.text));
  const trace: TracedParagraph[] = paragraphs.map((_p, index) => ({ index, rule: 'empty', pieces: [] }));
  const captions = new Set<string>();
  const deskAgencies: string[][] = [];
  let dateline: Dateline | null = null;
  let bodyStarted = false;
  let inRelatedList = false;
  // "About <Company>", contacts, forward-looking statements: a release's closing sections, all notes.
  const releaseTail = releaseTailStart(live.map((p) => p.text));
  // A live blog whose updates open with their (bold) time: the times are notes, as on lines of their
  // own. Its first or last update shows the page's time; a timeline of events ("11:00 am – Police
  // receive calls", written later) need not, and keeps its times.
  const heads = live.map((p) => leadingTime(p.text)?.time).filter((t): t is string => !!t);
  const timeHeads = heads.length >= MIN_UPDATES && showsPageTime(heads, opts.pageTime ?? null);
  live.forEach(({ index, text }, k) => {
    const at = {
      top: !bodyStarted, tail: bodyStarted && k >= live.length - TAIL, inRelatedList,
      next: live[k + 1]?.text, title: opts.title ?? null, outlet: opts.outlet ?? null, captions, agencies,
    };
    const inReleaseTail = bodyStarted && releaseTail >= 0 && k >= releaseTail;
    const verdict = classifyParagraph(text, at) ?? classifyLines(text, at) ?? (inReleaseTail ? { rule: 'release-tail', pieces: [{ slot: 'notes' as const, text }] } : null);
    inRelatedList = verdict?.relatedHeader ?? false;
    if (verdict) {
      trace[index] = { index, rule: verdict.rule, pieces: verdict.pieces };
      for (const p of verdict.pieces) if (p.slot === 'captions') captions.add(norm(p.text));
      if (verdict.deskAgencies) deskAgencies.push(verdict.deskAgencies);
      return;
    }
    // Body: peel boilerplate lines stuck to its edges, then read a dateline off the first one.
    const peeled = peel(text, at.top, agencies, at.outlet);
    let { body, rule } = peeled;
    const { pieces } = peeled;
    const head = timeHeads ? leadingTime(body) : null;
    if (head) {
      pieces.push({ slot: 'notes', text: head.time });
      body = head.rest;
      rule = `${rule}+time`;
    }
    if (!hasContent(body)) {
      trace[index] = { index, rule: 'peeled', pieces }; // "By Jane Roe\n***": nothing left for the body
      return;
    }
    if (!bodyStarted) {
      const d = parseDateline(body, agencies);
      if (d) {
        dateline = d.dateline;
        trace[index] = hasContent(d.rest)
          ? { index, rule: `${rule}+dateline`, pieces: [...pieces, { slot: 'paragraphs', text: d.rest }] }
          : { index, rule: 'dateline-only', pieces: [...pieces, { slot: 'notes', text: body }] };
        bodyStarted = true;
        return;
      }
    }
    // A kicker or subtitle above the story ("Ukraine war") stays in the body but does not end the top.
    if (!looksLikeHeadline(body) || endsSentence(body)) bodyStarted = true;
    trace[index] = { index, rule, pieces: [...pieces, { slot: 'paragraphs', text: body }] };
  });
  return { trace, dateline, deskAgencies, agencies };
}

/** A multi-line paragraph whose every line is boilerplate: "By Jane Roe\nMarch 18, 2025". */
function classifyLines(text: string, at: Position): Verdict | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(hasContent);
  if (lines.length < 2) return null;
  const pieces: Piece[] = [];
  const deskAgencies: string[] = [];
  for (const [i, line] of lines.entries()) {
    const v = classifyParagraph(line, { ...at, next: lines[i + 1] ?? at.next });
    if (!v) return null;
    pieces.push(...v.pieces);
    deskAgencies.push(...(v.deskAgencies ?? []));
  }
  return { rule: 'lines', pieces, ...(deskAgencies.length > 0 ? { deskAgencies } : {}) };
}

/**
 * Lines at the edges of a body paragraph that are boilerplate: a byline or timestamp above the
 * first paragraph ("By Jane Roe\nLONDON — ..."), a short promo line above any paragraph, and a
 * credit, desk note or promo line under a finished sentence.
 */
function peel(text: string, top: boolean, agencies: AgencyIndex, outlet: string | null): { body: string; pieces: Piece[]; rule: string } {
  const lines = text.split('\n');
  const head: Piece[] = [];
  const foot: Piece[] = [];
  while (lines.length > 1) {
    const line = lines[0]!.trim();
    const furniture = !moreWordsThan(line, MAX_FURNITURE_WORDS) && promoNote(line); // "Advertisement\nThe minister ..."
    const slot = furniture ? 'notes' : !top ? null
      : isMastheadLine(line, { next: lines[1], outlet }) ? 'notes' : isByline(line, { next: lines[1] }) ? 'bylines' : isCreditOnly(line) ? 'credits' : isTimestampLine(line) ? 'notes' : null;
    if (!slot || !hasContent(line)) break;
    head.push({ slot, text: line });
    lines.shift();
  }
  while (lines.length > 1 && endsSentence(lines.at(-2)!)) {
    const line = lines.at(-1)!.trim();
    const slot = deskNote(line, { top: false, tail: true, agencies }) ? 'notes'
      : isCreditOnly(line) ? 'credits' : promoNote(line) ? 'notes' : relatedLine(line) ? 'related' : null;
    if (!slot || !hasContent(line)) break;
    foot.unshift({ slot, text: line });
    lines.pop();
  }
  let body = lines.join('\n').trim();
  const inline = trailingCredit(body);
  if (inline) {
    body = inline.body;
    foot.unshift(...inline.credits.map((c): Piece => ({ slot: 'credits', text: c })));
  }
  const rule = head.length + foot.length > 0 ? 'body+peeled' : 'body';
  return { body, pieces: [...head, ...foot], rule };
}

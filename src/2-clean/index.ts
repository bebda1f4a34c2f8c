// Clean stage: RawItem -> ArticleDraft. Normalises text, sets boilerplate aside as
// metadata, picks title, outlet, date and language, and hashes the content.
import type { ArticleDraft, FieldOrigin, RawItem } from '../core/types.js';
import { diag, type Diagnostic } from '../core/diagnostics.js';
import { htmlToText } from '../1-ingest/html/to-text.js';
import { separateBoilerplate, splitParagraphs, looksLikeHeadline, publishedStamp } from './boilerplate/index.js';
import { mastheadAbove } from './boilerplate/masthead.js';
import { normalizeField, normalizeText } from './normalize.js';
import { chooseLanguage } from './language.js';
import { latestMentionedDate, parseDate, whyNotADate, writtenDate } from './dates.js';
import { chooseOutlet, feedOutlet } from './outlet.js';
import { contentHash } from './hash.js';
import { liveUpdates } from './live-updates.js';
import { captionBeforeCredit } from './boilerplate/captions.js';
import { agenciesNamedIn, deskOutlet, splitBylineOrganisation } from './sources.js';

/** Longest article body accepted, in characters (documented in docs/limits.md). */
export const MAX_ARTICLE_CHARS = 1_000_000;

export { contentHash };

export type CleanResult = { ok: true; draft: ArticleDraft } | { ok: false; diagnostic: Diagnostic };

/** Raw provenance (see src/1-ingest) -> FieldOrigin. Feed elements are 'input': given explicitly. */
const origin = (item: RawItem, field: string): FieldOrigin => {
  const p = item.provenance?.[field];
  if (!p) return 'unknown';
  if (p === 'footer') return 'footer';
  return p === 'input' || p === 'feed title' || p === 'feed item' ? 'input' : 'metadata';
};

/** "https://x.example/a?utm_source=rss#top" -> "https://x.example/a" */
export function canonicalUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    if (!/^https?:$/.test(u.protocol)) return null;
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|ocid$|cmpid$|ref$|src$)/i.test(k)) u.searchParams.delete(k);
    u.hostname = u.hostname.toLowerCase();
    return u.toString();
  } catch {
    return null;
  }
}

/**
 * The date of the first timestamp line set aside as a note ("Published: 15 January 2025",
 * "Posted 3 March 2025 10:00"): the page's own statement of its day, so not an estimate.
 * "Updated ..." lines and dates after tomorrow (typos) do not count.
 */
function stampedDate(notes: readonly string[]): string | null {
  for (const note of notes) {
    const stamp = publishedStamp(note);
    const d = stamp ? writtenDate(stamp) : null;
    if (d && 'date' in d && Date.parse(d.date) <= Date.now() + 86_400_000) return d.date;
  }
  return null;
}

export function cleanItem(item: RawItem): CleanResult {
  const diagnostics: Diagnostic[] = [...(item.diagnostics ?? [])];
  const raw = item.text ?? (item.html ? htmlToText(item.html) : '');
  if (raw.length > MAX_ARTICLE_CHARS) {
    return { ok: false, diagnostic: diag(item.source, 'clean', 'too-long', `article text is ${raw.length.toLocaleString('en')} characters; expected at most ${MAX_ARTICLE_CHARS.toLocaleString('en')}`) };
  }
  let paragraphs = splitParagraphs(normalizeText(raw));
  let title = normalizeField(item.title);
  // A masthead above the headline (outlet's name over the date): the outlet, and the date a note.
  // Only when a headline follows: a Title Case headline over its date is no masthead.
  const masthead = item.format === 'text' && paragraphs.length > 2 && !paragraphs[1]!.includes('\n') && looksLikeHeadline(paragraphs[1]!) ? mastheadAbove(paragraphs[0]!) : null;
  if (masthead) paragraphs = [paragraphs[1]!, paragraphs[0]!.split('\n')[1]!, ...paragraphs.slice(2)];
  if (!title && item.format === 'text' && paragraphs[0]) {
    const lines = paragraphs[0].split('\n');
    const next = lines[1] ?? paragraphs[1]?.split('\n')[0];
    // "Smoke over the port" followed by "Smoke over the portJane Roe/Agency" is a photo caption.
    if (next !== undefined && looksLikeHeadline(lines[0]!) && !captionBeforeCredit(lines[0]!, next)) {
      title = normalizeField(lines[0]!.replace(/^#+\s*/, ''));
      paragraphs = [lines.slice(1).join('\n').trim(), ...paragraphs.slice(1)].filter(Boolean);
    }
  }
  // Pages often repeat the headline as the first body line.
  if (title && paragraphs[0] && normalizeField(paragraphs[0]) === title) paragraphs = paragraphs.slice(1);
  // Agencies the text itself names (beyond the wire list) count as agency credits too; a
  // second pass is needed only when the first reveals some (e.g. in photo credits).
  // A feed's title may add its section: "Kestrel Times — Companies" (outlet.ts).
  const declaredOutlet = item.provenance?.outlet === 'feed title' ? feedOutlet(normalizeField(item.outlet)) : normalizeField(item.outlet);
  const pageTime = parseDate(item.publishedAt);
  let bp = separateBoilerplate(paragraphs, { title, outlet: declaredOutlet, pageTime });
  const extraAgencies = agenciesNamedIn(paragraphs.join('\n\n'), [...(item.credits ?? []), ...bp.boilerplate.credits]);
  if (extraAgencies.length) bp = separateBoilerplate(paragraphs, { title, outlet: declaredOutlet, extraAgencies, pageTime });
  const text = bp.paragraphs.join('\n\n');
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return { ok: false, diagnostic: diag(item.source, 'clean', 'empty', 'no article text left after removing boilerplate; expected at least one paragraph') };
  }
  const url = canonicalUrl(item.url);
  if (item.url && !url) diagnostics.push(diag(item.source, 'clean', 'bad-url', `url "${item.url}" is not an http(s) URL; ignored`, 'warning'));
  const rawByline = normalizeField(item.byline?.replace(/^\s*by\s+/i, '')) ?? bp.byline;
  const bylineSplit = rawByline ? splitBylineOrganisation(rawByline, [...bp.agencies, ...extraAgencies]) : null;
  const byline = bylineSplit?.byline ?? null;
  const agencies = [...bp.agencies];
  const org = bylineSplit?.organisation;
  if (org && (extraAgencies.includes(org) || /agency|press|wire|news service/i.test(org)) && !agencies.includes(org)) agencies.push(org);
  const deskHint = deskOutlet(bp.boilerplate.notes);
  const outlet = chooseOutlet(declaredOutlet, origin(item, 'outlet'), url, bp.outletHint ?? (deskHint ? { outlet: deskHint, from: 'desk-note' } : masthead ? { outlet: masthead, from: 'masthead' } : null));
  let publishedAt = parseDate(item.publishedAt);
  let publishedAtFrom: FieldOrigin = publishedAt ? origin(item, 'publishedAt') : 'unknown';
  if (item.publishedAt && !publishedAt) {
    const why = whyNotADate(item.publishedAt);
    diagnostics.push(diag(item.source, 'clean', 'bad-date', why ? `publishedAt "${item.publishedAt}" ${why}; not used as the publication date` : `publishedAt "${item.publishedAt}" is not a date; expected ISO 8601 such as 2025-03-18T09:30:00Z`, 'warning'));
  }
  const captions = [...new Set([...(item.captions ?? []).map((c) => normalizeField(c)!).filter(Boolean), ...bp.boilerplate.captions])];
  if (!publishedAt) {
    publishedAt = stampedDate(bp.boilerplate.notes);
    if (publishedAt) publishedAtFrom = 'timestamp-line';
  }
  let dateEstimated = false;
  if (!publishedAt) {
    // Captions are often dated ("... on Saturday, February 22, 2025"): they count as text here.
    publishedAt = latestMentionedDate([text, ...captions].join('\n\n'));
    if (publishedAt) {
      dateEstimated = true;
      publishedAtFrom = 'text';
    }
  }
  // A live blog's updates, each at its own time (the page keeps its publication time).
  const updates = liveUpdates(bp.paragraphs, bp.updates, publishedAt);
  const lang = chooseLanguage(item.language, text);
  if (lang.mismatch) diagnostics.push(diag(item.source, 'clean', 'language-mismatch', `declared language "${lang.mismatch.declared}" but the text reads as "${lang.mismatch.detected}"; used the detected one`, 'info'));
  return {
    ok: true,
    draft: {
      source: item.source,
      format: item.format,
      url,
      title,
      outlet: outlet.outlet,
      outletFrom: outlet.from,
      byline,
      publishedAt,
      publishedAtFrom,
      dateEstimated,
      modifiedAt: parseDate(item.modifiedAt),
      language: lang.language,
      text,
      dateline: bp.dateline,
      agencies,
      boilerplate: { ...bp.boilerplate, captions, credits: [...new Set([...(item.credits ?? []), ...bp.boilerplate.credits])] },
      ...(updates.length ? { updates } : {}),
      contentHash: contentHash(title, text),
      diagnostics,
    },
  };
}

// One HTML page -> one RawItem: metadata first (Readability mutates the DOM), captions
// set aside, then the main text through Readability, with a paragraph fallback.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawItem } from '../../core/types.js';
import { diag, type Diagnostic } from '../../core/diagnostics.js';
import { extractMetadata } from './metadata.js';
import { nodeToText, htmlToText } from './to-text.js';
import { captionParts } from '../../2-clean/boilerplate/captions.js';
import { footerOutlet } from '../../2-clean/boilerplate/promo.js';

/** Fewer words than this and a page has no article (a login page, an index page). */
export const MIN_ARTICLE_WORDS = 40;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** "Talks resume | The Daily Ledger" -> "Talks resume" when the suffix is the outlet. */
export function stripSiteSuffix(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const o = outlet.toLowerCase();
  const same = (part: string) => {
    const p = part.trim().toLowerCase();
    return p.length > 0 && (p === o || o.includes(p) || p.includes(o));
  };
  const seps = [...title.matchAll(/\s*[|·]\s*|\s+[-–—]\s+|:\s+/g)];
  const last = seps[seps.length - 1];
  if (last && same(title.slice(last.index! + last[0].length))) return title.slice(0, last.index).trim();
  const first = seps[0];
  if (first && same(title.slice(0, first.index))) return title.slice(first.index! + first[0].length).trim();
  return title;
}

// A name after the last " | " of a <title>: up to six words, each capitalised or a joining word
// ("Haldor Gazette", "The Times of Ostrel", "BBC News"), no digits.
const SUFFIX_NAME = /^(?:(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|de|del|la|le|el|al|du|di|van|von|&)\s*){1,6}$/u;

/**
 * A page with no outlet in its metadata: "Residents return as waters recede | Haldor Gazette"
 * -> the title before the bar and the outlet after it, when the part after the last bar reads
 * as a name and the part before has three words or more. Only the bar: " - " and ": " join
 * parts of headlines too ("Dam - what we know").
 */
export function titleSuffixOutlet(title: string): { title: string; outlet: string } | null {
  const bars = [...title.matchAll(/\s+[|]\s+/g)];
  const last = bars[bars.length - 1];
  if (!last) return null;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index! + last[0].length).trim();
  if (wordCount(head) < 3 || !/^\p{Lu}/u.test(tail) || /\d/.test(tail) || !SUFFIX_NAME.test(tail)) return null;
  return { title: head, outlet: tail };
}

/** <figcaption> text split into caption and credit ("Delegates arrive. Photo: Jane Roe/MPA"). */
function takeCaptions(document: any): { captions: string[]; credits: string[] } {
  const captions: string[] = [];
  const credits: string[] = [];
  const add = (list: string[], t: string) => t && !list.includes(t) && list.push(t);
  const els = document.querySelectorAll('figcaption, .caption, .wp-caption-text, [itemprop="caption"]');
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (!el.parentNode) continue; // already removed with an enclosing caption
    const text = nodeToText(el).replace(/\s+/g, ' ').trim();
    const parts = captionParts(text);
    if (parts) {
      parts.captions.forEach((c) => add(captions, c));
      parts.credits.forEach((c) => add(credits, c));
    } else add(captions, text);
    el.remove();
  }
  return { captions, credits };
}

/** The publisher named in a page footer ("© 2025 Northgate Daily Ledger"), outside the article. */
function footerPublisher(document: any): string | undefined {
  const els = document.querySelectorAll('footer, [role="contentinfo"], .footer, #footer');
  for (let i = 0; i < els.length; i++) {
    for (const line of nodeToText(els[i]).split('\n\n')) {
      const outlet = footerOutlet(line);
      if (outlet) return outlet;
    }
  }
  return undefined;
}

/** Paragraph fallback when Readability finds nothing: every <p> of 40+ characters. */
function paragraphFallback(document: any): string {
  const ps = document.querySelectorAll('article p, main p, p');
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < ps.length; i++) {
    const t = (ps[i].textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length >= 40 && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out.join('\n\n');
}

/** Promotional blocks inside articles (newsletter boxes, share bars, related lists, ads). */
const PROMO_SELECTOR = ['newsletter', 'signup', 'sign-up', 'subscribe', 'promo', 'related', 'recommend', 'advert', 'ad-slot', 'outbrain', 'taboola', 'cookie', 'paywall']
  .flatMap((w) => [`[class*="${w}"]`, `[id*="${w}"]`])
  .join(', ');

function removePromos(document: any): void {
  const els = document.querySelectorAll(PROMO_SELECTOR);
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    // Never drop a block that holds most of the page (a wrapper class like "article-share-wrap").
    if (el.parentNode && el.querySelectorAll('p').length <= 3 && !/^(html|body|article|main)$/i.test(el.nodeName)) el.remove();
  }
}

/**
 * Deepest element nesting of the page. Readability's work grows with depth times size
 * (1,000 nested divs: 5 s; 5,000: minutes), so a page nested deeper than any real layout
 * (hostile or broken markup) goes to the paragraph fallback instead.
 */
export const MAX_DEPTH_FOR_READABILITY = 300;

function depthOf(root: any): number {
  let max = 0;
  const stack: Array<[any, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    const kids = el.children ?? [];
    for (let i = 0; i < kids.length; i++) stack.push([kids[i], depth + 1]);
  }
  return max;
}

export type PageResult = { ok: true; item: RawItem } | { ok: false; diagnostic: Diagnostic };

export function readHtmlPage(source: string, html: string, pageUrl?: string): PageResult {
  const { document } = parseHTML(html);
  if (!document.documentElement) {
    return { ok: false, diagnostic: diag(source, 'parse', 'no-article', 'expected an HTML page; found no document element') };
  }
  const meta = extractMetadata(document as any);
  const { captions, credits } = takeCaptions(document);
  const footer = footerPublisher(document);
  const pageTitle = (document as any).querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() as string | undefined;
  removePromos(document);
  let text = '';
  let byline: string | undefined;
  const diagnostics: Diagnostic[] = [];
  const depth = depthOf(document.documentElement);
  try {
    if (depth > MAX_DEPTH_FOR_READABILITY) {
      diagnostics.push(diag(source, 'parse', 'too-deep', `the page nests elements ${depth} levels deep (more than ${MAX_DEPTH_FOR_READABILITY}); read its paragraphs without Readability`, 'warning'));
    } else {
      const article = new Readability(document as any, { charThreshold: 200 }).parse();
      if (article?.content) text = htmlToText(article.content);
      byline = article?.byline?.trim() || undefined;
    }
  } catch (e) {
    diagnostics.push(diag(source, 'parse', 'readability-failed', `Readability failed (${(e as Error).message}); used the paragraph fallback`, 'warning'));
  }
  if (wordCount(text) < MIN_ARTICLE_WORDS) {
    const fallback = paragraphFallback(parseHTML(html).document);
    if (wordCount(fallback) > wordCount(text)) text = fallback;
  }
  if (wordCount(text) < MIN_ARTICLE_WORDS) {
    return {
      ok: false,
      diagnostic: diag(source, 'parse', 'no-article', `expected an article of at least ${MIN_ARTICLE_WORDS} words; the page has ${wordCount(text)} words of main text`),
    };
  }
  const provenance = { ...meta.provenance };
  if (!meta.byline && byline) provenance.byline = 'readability';
  const url = meta.url ?? pageUrl;
  if (!meta.url && pageUrl) provenance.url = 'fetched';
  const item: RawItem = { source, format: 'html', text, captions, credits, provenance, diagnostics };
  // With no outlet in the metadata, a footer's publisher or a "Headline | Outlet" <title> names it.
  const suffix = !meta.outlet && pageTitle ? titleSuffixOutlet(pageTitle) : null;
  const title = meta.title ? stripSiteSuffix(meta.title, meta.outlet ?? footer ?? suffix?.outlet) : undefined;
  if (title) item.title = title;
  if (url) item.url = url;
  if (meta.outlet) item.outlet = meta.outlet;
  else if (footer) {
    item.outlet = footer;
    provenance.outlet = 'footer';
  } else if (suffix) {
    item.outlet = suffix.outlet;
    provenance.outlet = '<title> suffix';
  }
  if (meta.byline ?? byline) item.byline = (meta.byline ?? byline)!;
  if (meta.publishedAt) item.publishedAt = meta.publishedAt;
  if (meta.modifiedAt) item.modifiedAt = meta.modifiedAt;
  if (meta.language) item.language = meta.language;
  return { ok: true, item };
}

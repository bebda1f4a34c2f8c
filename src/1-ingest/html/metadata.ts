// Article metadata from <meta>, Open Graph, article:*, JSON-LD NewsArticle and <time>.
// Precedence per field: JSON-LD, then Open Graph / article:*, then plain <meta>, then markup.
type Doc = { querySelectorAll(sel: string): ArrayLike<any>; querySelector(sel: string): any; documentElement: any };

export interface HtmlMetadata {
  title?: string;
  outlet?: string;
  byline?: string;
  publishedAt?: string;
  modifiedAt?: string;
  url?: string;
  language?: string;
  provenance: Record<string, string>;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage)$/;

function metaMap(doc: Doc): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').toLowerCase().trim();
    const value = (m.getAttribute('content') ?? '').trim();
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

function names(v: unknown): string | undefined {
  if (!v) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(names).filter(Boolean).join(', ') || undefined;
  if (typeof v === 'object' && 'name' in (v as object)) return names((v as { name: unknown }).name);
  return undefined;
}

function typeMatches(node: any): boolean {
  const t = node?.['@type'];
  return Array.isArray(t) ? t.some((x) => ARTICLE_TYPES.test(String(x))) : ARTICLE_TYPES.test(String(t ?? ''));
}

/** First JSON-LD node that is an article; WebPage only when nothing better exists. */
export function jsonLdArticle(doc: Doc): Record<string, any> | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const found: Record<string, any>[] = [];
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; other metadata still applies
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const node = queue.shift() as any;
      if (!node || typeof node !== 'object') continue;
      if (Array.isArray(node)) queue.push(...node);
      else {
        if (node['@graph']) queue.push(node['@graph']);
        if (typeMatches(node)) found.push(node);
      }
    }
  }
  return found.find((n) => !/WebPage/.test(String(n['@type']))) ?? found[0] ?? null;
}

function isUrlLike(s: string | undefined): boolean {
  return !!s && /^https?:\/\//i.test(s);
}

export function extractMetadata(doc: Doc): HtmlMetadata {
  const meta = metaMap(doc);
  const ld = jsonLdArticle(doc);
  const provenance: Record<string, string> = {};
  const pick = (field: string, candidates: Array<[string, string | undefined]>): string | undefined => {
    for (const [from, value] of candidates) {
      const v = value?.replace(/\s+/g, ' ').trim();
      if (v) {
        provenance[field] = from;
        return v;
      }
    }
    return undefined;
  };
  const author = meta.get('author');
  const articleAuthor = meta.get('article:author');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const timeEl = doc.querySelector('time[pubdate], time[itemprop="datePublished"], article time[datetime]');
  const publisher = ld?.publisher ?? ld?.sourceOrganization;
  return {
    title: pick('title', [
      ['json-ld', names(ld?.headline)],
      ['og:title', meta.get('og:title')],
      ['twitter:title', meta.get('twitter:title')],
      ['<title>', doc.querySelector('title')?.textContent ?? undefined],
      ['<h1>', doc.querySelector('h1')?.textContent ?? undefined],
    ]),
    outlet: pick('outlet', [
      ['json-ld', names(publisher)],
      ['og:site_name', meta.get('og:site_name')],
      ['application-name', meta.get('application-name')],
      ['twitter:site', meta.get('twitter:site')?.replace(/^@/, '')],
    ]),
    byline: pick('byline', [
      ['json-ld', names(ld?.author)],
      ['meta author', isUrlLike(author) ? undefined : author],
      ['article:author', isUrlLike(articleAuthor) ? undefined : articleAuthor],
      ['byl', meta.get('byl')?.replace(/^by\s+/i, '')],
      ['dc.creator', meta.get('dc.creator')],
    ]),
    publishedAt: pick('publishedAt', [
      ['json-ld', typeof ld?.datePublished === 'string' ? ld.datePublished : undefined],
      ['article:published_time', meta.get('article:published_time')],
      ['meta date', meta.get('pubdate') ?? meta.get('publishdate') ?? meta.get('date') ?? meta.get('dc.date') ?? meta.get('dc.date.issued') ?? meta.get('parsely-pub-date') ?? meta.get('sailthru.date')],
      ['<time>', timeEl?.getAttribute('datetime') ?? undefined],
    ]),
    modifiedAt: pick('modifiedAt', [
      ['json-ld', typeof ld?.dateModified === 'string' ? ld.dateModified : undefined],
      ['article:modified_time', meta.get('article:modified_time')],
      ['og:updated_time', meta.get('og:updated_time')],
    ]),
    url: pick('url', [
      ['canonical', isUrlLike(canonical) ? canonical : undefined],
      ['og:url', isUrlLike(meta.get('og:url')) ? meta.get('og:url') : undefined],
      ['json-ld', typeof ld?.url === 'string' && isUrlLike(ld.url) ? ld.url : undefined],
    ]),
    language: pick('language', [
      ['json-ld', typeof ld?.inLanguage === 'string' ? ld.inLanguage : names(ld?.inLanguage)],
      ['<html lang>', doc.documentElement?.getAttribute?.('lang') ?? undefined],
      ['og:locale', meta.get('og:locale')],
      ['content-language', meta.get('content-language') ?? meta.get('language')],
    ]),
    provenance,
  };
}

import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractMetadata } from '../../../src/1-ingest/html/metadata.js';
import { readHtmlPage, stripSiteSuffix, titleSuffixOutlet } from '../../../src/1-ingest/html/page.js';
import { htmlToText } from '../../../src/1-ingest/html/to-text.js';

const page = (head: string, lang = 'en') => parseHTML(`<!doctype html><html lang="${lang}"><head>${head}</head><body><h1>Body heading</h1></body></html>`).document as any;

describe('extractMetadata', () => {
  it('prefers JSON-LD, inside @graph, with author and publisher objects', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': ['NewsArticle'], headline: 'LD headline', datePublished: '2025-03-18T07:00:00+02:00', dateModified: '2025-03-18T09:00:00Z', author: [{ '@type': 'Person', name: 'Rosa Vell' }, { name: 'Tomas Ek' }], publisher: { '@type': 'Organization', name: 'Northern Ledger' }, url: 'https://ledger.example/a', inLanguage: 'en-GB' }] };
    const m = extractMetadata(page(`<title>Title tag</title><meta property="og:title" content="OG title"><script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(m).toMatchObject({ title: 'LD headline', byline: 'Rosa Vell, Tomas Ek', outlet: 'Northern Ledger', publishedAt: '2025-03-18T07:00:00+02:00', modifiedAt: '2025-03-18T09:00:00Z', url: 'https://ledger.example/a', language: 'en-GB' });
    expect(m.provenance.title).toBe('json-ld');
  });

  it('falls back to Open Graph and article:* tags', () => {
    const m = extractMetadata(page(`<meta property="og:title" content="OG title"><meta property="og:site_name" content="Coast Post"><meta property="article:published_time" content="2025-03-18T10:00:00Z"><meta name="author" content="Lena Ruiz"><link rel="canonical" href="https://coastpost.example/x"><script type="application/ld+json">{ broken json</script>`));
    expect(m).toMatchObject({ title: 'OG title', outlet: 'Coast Post', publishedAt: '2025-03-18T10:00:00Z', byline: 'Lena Ruiz', url: 'https://coastpost.example/x', language: 'en' });
  });

  it('ignores author URLs and relative canonical links; falls back to <title>', () => {
    const m = extractMetadata(page(`<title>Only title</title><meta name="author" content="https://facebook.com/someone"><link rel="canonical" href="/relative">`));
    expect(m.title).toBe('Only title');
    expect(m.byline).toBeUndefined();
    expect(m.url).toBeUndefined();
  });
});

describe('stripSiteSuffix', () => {
  it.each([
    ['Levee holds | Coast Post', 'Coast Post', 'Levee holds'],
    ['Levee holds - Coast Post', 'Coast Post', 'Levee holds'],
    ['Coast Post: Levee holds', 'Coast Post', 'Levee holds'],
    ['Levee holds - for now', 'Coast Post', 'Levee holds - for now'],
    ['Levee holds', undefined, 'Levee holds'],
    ['Dam - what we know | Coast Post', 'Coast Post', 'Dam - what we know'],
  ])('%s', (title, outlet, expected) => expect(stripSiteSuffix(title, outlet)).toBe(expected));
});

describe('titleSuffixOutlet: a page with no outlet in its metadata', () => {
  it.each([
    ['Morlund residents return as waters recede | Haldor Gazette', { title: 'Morlund residents return as waters recede', outlet: 'Haldor Gazette' }],
    ['Ferry service resumes after storm | The Times of Ostrel', { title: 'Ferry service resumes after storm', outlet: 'The Times of Ostrel' }],
    ['Levee holds | Coast Post', null], // two words before the bar: maybe a section, not a headline
    ['Council votes on the budget | page 2', null], // not a name
    ['Council votes on the budget | Live updates from the chamber as members debate', null], // too long for a name
    ['Council votes on the budget | Part 3', null],
    ['Council votes on the budget - Coast Post', null], // only the bar
  ])('%s', (title, expected) => expect(titleSuffixOutlet(title)).toEqual(expected));
});

describe('htmlToText', () => {
  it.each([
    ['<p>One <b>two</b></p><ul><li>three</li><li>four</li></ul>', 'One two\n\nthree\n\nfour'],
    ['<p>a<br>b</p><script>alert(1)</script><style>p{}</style>', 'a\n\nb'],
    ['<div>  spaced   out\n text </div>', 'spaced out text'],
    ['<p dir="rtl">قال المتحدث</p><p>עברית</p>', 'قال المتحدث\n\nעברית'],
  ])('%s', (html, text) => expect(htmlToText(html)).toBe(text));

  it('survives deeply nested markup without overflowing the stack', () => {
    const deep = '<div>'.repeat(20000) + 'deep text' + '</div>'.repeat(20000);
    expect(htmlToText(deep)).toBe('deep text');
  });
});

describe('readHtmlPage: the outlet from a "Headline | Outlet" title when the metadata names none', () => {
  const body = '<p>' + 'Residents of Morlund returned to their homes on Sunday as the river fell below its banks, and the council began clearing mud from the main square. '.repeat(3) + '</p>';
  const page = (head: string) => `<html><head>${head}</head><body><article>${body}</article></body></html>`;
  it.each([
    ['no metadata: title and outlet from the <title>', '<title>Morlund residents return as waters recede | Haldor Gazette</title>', 'Morlund residents return as waters recede', 'Haldor Gazette'],
    ['og:site_name wins; a suffix naming another site stays in the title', '<title>Morlund residents return | Haldor Gazette</title><meta property="og:site_name" content="Morlund Radio">', 'Morlund residents return | Haldor Gazette', 'Morlund Radio'],
    ['og:title gives the headline, the <title> the outlet', '<title>Morlund residents return home | Haldor Gazette</title><meta property="og:title" content="Morlund residents return">', 'Morlund residents return', 'Haldor Gazette'],
  ])('%s', (_what, head, title, outlet) => {
    const r = readHtmlPage('p.html', page(head));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.item.title).toBe(title);
    expect(r.item.outlet).toBe(outlet);
  });
});

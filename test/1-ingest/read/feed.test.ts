import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFeed, isFeedXml, MAX_FEED_ITEMS } from '../../../src/1-ingest/read/feed.js';
import { readContent } from '../../../src/1-ingest/read/index.js';

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Harbour Gazette</title><language>en-gb</language>
<item><title>Ferry &amp; port reopen</title><link>https://gazette.example/ferry</link><pubDate>Tue, 18 Mar 2025 08:15:00 +0000</pubDate>
<dc:creator>Ines Okafor</dc:creator><description>Short teaser.</description><content:encoded><![CDATA[<p>The ferry resumed service.</p><p>Crews worked all night.</p>]]></content:encoded></item>
<item><title>Second item</title><link>https://gazette.example/2</link><description>&lt;p&gt;Escaped HTML body&lt;/p&gt;</description></item>
<item><title>No body, no link</title></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Veilleur</title>
<entry><title>Crue record</title><link rel="alternate" href="https://veilleur.example/crue"/><link rel="self" href="https://veilleur.example/feed/1"/>
<published>2025-03-19T06:00:00Z</published><updated>2025-03-19T09:30:00Z</updated><author><name>Paul Imbert</name></author>
<content type="html">&lt;p&gt;La rivière a débordé.&lt;/p&gt;</content></entry></feed>`;

const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Old Wire</title></channel><item><title>Legacy</title><link>https://old.example/1</link><dc:date>2025-03-17T12:00:00Z</dc:date><description>Text.</description></item></rdf:RDF>`;

describe('readFeed', () => {
  it('reads RSS 2.0 items with channel title as outlet and numbered sources', () => {
    const r = readFeed('g.xml', rss);
    if ('code' in r) throw new Error(r.message);
    expect(r.kind).toBe('rss');
    expect(r.items.map((i) => i.source)).toEqual(['g.xml#1', 'g.xml#2']);
    expect(r.items[0]).toMatchObject({ title: 'Ferry & port reopen', url: 'https://gazette.example/ferry', outlet: 'The Harbour Gazette', byline: 'Ines Okafor', publishedAt: 'Tue, 18 Mar 2025 08:15:00 +0000', language: 'en-gb' });
    expect(r.items[0]!.html).toContain('Crews worked all night');
    expect(r.items[1]!.html).toContain('<p>Escaped HTML body</p>');
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ source: 'g.xml#3', code: 'missing-field' });
  });

  it('reads Atom entries, preferring the alternate link', () => {
    const r = readFeed('v.atom', atom);
    if ('code' in r) throw new Error(r.message);
    expect(r.items[0]).toMatchObject({ url: 'https://veilleur.example/crue', byline: 'Paul Imbert', publishedAt: '2025-03-19T06:00:00Z', modifiedAt: '2025-03-19T09:30:00Z', outlet: 'Le Veilleur', language: 'fr' });
  });

  it('reads RSS 1.0 (RDF)', () => {
    const r = readFeed('o.rdf', rdf);
    if ('code' in r) throw new Error(r.message);
    expect(r.kind).toBe('rdf');
    expect(r.items[0]).toMatchObject({ title: 'Legacy', publishedAt: '2025-03-17T12:00:00Z', outlet: 'Old Wire' });
  });

  it.each([
    ['RSS pubDate', 'g.xml', rss, 0, { outlet: 'feed title', publishedAt: 'feed item' }],
    ['RSS item without a date', 'g.xml', rss, 1, { outlet: 'feed title' }],
    ['Atom published', 'v.atom', atom, 0, { outlet: 'feed title', publishedAt: 'feed item' }],
    ['RDF dc:date', 'o.rdf', rdf, 0, { outlet: 'feed title', publishedAt: 'feed item' }],
  ])('records where each field came from: %s', (_n, name, xml, i, provenance) => {
    const r = readFeed(name, xml);
    if ('code' in r) throw new Error(r.message);
    expect(r.items[i]!.provenance).toEqual(provenance);
  });

  it.each([
    ['<?xml version="1.0"?><catalog><book/></catalog>', 'not-a-feed', /found <catalog>/],
    ['<rss><channel><item><title>x</title></channel></rss>', 'malformed-xml', /well-formed XML/],
  ])('rejects %s', (xml, code, msg) => {
    const r = readContent('bad.xml', xml, 'feed');
    expect(r.items).toEqual([]);
    expect(r.rejected[0]).toMatchObject({ source: 'bad.xml', code });
    expect(r.rejected[0]!.message).toMatch(msg);
  });

  it('reads at most MAX_FEED_ITEMS items and says so with a warning naming the count', () => {
    const n = MAX_FEED_ITEMS + 3;
    const items = Array.from({ length: n }, (_, i) => `<item><title>T${i}</title><link>https://big.example/${i}</link></item>`).join('');
    const r = readFeed('big.xml', `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`);
    if ('code' in r) throw new Error(r.message);
    expect(r.items).toHaveLength(MAX_FEED_ITEMS);
    expect(r.rejected).toEqual([expect.objectContaining({ source: 'big.xml', code: 'too-many-items', severity: 'warning', message: `the feed has ${n} items; only the first ${MAX_FEED_ITEMS} are read` })]);
    const small = readFeed('g.xml', rss);
    if ('code' in small) throw new Error(small.message);
    expect(small.rejected.some((d) => d.code === 'too-many-items')).toBe(false);
  });

  it('recognises feed roots after prolog and comments', () => {
    expect(isFeedXml('<?xml version="1.0"?>\n<!-- x -->\n<rss version="2.0">')).toBe(true);
    expect(isFeedXml('<html><body>')).toBe(false);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = readContent('p.xml', `<rss><channel><item>${s}</item></channel></rss>`, 'feed');
        expect(r.items.length + r.rejected.length).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cleanItem, canonicalUrl, MAX_ARTICLE_CHARS } from '../../src/2-clean/index.js';
import type { RawItem } from '../../src/core/types.js';

const body = 'Rescue crews reached the flooded villages of the lower valley on Tuesday, officials said, after the river broke through a levee overnight and forced hundreds of families from their homes.';
const text = (t: string): RawItem => ({ source: 't.txt', format: 'text', text: t });
const ok = (item: RawItem) => {
  const r = cleanItem(item);
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.draft;
};

describe('cleanItem: title of a text file', () => {
  it.each([
    ['headline then body', `Levee breaks in lower valley\n\n${body}`, 'Levee breaks in lower valley'],
    ['headline on the line above the body', `Levee breaks in lower valley\n${body}`, 'Levee breaks in lower valley'],
    ['Markdown heading (reader strips #)', `# Levee breaks\n\n${body}`, 'Levee breaks'],
    ['body first: no title', `${body}\n\n${body.replace('Tuesday', 'Wednesday')}`, null],
    ['a caption glued to its credit is not a headline', `Families wade through water\nFamilies wade through waterJane Roe/Valley Wire\n\n${body}`, null],
  ])('%s', (_n, input, title) => {
    const d = ok(text(input));
    expect(d.title).toBe(title);
    expect(d.text.startsWith('Rescue crews')).toBe(true);
  });
});

describe('cleanItem: dates', () => {
  it.each([
    ['declared ISO with offset -> UTC', { publishedAt: '2025-03-18T07:00:00+02:00' }, body, '2025-03-18T05:00:00.000Z', false, 'input'],
    ['RFC 822', { publishedAt: 'Tue, 18 Mar 2025 08:15:00 +0000' }, body, '2025-03-18T08:15:00.000Z', false, 'input'],
    ['none: latest full date in the text, flagged', {}, `${body} The levee was inspected on March 2, 2025 and again on 12 January 2025.`, '2025-03-02T00:00:00.000Z', true, 'text'],
    ['relative and year-less dates do not count', {}, `${body} It happened last Friday, on March 18.`, null, false, 'unknown'],
    ['future dates are ignored', {}, `${body} The inquiry reports on March 3, 2199.`, null, false, 'unknown'],
  ])('%s', (_n, extra, t, publishedAt, estimated, from) => {
    const d = ok({ source: 'j.jsonl:1', format: 'json', text: t, provenance: { publishedAt: 'input' }, ...extra });
    expect(d.publishedAt).toBe(publishedAt);
    expect(d.dateEstimated).toBe(estimated);
    expect(d.publishedAtFrom).toBe(from);
  });

  it.each([
    ['a feed item\'s date is given explicitly', 'feed item', 'input'],
    ['page metadata', 'article:published_time', 'metadata'],
    ['no provenance recorded', undefined, 'unknown'],
  ])('where a declared date came from: %s', (_n, raw, from) => {
    const provenance: Record<string, string> = raw ? { publishedAt: raw } : {};
    const d = ok({ source: 'f.xml#1', format: 'feed', text: body, publishedAt: '2025-03-18T08:15:00Z', provenance });
    expect(d.publishedAtFrom).toBe(from);
  });

  it('warns, naming the value, when a declared date is not a date', () => {
    const d = ok({ source: 'j.jsonl:4', format: 'json', text: body, publishedAt: 'soon-ish' });
    expect(d.publishedAt).toBeNull();
    expect(d.diagnostics.map((x) => x.message).join()).toMatch(/publishedAt "soon-ish" is not a date/);
  });

  it.each([
    ['2025-02-30', /publishedAt "2025-02-30" has no day 30 in that month \(it has 28\); not used/],
    ['2025', /publishedAt "2025" gives no day/],
  ])('a declared %s is a bad-date warning; the date then comes from the text, flagged', (publishedAt, message) => {
    const d = ok({ source: 'j.jsonl:5', format: 'json', text: `${body} The levee was inspected on March 2, 2025.`, publishedAt });
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'bad-date', severity: 'warning', message: expect.stringMatching(message) })]);
    expect(d.publishedAt).toBe('2025-03-02T00:00:00.000Z');
    expect(d.dateEstimated).toBe(true);
  });
});

describe('cleanItem: outlet', () => {
  it.each([
    ['declared wins', { outlet: 'Valley Courier', url: 'https://www.other.example/a', provenance: { outlet: 'input' } }, body, 'Valley Courier', 'input'],
    ['else the URL site', { url: 'https://www.courier.example/a' }, body, 'courier.example', 'url'],
    ['else the dateline agency', {}, `RIVERTON (Valley Wire) - ${body}`, 'Valley Wire', 'dateline'],
    ['else the copyright footer', {}, `${body}\n\n© 2025 Valley Courier. All rights reserved.`, 'Valley Courier', 'footer'],
    ['else the desk named in a desk note', {}, `${body}\n\nThis story was compiled by the Harbour Gazette news desk with agency reports.`, 'Harbour Gazette', 'desk-note'],
    ['else unknown', {}, body, null, 'unknown'],
  ])('%s', (_n, extra, t, outlet, from) => {
    const d = ok({ source: 'x', format: 'json', text: t, ...extra });
    expect(d.outlet).toBe(outlet);
    expect(d.outletFrom).toBe(from);
  });
});

describe('cleanItem: bylines, agencies, language, text', () => {
  it('splits an agency off a byline and records it', () => {
    const d = ok({ source: 'x', format: 'json', text: body, byline: 'By Ana Lund, Valley Press Agency' });
    expect(d.byline).toBe('Ana Lund');
    expect(d.agencies).toContain('Valley Press Agency');
  });

  it('learns an agency the text spells out and its acronym', () => {
    const d = ok(text(`${body} Valley Press Agency (VPA) correspondents were there. "We are safe," one resident told VPA.`));
    expect(d.agencies).toContain('VPA');
  });

  it('uses a reliable detection over a wrong declared language, with a note', () => {
    const d = ok({ source: 'x', format: 'json', text: 'Les secours ont atteint les villages inondés de la vallée mardi, selon les autorités, après la rupture d\'une digue pendant la nuit.', language: 'en' });
    expect(d.language).toBe('fr');
    expect(d.diagnostics.some((x) => x.code === 'language-mismatch')).toBe(true);
  });

  it.each([
    ['Arabic', 'قال المتحدث باسم الوزارة إن فرق الإنقاذ وصلت إلى القرى المغمورة بالمياه يوم الثلاثاء بعد انهيار السد.', 'ar'],
    ['Hebrew', 'דובר המשרד אמר כי צוותי החילוץ הגיעו לכפרים המוצפים ביום שלישי לאחר קריסת הסכר בלילה.', 'he'],
  ])('%s text comes through intact and is detected', (_n, t, lang) => {
    const d = ok(text(t));
    expect(d.text).toBe(t);
    expect(d.language).toBe(lang);
  });

  it('removes invisible characters but keeps ZWNJ and RTL marks', () => {
    const d = ok(text(`Soft\u00ADhyphen zero\u200Bwidth keep\u200Cthis \u200Fmark. ${body}`));
    expect(d.text).toContain('Softhyphen zerowidth keep\u200Cthis \u200Fmark.');
  });

  it('rejects an over-long body and a body of only boilerplate', () => {
    const long = cleanItem(text('x '.repeat(MAX_ARTICLE_CHARS)));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.diagnostic.code).toBe('too-long');
    const empty = cleanItem(text('Read more: Levee breaks\n\nSign up for our newsletter'));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.diagnostic).toMatchObject({ code: 'empty', source: 't.txt' });
  });

  it('hash ignores whitespace runs and title case, not words', () => {
    const a = ok({ source: 'a', format: 'json', title: 'Levee Breaks', text: body });
    const b = ok({ source: 'b', format: 'json', title: 'levee breaks', text: body.replace(/ /g, '  ') });
    const c = ok({ source: 'c', format: 'json', title: 'levee breaks', text: body.replace('Tuesday', 'Monday') });
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).not.toBe(c.contentHash);
  });

  it('never throws; text non-empty when accepted (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.option(fc.string({ maxLength: 60 })), (t, title) => {
        const r = cleanItem({ source: 'p', format: 'text', text: t, ...(title ? { title } : {}) });
        if (r.ok) expect(/[\p{L}\p{N}]/u.test(r.draft.text)).toBe(true);
        else expect(r.diagnostic.source).toBe('p');
      }),
      { numRuns: 300 },
    );
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['https://X.example/a?utm_source=rss&id=3#top', 'https://x.example/a?id=3'],
    ['http://x.example/a?fbclid=abc', 'http://x.example/a'],
    ['ftp://x.example/a', null],
    ['not a url', null],
  ])('%s', (input, out) => expect(canonicalUrl(input)).toBe(out));
});

// Trial review 11: an RSS channel titled "Kestrian Business Times — Companies" named the outlet with its section.
describe('cleanItem: a feed title without the section it covers', () => {
  const feedItem = (outlet: string): RawItem => ({ source: 'f.xml#1', format: 'feed', html: `<p>${body}</p>`, outlet, provenance: { outlet: 'feed title' } });
  it.each([
    ['Tessel Ledger — Companies', 'Tessel Ledger'],
    ['The Marlow Post - World News', 'The Marlow Post'],
    ['Marlow Wire | Latest headlines', 'Marlow Wire'],
    ['Tessel Ledger: Business', 'Tessel Ledger'],
    // No section named, or nothing but a section: kept.
    ['Tessel Ledger', 'Tessel Ledger'],
    ['World News', 'World News'],
    ['Marlow — Tessel Review', 'Marlow — Tessel Review'],
  ])('%s -> %s', (title, outlet) => expect(ok(feedItem(title)).outlet).toBe(outlet));

  it('keeps an outlet declared as input whole', () => {
    expect(ok({ source: 'j.jsonl:1', format: 'json', text: body, outlet: 'Tessel Ledger — Companies', provenance: { outlet: 'input' } }).outlet).toBe('Tessel Ledger — Companies');
  });
});

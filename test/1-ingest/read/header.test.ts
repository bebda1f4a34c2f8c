import { describe, it, expect } from 'vitest';
import { readText } from '../../../src/1-ingest/read/text.js';
import { cleanItem } from '../../../src/2-clean/index.js';

const body = 'Several officers were hurt on Tuesday when dockers clashed with riot units at the Kessanport container terminal, the port authority said, after talks over night-shift pay collapsed.';
const clean = (content: string, markdown = false) => {
  const r = cleanItem(readText('riot.txt', content, markdown));
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.draft;
};

describe('readText: a header block at the top of a text file', () => {
  it.each([
    ['Source/Date/Title/Byline', 'Source: Veldmark Daily Standard\nDate: 9 September 2025\nTitle: Dockers riot at Kessanport\nByline: Anna Petrov',
      { title: 'Dockers riot at Kessanport', outlet: 'Veldmark Daily Standard', publishedAt: '9 September 2025', byline: 'Anna Petrov' }],
    ['keys in any case, Headline/Outlet/Published/Author', 'HEADLINE: Dockers riot at Kessanport\noutlet: Orrin Valley Post\npublished: 2025-09-09T14:30:00+02:00\nauthor: Teodor Vask',
      { title: 'Dockers riot at Kessanport', outlet: 'Orrin Valley Post', publishedAt: '2025-09-09T14:30:00+02:00', byline: 'Teodor Vask' }],
    ['Publisher/Posted/By/URL/Language', 'Publisher: Marrow Coast Herald\nPosted: Wednesday 10 September 2025\nBy: Ilse Moravec\nURL: https://marrowcoast.example/news/riot\nLanguage: en',
      { outlet: 'Marrow Coast Herald', publishedAt: 'Wednesday 10 September 2025', byline: 'Ilse Moravec', url: 'https://marrowcoast.example/news/riot', language: 'en' }],
    ['Site/Link/Lang; Updated is the modification date', 'Site: Kessan Today\nUpdated: 11 September 2025\nLink: https://kessan.example/a\nLang: de',
      { outlet: 'Kessan Today', modifiedAt: '11 September 2025', url: 'https://kessan.example/a', language: 'de' }],
    ['a dateline gives its date when nothing else does', 'Dateline: KESSANPORT, 9 September 2025\nTitle: Dockers riot',
      { title: 'Dockers riot', publishedAt: 'KESSANPORT, 9 September 2025' }],
    ['blank lines above the block', '\n\nTitle: Dockers riot\nSource: Veldmark Daily Standard', { title: 'Dockers riot', outlet: 'Veldmark Daily Standard' }],
  ])('%s', (_n, header, fields) => {
    const item = readText('riot.txt', `${header}\n\n${body}`, false);
    expect(item).toMatchObject(fields);
    for (const k of Object.keys(fields)) expect(item.provenance?.[k]).toBe('input');
    expect(item.text).toBe(body);
    expect(item.diagnostics).toBeUndefined();
  });

  it.each([
    ['a body sentence with a colon', `Police said: the riot began at noon.\n${body}`],
    ['an unknown key', `Tags: ports, labour\nTitle: Dockers riot\n\n${body}`],
    ['a known key holding a sentence', `Source: officials at the Kessanport terminal said that at least nine officers and a number of dockers were taken to hospital after the clashes on Tuesday night\n\n${body}`],
    ['header lines below the first line', `Dockers riot at Kessanport\nSource: Veldmark Daily Standard\n\n${body}`],
  ])('%s is not a header: the text is left whole', (_n, content) => {
    const item = readText('riot.txt', content, false);
    expect(item.text).toBe(content);
    expect(item.title).toBeUndefined();
    expect(item.outlet).toBeUndefined();
  });

  it('an unknown key ends the block and stays in the body', () => {
    const item = readText('riot.txt', `Title: Dockers riot\nKeywords: ports\n${body}`, false);
    expect(item.title).toBe('Dockers riot');
    expect(item.text).toBe(`Keywords: ports\n${body}`);
  });

  it('Markdown: "**Source:** X" is a header line too', () => {
    const item = readText('riot.md', `**Source:** Veldmark Daily Standard\n**Date:** 9 September 2025\n\n# Dockers riot\n\n${body}`, true);
    expect(item).toMatchObject({ outlet: 'Veldmark Daily Standard', publishedAt: '9 September 2025' });
    expect(item.text).toBe(`Dockers riot\n\n${body}`);
  });

  it.each([
    ['31 September 2025', 2, /riot\.txt.*header line 2: Date "31 September 2025" has no day 31 in that month \(it has 30\); not used as the publication date/],
    ['Tuesday', 2, /header line 2: Date "Tuesday" gives no year/],
    ['soon', 2, /header line 2: Date "soon" gives no year/],
    ['sometime in 2025', 2, /header line 2: Date "sometime in 2025" is not a date with a day, month and year/],
  ])('a bad date (%s) is a warning naming the file and line; the date is then estimated', (date, line, message) => {
    const d = clean(`Title: Dockers riot\nDate: ${date}\n\n${body} The terminal reopened on 8 September 2025.`);
    expect(d.diagnostics).toEqual([expect.objectContaining({ source: 'riot.txt', line, code: 'bad-date', severity: 'warning' })]);
    expect(`${d.diagnostics[0]!.source} ${d.diagnostics[0]!.message}`).toMatch(message);
    expect(d).toMatchObject({ title: 'Dockers riot', publishedAt: '2025-09-08T00:00:00.000Z', dateEstimated: true, publishedAtFrom: 'text' });
  });

  it('a language that is not a code is a warning and is not used', () => {
    const item = readText('riot.txt', `Title: Dockers riot\nLanguage: English\n\n${body}`, false);
    expect(item.language).toBeUndefined();
    expect(item.diagnostics).toEqual([expect.objectContaining({ code: 'bad-language', line: 2, severity: 'warning' })]);
  });
});

describe('cleanItem of a text file with a header block', () => {
  it('takes every field from the header, as declared input', () => {
    const d = clean(`Source: Veldmark Daily Standard\nDate: 9 September 2025\nTitle: Police injured as dockers riot at Kessanport\nByline: Anna Petrov\n\n${body}`);
    expect(d).toMatchObject({
      title: 'Police injured as dockers riot at Kessanport', outlet: 'Veldmark Daily Standard', outletFrom: 'input',
      byline: 'Anna Petrov', publishedAt: '2025-09-09T00:00:00.000Z', publishedAtFrom: 'input', dateEstimated: false, text: body,
    });
    expect(d.boilerplate.notes).toEqual([]);
  });
});

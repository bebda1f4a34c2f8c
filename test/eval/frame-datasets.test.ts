// Framing loaders (BASIL, BABE) on tiny invented files written to a temp dir in the datasets'
// formats (no dataset text here).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBabe, parseBabe, parseDsv } from '../../eval/datasets/babe.js';
import { basilText, loadBasil, locateSpan } from '../../eval/datasets/basil.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'parallax-frame-ds-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const span = (bias: string, id: string, start: number, end: number, txt: string) => ({ bias, id, start, end, txt, polarity: 'neg', target: 'x', quote: 'no', speaker: '', aim: 'dir' });

async function writeArticle(dir: string, year: string, file: string, article: object, spans: object[]) {
  await mkdir(path.join(dir, 'articles', year), { recursive: true });
  await mkdir(path.join(dir, 'annotations', year), { recursive: true });
  await writeFile(path.join(dir, 'articles', year, `${file}.json`), JSON.stringify(article));
  await writeFile(path.join(dir, 'annotations', year, `${file}_ann.json`), JSON.stringify({ 'article-level-annotations': {}, 'phrase-level-annotations': spans, 'triplet-uuid': 't', uuid: 'u' }));
}

describe('BASIL text and span offsets', () => {
  const paras = [['The mill closed.', 'Workers left town.'], ['A grim winter followed.']];

  it('joins sentences with a space and paragraphs with a blank line, keeping each sentence span', () => {
    const { text, spans } = basilText(paras);
    expect(text).toBe('The mill closed. Workers left town.\n\nA grim winter followed.');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['The mill closed.', 'Workers left town.', 'A grim winter followed.']);
  });

  it('reads "p<k>" as the k-th sentence over all paragraphs, offsets relative to it', () => {
    const { text, spans } = basilText(paras);
    const at = locateSpan({ id: 'p2', start: 2, end: 6, txt: 'grim' }, text, spans);
    expect(at).toEqual({ start: text.indexOf('grim'), end: text.indexOf('grim') + 4, how: 'offsets' });
    expect(locateSpan({ id: 'title', start: 0, end: 3, txt: 'Big' }, text, spans)).toBe('title');
  });

  it('falls back to the span text when the offsets are off, and gives up when the text is absent', () => {
    const { text, spans } = basilText(paras);
    expect(locateSpan({ id: 'p1', start: 0, end: 4, txt: 'left' }, text, spans)).toEqual({ start: text.indexOf('left'), end: text.indexOf('left') + 4, how: 'text' });
    expect(locateSpan({ id: 'p9', start: 0, end: 4, txt: 'mill' }, text, spans)).toMatchObject({ start: text.indexOf('mill'), how: 'text' });
    expect(locateSpan({ id: 'p0', start: 0, end: 5, txt: 'storm' }, text, spans)).toBeNull();
  });
});

describe('loadBasil', () => {
  it('groups a triplet, labels sentences by overlapping inf / lex spans and counts what it could not place', async () => {
    const dir = path.join(root, 'basil');
    const art = (source: string, n: number, paragraphs: string[][]) => ({ source, 'main-event': 'e', title: 'A title', date: '2012-03-04', 'triplet-uuid': 'trip-1', uuid: `u${n}`, 'body-paragraphs': paragraphs });
    await writeArticle(dir, '2012', 'trip-1_1', art('FOX', 1, [['Rain fell all night.', 'The river rose fast.'], ['Mayor Pell blamed the dam.']]), [
      span('inf', 'p2', 0, 26, 'Mayor Pell blamed the dam.'),
      span('lex', 'p1', 15, 19, 'fast'),
      span('lex', 'title', 2, 7, 'title'),
      span('inf', 'p0', 0, 5, 'Snow'),
    ]);
    await writeArticle(dir, '2012', 'trip-1_2', art('nyt', 2, [['Rain fell.', '']]), []);
    await writeArticle(dir, '2012', 'trip-1_3', art('hpo', 3, [['The dam held.']]), [span('lex', 'p0', 8, 12, 'held')]);
    await writeArticle(dir, '2012', 'lonely_1', { ...art('fox', 4, [['Alone.']]), 'triplet-uuid': 'lonely' }, []);
    const got = await loadBasil(dir, () => {});
    expect(got?.triplets.map((t) => [t.id, t.year, t.articles.map((a) => a.source)])).toEqual([['trip-1', '2012', ['fox', 'nyt', 'hpo']]]);
    const [fox, nyt, hpo] = got!.triplets[0]!.articles;
    expect(fox!.publishedAt).toBe('2012-03-04T00:00:00.000Z');
    expect(fox!.sentences.map((s) => [fox!.text.slice(s.start, s.end), s.inf, s.lex])).toEqual([
      ['Rain fell all night.', false, false],
      ['The river rose fast.', false, true],
      ['Mayor Pell blamed the dam.', true, false],
    ]);
    expect(nyt!.sentences).toHaveLength(1); // the empty sentence is not scored
    expect(hpo!.sentences[0]).toMatchObject({ inf: false, lex: true });
    expect(got).toMatchObject({ spans: 5, unlocated: 1, titleSpans: 1, relocated: 0 });
  });

  it('skips with a reason when the folder is missing or holds no triplet', async () => {
    let reason = '';
    expect(await loadBasil(path.join(root, 'nowhere'), (r) => (reason = r))).toBeNull();
    expect(reason).toMatch(/not found/);
    const empty = path.join(root, 'basil-empty');
    await mkdir(path.join(empty, 'articles'), { recursive: true });
    await mkdir(path.join(empty, 'annotations'), { recursive: true });
    expect(await loadBasil(empty, (r) => (reason = r))).toBeNull();
    expect(reason).toMatch(/no triplets/);
  });
});

describe('BABE CSV', () => {
  const header = 'text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words';

  it('parses ;-separated fields with quotes, doubled quotes, line breaks, a BOM and CRLF', () => {
    const src = `\ufeff${header}\r\n"A; b ""c""\nd";l;o;t;y;Biased;op;[]\r\nPlain one;l;o;t;y;Non-biased;op;['x']\r\n`;
    expect(parseDsv(src)).toEqual([header.split(';'), ['A; b "c"\nd', 'l', 'o', 't', 'y', 'Biased', 'op', '[]'], ['Plain one', 'l', 'o', 't', 'y', 'Non-biased', 'op', "['x']"]]);
  });

  it('keeps Biased / Non-biased, skips and counts "No agreement" and rows without a label', () => {
    const src = [header, 'The cat sat. ;l;o;t;y;Non-biased;op;[]', 'A disgraceful cat;l;o;t;y;Biased;op;[]', 'Who knows;l;o;t;y;No agreement;op;[]', 'Odd row;l;o;t;y;;op;[]'].join('\n');
    expect(parseBabe(src)).toEqual({
      sentences: [
        { text: 'The cat sat.', biased: false },
        { text: 'A disgraceful cat', biased: true },
      ],
      noAgreement: 1,
      malformed: 1,
    });
  });

  it('loads one group from the folder or its data/ subfolder, and skips a missing file with a reason', async () => {
    const dir = path.join(root, 'babe_mbic');
    await mkdir(path.join(dir, 'data'), { recursive: true });
    await writeFile(path.join(dir, 'final_labels_SG1.csv'), `${header}\nOne;l;o;t;y;Biased;op;[]\n`);
    await writeFile(path.join(dir, 'data', 'final_labels_SG2.csv'), `${header}\nTwo;l;o;t;y;Non-biased;op;[]\n`);
    expect((await loadBabe(dir, 'SG1', () => {}))?.sentences).toEqual([{ text: 'One', biased: true }]);
    expect((await loadBabe(dir, 'SG2', () => {}))?.sentences).toEqual([{ text: 'Two', biased: false }]);
    let reason = '';
    expect(await loadBabe(path.join(root, 'nowhere'), 'SG1', (r) => (reason = r))).toBeNull();
    expect(reason).toMatch(/final_labels_SG1\.csv not found/);
  });
});

import { describe, it, expect } from 'vitest';
import { readJson, readJsonLines } from '../../../src/1-ingest/read/json.js';

const line = (o: unknown) => JSON.stringify(o);
const ok = { title: 'Dam talks resume', text: 'Negotiators met again.', url: 'https://wire.example/1', outlet: 'Wire', publishedAt: '2025-03-18T10:00:00Z', byline: 'A. Writer', language: 'en' };

describe('readJsonLines', () => {
  it('reads every documented field and names each item by line', () => {
    const r = readJsonLines('w.jsonl', [line(ok), '', line({ ...ok, url: 'https://wire.example/2' })].join('\n'));
    expect(r.rejected).toEqual([]);
    expect(r.items.map((i) => i.source)).toEqual(['w.jsonl:1', 'w.jsonl:3']);
    expect(r.items[0]).toMatchObject({ title: 'Dam talks resume', text: 'Negotiators met again.', outlet: 'Wire', byline: 'A. Writer', language: 'en', publishedAt: '2025-03-18T10:00:00Z' });
  });

  it.each([
    ['{"title": "x", "text": ', 'malformed-json', /line 2: expected one JSON object per line/],
    [line({ title: 'only a title' }), 'missing-field', /expected a non-empty "text" or "html" field/],
    [line({ text: 'body', url: 'ftp://x' }), 'invalid-field', /url: expected an http\(s\) URL/],
    [line({ text: 'body', language: 'english!' }), 'invalid-field', /language: expected a language code/],
    [line([1, 2]), 'malformed-json', /found an array/],
    ['null', 'malformed-json', /expected a JSON object with a "text" or "html" field; found null/],
    ['"just a string"', 'malformed-json', /found string/],
    [line({ text: 5 }), 'invalid-field', /text/],
  ])('rejects %s with %s', (input, code, message) => {
    const r = readJsonLines('bad.jsonl', `${line(ok)}\n${input}`);
    expect(r.items).toHaveLength(1);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ code, line: 2, source: 'bad.jsonl:2' });
    expect(r.rejected[0]!.message).toMatch(message);
  });

  it.each([
    ['a byte-order mark at the start of a later line (files joined with cat)', `${line(ok)}\n\uFEFF${line({ ...ok, url: 'https://wire.example/2' })}\n`],
    ['CR-only line endings', `${line(ok)}\r${line({ ...ok, url: 'https://wire.example/2' })}\r`],
  ])('reads %s', (_what, content) => {
    const r = readJsonLines('joined.jsonl', content);
    expect(r.rejected).toEqual([]);
    expect(r.items.map((i) => i.source)).toEqual(['joined.jsonl:1', 'joined.jsonl:2']);
  });

  it('collects every field problem of one line at once', () => {
    const r = readJsonLines('x.jsonl', line({ text: 'b', url: 'nope', language: '!!' }));
    expect(r.rejected[0]!.message).toMatch(/url/);
    expect(r.rejected[0]!.message).toMatch(/language/);
  });
});

describe('readJson', () => {
  it('reads an array, numbering items', () => {
    const r = readJson('a.json', JSON.stringify([ok, { ...ok, html: '<p>x</p>', text: undefined }]));
    expect(r.items.map((i) => i.source)).toEqual(['a.json#1', 'a.json#2']);
    expect(r.items[1]!.html).toBe('<p>x</p>');
  });
  it('reads a single object', () => {
    expect(readJson('one.json', JSON.stringify(ok)).items).toHaveLength(1);
  });
  it('rejects broken JSON naming the file', () => {
    const r = readJson('b.json', '[{"a":');
    expect(r.rejected[0]).toMatchObject({ source: 'b.json', code: 'malformed-json' });
  });
});

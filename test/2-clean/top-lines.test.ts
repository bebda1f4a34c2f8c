// What the lines between a text file's headline and its body say: when it was published
// ("Published: 15 January 2025") and who wrote it ("By Annick Solberg"), not the outlet's name.
import { describe, it, expect } from 'vitest';
import { cleanItem } from '../../src/2-clean/index.js';
import type { RawItem } from '../../src/core/types.js';

const body = 'Teachers in Brannock went back to their classrooms on Monday after a six-week strike over pay ended with a deal struck late on Friday, the regional education office said in a statement.';
const clean = (item: RawItem) => {
  const r = cleanItem(item);
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.draft;
};
const text = (t: string) => clean({ source: 'class.txt', format: 'text', text: t });

describe('cleanItem: a timestamp line set aside from the text dates the article', () => {
  it.each([
    ['Published: label', 'Brannock teachers return to class\nPublished: 15 January 2025', '2025-01-15T00:00:00.000Z'],
    ['Posted with a time, a paragraph of its own', 'Brannock teachers return to class\n\nPosted 3 March 2025 10:00', '2025-03-03T10:00:00.000Z'],
    ['a weekday and date alone', 'Brannock teachers return to class\nWednesday 10 September 2025', '2025-09-10T00:00:00.000Z'],
    ['Published before Updated: the first publication line', 'Brannock teachers return to class\nPublished 14 January 2025\nUpdated 16 January 2025', '2025-01-14T00:00:00.000Z'],
  ])('%s', (_n, top, iso) => {
    // The body mentions a later day: the timestamp line wins over the estimate from the text.
    const d = text(`${top}\n\n${body} Talks resume on 20 January 2025.`);
    expect(d).toMatchObject({ publishedAt: iso, publishedAtFrom: 'timestamp-line', dateEstimated: false });
  });

  it.each([
    ['an Updated line alone is a later change, not the publication', 'Updated 16 January 2025'],
    ['a timestamp with no year', 'Published: Wednesday 10:00'],
    ['a reading time', '5 min read'],
  ])('%s: the date is estimated from the text', (_n, line) => {
    const d = text(`Brannock teachers return to class\n${line}\n\n${body} Talks resume on 20 January 2025.`);
    expect(d).toMatchObject({ publishedAt: '2025-01-20T00:00:00.000Z', publishedAtFrom: 'text', dateEstimated: true });
  });

  it('a declared date wins over the timestamp line', () => {
    const d = clean({ source: 'j.jsonl:1', format: 'json', text: `Published: 15 January 2025\n\n${body}`, publishedAt: '2025-01-16T08:00:00Z', provenance: { publishedAt: 'input' } });
    expect(d).toMatchObject({ publishedAt: '2025-01-16T08:00:00.000Z', publishedAtFrom: 'input' });
  });

  it('a timestamp line after tomorrow is a typo, not the date', () => {
    const d = text(`Brannock teachers return to class\nPublished: 15 January 2199\n\n${body}`);
    expect(d).toMatchObject({ publishedAt: null, publishedAtFrom: 'unknown' });
  });
});

describe('cleanItem: the outlet\'s name under the headline is not the byline', () => {
  it.each([
    ['name, timestamp, By line', 'Tessaly Courier\nPublished: 15 January 2025\nBy Annick Solberg', ['Tessaly Courier', 'By Annick Solberg'], []],
    ['name right above the By line', 'Tessaly Courier\nBy Annick Solberg', ['By Annick Solberg'], ['Tessaly Courier']],
    ['name and By line as paragraphs', 'Tessaly Courier\n\nBy Annick Solberg', ['By Annick Solberg'], ['Tessaly Courier']],
    ['a name with lower-case joiners', 'The Voice of the Marrow Coast\nBy Annick Solberg', ['By Annick Solberg'], ['The Voice of the Marrow Coast']],
  ])('%s: the byline is the By line', (_n, top, bylines, notes) => {
    const d = text(`Brannock teachers return to class\n${top}\n\n${body}`);
    expect(d.title).toBe('Brannock teachers return to class');
    expect(d.byline).toBe('Annick Solberg');
    expect(d.boilerplate.bylines).toEqual(bylines);
    expect(d.boilerplate.notes.filter((n) => !/Published/.test(n))).toEqual(notes);
    expect(d.text).toBe(body);
  });

  it.each([
    ['the declared outlet\'s name is a note', 'Tessaly Courier', 'Tessaly Courier', null, ['Tessaly Courier'], []],
    ['a wire agency named as the outlet is still the byline', 'Reuters', 'Reuters', 'Reuters', [], ['Reuters']],
    ['a bare name with a timestamp under it is still the byline', 'Annick Solberg\nPublished: 15 January 2025', 'Tessaly Courier', 'Annick Solberg', ['Published: 15 January 2025'], ['Annick Solberg']],
  ])('%s', (_n, top, outlet, byline, notes, bylines) => {
    const d = clean({ source: 'j.jsonl:1', format: 'json', text: `${top}\n\n${body}`, outlet, provenance: { outlet: 'input' } });
    expect(d).toMatchObject({ outlet, byline, text: body });
    expect(d.boilerplate.notes).toEqual(notes);
    expect(d.boilerplate.bylines).toEqual(bylines);
  });
});

it('the whole hand-written top: headline, outlet, Published line, By line', () => {
  const d = text(`Brannock teachers return to class\nTessaly Courier\nPublished: 15 January 2025\nBy Annick Solberg\n\n${body}`);
  expect(d).toMatchObject({
    title: 'Brannock teachers return to class', byline: 'Annick Solberg',
    publishedAt: '2025-01-15T00:00:00.000Z', publishedAtFrom: 'timestamp-line', dateEstimated: false, text: body,
  });
});

describe('cleanItem: a text file that opens with its masthead (outlet over date) above the headline', () => {
  it('takes the outlet from the masthead, the headline as title and the date line as the date', () => {
    const d = text(`Arvonia Business Ledger\nWednesday 10 September 2025\n\nKessanport stoppage strands ships\n\n${body}`);
    expect(d).toMatchObject({ title: 'Kessanport stoppage strands ships', outlet: 'Arvonia Business Ledger', outletFrom: 'masthead', publishedAt: '2025-09-10T00:00:00.000Z' });
    expect(d.text.startsWith('Teachers in Brannock')).toBe(true);
  });
  it.each([
    ['a headline over a date is no masthead', `Kessanport stoppage strands ships\nWednesday 10 September 2025\n\n${body}\n\n${body}`, 'Kessanport stoppage strands ships'],
    ['a Title Case headline over its date, then the story, is no masthead', `Kessanport Stoppage Strands Ships\nWednesday 10 September 2025\n\n${body}\n\n${body}`, 'Kessanport Stoppage Strands Ships'],
    ['a sentence over a date is no masthead', `The port stayed shut all week.\nWednesday 10 September 2025\n\nKessanport stoppage strands ships\n\n${body}`, undefined],
  ])('%s', (_n, t, title) => {
    const d = text(t);
    expect(d.outletFrom).not.toBe('masthead');
    if (title) expect(d.title).toBe(title);
  });
});

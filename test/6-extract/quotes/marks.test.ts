import { describe, expect, it } from 'vitest';
import { extractQuotes, scareQuotes } from '../../../src/6-extract/quotes/index.js';
import { findQuotedSpans } from '../../../src/6-extract/quotes/marks.js';

const contents = (text: string): string[] => findQuotedSpans(text).map((q) => text.slice(q.contentStart, q.contentEnd));

describe('quotation marks', () => {
  const rows: [string, string[]][] = [
    ['He said "no" twice.', ['no']],
    ['He said “no” twice.', ['no']],
    ['He said ‘no’ twice.', ['no']],
    ["He said 'no' twice.", ['no']],
    ['Il a dit «non» deux fois.', ['non']],
    ['Er sagte „nein“ zweimal.', ['nein']],
    ["He said ''no'' twice, in old ASCII copy.", ['no']],
    // Apostrophes never open or close a quote.
    ["Don't worry, Haddad's team isn't ready.", []],
    ['Don’t worry, Haddad’s team isn’t ready.', []],
    ["The '90s were calm; rock 'n' roll was not.", ['n']],
    ['It was the ’90s and the leaders’ talks failed.', []],
    // "leaders’ talks" is a plural possessive inside a single-quoted span.
    ['She called it ‘the leaders’ talks of shame’ on Friday.', ['the leaders’ talks of shame']],
    // Inches and feet are not quotes.
    ['He is 6\'2" tall and the pipe is 12" wide.', []],
    // A quote within a quote stays inside the outer one.
    ['“He told me ‘never’,” she said.', ['He told me ‘never’,']],
    // A straight mark set off by spaces closes after an inner quote's closing mark.
    ['"Not just me saying, \'vote for her,\' " Okafor told the Herald.', ['Not just me saying, \'vote for her,\'']],
  ];
  it.each(rows)('%s', (text, expected) => expect(contents(text)).toEqual(expected));

  it('stops an unclosed quote at the paragraph end', () => {
    const text = 'He said “we will win and\n\nThe next paragraph has no marks.';
    expect(contents(text)).toEqual(['we will win and']);
  });

  it('continues a quote in a paragraph that reopens a mark', () => {
    const text = '“First part.\n“Second part.\n\n“Third part,” he said. After.';
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.paragraphs).toBe(3);
    expect(text.slice(spans[0]!.contentStart, spans[0]!.contentEnd)).toBe('First part.\n“Second part.\n\n“Third part,');
  });

  it('gives up on a mark that never closes within a long paragraph', () => {
    const text = `He said “${'word '.repeat(2000)}and more.`;
    expect(contents(text)).toEqual([]);
  });
});

describe('scare quotes', () => {
  it('returns short quoted spans in sentences without attribution', () => {
    const text = 'The so-called "truce" lasted a day. Officials called it a "pause", he said. The "peace plan" was shelved.';
    expect(scareQuotes(text).map((s) => s.text)).toEqual(['truce', 'peace plan']);
  });

  // A label after "what they call": someone's words, kept at a distance by the writer (also a partial quote).
  const named: Array<[string, string[]]> = [
    ['The dockers want what they call a "fair wage" for night shifts.', ['fair wage']],
    ['What critics call "reform" is a pay cut, the union said.', ['reform']],
    ['The firm offered what is known as a "retention bonus".', ['retention bonus']],
    // One occasion's words, past tense: a partial quote only.
    ['He hoped to shed what Gilbert called "a stigma".', []],
    ['Officials called it a "pause", he said.', []],
    // A label an unnamed or collective side uses now: "they call it".
    ['They call it “right-sizing”. The workers call it something else.', ['right-sizing']],
    ['The company calls it a "realignment" of its plants.', ['realignment']],
    // Protest review 11: a quoted word before the noun it qualifies is the writer's doubt, whoever
    // is named as using it (a state broadcaster's `what organisers called a "peaceful" protest`).
    ['About 9,000 people gathered for what organisers called a "peaceful" protest.', ['peaceful']],
    ['According to police, the "peaceful" march ended in looting.', ['peaceful']],
    ['The ministry said the "independent" inquiry would report in May.', ['independent']],
    ['He said the talks were "a waste of time" and left.', []],
  ];
  it.each(named)('%j', (text, expected) => {
    expect(scareQuotes(text).map((s) => s.text)).toEqual(expected);
  });

  // Words shown or shouted, quoted as written: nobody's claim and not the writer's distance.
  it.each([
    ['Protesters carried placards reading “Count every vote” outside the hall.', []],
    ['Crowds outside the hall were chanting “recount now” on Friday.', []],
    ['A banner with the slogan “No more delays” hung from the bridge.', []],
    ['The “review” of the count is over.', ['review']],
  ])('%j', (text, expected) => {
    expect(scareQuotes(text).map((s) => s.text)).toEqual(expected);
  });

  it('skips long quoted spans and full-sentence quotes', () => {
    expect(scareQuotes('The “plan to end the war in a single week” was shelved.')).toEqual([]);
    expect(scareQuotes('“We are ready.” The bridge opened.')).toEqual([]);
  });

  it('offsets point into the text', () => {
    const text = 'The “reform” stalled in May.';
    const [span] = scareQuotes(text);
    expect(text.slice(span!.start, span!.end)).toBe('reform');
  });
});

describe('extractQuotes output', () => {
  it('returns mentions sorted by content with matching slices', () => {
    const text = '“The road is open,” Haddad said. Ilan said the bridge was closed. “It is,” she added.';
    const found = extractQuotes(text);
    expect(found.map((m) => m.kind)).toEqual(['direct', 'reported', 'direct']);
    for (const m of found) {
      for (const span of [m.content, m.cue, m.speaker, m.channel]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('returns nothing for empty or quote-free text', () => {
    expect(extractQuotes('')).toEqual([]);
    expect(extractQuotes('The bridge opened on Monday.')).toEqual([]);
  });
});

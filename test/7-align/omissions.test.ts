import { describe, expect, it } from 'vitest';
import { omissionsOf } from '../../src/7-align/omissions.js';

// Invented reports of one event. The claim is carried by the sentences of A and B (`claimed`, one
// sentence of each); C's article is `other`. Whether C is said to leave the claim out.
const omitted = (claimed: [string, string], other: string): boolean => {
  const ordered = [
    { id: 'a', outlet: 'Varsel Gazette', text: claimed[0] },
    { id: 'b', outlet: 'Tarn Evening News', text: claimed[1] },
    { id: 'c', outlet: 'Meridian Wire', text: other },
  ];
  const claim = {
    id: 'c1', kind: 'statement' as const, status: 'corroborated' as const, independentReports: 2,
    occurrences: ordered.slice(0, 2).map((a) => ({ articleId: a.id, start: 0, end: a.text.length })),
  };
  const out = omissionsOf('s', 'e', ordered, [claim]);
  return out.find((o) => o.outlet === 'Meridian Wire')!.missing.length > 0;
};

describe('omissionsOf: an outlet carries a claim it gives in other sentences (trial review 9)', () => {
  it.each<[string, [string, string], string, boolean]>([
    [
      'the quote, in a sentence too short to be aligned',
      ['Outside the court, her lawyer Ivo Maren said: "We will appeal, and we expect to win."', 'Ivo Maren told reporters: "We will appeal, and we expect to win."'],
      'Ivo Maren said his client would challenge the ruling. "We will appeal, and we expect to win," he said.',
      false,
    ],
    [
      'the quote split over two sentences',
      ['Ivo Maren said: "We will appeal this verdict, and we expect to win."', 'Ivo Maren told reporters: "We will appeal this verdict, and we expect to win."'],
      '"We will appeal this verdict," Ivo Maren said. "And we expect to win."',
      false,
    ],
    [
      'the quote edited in one word',
      ['"The mayor treated the harbour fund as his private purse," the judge said.', '"The mayor treated the harbour fund as his private purse," Judge Orla Penn said.'],
      '"The mayor treated the harbour fund as his private piggy bank," Judge Orla Penn said.',
      false,
    ],
    [
      'another quote of the same speaker',
      ['Ivo Maren said: "We will appeal, and we expect to win."', 'Ivo Maren told reporters: "We will appeal, and we expect to win."'],
      '"My client is innocent of every charge," Ivo Maren said at the courthouse.',
      true,
    ],
    [
      'a sentence that credits the outlet',
      ['The trial of Edvin Sollas opened at the Varsel court on Monday, Meridian Wire reported.', 'The trial of Edvin Sollas, the former port director, opened on Monday in Varsel.'],
      'Edvin Sollas went on trial in Varsel on Monday, accused of taking bribes from shipping firms.',
      false,
    ],
    [
      'a sentence that credits it "according to"',
      ['The harbour board met twice in secret, according to Meridian Wire.', 'The harbour board held two secret meetings last spring.'],
      'Shipping firms paid the port director for berths, prosecutors say.',
      false,
    ],
    [
      'a sentence that credits another outlet',
      ['The trial of Edvin Sollas opened at the Varsel court on Monday, the Coastal Herald reported.', 'The trial of Edvin Sollas, the former port director, opened on Monday in Varsel.'],
      'Shipping firms paid the port director for berths, prosecutors say.',
      true,
    ],
  ])('%s', (_, claimed, other, expected) => expect(omitted(claimed, other)).toBe(expected));

  it('a figure is not carried by a quote or a credit', () => {
    const ordered = [
      { id: 'a', outlet: 'Varsel Gazette', text: 'He was fined 40,000 dalers, Meridian Wire reported.' },
      { id: 'b', outlet: 'Tarn Evening News', text: 'He was fined 40,000 dalers.' },
      { id: 'c', outlet: 'Meridian Wire', text: 'He was jailed.' },
    ];
    const claim = { id: 'f1', kind: 'figure' as const, status: 'corroborated' as const, independentReports: 2, occurrences: [{ articleId: 'a', start: 13, end: 26 }, { articleId: 'b', start: 13, end: 26 }] };
    expect(omissionsOf('s', 'e', ordered, [claim]).find((o) => o.outlet === 'Meridian Wire')!.missing).toHaveLength(1);
  });
});

describe('omissionsOf: outlets grouped by an attribute are credited through their outlets\' names', () => {
  // Columns are countries; a sentence naming the country is no credit of the group's outlets.
  const ordered = [
    { id: 'a', outlet: 'Calvaine', text: 'Customs officers seized 40 crates at the Dunmore crossing on Monday, Northgate reported.' },
    { id: 'b', outlet: 'Calvaine', text: 'Customs officers seized 40 crates at the Dunmore crossing on Monday, according to Northgate.' },
    { id: 'c', outlet: 'Northgate', text: 'Rain closed the Dunmore crossing for two hours.' },
  ];
  const claim = {
    id: 'c1', kind: 'statement' as const, status: 'corroborated' as const, independentReports: 2,
    occurrences: ordered.slice(0, 2).map((a) => ({ articleId: a.id, start: 0, end: a.text.length })),
  };
  const missing = (names?: (o: string) => readonly string[]) => omissionsOf('s', 'e', ordered, [claim], undefined, names).find((o) => o.outlet === 'Northgate')!.missing.length;
  it('the group\'s name in a sentence is no credit', () => expect(missing(() => ['Northgate Daily Ledger'])).toBe(1));
  it('by default an outlet\'s own name is', () => expect(missing()).toBe(0));
});

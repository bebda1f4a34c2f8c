import { describe, expect, it } from 'vitest';
import { separateBoilerplate } from '../../../src/2-clean/boilerplate/index.js';
import { checkInvariants } from './invariants.js';

describe('separateBoilerplate on a whole scraped article', () => {
  const article = [
    'Smoke rises over the port\nSmoke rises over the portJane Roe/Meridian Press',
    'By JANE ROE, Associated Press',
    'March 18, 2025',
    'GAZA CITY, March 18 (Reuters) - Israeli strikes hit the port on Tuesday, officials told AFP.',
    'Read more: Ceasefire talks stall in Cairo',
    '\u200B',
    'Advertisement',
    'Mourners gather in Khan Younis. Jane Roe/AFP',
    'The ministry said 20 people were killed, Reuters reported.',
    '***',
    'Sign up for our daily newsletter',
    '(Reporting by Jane Roe in Gaza; Writing by John Doe; Editing by Ann Lee)',
    '© 2025 Meridian Press Ltd. All rights reserved.',
  ];
  const r = separateBoilerplate(article, { title: 'Strikes hit Gaza port' });

  it('keeps only the story in the body, dateline removed', () => {
    expect(r.paragraphs).toEqual([
      'Israeli strikes hit the port on Tuesday, officials told AFP.',
      'The ministry said 20 people were killed, Reuters reported.',
    ]);
  });
  it('sorts the boilerplate', () => {
    expect(r.boilerplate).toEqual({
      captions: ['Smoke rises over the port', 'Mourners gather in Khan Younis.'],
      credits: ['Jane Roe/Meridian Press', 'Jane Roe/AFP'],
      related: ['Read more: Ceasefire talks stall in Cairo'],
      notes: [
        'March 18, 2025',
        'Advertisement',
        'Sign up for our daily newsletter',
        '(Reporting by Jane Roe in Gaza; Writing by John Doe; Editing by Ann Lee)',
        '© 2025 Meridian Press Ltd. All rights reserved.',
      ],
      bylines: ['By JANE ROE, Associated Press'],
    });
  });
  it('reads the source off the text', () => {
    expect(r.dateline).toEqual({ place: 'GAZA CITY', agency: 'Reuters', date: 'March 18' });
    expect(r.agencies).toEqual(['Reuters', 'AFP', 'AP']);
    expect(r.byline).toBe('Jane Roe');
    expect(r.outletHint).toEqual({ outlet: 'Meridian Press', from: 'footer' });
  });
  it('holds the invariants', () => {
    checkInvariants(article, { title: 'Strikes hit Gaza port' });
  });
});

describe('empty input and empty paragraphs', () => {
  it('returns an empty result for no paragraphs', () => {
    expect(separateBoilerplate([])).toEqual({
      paragraphs: [], boilerplate: { captions: [], credits: [], related: [], notes: [], bylines: [] },
      dateline: null, agencies: [], byline: null, outletHint: null, updates: [],
    });
  });
  it.each(['', '   ', '\u200B\u200C', '***', '• • •', '— — —', '\n\n', '..', '\u00A0'])('drops %j', (p) => {
    const r = separateBoilerplate(['Body text.', p]);
    expect(r.paragraphs).toEqual(['Body text.']);
    expect(Object.values(r.boilerplate).flat()).toEqual([]);
  });
  it('keeps a paragraph of digits', () => {
    const input = ['Body text.', '2025', 'More text.', 'And more.', 'The end.'];
    expect(separateBoilerplate(input).paragraphs).toEqual(input);
  });
});

describe('right-to-left text', () => {
  const rtl = [
    'قال مسؤولون إن الغارات استمرت على الميناء يوم الثلاثاء.',
    'تصاعد الدخان فوق الميناء',
    'אמרו גורמים רשמיים כי השיחות נכשלו.',
    '\u200Fقال المتحدث: "لن نستسلم"',
    'غزة',
    'وقال مسؤول لـ AFP إن المحادثات فشلت.',
    'Officials said the talks failed — قال مسؤولون إن المحادثات فشلت',
    'מקור: משרד הבריאות',
  ];
  it('passes RTL paragraphs through byte for byte', () => {
    const r = separateBoilerplate(rtl);
    expect(r.paragraphs).toEqual(rtl);
    expect(Object.values(r.boilerplate).flat()).toEqual([]);
    checkInvariants(rtl);
  });
  it.each(rtl)('keeps %s in the body at the top, in the middle and at the end', (p) => {
    const body = 'Officials said the talks failed.';
    for (const input of [[p, body, body], [body, p, body], [body, body, p]]) {
      expect(separateBoilerplate(input).paragraphs).toEqual(input);
    }
  });
});

describe('ordinary body text is never boilerplate', () => {
  const body = [
    'LONDON is a city of nine million people, and its mayor said on Tuesday that rents must fall.',
    'By Friday, officials said, the port had reopened.',
    'Reporting by the ministry showed exports fell by 5% in March.',
    'US officials said — without giving details — that the talks had failed.',
    'Jane Roe, the foreign minister, said the talks had failed.',
    'The Associated Press is a news agency based in New York.',
    'Photo opportunities were limited.',
    '"Read more books," the teacher said.',
    'Subheading without a period',
    'Advertising revenue fell sharply.',
    'He told AFP: "We will rebuild."',
    'Related talks in Doha went nowhere.',
  ];
  it('keeps every paragraph and its order', () => {
    const r = separateBoilerplate(body);
    expect(r.paragraphs).toEqual(body);
    expect(r.dateline).toBeNull();
    expect(r.byline).toBeNull();
    checkInvariants(body);
  });
});

describe('the top of the story', () => {
  it('reads the dateline after a kicker line, which stays in the body', () => {
    const r = separateBoilerplate(['Ukraine war', 'By Jane Roe', 'KYIV, Ukraine — Russian drones struck the capital overnight, the mayor said.']);
    expect(r.paragraphs).toEqual(['Ukraine war', 'Russian drones struck the capital overnight, the mayor said.']);
    expect(r.dateline?.place).toBe('KYIV, Ukraine');
    expect(r.byline).toBe('Jane Roe');
  });

  it('does not read a dateline after the first full sentence', () => {
    const r = separateBoilerplate(['Drones struck the capital overnight.', 'KYIV — Sirens sounded again.']);
    expect(r.dateline).toBeNull();
  });

  it('splits a paragraph whose every line is boilerplate', () => {
    const input = ['By Jane Roe\nMarch 18, 2025', 'LONDON — Prices rose.', 'Advertisement\nRead more: Rates held'];
    const r = separateBoilerplate(input);
    expect(r.boilerplate.bylines).toEqual(['By Jane Roe']);
    expect(r.boilerplate.notes).toEqual(['March 18, 2025', 'Advertisement']);
    expect(r.boilerplate.related).toEqual(['Read more: Rates held']);
    expect(r.paragraphs).toEqual(['Prices rose.']);
    checkInvariants(input);
  });

  it('peels a desk note line under the last paragraph', () => {
    const input = ['LONDON — Prices rose.', 'Markets fell sharply on Tuesday.\n(Reporting by Jane Roe; Editing by John Doe)'];
    const r = separateBoilerplate(input);
    expect(r.paragraphs).toEqual(['Prices rose.', 'Markets fell sharply on Tuesday.']);
    expect(r.boilerplate.notes).toEqual(['(Reporting by Jane Roe; Editing by John Doe)']);
    checkInvariants(input);
  });

  it('keeps a hard-wrapped body paragraph whole', () => {
    const wrapped = 'Officials said on Tuesday that the port, which handles most\nof the imports, would reopen. By Friday\nthe first ships were expected.';
    expect(separateBoilerplate([wrapped]).paragraphs).toEqual([wrapped]);
  });
});

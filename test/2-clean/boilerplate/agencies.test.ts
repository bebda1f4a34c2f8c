import { describe, expect, it } from 'vitest';
import { separateBoilerplate } from '../../../src/2-clean/boilerplate/index.js';

const BODY = 'Israeli strikes hit the port on Tuesday, officials said.';

describe('agencies credited in body text', () => {
  const table: [string, string[]][] = [
    ['"We have nothing left," she told AFP.', ['AFP']],
    ['A spokesman told Reuters the talks had failed.', ['Reuters']],
    ['Twenty people were killed, Reuters reported.', ['Reuters']],
    ['The toll rose to 20, according to the Associated Press.', ['AP']],
    ['According to Agence France-Presse, the toll rose.', ['AFP']],
    ['AP reported that the talks had failed.', ['AP']],
    ['He said in a statement to AFP that he would resign.', ['AFP']],
    ['The minister was speaking to Axios on Tuesday.', []],
    ['"It is over," he told the French news agency AFP.', ['AFP']],
    ['An AFP correspondent saw smoke over the city.', ['AFP']],
    ["According to an AFP tally, 20 people died.", ['AFP']],
    ['Xinhua news agency reported the launch.', ['Xinhua']],
    ['The official told state news agency WAFA that talks had failed.', ['WAFA']],
    ['Officials told dpa the train had been cancelled.', ['dpa']],
    ['The figures were reported by Anadolu Agency.', ['Anadolu']],
    ['Bloomberg News reported the deal on Tuesday.', ['Bloomberg']],
    ['Reuters shares fell 3% on Tuesday.', []],
    ['Michael Bloomberg said he would donate.', []],
    ['The PA said it rejected the plan.', []],
    ['Officials said the AP exam results would be delayed.', []],
    ['The Reuters Institute published its annual report.', []],
    ['قال مسؤول لوكالة فرانس برس إن المحادثات فشلت.', []],
  ];
  it.each(table)('%s', (sentence, agencies) => {
    const r = separateBoilerplate([BODY, sentence]);
    expect(r.agencies).toEqual(agencies);
    expect(r.paragraphs).toEqual([BODY, sentence]);
  });

  it('counts the caller\'s extra agencies', () => {
    const r = separateBoilerplate([BODY, 'A spokesman told Meridian Press Agency the talks failed.'], { extraAgencies: ['Meridian Press Agency'] });
    expect(r.agencies).toEqual(['Meridian Press Agency']);
  });

  it('deduplicates and keeps the order of first credit', () => {
    const r = separateBoilerplate(['WASHINGTON (AP) — The Senate voted.', 'A senator told Reuters it was close.', 'Another told the Associated Press it was not.', '(Reporting by Jane Roe; Editing by John Doe)']);
    expect(r.agencies).toEqual(['AP', 'Reuters']);
  });
});

describe('dateline agencies and the outlet hint', () => {
  it('records the dateline agency and gives it as the outlet hint', () => {
    const r = separateBoilerplate(['GAZA CITY, March 18 (Reuters) - Strikes hit the port.', 'Talks stalled.']);
    expect(r.dateline).toEqual({ place: 'GAZA CITY', agency: 'Reuters', date: 'March 18' });
    expect(r.agencies).toEqual(['Reuters']);
    expect(r.outletHint).toEqual({ outlet: 'Reuters', from: 'dateline' });
    expect(r.paragraphs).toEqual(['Strikes hit the port.', 'Talks stalled.']);
  });

  it('canonicalises a dateline agency written in full', () => {
    const r = separateBoilerplate(['PARIS (Agence France-Presse) — Strikes spread.']);
    expect(r.dateline?.agency).toBe('AFP');
    expect(r.agencies).toEqual(['AFP']);
  });

  it('keeps an unknown dateline agency as written', () => {
    const r = separateBoilerplate(['RIVERTON, March 18 (MPA) - Water rose.']);
    expect(r.dateline?.agency).toBe('MPA');
    expect(r.agencies).toEqual(['MPA']);
    expect(r.outletHint).toEqual({ outlet: 'MPA', from: 'dateline' });
  });

  it('gives a single-agency desk note as the hint when there is no dateline agency', () => {
    const r = separateBoilerplate(['LONDON — Prices rose.', 'Markets fell.', '(Reuters)']);
    expect(r.outletHint).toEqual({ outlet: 'Reuters', from: 'desk-note' });
    expect(separateBoilerplate([BODY, 'With AFP']).outletHint).toEqual({ outlet: 'AFP', from: 'desk-note' });
  });

  it('prefers the dateline agency over a desk note', () => {
    const r = separateBoilerplate(['WASHINGTON (AP) — The Senate voted.', 'With AFP']);
    expect(r.outletHint).toEqual({ outlet: 'AP', from: 'dateline' });
    expect(r.agencies).toEqual(['AP', 'AFP']);
  });

  it('gives no desk-note hint when the note names two agencies', () => {
    expect(separateBoilerplate([BODY, 'With AFP and Reuters']).outletHint).toBeNull();
  });

  it('prefers a copyright footer, which names the publisher', () => {
    const r = separateBoilerplate(['WASHINGTON (AP) — The Senate voted.', '© 2025 Meridian Press. All rights reserved.']);
    expect(r.outletHint).toEqual({ outlet: 'Meridian Press', from: 'footer' });
  });

  it('credits the agency a byline names', () => {
    expect(separateBoilerplate(['By JANE ROE, Associated Press', BODY]).agencies).toEqual(['AP']);
  });

  it('records the dateline of a paragraph that is only a dateline', () => {
    const r = separateBoilerplate(['WASHINGTON (AP) —', 'The Senate voted.']);
    expect(r.dateline?.place).toBe('WASHINGTON');
    expect(r.paragraphs).toEqual(['The Senate voted.']);
    expect(r.boilerplate.notes).toEqual(['WASHINGTON (AP) —']);
  });

  it('reads a dateline only off the first body paragraph', () => {
    const r = separateBoilerplate([BODY, 'LONDON — Prices rose.']);
    expect(r.dateline).toBeNull();
    expect(r.paragraphs).toEqual([BODY, 'LONDON — Prices rose.']);
  });
});

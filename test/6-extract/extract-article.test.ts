import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/6-extract/index.js';

// An invented article: a named spokesman, a pronoun quote, an unnamed official, figures and dates.
const TEXT = [
  'Yousef al-Haddad, a spokesman for the Norvessa Health Ministry, said on Friday that at least 40 people were killed in Port Alden.',
  '"We will not stop until every family is safe," Haddad told the Meridian Press Agency.',
  'Dana Orlov spoke later. "The talks are dead for now," she said.',
  '"There is no deal yet," a senior official said in a statement.',
].join('\n\n');

/** Each quote of the text as [speaker, cue, content]. */
const said = (t: string) => extractArticle(t, null).quotes.map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null, q.content.text]);

describe('extractArticle: what someone did not say is no quote', () => {
  it.each([
    ['The Ashvale Review could not independently confirm either toll.', []],
    ['The power company has not explained why the reservoir was not lowered.', []],
    ["Okafor didn't say whether she would run.", []],
    ['Okafor said the council would not meet.', [['Okafor', 'said', 'the council would not meet']]],
    ['The mayor, who has never backed the levy, said it was unfair.', [['The mayor', 'said', 'it was unfair']]],
  ])('%s', (text, expected) => expect(said(text)).toEqual(expected));
});

describe('extractArticle: an offer of an amount is no speech', () => {
  it.each([
    ['The Kessanport Port Authority has offered 4 percent over two years.', []],
    ['Calvaine pledged $50 million for the rebuilding.', []],
    ['The port authority offered to reopen talks on Monday, its chief executive said.', [['its chief executive', 'said', 'The port authority offered to reopen talks on Monday']]],
  ])('%s', (text, expected) => expect(said(text)).toEqual(expected));
});

describe('extractArticle: an act is no speech', () => {
  it.each([
    ['The commission rejected 6,000 ballots as spoiled or invalid.', []],
    ['A recount of the Dunmore governor election confirmed Marta Velin as the winner on Tuesday.', []],
    ['Early returns from the valley districts favoured Marta Velin.', []],
    ['The council named Tomas Brask as its new chairman.', []],
    // Whom a courtesy is paid to is no words: only the clause she said is.
    ['Velin, a former mayor, thanked voters and said she would form a government this week.', [['Velin', 'said', 'she would form a government this week']]],
    ['Brask congratulated his rival on Tuesday.', []],
    // A question put by someone unnamed is no one's words; the answer is.
    ["Asked about Brask's accusation that ballots were counted twice, she said the commission would look at every complaint.", [['she', 'said', 'the commission would look at every complaint']]],
    // Words of stance, findings of counts and confirmed tolls stay.
    ['Roke rejected claims that ballots had been lost.', [['Roke', 'rejected', 'claims that ballots had been lost']]],
    ['The ministry confirmed 12 deaths.', [['The ministry', 'confirmed', '12 deaths']]],
    ['Early figures show that turnout fell.', [['Early figures', 'show', 'turnout fell']]],
    ['Velin won, according to official results.', [['official results', 'according to', 'Velin won']]],
  ])('%s', (text, expected) => expect(said(text)).toEqual(expected));

  it('reads the clause after a hearer and its own phrase: "told a rally of supporters outside the hall that …"', () => {
    expect(said("Brask told a rally of supporters outside the commission's offices that he would ask for a recount.")).toEqual([['Brask', 'told', 'he would ask for a recount']]);
  });
});

// Review G finding 7: acts read as speech (invented sentences).
describe('extractArticle: an act or a thing is no speech', () => {
  it.each([
    // Events one calls into being; "called for", "called the plan a sham" stay words.
    ['The dockers\' union called a two-day strike at the Pellard yard for Friday.', []],
    ['Rural leaders have called a meeting in Osterby on Sunday.', []],
    ['The premier called a snap election for June.', []],
    ['The union called for a strike at the Pellard yard.', [['The union', 'called for', 'a strike at the Pellard yard']]],
    // A thing offered is no words; "offered to …" and "offered a view" are.
    ['With 300 dockers offered early retirement, the yard will shrink.', []],
    ['The shipping line offered early retirement to 300 dockers.', []],
    ['Okafor offered a bleak view of the talks.', [['Okafor', 'offered', 'a bleak view of the talks']]],
    // A bare pronoun or a short "the X" object carries no words.
    ['On Friday a tribunal agreed with them.', []],
    ['The Pellard Dockers Guild welcomed the verdict.', []],
    // A channel with no words: the partial quote is the words.
    ['Pellard "broke a promise it made in 1998", judge Mira Tasso wrote in the verdict.', [['judge Mira Tasso', 'wrote', 'broke a promise it made in 1998']]],
    // An amount is no speaker: "the €80m writedown the line will book".
    ['The fine is small next to the €80m writedown charge the line will book this year.', []],
    // A participle with no subject after it: "the plan announced last week will …".
    ['The so-called renewal plan announced last month will close two depots.', []],
    ['The plant, which officials said has lost money for years, will close.', [['officials', 'said', 'has lost money for years']]],
    // An act inside another clause ("by announcing the layoffs") is not the main subject's speech.
    ['The tribunal found the shipping line had broken the law by announcing the layoffs.', [['The tribunal', 'found', 'the shipping line had broken the law']]],
    ['The tribunal fined the line for failing to consult its staff before announcing them.', []],
    // Protest review 8: an attack on things or on the police is an act ("rioters (attacked)" was a speaker).
    ['Order returned to Dravik after rioters attacked shops and police lines near the town hall.', []],
    ['A crowd attacked two police vans and a bank on Mill Lane.', []],
    ['Masked men attacked the station with stones.', []],
    ['Okafor attacked the plan as reckless.', [['Okafor', 'attacked', 'the plan as reckless']]],
  ])('%s', (text, expected) => expect(said(text)).toEqual(expected));
});

describe('extractArticle: "add" with a thing added is no speech', () => {
  it.each([
    ['The new menus add two vegetarian dishes a week and drop sugary drinks.', []],
    ['The changes take effect in November and add three late-night routes.', []],
    ['The plan adds a night shift at the Velmora depot.', []],
    ['Okafor adds that the vote is close.', [['Okafor', 'adds', 'the vote is close']]],
  ])('%s', (text, expected) => expect(said(text)).toEqual(expected));
});

describe('extractArticle', () => {
  const x = extractArticle(TEXT, '2026-03-20T10:00:00Z');
  const entityName = (i: number | null) => (i === null ? null : x.entities.entities[i]!.name);

  it('resolves a surname speaker to the full name', () => {
    const q = x.quotes.find((q) => q.content.text.startsWith('We will not stop'))!;
    expect([q.cue?.text, entityName(q.speakerEntity)]).toEqual(['told', 'Yousef al-Haddad']);
  });

  it('resolves a pronoun speaker to the person named just before', () => {
    const q = x.quotes.find((q) => q.content.text.startsWith('The talks are dead'))!;
    expect([q.speaker?.text, entityName(q.speakerEntity)]).toEqual(['she', 'Dana Orlov']);
  });

  it('leaves a description as a description', () => {
    const q = x.quotes.find((q) => q.content.text.startsWith('There is no deal'))!;
    expect([q.speaker?.text, q.speakerEntity]).toEqual(['a senior official', null]);
  });

  // Invented sentences: the speaker is the phrase's head, before any preposition outside a name.
  it.each([
    ['Senator Ilsa Varn of Dunmore said the talks were close.', 'Ilsa Varn'],
    ['A leader in the Velmoran Front told Radio Dunmore that the talks were close.', null],
    ['A spokesman for the Velmoran Front said the truce would hold.', 'Velmoran Front'],
    ['Bank of Dunmore spokesman Tomas Reed said rates would hold.', 'Tomas Reed'],
    ['The head of the Dunmore port authority said the ferry would sail.', null],
  ])('the speaker of %j is %j', (sentence, name) => {
    const y = extractArticle(`Talks resumed in Dunmore on Monday. ${sentence}`, null);
    expect(y.quotes).toHaveLength(1);
    const e = y.quotes[0]!.speakerEntity;
    expect(e === null ? null : y.entities.entities[e]!.name).toBe(name);
  });

  // Invented sentences (twentieth session): a pronoun is the subject of the last sentence naming
  // a person, not its object; a relative pronoun is the name (or the name's report) before it.
  it.each([
    ['Mayor Dana Orlov said the council would move Tomas Reyes to the port office. He added that the budget would rise.', 'He', 'Dana Orlov'],
    ['Tomas Reyes resigned on Friday. Mayor Dana Orlov praised him. She said the port would stay open.', 'She', 'Dana Orlov'],
    ['The talks were led by Dana Orlov, who said the port would close.', 'who', 'Dana Orlov'],
    ['The news came as a Harbour Radio report which said that the port would close.', 'which', 'Harbour Radio'],
    ['The news came as a grim report which said that the port would close.', 'which', null],
    ['Meanwhile, another union spokesman, Tomas Reyes, pointed out that the port had reneged on the deal.', 'another union spokesman', 'Tomas Reyes'],
    // A role phrase with its place, then the name set off by commas (review H, 12).
    ['On Monday the board put the cost at 40 million, while the mayor of Callow, Ilka Dorne, said the council had counted twice as much.', 'the mayor of Callow', 'Ilka Dorne'],
    ['The head of the Callow harbour board, Tomas Reyes, said the port would close.', 'The head of the Callow harbour board', 'Tomas Reyes'],
    // "it": the organisation the sentences before name as the speaker, else as their subject; not a person.
    ['The toll rose to 31, the Varn Rescue Agency said.\n\nMore than 900 people were moved, the agency said.\n\nCrews have pulled 400 people from rooftops, it said.', 'it', 'Varn Rescue Agency'],
    ['Ships were held in port, according to the Callow Harbour Board. Crews cleared the quay, it said.', 'it', 'Callow Harbour Board'],
    ['The Callow Harbour Board raised the fees. It said the port would close.', 'It', 'Callow Harbour Board'],
    ['Mayor Dana Orlov spoke in Callow. It said the port would close.', 'It', null],
    // "it" inside a sentence that names its own subject earlier is not the organisation before.
    ['The Callow Harbour Board said the quay was safe. When a national outlet, Harbour Weekly, profiled Dana Orlov in 2000, it said she had sailed around the world twice before she turned twenty.', 'it', null],
    // "The commission": the one organisation whose name ends so and holds the description's words.
    ['The Dunmore Provincial Electoral Commission met. The provincial electoral commission said the count was over.', 'The provincial electoral commission', 'Dunmore Provincial Electoral Commission'],
    ['The Harlow Council and the Velmora Council met. The council said it would appeal.', 'The council', null],
    ['The Dunmore Electoral Commission met. The federal commission said the count was over.', 'The federal commission', null],
  ])('in %j the speaker %j is %j', (text, speaker, name) => {
    const y = extractArticle(text, null);
    const q = y.quotes.at(-1)!;
    expect([q.speaker?.text, q.speakerEntity === null ? null : y.entities.entities[q.speakerEntity]!.name]).toEqual([speaker, name]);
  });

  it('finds the figure and the event date', () => {
    expect(x.figures.map((f) => [f.value, f.qualifier, f.counted, f.action])).toContainEqual([40, 'at-least', 'people', 'killed']);
    // 2026-03-20 is itself a Friday: "on Friday" is the publication day.
    expect(x.dates.find((d) => d.text.includes('Friday'))!.value).toBe('2026-03-20');
    expect(x.eventDate).toBe('2026-03-20');
  });

  it('keeps every offset inside the text', () => {
    const spans = [...x.entities.mentions, ...x.figures, ...x.dates, ...x.quotes.flatMap((q) => [q.content, q.speaker, q.cue, q.channel].filter((s) => s !== null))];
    for (const s of spans) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('extractArticle: dates (invented)', () => {
  it.each([
    ['The next round is in May.', '2025-04-20T12:00:00Z', '2025-05', null],
    ['The Varrow crossing, where rebels seized the convoy in 2024, reopened on Thursday.', '2025-04-12T09:00:00Z', '2025-04-10', '2025-04-10'],
  ])('%s', (text, pub, date, eventDate) => {
    const y = extractArticle(text, pub);
    expect([y.dates.at(-1)!.value, y.eventDate]).toEqual([date, eventDate]);
  });
});

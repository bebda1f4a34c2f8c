import { describe, expect, it } from 'vitest';
import { extractQuotes, scareQuotes } from '../../../src/6-extract/quotes/index.js';
import { check, type Row } from './single-mention.js';

// Invented sentences only. Cues the lists knew but their context hid (fourteenth session).
// Each row: input, then the expected single mention [kind, content, cue, speaker].

describe('a quantifier standing alone as the speaker', () => {
  const rows: Row[] = [
    ['Many believe that the mill in Velmora will close.', 'reported', 'the mill in Velmora will close', 'believe', 'Many'],
    ['But few expect the bridge to reopen before winter.', 'reported', 'the bridge to reopen before winter', 'expect', 'few'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves a participle before its noun alone', () => {
    expect(extractQuotes('Many reported cases in Dunmore were false.')).toEqual([]);
    expect(extractQuotes('Some claims about the harbour were false.')).toEqual([]);
  });
});

describe('a form often a noun, closing its sentence after a name or a noun of evidence', () => {
  const rows: Row[] = [
    ['The levy raised four million in March, county records show.', 'reported', 'The levy raised four million in March', 'show', 'county records'],
    ['The mill in Velmora will close in May, the Dunmore Herald reports.', 'reported', 'The mill in Velmora will close in May', 'reports', 'the Dunmore Herald'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves a noun after an adjective alone', () => {
    expect(extractQuotes('After the vote in Velmora, Okafor earned wide praise.')).toEqual([]);
  });
});

describe('a verb that needs "that", its clause opening with a subject instead', () => {
  const rows: Row[] = [
    ['Okafor knows we must rebuild the bridge.', 'reported', 'we must rebuild the bridge', 'knows', 'Okafor'],
    ['The three judges in Velmora agreed there are better candidates.', 'reported', 'there are better candidates', 'agreed', 'The three judges in Velmora'],
    ['A panel of judges found the Velmora council was in breach of the charter.', 'reported', 'the Velmora council was in breach of the charter', 'found', 'A panel of judges'],
    // "agree" commits to an act or settles a point, like "promise to" and "decide on".
    ['The mill owners agreed to pay the fine.', 'reported', 'to pay the fine', 'agreed', 'The mill owners'],
    // A contracted subject, and "you" before an auxiliary.
    ['Reporters know they’re being spun.', 'reported', 'they’re being spun', 'know', 'Reporters'],
    ['I know you don’t trust the mayor.', 'reported', 'you don’t trust the mayor', 'know', 'I'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves the verb with a plain object alone', () => {
    expect(extractQuotes('Okafor knows the harbour of Dunmore well.')).toEqual([]);
    expect(extractQuotes('The farmers know you well.')).toEqual([]);
    expect(extractQuotes('Okafor found the keys to the mill in her car.')).toEqual([]);
  });
});

describe('a closing attribution after a verb of saying in its object sense', () => {
  const rows: Row[] = [
    ['The Velmora mill has added a night shift, she noted.', 'reported', 'The Velmora mill has added a night shift', 'noted', 'she'],
    ['Okafor criticized the levy in Dunmore, aides said.', 'reported', 'Okafor criticized the levy in Dunmore', 'said', 'aides'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a percentage as the speaker', () => {
  const rows: Row[] = [['In Dunmore, 42% say the levy is too high.', 'reported', 'the levy is too high', 'say', '42%']];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('"here", "there", "now" or "just" between the speaker and the cue', () => {
  const rows: Row[] = [
    ['Campaign workers here said they had canvassed Dunmore twice.', 'reported', 'they had canvassed Dunmore twice', 'said', 'Campaign workers'],
    ['Officials there said the bridge would reopen.', 'reported', 'the bridge would reopen', 'said', 'Officials'],
    ['The Dunmore budget office now says the levy will fall short.', 'reported', 'the levy will fall short', 'says', 'The Dunmore budget office'],
    ['Okafor just said the mill would stay open.', 'reported', 'the mill would stay open', 'said', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a form often a noun after a modal or "has/have/had"', () => {
  const rows: Row[] = [
    ['Ilsa Varn would support a later start for the schools of Dunmore.', 'reported', 'a later start for the schools of Dunmore', 'support', 'Ilsa Varn'],
    ['Okafor has long supported the harbour levy.', 'reported', 'the harbour levy', 'supported', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a capitalised cue opening the clause after a colon', () => {
  const rows: Row[] = [
    ['It has not gone unnoticed: According to recent polls, Okafor holds 14 percent in Dunmore.', 'reported', 'Okafor holds 14 percent in Dunmore', 'According to', 'recent polls'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('an adjective of attitude with its preposition', () => {
  const rows: Row[] = [
    ['Okafor has been critical of the levy in Dunmore.', 'reported', 'the levy in Dunmore', 'critical of', 'Okafor'],
    ['Voters in Velmora are unhappy with the new bridge.', 'reported', 'the new bridge', 'unhappy with', 'Voters in Velmora'],
    ['The mill owners are confident in the new plan.', 'reported', 'the new plan', 'confident in', 'The mill owners'],
    // An adjective of attitude before a clause without "that".
    ['Okafor is not sure she can back the levy.', 'reported', 'she can back the levy', 'sure', 'Okafor'],
    ['The farmers were convinced the mill would close.', 'reported', 'the mill would close', 'convinced', 'The farmers'],
    // An adjective of will before its infinitive.
    ['The council was eager to reopen the bridge.', 'reported', 'reopen the bridge', 'eager to', 'The council'],
    ['Some farmers remain reluctant to back the levy.', 'reported', 'back the levy', 'reluctant to', 'Some farmers'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('praise or blame in the passive, the target as subject', () => {
  const rows: Row[] = [
    ['The levy was criticized by farmers in Dunmore.', 'reported', 'The levy', 'was criticized', 'farmers in Dunmore'],
    ['Okafor has also been accused of lying.', 'reported', 'Okafor', 'has also been accused', null],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('names no one without "by": an impression', () => {
    expect(extractQuotes('Okafor has also been accused of lying.')[0]!.impression).toBe(true);
  });
});

describe('"is known as": a name or reputation with no one named', () => {
  const rows: Row[] = [['The Velmora plant is widely known as the Old Mill.', 'reported', 'the Old Mill', 'is widely known as', null]];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('distancing oneself from something', () => {
  const rows: Row[] = [['Varn distanced herself from the levy.', 'reported', 'the levy', 'distanced herself from', 'Varn']];
  it.each(rows)('%s', (...row) => check(row as Row));
});

// Twentieth session: errors a reading of whole articles showed (invented sentences).
describe('a name in quotation marks is the writer\'s scare quotes, not a partial quote', () => {
  const rows: Row[] = [
    ['The Northern Front says "Varnia" has broken the truce.', 'reported', '"Varnia" has broken the truce', 'says', 'The Northern Front'],
    ['Talks between “Varnia” and the Front stalled, the envoy said.', 'reported', 'Talks between “Varnia” and the Front stalled', 'said', 'the envoy'],
    // A one-word answer is speech.
    ['The minister said "No" to the plan.', 'partial', 'No', 'said', 'The minister'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('lists the quoted name among the scare quotes', () => {
    expect(scareQuotes('The Northern Front says "Varnia" has broken the truce.').map((q) => q.text)).toEqual(['Varnia']);
  });
});

describe('the subject of a participle cue', () => {
  const rows: Row[] = [
    // Past a time phrase opening the sentence ("Last" is no name).
    ['Last week, Governor Ilsa Varn issued a "final warning" to the union, threatening fines if the strike went on.', 'reported', 'fines if the strike went on', 'threatening', 'Governor Ilsa Varn'],
    // A determiner's whole noun phrase, up to the verb.
    ['The senior official held the union responsible for the delay, citing its refusal to meet.', 'reported', 'its refusal to meet', 'citing', 'The senior official'],
    ['The armed group rejected the plan in Velmora, saying it was a trap.', 'reported', 'it was a trap', 'saying', 'The armed group'],
    // Past two opening phrases; a capitalised adjective stays with its noun.
    ['However, during the third meeting, the Varnian side reversed course, insisting on new terms.', 'reported', 'on new terms', 'insisting', 'the Varnian side'],
    ['The Varnian side reversed course, insisting on new terms.', 'reported', 'on new terms', 'insisting', 'The Varnian side'],
    ['The ministry warns the port will close, citing the strike.', 'reported', 'the strike', 'citing', 'The ministry'],
  ];
  it.each(rows)('%s', (text, kind, content, cue, speaker) => {
    const m = extractQuotes(text).find((x) => x.kind === kind && x.content.text === content);
    expect([m?.cue?.text, m?.speaker?.text]).toEqual([cue, speaker]);
  });
});

describe('a form often a noun before "which" is the noun', () => {
  const rows: Row[] = [['The news came as a Harbour Radio report which said that the port would close.', 'reported', 'the port would close', 'said', 'which']];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a time is no speaker', () => {
  it('reads no attribution in a page note', () => {
    expect(extractQuotes('The time posted automatically on all Courier articles is local time.')).toEqual([]);
    expect(extractQuotes('The Times reported that the port would close.').map((m) => m.speaker?.text)).toEqual(['The Times']);
  });
});

describe('a closing attribution followed by a participle cue', () => {
  it('gives the clause before the speaker to the first cue and the rest to the participle', () => {
    const found = extractQuotes('A new round of talks has begun, union spokesman Tomas Reyes announced on Wednesday, emphasizing that the union is ready.');
    expect(found.map((m) => [m.cue?.text, m.content.text, m.speaker?.text])).toEqual([
      ['announced', 'A new round of talks has begun', 'union spokesman Tomas Reyes'],
      ['emphasizing', 'the union is ready', 'union spokesman Tomas Reyes'],
    ]);
  });
});

describe('more closing attributions and compounds', () => {
  const rows: Row[] = [
    // "reported" inverted after the clause, as "said" is.
    ['The levy is central to the platform, reported the Dunmore Examiner.', 'reported', 'The levy is central to the platform', 'reported', 'the Dunmore Examiner'],
    // A noun of evidence and such a form set off by commas.
    ['The jet was insured for 35 million dollars in 2011, records show, and it rarely flies.', 'reported', 'The jet was insured for 35 million dollars in 2011', 'show', 'records'],
    // "think tank" is a noun.
    ['Matt Varn, a founder of the center-left think tank Third Harbour, said the levy had failed.', 'reported', 'the levy had failed', 'said', 'Matt Varn'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves a phrase opening with a preposition alone', () => {
    expect(extractQuotes('A quarter of that, per the Varn plan, is $40,000.')).toEqual([]);
  });
});

describe('a participle cue after a comma inside closing marks', () => {
  const cues = (text: string): Array<[string | undefined, string]> => extractQuotes(text).map((m) => [m.cue?.text, m.content.text]);
  it('reads "adding" after a partial quote as its own cue', () => {
    expect(cues('Dana Orlov said the plan was “overblown,” adding that the levy had paid for the bridge.')).toEqual([
      ['said', 'overblown'],
      ['adding', 'the levy had paid for the bridge'],
    ]);
    // Two apostrophes as the marks.
    expect(cues("Dana Orlov said the plan was ''overblown,'' adding that the levy had paid for the bridge.")).toEqual([
      ['said', 'overblown'],
      ['adding', 'the levy had paid for the bridge'],
    ]);
  });
  it('reads it after a quoted title in the attribution of a direct quote', () => {
    expect(cues('“We will not stop,” Mr. Orlov told the hosts of “Velmora Today,” adding that the strike would go on.')).toEqual([
      ['told', 'We will not stop'],
      ['adding', 'the strike would go on'],
    ]);
  });
});

describe('a verb of saying in the passive with its agent', () => {
  const rows: Row[] = [
    ['The closure of the mill was first reported by the Dunmore Herald.', 'reported', 'The closure of the mill', 'was first reported', 'the Dunmore Herald'],
    ['The levy was never mentioned by the moderators.', 'reported', 'The levy', 'was never mentioned', 'the moderators'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves support in the passive alone', () => {
    expect(extractQuotes('The farmers of Velmora were backed by the mayor.')).toEqual([]);
  });
});

describe('"according to" a report with its author', () => {
  const rows: Row[] = [
    ['Turnout fell, according to an analysis by the Velmora Research Center.', 'reported', 'Turnout fell', 'according to', 'an analysis by the Velmora Research Center'],
    ['Okafor won 40 seats, according to audio provided by Dunmore Radio.', 'reported', 'Okafor won 40 seats', 'according to', 'audio provided by Dunmore Radio'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a span of time opening the sentence is no speaker', () => {
  const rows: Row[] = [
    ['Hours later, Dana Orlov returned the compliment, telling reporters that the levy was fair.', 'reported', 'the levy was fair', 'telling', 'Dana Orlov'],
    ['A few minutes later, the mayor changed course, saying the vote would wait.', 'reported', 'the vote would wait', 'saying', 'the mayor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a closing "according to" after a verb of saying', () => {
  const rows: Row[] = [
    ['Okafor came back for the end of the lunch and said little, according to an aide.', 'reported', 'Okafor came back for the end of the lunch and said little', 'according to', 'an aide'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  // Thirty-fourth session: the report of speech stays too, inside the closing source's.
  it.each([
    ['Most shoppers in Velmora say they prefer local goods, according to a Dunmore poll released Thursday.', 'a Dunmore poll released Thursday', 'Most shoppers in Velmora', 'they prefer local goods'],
    ['Okafor said the levy was dead, according to the Herald.', 'the Herald', 'Okafor', 'the levy was dead'],
  ])('keeps the clause of saying inside: %s', (text, source, speaker, content) => {
    expect(extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text, m.content.text])).toEqual([
      [source, 'according to', text.slice(0, text.indexOf(', according'))],
      [speaker, text.includes(' say ') ? 'say' : 'said', content],
    ]);
  });
});

describe('the attribution before a direct quote', () => {
  const direct = (text: string): Array<[string | undefined, string | undefined]> =>
    extractQuotes(text).filter((m) => m.kind === 'direct').map((m) => [m.cue?.text, m.speaker?.text]);
  it('finds the subject of "adding:" after a partial quote', () => {
    expect(direct('In the letter, Reyes called the vote a “breach of trust,” adding: “I will tell every member of the board.”')).toEqual([['adding', 'Reyes']]);
  });
  it('gives "and added:" the subject of the first verb', () => {
    expect(direct('The mayor noted that she had taught law in Dunmore, and added: “I know a little about this.”')).toEqual([['added', 'The mayor']]);
  });
  it('reads a form often a noun as the verb before a comma and a quote', () => {
    expect(direct('Dana Orlov adds, “In a campaign the tempers run high.”')).toEqual([['adds', 'Dana Orlov']]);
    expect(direct('At the bottom of the flyer it reads, “You can give more to the cause.”')).toEqual([['reads', 'it']]);
  });
});

describe('a relative clause inside an appositive', () => {
  it('ends at its comma, and the main verb of saying keeps its clause', () => {
    const found = extractQuotes('Dana Orlov, a retired farmer who voted for Reyes, said that the bridge tax was too high.');
    expect(found.find((m) => m.cue?.text === 'said')).toMatchObject({ content: { text: 'the bridge tax was too high' }, speaker: { text: 'Dana Orlov' } });
  });
});

// Twenty-first session.
describe('a survey or record that shows or finds, without "that"', () => {
  const rows: Row[] = [
    ['Exit polls show two-thirds of voters in Velmora backed the levy.', 'reported', 'two-thirds of voters in Velmora backed the levy', 'show', 'Exit polls'],
    ['A survey by the Harlow Institute in March found Okafor leading by seven points.', 'reported', 'Okafor leading by seven points', 'found', 'A survey by the Harlow Institute'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves the noun "show" after a noun alone', () => {
    expect(extractQuotes('The poll show in Dunmore drew a crowd of students.')).toEqual([]);
  });
});

describe('a gerund clause opening the sentence', () => {
  const rows: Row[] = [
    ['After saying he was tired, the mayor left the hall in Dunmore.', 'reported', 'he was tired', 'saying', 'the mayor'],
    ['Having announced that the mill would close, Okafor took no questions.', 'reported', 'the mill would close', 'announced', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('openings before the speaker', () => {
  it('reads past a span of time with or without its comma', () => {
    const said = (text: string) => extractQuotes(text).find((m) => m.cue?.text === 'said' || m.cue?.text === 'telling');
    expect(said('A few minutes later they reversed course and said the hall would open.')?.speaker?.text).toBe('they');
    expect(said('Hours later, Okafor returned the favour, telling the Herald the bridge would be rebuilt.')?.speaker?.text).toBe('Okafor');
  });
  it('takes no time phrase as the content of a closing verb', () => {
    const found = extractQuotes('On Friday, Okafor hit back, saying the levy was fair.');
    expect(found.map((m) => [m.cue?.text, m.content?.text ?? null])).toEqual([['saying', 'the levy was fair']]);
  });
  it('takes the name before a bracketed party label and a comma', () => {
    const found = extractQuotes('After winning Velmora in the primary, Gov. Dana Orlov (R-Ash.), said, “We are ready for the fall.”');
    expect(found.find((m) => m.kind === 'direct')?.speaker?.text).toBe('Gov. Dana Orlov');
    // Also when an earlier phrase set off by commas opens the sentence ("in Berea, VL,").
    const placed = extractQuotes('On Tuesday at the college in Berea, VL, after winning the primary, Gov. Dana Orlov (R-VL), said, “We are ready.”');
    expect(placed.find((m) => m.kind === 'direct')?.speaker?.text).toBe('Gov. Dana Orlov');
  });
});

describe('"according to X, which says …"', () => {
  it('ends the source before a relative clause of saying, which is a report of its own', () => {
    const found = extractQuotes('Fighting has driven 12,000 people from their homes, according to the Dunmore Red Cross, which says 70 percent of clinics have closed.');
    expect(found.map((m) => [m.cue?.text, m.speaker?.text, m.content.text])).toEqual([
      ['according to', 'the Dunmore Red Cross', 'Fighting has driven 12,000 people from their homes'],
      ['says', 'which', '70 percent of clinics have closed'],
    ]);
    // A description that reports nothing stays with the source.
    const described = extractQuotes('Fighting has driven 12,000 people from their homes, according to the Harlow Institute, which tracks displacement.');
    expect(described.map((m) => m.speaker?.text)).toEqual(['the Harlow Institute, which tracks displacement']);
  });
});

describe('"according to" after another attribution', () => {
  it('leaves the verb of an earlier clause without it as content', () => {
    const found = extractQuotes('The prize will not be awarded next week as many people expected, according to an email from the board.');
    expect(found.map((m) => [m.cue?.text, m.speaker?.text, m.content.text])).toEqual([
      ['according to', 'an email from the board', 'The prize will not be awarded next week as many people expected'],
    ]);
  });
  it('keeps the speaker of a direct quote before it', () => {
    const found = extractQuotes('“Is this a priority for the two of them?” Okafor said at a press conference, according to the Dunmore Herald.');
    expect(found.find((m) => m.kind === 'direct')).toMatchObject({ speaker: { text: 'Okafor' }, cue: { text: 'said' } });
  });
  it('reads "That’s according to" and an object pronoun as the source', () => {
    expect(extractQuotes('That’s according to county records filed on Monday.')[0]).toMatchObject({ cue: { text: 'according to' }, content: { text: 'That’s' } });
    const found = extractQuotes('He left Velmora years ago after, according to him, the council closed his shop.');
    expect(found.map((m) => [m.speaker?.text, m.content.text])).toEqual([['him', 'the council closed his shop']]);
  });
});

describe('forms and colons that are not attributions', () => {
  it('reads "state" and "speaking" and "challenging" as no cue', () => {
    expect(extractQuotes('The new supporters include state Rep. Dana Orlov, the top Republican in Velmora.')).toEqual([]);
    expect(extractQuotes('The climb to the pass proved challenging for the team from Dunmore.')).toEqual([]);
  });
  it('takes no tally after a colon for speech', () => {
    expect(extractQuotes('Okafor: 1,769.\n\nReyes: 1,501.')).toEqual([]);
  });
});

describe('the author of a document before a participle cue', () => {
  const rows: Row[] = [
    ['Okafor issued a statement Tuesday saying that the levy was fair.', 'reported', 'the levy was fair', 'saying', 'Okafor'],
    ['The dean of the college has published a letter strongly disputing the claims.', 'reported', 'the claims', 'disputing', 'The dean of the college'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('reads adverbs such as "twice" between speaker and cue', () => {
    expect(extractQuotes('The Velmora Legion has twice complained to the council about the flags.')[0]?.speaker?.text).toBe('The Velmora Legion');
  });
});

describe('a message to an audience before a participle', () => {
  it('is said by the writer, not the readers', () => {
    const found = extractQuotes('The senator emailed supporters saying: “The fight goes on in Velmora.”');
    expect(found.find((m) => m.kind === 'direct')).toMatchObject({ speaker: { text: 'The senator' }, cue: { text: 'saying' } });
  });
});

describe('an aside between the subject and the main verb of saying', () => {
  const said = (text: string) => extractQuotes(text).filter((m) => m.cue?.text === 'said').map((m) => [m.speaker?.text, m.content.text]);
  it('ends the aside’s clause at the comma before "said"', () => {
    expect(said('Dana Orlov, a councillor who advised Okafor on the levy, said the vote would be close.')).toEqual([['Dana Orlov', 'the vote would be close']]);
    expect(said('Gov. Mara Reyes of Velmora, a Democrat who has refused to endorse Okafor, said the levy was unfair.')).toEqual([['Gov. Mara Reyes of Velmora', 'the levy was unfair']]);
  });
  it('reads "to" before a verb as an infinitive, not a hearer', () => {
    const found = extractQuotes('The mayor refused to endorse Okafor.');
    expect(found[0]?.channel).toBeNull();
    expect(found[0]?.content.text).toBe('to endorse Okafor');
  });
  it('starts a new attribution after ", though"', () => {
    const found = extractQuotes('Others agreed, saying the levy is fair, though Reyes said she doubted voters would care.');
    expect(found.map((m) => [m.speaker?.text, m.cue?.text, m.content.text])).toEqual([
      ['Others', 'saying', 'the levy is fair'],
      ['Reyes', 'said', 'she doubted voters would care'],
    ]);
  });
});

describe('clauses that end where another speaker begins', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text, m.content.text]);
  it('ends a clause at "and" before a speaker and a verb of saying', () => {
    expect(rows('A farmer asked for a photo and Okafor said the levy was fair.')).toEqual([
      ['A farmer', 'asked', 'for a photo'],
      ['Okafor', 'said', 'the levy was fair'],
    ]);
    // Not before a verb that is not of saying.
    expect(rows('Reyes said the mayor and the council approved the levy.')).toEqual([['Reyes', 'said', 'the mayor and the council approved the levy']]);
  });
  it('ends a passive report at a spaced hyphen before a speaker', () => {
    expect(rows('Okafor is seen as capable - 60 percent of voters said the levy was fair.').at(-1)).toEqual(['60 percent of voters', 'said', 'the levy was fair']);
  });
  it('reads "most of them" as a speaker', () => {
    expect(rows('Most of them said they had loved working at the mill.')).toEqual([['Most of them', 'said', 'they had loved working at the mill']]);
  });
});

describe('verbs of saying with "about" and its topic', () => {
  const rows: Row[] = [
    ['The mayor complained about the new levy on Friday.', 'reported', 'the new levy on Friday', 'complained about', 'The mayor'],
    ['Reyes has spoken about the need for a second bridge.', 'reported', 'the need for a second bridge', 'spoken about', 'Reyes'],
    ['Okafor has made remarks about the levy before.', 'reported', 'the levy before', 'made remarks about', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('headlines with an audience or a place before the colon', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text, m.content.text]);
  it('ends the speaker before "to" or "at"', () => {
    expect(rows('Okafor to Farmers: The Levy Stays')).toEqual([['Okafor', ':', 'The Levy Stays']]);
    expect(rows('Former Mayor Reyes at Velmora Rally: The bridge will open in May')).toEqual([['Former Mayor Reyes', ':', 'The bridge will open in May']]);
  });
  it('takes no speaker from "Still to come:" or "According to X:"', () => {
    expect(rows('Still to come: results from Velmora and Dunmore')).toEqual([]);
    expect(extractQuotes('According to Orlov: the levy is fair.')[0]?.speaker?.text).toBe('Orlov');
  });
  it('keeps "come out in support of" as one cue', () => {
    expect(rows('Sen. Orlov has come out in support of Okafor.')).toEqual([['Sen. Orlov', 'come out in support of', 'Okafor']]);
  });
});

describe('subjects and agents', () => {
  it('reads the subject past a coordinator opening the sentence', () => {
    expect(extractQuotes('But Okafor went further, embracing the levy as a gift.')[0]?.speaker?.text).toBe('Okafor');
  });
  it('finds the agent of a passive past a short phrase, and "some of" as its head', () => {
    const found = extractQuotes('Okafor has been attacked on the levy by some of his rivals.');
    expect(found.map((m) => [m.speaker?.text, m.content.text])).toEqual([['some of his rivals', 'Okafor']]);
  });
});

describe('"That’s according to" with a long source', () => {
  it('keeps the whole rest of the sentence as the source', () => {
    const found = extractQuotes('That’s according to early results of exit polls conducted for the Dunmore Herald.');
    expect(found.map((m) => [m.speaker?.text, m.content.text])).toEqual([['early results of exit polls conducted for the Dunmore Herald', 'That’s']]);
  });
});

describe('"known as" names a thing with no source', () => {
  it('is a cue without an auxiliary, and past "best"', async () => {
    const { attributionsForEval } = await import('../../../src/analyze/extract-eval.js');
    const text = 'The string of contests known as Super Tuesday begins today. He is best known for his bridges.';
    const cues = (await attributionsForEval(text)).map((a) => a.cue && text.slice(a.cue[0], a.cue[1]));
    expect(cues).toEqual(['known as', 'is best known for']);
  });
});

describe('calls for and connective adverbs', () => {
  const rows: Row[] = [
    ['A group of farmers called for a boycott of the levy.', 'reported', 'a boycott of the levy', 'called for', 'A group of farmers'],
    ['Okafor has nevertheless called the vote an irresponsible one.', 'reported', 'the vote an irresponsible one', 'called', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a bare form after a plural noun of people is a verb', () => {
  const rows: Row[] = [
    ['A majority of Republicans support the levy.', 'reported', 'the levy', 'support', 'A majority of Republicans'],
    ['Most voters fear a recession.', 'reported', 'a recession', 'fear', 'Most voters'],
    // Capitalised too: a group named by its generation or faith.
    ['By a wide margin, Millennials support background checks on buyers.', 'reported', 'background checks on buyers', 'support', 'Millennials'],
    // A share of the people asked, with the verb's object after it.
    ['And 64 percent call him competent.', 'reported', 'him competent', 'call', '64 percent'],
    ['Two-thirds support raising the levy on grain.', 'reported', 'raising the levy on grain', 'support', 'Two-thirds'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('keeps a singular modifier before the noun a noun phrase', () => {
    expect(extractQuotes('Republican support for the levy grew.')).toEqual([]);
  });
  it('reads "percent support" before a preposition or a verb as the noun', () => {
    expect(extractQuotes('Okafor sits at 45 percent support among farmers.')).toEqual([]);
    expect(extractQuotes('His 32% support gives him a lead.')).toEqual([]);
  });
});

describe('a demonstrative opening the sentence', () => {
  it('belongs to the speaker phrase', () => {
    expect(extractQuotes('That group was slightly more likely to support Okafor.')[0]?.speaker?.text).toBe('That group');
  });
});

describe('more clause ends before a new attribution', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text, m.content.text]);
  it('ends at "before adding"', () => {
    expect(rows('Okafor responded to the farmers before adding that the levy would stay.')).toEqual([
      ['Okafor', 'responded', 'to the farmers'],
      ['Okafor', 'adding', 'the levy would stay'],
    ]);
  });
  it('ends at "but did note", where a form usually a noun is the verb after its auxiliary', () => {
    expect(rows('Okafor did not mention her rivals by name but did note that the levy had passed.')).toEqual([
      ['Okafor', 'mention', 'her rivals by name'],
      ['Okafor', 'note', 'the levy had passed'],
    ]);
  });
  it('ends at ", while only N percent of … say"', () => {
    expect(rows('Most farmers say the levy is fair, while only 40 percent of traders say the same.').map((r) => r[2])).toEqual(['the levy is fair', 'the same']);
  });
  it('keeps a clause coordinated after a closing "according to" out of its content', () => {
    const found = extractQuotes('Okafor leads by 27 votes according to a count by the Herald, but Reyes has vowed to fight on.');
    expect(found.map((m) => [m.speaker?.text, m.content.text])).toEqual([
      ['a count by the Herald', 'Okafor leads by 27 votes'],
      ['Reyes', 'to fight on'],
    ]);
  });
});

describe('attacks launched as light-verb cues', () => {
  const rows: Row[] = [
    ['Reyes unleashed withering attacks against Okafor in the debate.', 'reported', 'Okafor in the debate', 'unleashed withering attacks against', 'Reyes'],
    ['Okafor launched a pre-emptive attack against the council.', 'reported', 'the council', 'launched a pre-emptive attack against', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('"another" and long brackets', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.content.text]);
  it('reads "another" as a speaker that opens a new clause', () => {
    expect(rows('While one tally says there are 2,400 farms in Velmora, another says there are about 1,800.')).toEqual([
      ['one tally', 'there are 2,400 farms in Velmora'],
      ['another', 'there are about 1,800'],
    ]);
  });
  it('skips a long bracket between speaker and cue', () => {
    expect(rows('But Sen. Dana Orlov (a Velmora Democrat so young she has been mistaken for a junior staffer) says she was unfocused.')).toEqual([['Sen. Dana Orlov', 'she was unfocused']]);
  });
});

describe('a contracted subject pronoun', () => {
  const rows: Row[] = [
    ['He’s predicting he will win the next vote.', 'reported', 'he will win the next vote', 'predicting', 'He'],
    ["She's hoping the caucuses will set her on a clear path.", 'reported', 'the caucuses will set her on a clear path', 'hoping', 'She'],
    ['They’re arguing that the levy is unfair.', 'reported', 'the levy is unfair', 'arguing', 'They'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('keeps a possessive noun a noun', () => {
    expect(extractQuotes('Okafor’s hopes faded on Friday.')).toEqual([]);
  });
});

describe('"seeking" after a plain noun', () => {
  it('describes the noun and is no cue', () => {
    expect(extractQuotes('The paper sent a request seeking comment to the mayor.')).toEqual([]);
    expect(extractQuotes('Okafor is seeking a second term.')[0]?.cue?.text).toBe('seeking');
  });
});

describe('a participle of saying after a comma', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.cue?.text, m.content.text]);
  it('opens a clause of its own past an adverb or as a noun-like form before "that"', () => {
    expect(rows('Okafor complained about the mic, even suggesting he was sabotaged.')).toEqual([['complained about', 'the mic'], ['suggesting', 'he was sabotaged']]);
    expect(rows('Okafor embraced the idea, warning that the exit will sap the defenses.')).toEqual([['embraced', 'the idea'], ['warning', 'the exit will sap the defenses']]);
  });
  it('leaves a noun after the comma in the clause', () => {
    expect(rows('Okafor said the mic failed, a warning to the crew.')).toEqual([['said', 'the mic failed, a warning to the crew']]);
  });
});

describe('"easier said than done"', () => {
  it('is an idiom, no cue', () => {
    expect(extractQuotes('Ending the levy is easier said than done, farmers know.').map((m) => m.cue?.text)).not.toContain('said');
    expect(extractQuotes('It is easier than it looks, Okafor said.')[0]?.cue?.text).toBe('said');
  });
});

describe('"focused on" after a plain noun', () => {
  it('describes the noun and is no cue', () => {
    expect(extractQuotes('Okafor ran an ad focused on the levy.')).toEqual([]);
    expect(extractQuotes('Okafor focused on the levy.')[0]?.cue?.text).toBe('focused on');
  });
});

describe('labels and lists after a colon', () => {
  it('takes no list of names and no contact label for speech', () => {
    expect(extractQuotes('Velmora: Dana Orlov, Ilan Reyes, Mara Okafor, Tom Varn.')).toEqual([]);
    expect(extractQuotes('Email: desk@velmora-herald.example.')).toEqual([]);
    expect(extractQuotes('Okafor: The levy stays.')[0]?.speaker?.text).toBe('Okafor');
  });
  it('takes no credit line or "So:" for speech', () => {
    expect(extractQuotes('The levy passed.\n\nContributing: Dana Orlov and Ilan Reyes in Velmora.')).toEqual([]);
    expect(extractQuotes('The rally was loud.\n\nTwitter: @Orlov.')).toEqual([]);
    expect(extractQuotes('The court ruled.\n\nSo: farmers could ignore the levy for a year.')).toEqual([]);
  });
  it('takes a run-in heading for no speaker when the sentence names its source with "according to"', () => {
    expect(extractQuotes('Superdelegates: Okafor is backed by 520 of them, according to the Velmora Herald.').map((m) => m.speaker?.text)).toEqual(['the Velmora Herald']);
  });
  it('takes no speaker from a kicker such as "Revealed:" or "Just Leaked:"', () => {
    expect(extractQuotes('Revealed: The Secret Levy Memo From Velmora')).toEqual([]);
    expect(extractQuotes('Just Leaked: The Levy Memo From City Hall')).toEqual([]);
    expect(extractQuotes('BOOM: Okafor Just Crushed the Levy')).toEqual([]);
  });
});

describe('datelines, possessives and a leading preposition', () => {
  const speaker = (text: string) => extractQuotes(text)[0]?.speaker?.text;
  it('skips a dateline before the subject of a participle', () => {
    expect(speaker('VELMORA (Herald) — In response to the levy, the mayor’s chief of staff rallied farmers, saying the plan was wrong.')).not.toBe('VELMORA');
    expect(speaker('VELMORA (Herald) — Okafor hit back, saying the plan was wrong.')).toBe('Okafor');
  });
  it('skips a dateline with a date, or a place not in capitals before an agency', () => {
    expect(speaker('VELMORA, July 25 (VNA) — The growers union issued a statement on Monday, offering an apology to the mayor.')).toBe('The growers union');
    expect(speaker('Velmora (VNA) – Senator Dana Orlov took a swipe at the levy, saying it hurt farmers.')).toBe('Senator Dana Orlov');
    // Without the agency's bracket a capitalised opening is the subject itself.
    expect(speaker('Dana Orlov - the mayor - hit back, saying the levy was fair.')).toBe('Dana Orlov');
  });
  it('runs a possessive subject on to its noun', () => {
    expect(speaker('Okafor’s right-hand man rallied farmers, saying the plan was wrong.')).toBe('Okafor’s right-hand man');
  });
  it('drops a preposition opening the speaker phrase', () => {
    expect(speaker('The rally ended early, with aides saying it was too cold.')).toBe('aides');
  });
});

describe('verbs of phase and hedges before the cue', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text]);
  it('joins "started/stopped" to a gerund cue, and keeps the subject as speaker', () => {
    expect(rows('Okafor has lately started asking farmers to raise their hands.')).toEqual([['Okafor', 'started asking']]);
    expect(rows('Council members have all but stopped criticizing the levy.')).toEqual([['Council members', 'all but stopped criticizing']]);
  });
  it('skips "quite" and a lone opening preposition', () => {
    expect(rows('Okafor’s supporters can’t quite say goodbye to the mill.')[0]?.[0]).toBe('Okafor’s supporters');
    expect(rows('For now, Orlov, at the Velmora Institute, said the levy would stay.')).toEqual([['Orlov', 'said']]);
  });
});

describe('a negated auxiliary between speaker and cue', () => {
  const rows: Row[] = [
    ['Okafor didn’t say whether he would attend.', 'reported', 'whether he would attend', 'say', 'Okafor'],
    ["The mayor doesn't think the levy will pass.", 'reported', 'the levy will pass', 'think', 'The mayor'],
    ['Farmers can’t quite say that the mill is gone.', 'reported', 'the mill is gone', 'say', 'Farmers'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a duration after the cue and "quoted as saying"', () => {
  const rows: Row[] = [
    ['Okafor has been saying for months that the levy is fair.', 'reported', 'the levy is fair', 'saying', 'Okafor'],
    ['Okafor has argued for the past two years that the levy is fair.', 'reported', 'the levy is fair', 'argued', 'Okafor'],
    ['Okafor was quoted as saying the levy is fair.', 'reported', 'the levy is fair', 'was quoted as saying', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a closing attribution with a time after it', () => {
  it('reports the whole clause before it ("…, a spokesman announced Monday morning.")', () => {
    const found = extractQuotes('The campaign plans to release the records soon, a spokesman announced Monday morning.');
    expect(found.map((m) => [m.speaker?.text, m.cue?.text, m.content.text])).toContainEqual(['a spokesman', 'announced', 'The campaign plans to release the records soon']);
  });
  it('skips a part of the day after a day name', () => {
    expect(extractQuotes('Okafor insisted Tuesday night the levy is fair.')[0]?.content.text).toBe('the levy is fair');
  });
});

describe('casting and painting as', () => {
  const rows: Row[] = [
    ['Okafor has cast himself as an outsider.', 'reported', 'himself as an outsider', 'cast', 'Okafor'],
    ['Reyes painted the levy as a tax on farmers.', 'reported', 'the levy as a tax on farmers', 'painted', 'Reyes'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('takes no cue from casting a ballot', () => {
    expect(extractQuotes('Okafor cast a ballot for Reyes.')).toEqual([]);
  });
});

describe('roles "to" someone, manner adverbs and a parenthetical after an opening phrase', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.content.text]);
  it('keeps "aides to X" whole and skips "privately" before "that"', () => {
    expect(rows('Aides to Okafor say privately that the levy is doomed.')).toEqual([['Aides to Okafor', 'the levy is doomed']]);
  });
  it('takes the clause after a parenthetical attribution when the one before is an opening phrase', () => {
    expect(rows('But in recent days, advisers to Mr. Okafor say, the mayor has grown tired of the campaign.')).toEqual([['advisers to Mr. Okafor', 'the mayor has grown tired of the campaign']]);
  });
});

describe('object relatives and "has yet to"', () => {
  const rows: Row[] = [
    ['The levy, which Okafor called fair, passed.', 'reported', 'fair', 'called', 'Okafor'],
    ['Okafor has yet to say whether she will run.', 'reported', 'whether she will run', 'has yet to say', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('phrase cues after "to" and coordinated verbs after auxiliaries', () => {
  const rows: Row[] = [
    ['Okafor has continued to push for a second bridge.', 'reported', 'a second bridge', 'has continued to push for', 'Okafor'],
    ['Okafor will point out that the levy is fair.', 'reported', 'the levy is fair', 'point out', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('takes no phrase cue after an infinitive "to" with no catenative', () => {
    expect(extractQuotes('The council met to focus on the levy.')).toEqual([]);
  });
  it('ends a clause at "but did not" before a verb of saying', () => {
    const found = extractQuotes('Okafor said she would vote for the levy but did not suggest it would pass.');
    expect(found.map((m) => [m.cue?.text, m.content.text])).toEqual([
      ['said', 'she would vote for the levy'],
      ['suggest', 'it would pass'],
    ]);
  });
});

describe('light-verb cues after a catenative', () => {
  const rows: Row[] = [
    ['Okafor was quick to express concern about the levy.', 'reported', 'the levy', 'was quick to express concern about', 'Okafor'],
    ['Okafor seemed to take issue with the levy.', 'reported', 'the levy', 'seemed to take issue with', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('opening phrases before the subject of a participle', () => {
  const speaker = (text: string) => extractQuotes(text).find((m) => m.cue?.text.endsWith('ing'))?.speaker?.text;
  it.each([
    ['Shortly after the call ended, Okafor’s campaign sent out a release saying Reyes was wrong.', 'Okafor’s campaign'],
    ['Despite her low standing in the polls, Okafor was ready, quickly reminding viewers of the levy.', 'Okafor'],
    ['Two weeks after the vote, Dana Orlov broke her silence by asking questions.', 'Dana Orlov'],
    ['Besides attacking the council, Okafor praised the levy.', 'Okafor'],
  ])('%s', (text, expected) => {
    expect(speaker(text)).toBe(expected);
  });
});

describe('a noun described by a participle and its agent, and "said of X:"', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text, m.content.text]);
  it('reads "a practice criticized by X" as X criticizing the practice', () => {
    expect(rows('Some towns merge the counts, a practice criticized by Orlov.')).toEqual([['Orlov', 'criticized by', 'a practice']]);
    expect(rows('The mill has been shut for years — a fact first reported by the Dunmore Herald.')).toEqual([['the Dunmore Herald', 'reported by', 'a fact']]);
  });
  it('skips the person spoken of before a colon', () => {
    expect(rows('Orlov said of Mr. Okafor: “He is one of us.”')).toEqual([['Orlov', 'said', 'He is one of us.']]);
  });
});

describe('a relative clause of saying inside another clause', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text, m.content.text]);
  it('gives the clause after "which she said" to her, ending the host’s clause before it', () => {
    expect(rows('Okafor praised the levy, which Orlov said would ruin the mills.')).toEqual([
      ['Okafor', 'praised', 'the levy'],
      ['Orlov', 'said', 'would ruin the mills'],
    ]);
  });
  it('ends the host’s clause at a colon after which a speaker has a cue of their own', () => {
    expect(rows('Those who backed the levy looked wary: Mara Okafor called it “the least bad choice.”')).toEqual([
      ['who', 'backed', 'the levy looked wary'],
      ['Mara Okafor', 'called', 'the least bad choice.'],
    ]);
  });
  it('ends the host’s clause at ", and" before a speaker with a cue of their own', () => {
    expect(rows('Farmers want a lower levy, and mill owners want a new bridge.')).toEqual([
      ['Farmers', 'want', 'a lower levy'],
      ['mill owners', 'want', 'a new bridge'],
    ]);
  });
  it('leaves "that" opening the host’s clause when a subject follows the nested cue', () => {
    expect(rows('Okafor argued that Orlov said the levy was fair.')).toEqual([['Okafor', 'argued', 'Orlov said the levy was fair']]);
  });
});

describe('a prepositional phrase between a verb that needs "that" and its clause', () => {
  const rows: Row[] = [
    ['We know from the council minutes that the levy was doubled twice.', 'reported', 'the levy was doubled twice', 'know', 'We'],
    ['Okafor found in the harbour archive that the dam had been moved.', 'reported', 'the dam had been moved', 'found', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('still needs the "that"', () => {
    expect(extractQuotes('Okafor found in the harbour archive a map of the dam.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';
import { check, type Row } from './single-mention.js';

// Invented sentences only. More forms of known cues: the bare present of phrasal cues, verbs
// that name or identify something "as" something. Each row: input, then the expected single
// mention [kind, content, cue, speaker].

describe('the bare forms of phrasal cues', () => {
  const rows: Row[] = [
    ['Critics in Velmora point to the closed mills.', 'reported', 'the closed mills', 'point to', 'Critics in Velmora'],
    ['Farmers in Dunmore refer to the levy as a toll.', 'reported', 'the levy as a toll', 'refer to', 'Farmers in Dunmore'],
    ['Aides to Okafor brush off the polls.', 'reported', 'the polls', 'brush off', 'Aides to Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('leaves the noun "point" alone', () => {
    expect(extractQuotes('The vote was a turning point to many in Velmora.')).toEqual([]);
  });
  // Rates review finding 6: "25 basis points to 4.5%" gave the speaker "25 basis" and the cue "points to".
  it.each([
    'The Bank of Velmora raised its key rate by 25 basis points to 3.75% on Tuesday.',
    'Dunmore’s bank lifted rates by two percentage points to 6%.',
    'The Velmora index rose 40 points to 1,210.',
  ])('reads the unit "points" before "to" as no cue: %s', (text) => {
    expect(extractQuotes(text).map((q) => q.verb)).not.toContain('point to');
  });
});

describe('naming and identifying as', () => {
  const rows: Row[] = [
    ['The coroner in Dunmore identified the driver as a local farmer.', 'reported', 'the driver as a local farmer', 'identified', 'The coroner in Dunmore'],
    ['Okafor named the levy as the main reason for the strike.', 'reported', 'the levy as the main reason for the strike', 'named', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('takes no cue from a name or from naming without "as"', () => {
    expect(extractQuotes('She kept her last name as a gift to her father.')).toEqual([]);
    expect(extractQuotes('The council named a new bridge in Dunmore.')).toEqual([]);
  });
});

describe('a possessive pronoun owning the object of a verb', () => {
  const rows: Row[] = [
    ['Later that day, Varn escalated her attacks on the mayor of Dunmore.', 'reported', 'the mayor of Dunmore', 'attacks on', 'Varn'],
    ['Okafor on Thursday ratcheted up his criticism of the levy.', 'reported', 'the levy', 'criticism of', 'Okafor'],
    ['The council renewed its calls for a recount.', 'reported', 'a recount', 'calls for', 'The council'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('keeps the pronoun after a preposition or a verb that may take another\'s stance', () => {
    expect(extractQuotes('Farmers in Dunmore were vocal in their criticism of the levy.').map((m) => m.speaker?.text)).toEqual(['their']);
    expect(extractQuotes('Farmers in Dunmore ignored his calls for a recount.').map((m) => m.speaker?.text)).toEqual(['his']);
  });
});

describe('a verb of phase or of spending time before a gerund cue', () => {
  const rows: Row[] = [
    ['Okafor keeps talking about the mill in Dunmore.', 'reported', 'the mill in Dunmore', 'keeps talking about', 'Okafor'],
    ['Varn stopped short of calling for a recount.', 'reported', 'a recount', 'stopped short of calling for', 'Varn'],
    ['Okafor spent much of the debate attacking the levy.', 'reported', 'the levy', 'spent much of the debate attacking', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('leaves money spent on a thing alone', () => {
    expect(extractQuotes('The group had two million dollars spent on ads attacking the levy.').map((m) => m.cue?.text)).toEqual(['attacking']);
  });
});

describe('likening and viewing as', () => {
  const rows: Row[] = [
    ['Okafor compared the levy to a toll on the poor.', 'reported', 'the levy to a toll on the poor', 'compared', 'Okafor'],
    ['Varn contrasted her record in Dunmore with his.', 'reported', 'her record in Dunmore with his', 'contrasted', 'Varn'],
    ['Some view the levy as a tax on farmers.', 'reported', 'the levy as a tax on farmers', 'view', 'Some'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('takes no cue from a comparison of figures or a view of a place', () => {
    expect(extractQuotes('Turnout in Dunmore rose to 60 percent, compared with 40 percent in 2010.')).toEqual([]);
    expect(extractQuotes('Guests in Velmora enjoy views of the harbour as well as the hills.')).toEqual([]);
  });
});

describe('the noun "showing" (a result at the polls)', () => {
  it('takes no cue from a strong or second-place showing', () => {
    expect(extractQuotes('After a poor showing in Dunmore, Okafor left the race.')).toEqual([]);
    expect(extractQuotes('Varn hopes to build on her second-place showing in Velmora.').map((m) => m.cue?.text)).toEqual(['hopes']);
    expect(extractQuotes('It was his best showing since 2009, and aides cheered.')).toEqual([]);
  });
  it('keeps the verb "showing" with its clause', () => {
    expect(extractQuotes('New polls in Velmora are showing that Varn leads.').map((m) => m.cue?.text)).toEqual(['showing']);
  });
});

describe('"voted" with a stance or only a ballot cast', () => {
  const rows: Row[] = [
    ['Varn voted against the levy in Dunmore.', 'reported', 'against the levy in Dunmore', 'voted', 'Varn'],
    ['Okafor voted in favor of the new mill.', 'reported', 'in favor of the new mill', 'voted', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('takes no cue from where or when a ballot was cast', () => {
    expect(extractQuotes('More farmers voted in the Dunmore primary than ever before.')).toEqual([]);
    expect(extractQuotes('The town of Velmora voted at midnight, as it always does.')).toEqual([]);
    expect(extractQuotes('With four counties having voted, Varn still leads.')).toEqual([]);
  });
});

describe('a choice or ruling against a course', () => {
  const rows: Row[] = [
    ['The council decided against raising the levy on farms.', 'reported', 'raising the levy on farms', 'decided against', 'The council'],
    ['Varn opted against running for the seat in Velmora.', 'reported', 'running for the seat in Velmora', 'opted against', 'Varn'],
    ['The court in Dunmore ruled against the mill owners.', 'reported', 'the mill owners', 'ruled against', 'The court in Dunmore'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('leaves the noun "ruling" alone', () => {
    expect(extractQuotes('The mill owners will appeal a ruling against the levy.').map((m) => m.cue?.text)).not.toContain('ruling against');
  });
});

describe('polls and records that show', () => {
  const rows: Row[] = [
    ['Polls show farmers trust Varn more than Okafor.', 'reported', 'farmers trust Varn more than Okafor', 'show', 'Polls'],
    ['The mill in Dunmore paid no levy in 2010, records show.', 'reported', 'The mill in Dunmore paid no levy in 2010', 'show', 'records'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('ends another cue’s clause before ", records show"', () => {
    expect(extractQuotes('Varn backed the levy in 2010, records show.').map((m) => [m.speaker?.text, m.cue?.text, m.content.text])).toContainEqual(['records', 'show', 'Varn backed the levy in 2010']);
  });
});

describe('a verb of hope or fear before a modal (its object relative gapped)', () => {
  const rows: Row[] = [
    ['The council sent a letter, a move that the mayor hopes will end the dispute.', 'reported', 'will end the dispute', 'hopes', 'the mayor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('leaves a noun before a modal alone', () => {
    expect(extractQuotes('Okafor left early, and the report will reach Dunmore on Monday.')).toEqual([]);
  });
});

describe('the first, only or last one to do an act of stance', () => {
  const rows: Row[] = [
    ['Varn was the first member of the council to endorse Okafor.', 'reported', 'Okafor', 'endorse', 'Varn'],
    ['Okafor is the only farmer in Dunmore to criticize the levy.', 'reported', 'the levy', 'criticize', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
  it('leaves a rank without its noun phrase, and speaking, alone', () => {
    expect(extractQuotes('Varn came first in Dunmore to endorse nothing.').map((m) => m.cue?.text)).toEqual([]);
    expect(extractQuotes('Varn became the first farmer to speak at the fair in Dunmore.')).toEqual([]);
  });
});

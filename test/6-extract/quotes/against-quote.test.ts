import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';
import { pastLemma } from '../../../src/6-extract/quotes/model/past.js';

// Invented sentences only. Speakers and verbs found right against a quotation mark, and object
// pronouns in speaker phrases (twenty-third session).
const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text ?? null, m.cue?.text ?? null, m.verb, m.content.text]);

describe('a copula and a word of manner before a colon and a quote', () => {
  it.each([
    ['Labour Minister Petra Hollin was blunt: “The port cannot be held hostage by a handful of hardliners.”', ['Labour Minister Petra Hollin', 'was blunt', 'say', 'The port cannot be held hostage by a handful of hardliners.']],
    ['Freight forwarders said rates had doubled.\n\nVarn was emphatic: "We will not reopen the talks."', ['Varn', 'was emphatic', 'say', 'We will not reopen the talks.']],
  ])('%s', (text, expected) => {
    expect(rows(text).at(-1)).toEqual(expected);
  });
  it('needs the subject to open the sentence and a word of manner', () => {
    expect(rows('The answer was clear: “No.”').map((r) => r[0])).not.toContain('The answer');
    expect(rows('Ilsa Varn was tired: “We walked all night.”').map((r) => r[1])).not.toContain('was tired');
  });
});

describe('a quote with its speaker before it and "according to" after it', () => {
  it('is the speaker\'s; "according to" names who reported it', () => {
    expect(rows('Labour Minister Petra Hollin told reporters on Saturday: “This agreement is fair to the workers,” according to the Halden News Agency.')).toEqual([
      ['Labour Minister Petra Hollin', 'told', 'tell', 'This agreement is fair to the workers'],
    ]);
  });
  it('without a speaker before it, "according to" gives the source', () => {
    expect(rows('“This agreement is fair to the workers,” according to Petra Hollin.').map((r) => r[0])).toEqual(['Petra Hollin']);
  });
});

describe('a past tense of manner right against a quote', () => {
  it.each([
    ['Okafor leaned in and boomed: “Let’s win in November.”', ['Okafor', 'boomed', 'boom', 'Let’s win in November.']],
    ['“This is fantastic!” beamed Dana Orlov of Velmora, who stood on a chair.', ['Dana Orlov of Velmora', 'beamed', 'beam', 'This is fantastic!']],
    ['The mayor smiled: “Not today.”', ['The mayor', 'smiled', 'smile', 'Not today.']],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual([expected]);
  });

  it('leaves titles, labels, passives and relative clauses alone', () => {
    // A title is no one's words: at most the title itself, with no speaker (passive.ts).
    expect(rows('The ad, titled “Scam,” ran on Monday.')).toEqual([[null, 'titled', 'be titled', '“Scam']]);
    expect(rows('Her father, who wired “Come home now,” waited.').map((r) => r[1])).not.toContain('wired');
    expect(rows('Their rights were quietly restored: “We can vote again.”').map((r) => r[1])).not.toContain('restored');
  });

  it.each([
    ['boomed', 'boom'], ['scoffed', 'scoff'], ['smiled', 'smile'], ['snapped', 'snap'], ['cried', 'cry'],
    ['chuckled', 'chuckle'], ['called', 'call'], ['joked', 'joke'], ['sighed', 'sigh'], ['nodded', 'nod'],
  ])('lemma of %s is %s', (past, lemma) => {
    expect(pastLemma(past)).toBe(lemma);
  });
});

describe('an object pronoun ending a speaker phrase', () => {
  it('takes "a source close to him" whole', () => {
    expect(rows('Okafor will change his plans, a source close to him said.')).toEqual([['a source close to him', 'said', 'say', 'Okafor will change his plans']]);
  });
  it('keeps "of" for plural pronouns only', () => {
    expect(rows('Most of them said the levy was fair.')[0]?.[0]).toBe('Most of them');
    expect(rows('A picture of him smiling, he said, was fake.')[0]?.[0]).not.toBe('A picture of him');
  });
});

describe('cues before a quote that name no speaker next to them', () => {
  it('reads a verb of saying opening the sentence, the speaker after it', () => {
    expect(rows('Said Dana Orlov, who grew up in Velmora, “We were all so proud of him.”')).toEqual([['Dana Orlov', 'Said', 'say', 'We were all so proud of him.']]);
    expect(rows('Said Okafor, “The levy is fair.”')).toEqual([['Okafor', 'Said', 'say', 'The levy is fair.']]);
  });
  it('leaves the asker of "was asked, “…”" unnamed, with no speaker carried over', () => {
    expect(rows('Okafor spoke on Monday. Orlov was asked, “Would you have told her?”')).toEqual([[null, 'was asked', 'ask', 'Would you have told her?']]);
  });
  it('carries the speaker over to "by saying, “…”"', () => {
    expect(rows('Okafor said the vote was close. He began by saying, “I do not think it is over.”')).toEqual([
      ['Okafor', 'said', 'say', 'the vote was close'],
      ['Okafor', 'saying', 'say', 'I do not think it is over.'],
    ]);
  });
});

describe('a closing attribution followed by a participle of its own', () => {
  it('reports the clause before it, and the participle after it', () => {
    expect(rows('Okafor plans to visit the mill in May, an aide said, noting that the date could change.')).toEqual([
      ['an aide', 'said', 'say', 'Okafor plans to visit the mill in May'],
      ['an aide', 'noting', 'note', 'the date could change'],
    ]);
  });
});

describe('a cue that needs "that" closing an "as" clause', () => {
  it.each([
    ['As Dana Orlov of the Dunmore Herald observed, the biggest winner was the stage.', 'Dana Orlov of the Dunmore Herald', 'observed', 'the biggest winner was the stage'],
    ['Of course, as Okafor knows, the levy is dead.', 'Okafor', 'knows', 'the levy is dead'],
  ])('%s', (text, speaker, cue, content) => {
    expect(rows(text)).toEqual([[speaker, cue, expect.any(String), content]]);
  });
  it('still needs "that" elsewhere', () => {
    expect(rows('Okafor found the keys on Friday.')).toEqual([]);
  });
});

describe('an infinitive of purpose of a verb of saying', () => {
  it.each([
    ['Okafor took to the radio to say that the levy was fair.', ['Okafor', 'say', 'say', 'the levy was fair']],
    ['He went out of his way to say that the mill had hit bottom.', ['He', 'say', 'say', 'the mill had hit bottom']],
    ['Dana Orlov went so far as to say: “The levy is over.”', ['Dana Orlov', 'say', 'say', 'The levy is over.']],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual([expected]);
  });
  it('leaves a phrase cue ending in the infinitive whole, and a bare infinitive alone', () => {
    expect(rows('Okafor went on to say that the levy was fair.')[0]?.[1]).toBe('went on to say');
    expect(rows('Okafor has nothing to say about the levy.')).toEqual([]);
  });
});

describe('a quoted title inside an appositive', () => {
  it.each([
    ['Dana Orlov, the author of “Going Viral,” said the levy was fair.', 'Dana Orlov'],
    ['Dana Orlov, star of television’s “Harbour Lights,” thanked Okafor for the levy.', 'Dana Orlov'],
    ['Dana Orlov, whose book "Going Viral" sold well, said the levy was fair.', 'Dana Orlov'],
  ])('%s', (text, speaker) => {
    expect(rows(text).map((r) => r[0])).toContain(speaker);
  });
});

describe('an object relative clause with nothing after its verb', () => {
  it.each([
    ['He turned against the bill - which he once supported - and praised the levy.', ['he', 'supported', 'support', 'which']],
    ['It is the sort of victory that she fears.', ['she', 'fears', 'fear', 'that']],
    ['Her support still lags below what she wants and the mayor gains.', ['she', 'wants', 'want', 'what']],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContainEqual(expected);
  });
  it('keeps the clause after "that" when it has one', () => {
    expect(rows('Okafor said that she fears the levy will fail.')).toEqual([['Okafor', 'said', 'say', 'she fears the levy will fail']]);
    expect(rows('Her fear is that she fears the levy will fail.').map((r) => r[3])).not.toContain('that');
  });
});

describe('"speak of/about" with a manner between', () => {
  it.each([
    ['Longtime friends still speak with admiration of Okafor’s manners.', ['Longtime friends', 'speak with admiration of', 'speak about', 'Okafor’s manners']],
    ['In a July interview, he spoke favorably of the levy on farms.', ['he', 'spoke favorably of', 'speak about', 'the levy on farms']],
    ['Okafor’s backers speak of a narrower field.', ['Okafor’s backers', 'speak of', 'speak about', 'a narrower field']],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual([expected]);
  });
  it('leaves "spoke" with a time alone', () => {
    expect(rows('Okafor spoke on Friday.')).toEqual([]);
  });
});

describe('a quote signed with a dash and a name', () => {
  const text = '“He represents our greatest shame.” ― Sonya Poe “During the debate Okafor said farmers live in hell.” ― Mary Adams. The next day was quiet.';
  it('gives each quote its own signature, the dash as the cue', () => {
    expect(rows(text)).toEqual([
      ['Sonya Poe', '―', 'say', 'He represents our greatest shame.'],
      ['Mary Adams', '―', 'say', 'During the debate Okafor said farmers live in hell.'],
    ]);
  });
  it('needs a short name right after the dash, then an end', () => {
    expect(rows('“The levy is fair” — Okafor told the crowd on Friday.')[0]?.[1]).not.toBe('—');
  });
});

describe('no speaker where no noun phrase stands before the cue', () => {
  it('keeps the cue and its clause with the speaker unnamed', () => {
    // (A reaction received: the clip is what it is about, no one named; reception.ts.)
    expect(rows('The clip has faced ridicule online since it was released.').map((r) => [r[0], r[1]])).toEqual([[null, 'faced ridicule']]);
    expect(rows('Protests swept the city, fueling worries in Velmora that the mill would close.').map((r) => [r[0], r[1]])).toEqual([[null, 'worries']]);
  });
  it('skips "in" and a year between the speaker and the cue', () => {
    expect(rows('He met Okafor, who in 2010 said the levy was fair.')).toEqual([['who', 'said', 'say', 'the levy was fair']]);
  });
});

describe('speakers past a quote in an opening clause, and past "together"', () => {
  it('finds the subject after a gerund clause ending in a quote', () => {
    expect(rows('After saying her foot was “so swollen I could barely walk,” she was rushed to the clinic.')[0]?.[0]).toBe('she');
  });
  it('skips "together" between the speaker and the cue', () => {
    expect(rows('The two towns, which together vowed to cut the levy, met.')[0]?.slice(0, 2)).toEqual(['which', 'vowed']);
  });
});

describe('a text that "reads" right after the quote (thirty-first session)', () => {
  it.each([
    ['“The levy has already forced the council to change its mind,” read the email. “We grow.”', ['the email', 'read', 'read', 'The levy has already forced the council to change its mind']],
    ['“Friend, let me be blunt. I can beat Okafor,” the email read. It went out on Friday.', ['the email', 'read', 'read', 'Friend, let me be blunt. I can beat Okafor']],
    ['“The delay is indefensible,” it read.', ['it', 'read', 'read', 'The delay is indefensible']],
  ])('%s', (text, expected) => {
    expect(rows(text)[0]).toEqual(expected);
  });

  it('takes no imperative "Read the rest …" for an attribution', () => {
    expect(rows('“We won,” Okafor said. Read the rest of the story at the Velmora Herald.').map((r) => r[1])).toEqual(['said']);
  });
});

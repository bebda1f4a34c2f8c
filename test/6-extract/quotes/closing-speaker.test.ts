import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';

// Invented sentences only. Speakers that follow their cue, and speakers before a quote closed
// with two apostrophes (twenty-fourth session).
const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text ?? null, m.cue?.text ?? null, m.content.text]);

describe('a phrase of place or time between a quote and its attribution', () => {
  it('is skipped when the attribution ends the sentence', () => {
    expect(rows('“We are still here” at the rally, Okafor said. The crowd left.')).toEqual([['Okafor', 'said', 'We are still here']]);
    expect(rows('"The levy stays" after the vote, she said.')).toEqual([['she', 'said', 'The levy stays']]);
  });
  it('leaves a quote unattributed when the clause after the comma reports something else', () => {
    expect(rows('“We will win” in November, Okafor said the polls show.')[0]).toEqual([null, null, 'We will win']);
  });
});

describe('an attribution set off by commas after a verb', () => {
  it('is kept beside the verb, and both report the clause after it', () => {
    expect(rows('The records indicate, Okafor said in an interview, that the fund is empty.')).toEqual([
      ['The records', 'indicate', 'the fund is empty'],
      ['Okafor', 'said', 'the fund is empty'],
    ]);
    expect(extractQuotes('Reyes hoped, he told reporters, that the vote would wait.')[1]?.channel?.text).toBe('reporters');
  });
});

describe('an aside between dashes before the main verb of saying', () => {
  it('ends at the closing dash', () => {
    expect(rows('Okafor — who once said she would close the mill — said on Friday that the mill stays open.')).toEqual([
      ['who', 'said', 'she would close the mill'],
      ['Okafor', 'said', 'the mill stays open'],
    ]);
  });
  it('does not end before a verb that does not invert', () => {
    expect(rows('Some note that Okafor — even as she says the mill matters — has proposed little for it.').map((r) => r[1])).not.toContain('proposed');
  });
});

describe('a speaker after the cue', () => {
  it.each([
    // A role word between a place and a name stays in the phrase.
    ['The fund is $4 million to $5 million short, said former Velmora governor Dana Orlov, who chairs the board.',
      [['former Velmora governor Dana Orlov', 'said', 'The fund is $4 million to $5 million short']]],
    // A bracket after the speaker is an aside.
    ['Raising the levy now “is the wrong move,” said Mr. Okafor (a view his rivals share).',
      [['Mr. Okafor', 'said', 'is the wrong move']]],
    // An appositive to the sentence end after a closing attribution whose clause holds another cue.
    ['The vote signals the end of the coalition, said Amos Ilan, founder of the Harbor Party.',
      [['Amos Ilan', 'said', 'The vote signals the end of the coalition']]],
    // The same with a quote after the inner verb: the quote is the closing speaker's.
    ['The vote signals “the end of the coalition” for now, said Amos Ilan, founder of the Harbor Party.',
      [['Amos Ilan', 'said', 'the end of the coalition']]],
  ])('row %#', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('reads a relative clause before the cue as part of its subject, not an inverted attribution', () => {
    expect(rows('Mira Okafor, 59, of Harbor City, who watched the vote on a screen, said the vote brought back memories of her mother.')).toEqual([
      ['Mira Okafor', 'said', 'the vote brought back memories of her mother'],
    ]);
    expect(rows('The plan, which passed on Friday, is dead, said the mayor.')[0]?.[0]).toBe('the mayor');
  });

  it('never inverts a participle', () => {
    expect(rows('Okafor spoke first and left, saying nothing.').map((r) => r[0])).not.toContain('nothing');
  });

  it('takes a noun with a reduced relative clause whole ("the experts I interviewed said")', () => {
    expect(rows('All the farmers I interviewed said the levy was unfair.')[0]?.[0]).toBe('the farmers I interviewed');
    expect(rows('Everyone we polled criticized the plan.')[0]?.[0]).toBe('Everyone we polled');
  });

  it('keeps a subject relative clause with the noun it describes', () => {
    expect(rows('An aide who spoke anonymously to discuss strategy said talks were under way.')[0]?.slice(0, 2)).toEqual([
      'An aide who spoke anonymously to discuss strategy', 'said',
    ]);
  });

  it('still ends a speaker phrase at a lower-case verb after a name', () => {
    expect(rows('The deal is off, said Orlov, who insisted on more time.')[0]?.[0]).toBe('Orlov');
    expect(rows('The deal is off, said Velmora officials.')[0]?.[0]).toBe('Velmora officials');
  });
});

describe('the speaker of a participle', () => {
  it('is the subject of the clause coordinated just before it', () => {
    expect(rows('The camera pointed at the ground, and she grew upset, shouting that they should stop.')[0]?.slice(0, 2)).toEqual(['she', 'shouting']);
    expect(rows('Okafor hit back, saying the levy was fair.')[0]?.slice(0, 2)).toEqual(['Okafor', 'saying']);
  });

  it('is the subject after a gerund clause opened by a span of time', () => {
    expect(rows('One month after announcing his support for the levy, Dana Orlov said she still had doubts.').map((r) => r[0])).toEqual(['Dana Orlov', 'Dana Orlov']);
  });

  it('shares the subject of the outer attribution, not of one nested in it', () => {
    const found = rows('The campaign confirmed that Okafor has given paid speeches since announcing his bid but declined to list the fees.');
    expect(found.find((r) => r[1] === 'declined')?.[0]).toBe('The campaign');
  });

  it.each([
    ['Okafor was heard on a microphone telling an aide to leave.', 'Okafor'],
    ['A guard can be heard shouting that the gate was shut.', 'A guard'],
  ])('is the one heard or seen: %s', (text, speaker) => {
    expect(rows(text)[0]?.[0]).toBe(speaker);
  });

  it.each([
    ['The union issued a policy paper welcoming the levy.', 'The union'],
    ['They will carry banners proclaiming that the mill must stay.', 'They'],
    ['The campaign released a website asking for ideas.', 'The campaign'],
    ['The council sent a letter to the governor urging her to reconsider.', 'The council'],
  ])('is the author of a document it follows: %s', (text, speaker) => {
    expect(rows(text)[0]?.[0]).toBe(speaker);
  });
});

describe('a cue in a clause opening the sentence', () => {
  it.each([
    ['Ever since she endorsed Okafor this month, Dana Orlov has been his best ally.', 'Okafor this month'],
    ['When Okafor said the levy would pass, nobody believed him.', 'the levy would pass'],
    ['Although the mayor said the mill would stay, it closed.', 'the mill would stay'],
  ])('ends at its comma: %s', (text, content) => {
    expect(rows(text)[0]?.[2]).toBe(content);
  });
});

describe("a quote closed with two apostrophes (''…,'')", () => {
  it('lets the verb after the quote find the speaker before it', () => {
    expect(rows("Mr. Okafor, citing ''the strength of the mill,'' said the levy would pass.")).toEqual([
      ['Mr. Okafor', 'citing', 'the strength of the mill'],
      ['Mr. Okafor', 'said', 'the levy would pass'],
    ]);
  });
});

describe('a closing attribution after a partial quote that ends the clause', () => {
  it.each([
    ["Harbor engineers, on the other hand, know that ''the dam will not hold another winter,'' Ms. Okafor said.",
      [['Ms. Okafor', 'said', 'the dam will not hold another winter']]],
    ['Surveys show that the mill towns are “tired of waiting,” a Velmora official said.',
      [['a Velmora official', 'said', 'tired of waiting']]],
    // The comma before an inverted cue ends the clause; it is no speaker with a relative clause.
    ['Surveys show that the mill towns are tired of waiting, said Dana Orlov, the mayor.',
      [['Dana Orlov', 'said', 'Surveys show that the mill towns are tired of waiting']]],
  ])('credits the whole sentence to the closing speaker: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('leaves a quote inside a clause of saying with that clause', () => {
    expect(rows('Okafor said that the levy was “a disaster,” and the council agreed.')[0]?.slice(0, 2)).toEqual(['Okafor', 'said']);
  });
});

describe('a restrictive relative clause before the main verb of saying', () => {
  it.each([
    ['One Velmora official who relayed the exchange said the mayor left early.',
      [['who', 'relayed', 'the exchange'], ['One Velmora official who relayed the exchange', 'said', 'the mayor left early']]],
    ['Economists who favor a sugar tax argue that it pays for clinics.',
      [['who', 'favor', 'a sugar tax'], ['Economists who favor a sugar tax', 'argue', 'it pays for clinics']]],
  ])('ends before that verb: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('leaves a verb after a preposition, or one opening a clause after a colon, in the clause', () => {
    expect(rows('Farmers who say the mill is in decline want a new levy.')[0]?.[2]).toMatch(/^the mill is in decline/);
    expect(rows('Those who endorsed the plan looked wary: Dana Orlov called it a gamble.')[0]?.[2]).toBe('the plan looked wary');
  });
});

describe('"call" with a quoted name or label', () => {
  it.each([
    // An indefinite speaker calls when an object pronoun follows ("a group called Harbor Watch" does not).
    ['A reporter for the Velmora Herald called it “absolute chaos.”', [['A reporter for the Velmora Herald', 'called', 'absolute chaos.']]],
    // The quote right after the cue is its object, not the words of the clause around it.
    ['The town hoped to shed what Okafor called “a reputation for floods.”', [['Okafor', 'called', 'a reputation for floods.']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('leaves a naming participle and a naming passive alone', () => {
    expect(rows('She joined a group called Harbor Watch.')).toEqual([]);
    expect(rows('Farmers back what’s called “the harbor plan.”').map((r) => r[1])).not.toContain('called');
  });
});

describe('twenty-seventh session', () => {
  it.each([
    ['The levy is dead, said an aide who spoke on condition of anonymity.', 'an aide who spoke on condition of anonymity'],
    ['Okafor was never one for “long meetings,” said one former adviser who requested anonymity.', 'one former adviser who requested anonymity'],
  ])('takes a relative clause with a verb of its own into an inverted speaker: %s', (text, speaker) => {
    expect(rows(text).find((r) => r[1] === 'said')?.[0]).toBe(speaker);
  });

  it('reads a form in -ing after "is" as the progressive verb ("is warning voters that …")', () => {
    expect(rows('Dana Orlov is warning voters that the levy would close the mill.')).toEqual([
      ['Dana Orlov', 'warning', 'the levy would close the mill'],
    ]);
    expect(rows('The warning came too late.')).toEqual([]);
  });

  it('keeps a closing report of a report beside the report it holds', () => {
    expect(rows('Okafor said the talks had failed, the Harbor Herald reported.')).toEqual([
      ['the Harbor Herald', 'reported', 'Okafor said the talks had failed'],
      ['Okafor', 'said', 'the talks had failed'],
    ]);
    // Not after a coordinated clause, nor for a verb that is not one of saying.
    expect(rows('They noted the mayor offered to meet in private, but Okafor declined.').map((r) => r[1])).toEqual(['noted']);
    // Not around a quote: the quote stays with the report that holds it.
    expect(rows('Orlov said the plan was “a gamble,” an aide said.')).toEqual([['Orlov', 'said', 'a gamble']]);
  });

  it.each([
    ['Okafor released a letter from her doctor that says she is fit to serve.', [['a letter from her doctor', 'says', 'she is fit to serve']]],
    ['They handed out leaflets that said, “Vote no on the levy.”', [['leaflets', 'said', 'Vote no on the levy.']]],
  ])('reads "that" after a noun as that noun speaking: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('leaves "that" as a determiner or a conjunction alone', () => {
    expect(rows('The author of that boast died in June.')).toEqual([]);
    expect(rows('Okafor said that claims of fraud were false.')).toEqual([['Okafor', 'said', 'claims of fraud were false']]);
  });
});

describe('twenty-ninth session', () => {
  it('joins two names with a slash into one source ("USA Today/Suffolk University poll")', () => {
    expect(rows('A new poll from the Dunmore Herald/Velmora University found most voters back the levy.')).toEqual([
      ['A new poll from the Dunmore Herald/Velmora University', 'found', 'most voters back the levy'],
    ]);
  });
});

describe('an inverted speaker with partners after "and"', () => {
  it.each([
    ['The mill would close, said Dana Orlov and others.', 'Dana Orlov and others'],
    ['The contrast, said Dana Orlov and two aides, would be clear.', 'Dana Orlov and two aides'],
  ])('takes them in: %s', (text, speaker) => {
    expect(rows(text).map((r) => r[0])).toEqual([speaker]);
  });
});

describe('two relative clauses joined by "and who" before the main verb of saying', () => {
  it('belong to the speaker, and the first clause ends before that verb', () => {
    expect(rows('An aide who worked at the mill and who asked not to be named said the levy was dead.')).toEqual([
      ['An aide who worked at the mill and who', 'asked', 'not to be named'],
      ['An aide who worked at the mill and who asked not to be named', 'said', 'the levy was dead'],
    ]);
  });
});

describe('a closing "according to" whose source is described after it (thirty-fourth session)', () => {
  it.each([
    ['The levy rose again, according to people close to the council.', 'people close to the council', 'The levy rose again'],
    ['The group has called for a boycott, according to the Harlow Institute, which tracks such calls.', 'the Harlow Institute, which tracks such calls', 'The group has called for a boycott'],
    ['Orlov wrote 40 letters last month, according to Vantra, a tool that counts them.', 'Vantra, a tool that counts them', 'Orlov wrote 40 letters last month'],
    ['The fund will double by 2030, according to an aide who asked not to be named.', 'an aide who asked not to be named', 'The fund will double by 2030'],
    ['The story is different, according to former Sen. Ilsa Varn, D-Ash.', 'former Sen. Ilsa Varn, D-Ash', 'The story is different'],
    ['The levy has support from 52 percent of growers, according to a Herald/Varn Institute survey released on Thursday.', 'a Herald/Varn Institute survey released on Thursday', 'The levy has support from 52 percent of growers'],
  ])('%s', (text, speaker, content) => {
    expect(rows(text)).toEqual([[speaker, 'according to', content]]);
  });

  it('leaves an adjunct after the source out of the content', () => {
    expect(rows('The levy rose to 18 percent, according to the growers, compared with 25 percent before.')).toEqual([['the growers', 'according to', 'The levy rose to 18 percent']]);
  });

  it('still reports a clause that follows the source', () => {
    expect(rows('Since May, according to the Harlow Institute, the guards have held 40 people.')).toEqual([['the Harlow Institute', 'according to', 'the guards have held 40 people']]);
    expect(rows('The plan, according to an aide who was there, is dead.')[0]?.slice(0, 2)).toEqual(['an aide who was there', 'according to']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractQuotes, type QuoteMention } from '../../../src/6-extract/quotes/index.js';

// Invented sentences only. Each row: input, then the expected single mention
// [kind, content, cue, verb, speaker, channel] (null where nothing is expected).
type Row = [string, QuoteMention['kind'], string, string | null, string | null, string | null, string | null];

function only(text: string): QuoteMention {
  const found = extractQuotes(text);
  expect(found, JSON.stringify(found.map((m) => m.content.text))).toHaveLength(1);
  return found[0]!;
}

function check([text, kind, content, cue, verb, speaker, channel]: Row): void {
  const m = only(text);
  expect({ kind: m.kind, content: m.content.text, cue: m.cue?.text ?? null, verb: m.verb, speaker: m.speaker?.text ?? null, channel: m.channel?.text ?? null })
    .toEqual({ kind, content, cue, verb, speaker, channel });
}

describe('direct quotes', () => {
  const rows: Row[] = [
    ['“We will not stop,” he said.', 'direct', 'We will not stop', 'said', 'say', 'he', null],
    ['"We will not stop," he said.', 'direct', 'We will not stop', 'said', 'say', 'he', null],
    ['"The bridge is closed," said Yousef Haddad.', 'direct', 'The bridge is closed', 'said', 'say', 'Yousef Haddad', null],
    ['"The bridge is closed," said Yousef Haddad, the ministry spokesman.', 'direct', 'The bridge is closed', 'said', 'say', 'Yousef Haddad', null],
    ['Haddad said: "The bridge is closed."', 'direct', 'The bridge is closed.', 'said', 'say', 'Haddad', null],
    ['Haddad said, “The bridge is closed.”', 'direct', 'The bridge is closed.', 'said', 'say', 'Haddad', null],
    ['"We acted within the law," the ministry said in a statement.', 'direct', 'We acted within the law', 'said', 'say', 'the ministry', 'a statement'],
    ['“The road is open,” Mira Ilan told AFP.', 'direct', 'The road is open', 'told', 'tell', 'Mira Ilan', 'AFP'],
    ['“The road is open,” Ilan, the army spokesman, said.', 'direct', 'The road is open', 'said', 'say', 'Ilan', null],
    ['“Will the talks resume?” Haddad asked.', 'direct', 'Will the talks resume?', 'asked', 'ask', 'Haddad', null],
    ['“It is a trap,” warned a senior US official.', 'direct', 'It is a trap', 'warned', 'warn', 'a senior US official', null],
    ['“Nobody was hurt,” Israel’s prime minister insisted.', 'direct', 'Nobody was hurt', 'insisted', 'insist', 'Israel’s prime minister', null],
    ['“We are ready,” the senator wrote on X.', 'direct', 'We are ready', 'wrote', 'write', 'the senator', 'X'],
    ['‘We are ready,’ she said.', 'direct', 'We are ready', 'said', 'say', 'she', null],
    // A colon ending the paragraph before the quote.
    ['The mill closed in May.\n\nShe said:\n\n“It will reopen in the spring.”', 'direct', 'It will reopen in the spring.', 'said', 'say', 'She', null],
    ['On July 6, Okafor made the following comment:\n\n“The rate is 33 percent.”', 'direct', 'The rate is 33 percent.', 'made the following comment', 'make comment', 'Okafor', null],
    // A headline opening a paragraph: the colon right before the mark is the cue.
    ['Orlov: ‘We Will Carry Ashford County.’', 'direct', 'We Will Carry Ashford County.', ':', 'say', 'Orlov', null],
    // A name opening its clause right before a colon and the mark: the colon is the cue.
    ['TURNOUT WAS HIGH – Dana Orlov: “The count in Ashford was close all night.”', 'direct', 'The count in Ashford was close all night.', ':', 'say', 'Dana Orlov', null],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('pairs guillemets and low-9 marks', () => {
    expect(extractQuotes('Le maire a déclaré: «Nous restons.» Fin.').map((m) => m.content.text)).toContain('Nous restons.');
    expect(extractQuotes('Er sagte: „Wir bleiben.“ Ende.').map((m) => m.content.text)).toContain('Wir bleiben.');
  });

  it('keeps the first sentence of a quote split by its attribution, and the second', () => {
    const found = extractQuotes('“The road is open,” Haddad said, “and it will stay open.”');
    expect(found.map((m) => [m.content.text, m.speaker?.text])).toEqual([
      ['The road is open', 'Haddad'],
      ['and it will stay open.', 'Haddad'],
    ]);
  });

  it('reports the participle after the quote as reported speech by the same speaker', () => {
    const found = extractQuotes('"The talks are over," Haddad told AFP, adding that a new round was possible.');
    expect(found.map((m) => [m.kind, m.content.text, m.verb, m.speaker?.text, m.channel?.text ?? null])).toEqual([
      ['direct', 'The talks are over', 'tell', 'Haddad', 'AFP'],
      ['reported', 'a new round was possible', 'add', 'Haddad', null],
    ]);
  });

  it('carries the speaker over to an unattributed quote that follows (cue null)', () => {
    const found = extractQuotes('Haddad spoke to reporters on Friday. "We will win. We will never give up."');
    const quote = found.find((m) => m.kind === 'direct')!;
    expect(quote.content.text).toBe('We will win. We will never give up.');
    expect(quote.speaker?.text).toBe('Haddad');
    expect(quote.cue).toBeNull();
    expect(quote.verb).toBeNull();
  });

  it('carries the speaker of an attributed quote over to the next paragraph', () => {
    const found = extractQuotes('“The bridge is closed,” Haddad said.\n\n“Nobody may cross it until Monday.”');
    expect(found[1]!.speaker?.text).toBe('Haddad');
    expect(found[1]!.cue).toBeNull();
  });

  // A paragraph of someone else's account in between: the quote is nobody's we can name.
  it.each([
    ['Freight forwarders said they were losing money.\n\nShips queued in the outer harbour on Tuesday.\n\n“The port cannot be held hostage.”', null],
    ['Union leader Mirela Soskin said the workers would hold out.\n\n“We have waited four years for a fair offer.”', 'Union leader Mirela Soskin'],
    ['Soskin said the workers would hold out. Ships queued on Tuesday. “We have waited four years.”', 'Soskin'],
  ])('carries a speaker over at most one paragraph: %s', (text, speaker) => {
    const quote = extractQuotes(text).find((m) => m.kind === 'direct')!;
    expect(quote.speaker?.text ?? null).toBe(speaker);
  });

  it('joins a quote running across paragraphs', () => {
    const text = '“We will not stop.\n\n“We will win,” he said.';
    const m = only(text);
    expect(m.paragraphs).toBe(2);
    expect(m.content.text).toBe('We will not stop.\n\n“We will win');
    expect(m.speaker?.text).toBe('he');
  });
});

describe('reported speech', () => {
  const rows: Row[] = [
    ['Haddad said that the deal was dead.', 'reported', 'the deal was dead', 'said', 'say', 'Haddad', null],
    ['Haddad said the deal was dead.', 'reported', 'the deal was dead', 'said', 'say', 'Haddad', null],
    // "No. 2" is a rank, not a sentence end; "a brief note" is a noun, not the cue.
    ['Mira Ilan, the No. 2 official in the ministry, said the road was open.', 'reported', 'the road was open', 'said', 'say', 'Mira Ilan', null],
    ['In a brief note to readers, Ilan said the desk would close.', 'reported', 'the desk would close', 'said', 'say', 'Ilan', null],
    ['According to a US official, the convoy was hit twice.', 'reported', 'the convoy was hit twice', 'According to', 'according to', 'a US official', null],
    ['The convoy was hit twice, according to a US official.', 'reported', 'The convoy was hit twice', 'according to', 'according to', 'a US official', null],
    ['The deal is dead, the official said.', 'reported', 'The deal is dead', 'said', 'say', 'the official', null],
    ['The deal is dead, said the official.', 'reported', 'The deal is dead', 'said', 'say', 'the official', null],
    ['Haddad told AFP that the talks had failed.', 'reported', 'the talks had failed', 'told', 'tell', 'Haddad', 'AFP'],
    ['Yousef Haddad, the army spokesman, said the strike was necessary.', 'reported', 'the strike was necessary', 'said', 'say', 'Yousef Haddad', null],
    ['Haddad’s spokesman said the minister was ill.', 'reported', 'the minister was ill', 'said', 'say', 'Haddad’s spokesman', null],
    ['Israel’s prime minister warned that the operation would continue.', 'reported', 'the operation would continue', 'warned', 'warn', 'Israel’s prime minister', null],
    ['The minister said in an interview with CNN that the talks would resume.', 'reported', 'the talks would resume', 'said', 'say', 'The minister', 'CNN'],
    ['The senator wrote on X that the vote was rigged.', 'reported', 'the vote was rigged', 'wrote', 'write', 'The senator', 'X'],
    ['Haddad told reporters on Friday the deal was dead.', 'reported', 'the deal was dead', 'told', 'tell', 'Haddad', 'reporters'],
    ['The mayor said at a news conference that the curfew would end.', 'reported', 'the curfew would end', 'said', 'say', 'The mayor', 'a news conference'],
    // A day after the channel is when, not an outlet ("in an interview on Fox News" names one).
    ['The mayor said in a statement on Friday that the curfew would end.', 'reported', 'the curfew would end', 'said', 'say', 'The mayor', 'a statement'],
    ['The mayor said in an interview on Fox News that the curfew would end.', 'reported', 'the curfew would end', 'said', 'say', 'The mayor', 'Fox News'],
    // The outlet speaking of itself is a channel too; another hearer ("told him") is not.
    ['The mayor told us that the curfew would end.', 'reported', 'the curfew would end', 'told', 'tell', 'The mayor', 'us'],
    ['The mayor said in an interview with this newspaper that the curfew would end.', 'reported', 'the curfew would end', 'said', 'say', 'The mayor', 'this newspaper'],
    ['The mayor told him that the curfew would end.', 'reported', 'the curfew would end', 'told', 'tell', 'The mayor', null],
    ['Haddad has repeatedly claimed that the vote was fair.', 'reported', 'the vote was fair', 'claimed', 'claim', 'Haddad', null],
    ['She denied that she had met the envoy.', 'reported', 'she had met the envoy', 'denied', 'deny', 'She', null],
    ['Mira Ilan tweeted that the border would reopen.', 'reported', 'the border would reopen', 'tweeted', 'tweet', 'Mira Ilan', null],
    ['The head of the agency stressed that aid was arriving.', 'reported', 'aid was arriving', 'stressed', 'stress', 'The head of the agency', null],
    ['A spokesman for the ministry confirmed the strike.', 'reported', 'the strike', 'confirmed', 'confirm', 'A spokesman for the ministry', null],
    ['Most voters believe the economy is weak.', 'reported', 'the economy is weak', 'believe', 'believe', 'Most voters', null],
    ['The governor wants to cut taxes.', 'reported', 'to cut taxes', 'wants', 'want', 'The governor', null],
    ['Union leaders called for a general strike.', 'reported', 'a general strike', 'called for', 'call for', 'Union leaders', null],
    ['The envoy urged both sides to stop fighting.', 'reported', 'to stop fighting', 'urged', 'urge', 'The envoy', null],
    ['Analysts expect the bank to raise rates.', 'reported', 'the bank to raise rates', 'expect', 'expect', 'Analysts', null],
    ['Sen. Mira Ilan (D-Ore.) said the bill would pass.', 'reported', 'the bill would pass', 'said', 'say', 'Sen. Mira Ilan', null],
    ['Haddad: Talks are over', 'reported', 'Talks are over', ':', 'say', 'Haddad', null],
    ['Haddad Says Talks Are Over', 'reported', 'Talks Are Over', 'Says', 'say', 'Haddad', null],
    ['Marla Ilan, 21, a student from Haifa, said she would vote.', 'reported', 'she would vote', 'said', 'say', 'Marla Ilan', null],
    ['Haddad — who chairs the panel — said the vote was fair.', 'reported', 'the vote was fair', 'said', 'say', 'Haddad', null],
    ['The talks will resume, people close to the envoy say.', 'reported', 'The talks will resume', 'say', 'say', 'people close to the envoy', null],
    ['Groups that backed him say the vote was fair.', 'reported', 'the vote was fair', 'say', 'say', 'Groups that backed him', null],
    ['The state department less than two weeks ago said the envoy had resigned.', 'reported', 'the envoy had resigned', 'said', 'say', 'The state department', null],
    ['According to early counts from polling stations in the north, turnout rose.', 'reported', 'turnout rose', 'According to', 'according to', 'early counts from polling stations in the north', null],
    ['The latest survey found the mayor ahead.', 'reported', 'the mayor ahead', 'found', 'find', 'The latest survey', null],
    // A closing attribution reports the whole clause, an earlier cue that is not a verb of saying included.
    ['The council decided to delay the vote, a source said.', 'reported', 'The council decided to delay the vote', 'said', 'say', 'a source', null],
    ['The mayor plans to tour the flooded district on Monday, according to an aide.', 'reported', 'The mayor plans to tour the flooded district on Monday', 'according to', 'according to', 'an aide', null],
    // (A verb of saying inside keeps its words, and the closing report holds both: closing-speaker.test.ts.)
    // A participle between commas is an aside: the verb after it is the cue.
    ['Okafor, speaking to farmers in Lisbon, said he would review the tariff.', 'reported', 'he would review the tariff', 'said', 'say', 'Okafor', null],
    // A participle describing the object of an opening preposition is not the cue of the clause after it.
    ['In a message posted on Friday, Okafor said he had doubts about the deal.', 'reported', 'he had doubts about the deal', 'said', 'say', 'Okafor', null],
    // After a closing cue an adjunct ("after …") is not the content: the clause before the speaker is.
    ['The harbour plan is doomed, she said after a meeting with the board.', 'reported', 'The harbour plan is doomed', 'said', 'say', 'she', null],
    // A state's abbreviation before a comma ends no sentence: the appositive runs on to the name.
    ['Dana Orlov, a baker from Ashford, Ky., who runs a stall in the market, said she would vote.', 'reported', 'she would vote', 'said', 'say', 'Dana Orlov', null],
    // After an inverted "said", a short description without a verb belongs to the speaker.
    ['The levy will pass, said a source close to the council.', 'reported', 'The levy will pass', 'said', 'say', 'a source close to the council', null],
    ['The levy will pass, said Ashford College professor Ilsa Varn.', 'reported', 'The levy will pass', 'said', 'say', 'Ashford College professor Ilsa Varn', null],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('a participle clause ends at the comma before a speaker with a bracket after the name', () => {
    const found = extractQuotes('While commenting on the vote, Dana Orlov (D-Ash.) said the count was fair.');
    const said = found.find((m) => m.verb === 'say');
    expect(said?.speaker?.text).toBe('Dana Orlov');
    expect(said?.content.text).toBe('the count was fair');
  });

  it('finds the channel in an opening participle phrase', () => {
    const m = only('Speaking to Axios, the senator said the bill would pass.');
    expect(m.speaker?.text).toBe('the senator');
  });

  it('splits off a coordinated cue with the same subject', () => {
    const found = extractQuotes('Haddad criticized the plan and said the vote should be delayed.');
    expect(found.map((m) => [m.verb, m.speaker?.text, m.content.text])).toEqual([
      ['criticize', 'Haddad', 'the plan'],
      ['say', 'Haddad', 'the vote should be delayed'],
    ]);
  });

  it('stops a clause before a new attribution after a comma', () => {
    const found = extractQuotes('Asked whether she believed the envoy, Ilan said she was not sure.');
    expect(found.map((m) => [m.verb, m.content.text])).toContainEqual(['say', 'she was not sure']);
  });

  it('skips nouns that look like cues', () => {
    expect(extractQuotes('His claims were rejected by the court.').filter((m) => m.verb === 'claim')).toEqual([]);
    expect(extractQuotes('The plans for the bridge were approved in May.')).toEqual([]);
    expect(extractQuotes('A group called Green Hope organised the march.')).toEqual([]);
    expect(extractQuotes('Thousands showed up for the march.')).toEqual([]);
    expect(extractQuotes('The United States sent aid to the region.')).toEqual([]);
  });

  it('attributes the question of a sentence-initial "Asked", with no speaker', () => {
    const found = extractQuotes('Asked whether the talks would resume, Haddad said he did not know.');
    expect(found.map((m) => [m.verb, m.speaker?.text ?? null, m.content.text])).toEqual([
      ['ask', null, 'whether the talks would resume'],
      ['say', 'Haddad', 'he did not know'],
    ]);
  });

  it('ends a relative clause cue at its comma', () => {
    const found = extractQuotes('Haddad, who said he was tired, told AFP that the talks had failed.');
    expect(found.map((m) => [m.verb, m.speaker?.text, m.content.text])).toEqual([
      ['say', 'who', 'he was tired'],
      ['tell', 'Haddad', 'the talks had failed'],
    ]);
  });

  it('needs "that" after "found" unless evidence speaks', () => {
    expect(extractQuotes('The police found the keys in a drawer.')).toEqual([]);
  });

  it('keeps a pronoun speaker as a pronoun', () => {
    expect(only('They said the border was closed.').speaker?.text).toBe('They');
  });
});

describe('partial quotes', () => {
  it('takes the attribution of its sentence', () => {
    const m = only('The deal was "dead", he said.');
    expect([m.kind, m.content.text, m.verb, m.speaker?.text]).toEqual(['partial', 'dead', 'say', 'he']);
  });

  it('attaches to a participle cue', () => {
    const found = extractQuotes('Haddad slammed the plan, calling it a “betrayal”.');
    const partial = found.find((m) => m.kind === 'partial')!;
    expect([partial.content.text, partial.verb, partial.speaker?.text]).toEqual(['betrayal', 'call', 'Haddad']);
  });

  it('belongs to the clause it ends, not to a participle after its comma', () => {
    const found = extractQuotes('Orlov said the recount would be “slow,” adding that the board was ready.');
    expect(found.map((m) => [m.kind, m.content.text, m.verb])).toEqual([
      ['partial', 'slow', 'say'],
      ['reported', 'the board was ready', 'add'],
    ]);
  });

  it('is not a mention without an attribution in the sentence', () => {
    expect(extractQuotes('The so-called "truce" lasted a day.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';
import { check, type Row } from './single-mention.js';

// Invented sentences only. Attribution cues beyond the verbs of saying: manner of speaking,
// judgment, characterising, attitudes. Each row: input, then the expected single mention
// [kind, content, cue, speaker] (null where nothing is expected).

describe('verb classes', () => {
  const rows: Row[] = [
    ['“Nobody asked me,” Haddad grumbled.', 'direct', 'Nobody asked me', 'grumbled', 'Haddad'],
    ['Mayor Ilsa Varn hailed the ruling as a victory for tenants.', 'reported', 'the ruling as a victory for tenants', 'hailed', 'Mayor Ilsa Varn'],
    ['Critics branded the plan a stunt.', 'reported', 'the plan a stunt', 'branded', 'Critics'],
    ['Okafor confided that the talks had stalled.', 'reported', 'the talks had stalled', 'confided', 'Okafor'],
    ['The council voted against the new bridge.', 'reported', 'against the new bridge', 'voted', 'The council'],
    ['Okafor bemoaned the closure of the Velmora mill.', 'reported', 'the closure of the Velmora mill', 'bemoaned', 'Okafor'],
    ['The mayor of Dunmore encouraged residents to leave.', 'reported', 'residents to leave', 'encouraged', 'The mayor of Dunmore'],
    ['Varn was remarking that the bridge looked old.', 'reported', 'the bridge looked old', 'remarking', 'Varn'],
    ['The mayor of Dunmore extolled the new harbour.', 'reported', 'the new harbour', 'extolled', 'The mayor of Dunmore'],
    ['Critics in Velmora lampooned the levy.', 'reported', 'the levy', 'lampooned', 'Critics in Velmora'],
    ['Okafor apologized for the delay in Dunmore.', 'reported', 'for the delay in Dunmore', 'apologized', 'Okafor'],
    // Taking back or disowning a statement.
    ['Okafor disavowed the remarks of his aide in Dunmore.', 'reported', 'the remarks of his aide in Dunmore', 'disavowed', 'Okafor'],
    ['Varn later retracted her claim about the levy.', 'reported', 'her claim about the levy', 'retracted', 'Varn'],
    // Urging by talk: the one urged is the hearer, what they are urged to do the content.
    ['Okafor persuaded the council to delay the vote.', 'reported', 'to delay the vote', 'persuaded', 'Okafor'],
    ['Aides in Dunmore pressured the mayor to resign.', 'reported', 'to resign', 'pressured', 'Aides in Dunmore'],
    ['Varn tried to convince farmers that the levy was fair.', 'reported', 'the levy was fair', 'tried to convince', 'Varn'],
    // "see" and "regard" judge only before "as" or "that".
    ['Most voters in Dunmore see the levy as a burden.', 'reported', 'the levy as a burden', 'see', 'Most voters in Dunmore'],
    ['Aides in Velmora regard the count as lost.', 'reported', 'the count as lost', 'regard', 'Aides in Velmora'],
    // Likening names something as something else; a court's ruling is what it declares.
    ['Okafor likened the levy to a toll on the poor.', 'reported', 'the levy to a toll on the poor', 'likened', 'Okafor'],
    ['The appeals court ruled that the Velmora levy was lawful.', 'reported', 'the Velmora levy was lawful', 'ruled', 'The appeals court'],
    ['Okafor sounded a cautious note about the levy.', 'reported', 'a cautious note about the levy', 'sounded', 'Okafor'],
    // "As reported by" credits its source as "according to" does.
    ['As reported by the Dunmore Herald, the mill closed last year.', 'reported', 'the mill closed last year', 'As reported by', 'the Dunmore Herald'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves the nouns of these verbs alone', () => {
    expect(extractQuotes('The vote in Velmora was close.')).toEqual([]);
    expect(extractQuotes('A whisper went round the hall in Dunmore.')).toEqual([]);
    // "ruled" reports only with "that": not "ruled out", nor the rules.
    expect(extractQuotes('Okafor ruled out a run for the council.')).toEqual([]);
    expect(extractQuotes('The rules of the council in Velmora are old.')).toEqual([]);
    // "sounded" speaks only before "a/an/the" or "off": not a bell or a siren.
    expect(extractQuotes('The bell in Dunmore sounded at noon.')).toEqual([]);
    expect(extractQuotes('The pressure on the mill grew in Velmora.')).toEqual([]);
    expect(extractQuotes('The mayor of Velmora sounded tired.')).toEqual([]);
    expect(extractQuotes('The protests in Dunmore grew on Friday.')).toEqual([]);
    expect(extractQuotes('A petition in Dunmore drew five hundred names.')).toEqual([]);
    expect(extractQuotes('From the bridge in Dunmore you see the harbour.')).toEqual([]);
  });

  it('reads "Having said that," as a discourse marker', () => {
    expect(extractQuotes('Having said that, there are some mill owners in Dunmore who back the levy.').map((m) => m.speaker?.text)).not.toContain('Having');
  });
});

describe('impressions without a speaker', () => {
  const rows: Row[] = [
    ['The deal seemed doomed from the start.', 'reported', 'doomed from the start', 'seemed', null],
    ['It appears, though, that the vote in Velmora will slip.', 'reported', 'the vote in Velmora will slip', 'appears', null],
    ['The minister is expected to resign on Friday.', 'reported', 'to resign on Friday', 'is expected', null],
    ['The minister is widely expected to resign on Friday.', 'reported', 'to resign on Friday', 'is widely expected', null],
    ['The mill is not expected to close.', 'reported', 'to close', 'is not expected', null],
    ['As odd as it may seem, Okafor said the bridge would reopen.', 'reported', 'the bridge would reopen', 'said', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('marks them as impressions, which the article extraction does not keep as quotes', async () => {
    const text = 'The deal seemed doomed from the start. Okafor said the bridge would reopen.';
    expect(extractQuotes(text).map((m) => [m.content.text, m.impression])).toEqual([
      ['doomed from the start', true],
      ['the bridge would reopen', false],
    ]);
    const { extractArticle } = await import('../../../src/6-extract/index.js');
    expect(extractArticle(text, null).quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([['the bridge would reopen', 'Okafor']]);
  });

  it('leaves an appearance in a place alone', () => {
    expect(extractQuotes('Ilsa Varn appeared in court in Dunmore on Monday.')).toEqual([]);
    expect(extractQuotes('Varn, appearing after Okafor, thanked the crowd.').map((m) => m.cue?.text)).toEqual(['thanked']);
  });

  it('ends the clause where ", and" opens another attribution', () => {
    const found = extractQuotes('The plan is expected to pass, and aides say the mayor will sign it.');
    expect(found.map((m) => [m.cue?.text, m.speaker?.text ?? null, m.content.text])).toEqual([
      ['is expected', null, 'to pass'],
      ['say', 'aides', 'the mayor will sign it'],
    ]);
  });
});

describe('a cue after a verb or adjective taking "to"', () => {
  const rows: Row[] = [
    ['Okafor seemed to suggest that the bridge would reopen.', 'reported', 'the bridge would reopen', 'seemed to suggest', 'Okafor'],
    ['Voters in Dunmore are slightly more likely to say the mayor is honest.', 'reported', 'the mayor is honest', 'are slightly more likely to say', 'Voters in Dunmore'],
    ['The council is set to announce a new budget.', 'reported', 'a new budget', 'is set to announce', 'The council'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves a purpose infinitive alone', () => {
    expect(extractQuotes('Okafor drove to Dunmore to discuss the bridge.')).toEqual([]);
  });
});

describe('after a quote, a form that is often a noun is the verb', () => {
  const rows: Row[] = [
    ['“The bridge will hold,” Okafor notes.', 'direct', 'The bridge will hold', 'notes', 'Okafor'],
    ['“It was never about money,” she adds.', 'direct', 'It was never about money', 'adds', 'she'],
    ['“We are ready,” Ilsa Varn, the mayor of Dunmore, notes.', 'direct', 'We are ready', 'notes', 'Ilsa Varn'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a noun of saying or thinking with its owner', () => {
  const rows: Row[] = [
    ['Nobody in Dunmore shared her fear that the mill would close.', 'reported', 'the mill would close', 'fear', 'her'],
    ["Few took seriously the mayor's claim that the bridge was unsafe.", 'reported', 'the bridge was unsafe', 'claim', "the mayor's"],
    // A noun of intention with its infinitive.
    ["Farmers waited a year on the mayor's vow to rebuild the bridge.", 'reported', 'to rebuild the bridge', 'vow', "the mayor's"],
    ['Farmers in Dunmore ignored his call to boycott the mill.', 'reported', 'to boycott the mill', 'call', 'his'],
    // A noun of attack or complaint with what it is about (the preposition is part of the cue).
    ['Few in Dunmore shared her criticism of the levy.', 'reported', 'the levy', 'criticism of', 'her'],
    ["Few took seriously the council's calls for a recount.", 'reported', 'a recount', 'calls for', "the council's"],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves the noun without an owner alone', () => {
    // As the sentence's subject the noun's clause has no known end: left alone.
    expect(extractQuotes('The claim that the bridge in Dunmore was unsafe spread quickly.')).toEqual([]);
    expect(extractQuotes('Farmers waited for his decision to the letter.')).toEqual([]);
    expect(extractQuotes('The criticism of the levy grew in Dunmore.')).toEqual([]);
    // "support for" is as often a count as a stance.
    expect(extractQuotes('Her support for the levy fell to 40 percent.')).toEqual([]);
  });
});

describe('a noun taking a clause of talk or belief, with no owner', () => {
  const rows: Row[] = [
    ['The council met amid speculation that Okafor will run for mayor.', 'reported', 'Okafor will run for mayor', 'speculation', null],
    ['There are fears that the mill in Velmora will close.', 'reported', 'the mill in Velmora will close', 'fears', null],
    ['Reyes has faced allegations that he hid the Velmora accounts.', 'reported', 'he hid the Velmora accounts', 'allegations', null],
    ['The mill closed amid reports that the owners had fled Dunmore.', 'reported', 'the owners had fled Dunmore', 'reports', null],
    ['Few in Dunmore shared the assumption that the levy would pass.', 'reported', 'the levy would pass', 'assumption', null],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('marks it as an impression, and leaves a relative clause alone', () => {
    expect(extractQuotes('There are fears that the mill in Velmora will close.')[0]!.impression).toBe(true);
    expect(extractQuotes('The rumors that he made in Dunmore were false.')).toEqual([]);
    expect(extractQuotes('Okafor heard the claims that Varn made about the levy.')).toEqual([]);
  });
});

describe('a verb of saying inside a reported clause', () => {
  it('reports the outer clause once, and the clause of saying nested in it', () => {
    const found = extractQuotes('Okafor says the count in Dunmore is close, a margin that she said surprised her.');
    expect(found.map((m) => [m.cue?.text, m.speaker?.text, m.content.text])).toEqual([
      ['says', 'Okafor', 'the count in Dunmore is close, a margin that she said surprised her'],
      ['said', 'she', 'surprised her'],
    ]);
  });

  it('nests a clause of saying only inside another clause of saying, and never "what she said"', () => {
    const rows = (text: string) => extractQuotes(text).map((m) => m.cue?.text);
    expect(rows('Reyes said the mill, which he said employs 300 people, would close by spring.')).toEqual(['said', 'said']);
    expect(rows('Reyes praised the mill, which he said employs 300 people.')).toEqual(['praised', 'said']);
    expect(rows('Okafor said the levy was not what Reyes said.')).toEqual(['said']);
  });
});

describe('an adjective of attitude before "that" or "about"', () => {
  const rows: Row[] = [
    ['Aides in Dunmore are confident that the bridge will reopen.', 'reported', 'the bridge will reopen', 'confident that', 'Aides in Dunmore'],
    ['Okafor is worried about the mill.', 'reported', 'the mill', 'worried about', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('a finding credited to a poll with "in"', () => {
  const rows: Row[] = [
    ['In a Harlow Gazette poll released Monday, 40 percent of voters backed the levy.', 'reported', '40 percent of voters backed the levy', 'In', 'a Harlow Gazette poll released Monday'],
    ['Okafor leads comfortably in the latest surveys.', 'reported', 'Okafor leads comfortably', 'in', 'the latest surveys'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves "in" alone when the poll is a place or its respondents speak', () => {
    expect(extractQuotes('Voters in five towns went to the polls in Dunmore.')).toEqual([]);
    expect(extractQuotes('Voters in the poll said the levy was too high.').map((m) => m.cue?.text)).toEqual(['said']);
  });
  it('leaves "in" alone when it is standing in the polls at large', () => {
    expect(extractQuotes('Okafor has risen steadily in the polls since the debate in Dunmore.')).toEqual([]);
    expect(extractQuotes('Varn is still ahead in national polls.')).toEqual([]);
  });
});

describe('a light verb with a noun of saying or feeling', () => {
  const rows: Row[] = [
    ['Okafor voiced concern that the bridge in Dunmore would close.', 'reported', 'the bridge in Dunmore would close', 'voiced concern', 'Okafor'],
    ['Ilsa Varn took issue with the ruling.', 'reported', 'the ruling', 'took issue with', 'Ilsa Varn'],
    // Taking offence or umbrage is a reaction to what someone said.
    ['Okafor took offense at the remarks about Dunmore.', 'reported', 'the remarks about Dunmore', 'took offense at', 'Okafor'],
    ['The mayor of Velmora took umbrage at the ruling.', 'reported', 'the ruling', 'took umbrage at', 'The mayor of Velmora'],
    ['Okafor heaped praise on the farmers of Velmora.', 'reported', 'the farmers of Velmora', 'heaped praise on', 'Okafor'],
    // Taking a swipe or shots at someone is a verbal attack.
    ['Okafor took a swipe at the council of Dunmore.', 'reported', 'the council of Dunmore', 'took a swipe at', 'Okafor'],
    // Issuing, releasing, publishing or unveiling a written message: the author is the source.
    ['The council of Velmora released the following statement: “The mill will close in March.”', 'direct', 'The mill will close in March.', 'released the following statement', 'The council of Velmora'],
    ['Okafor issued an open letter on the harbour levy.', 'reported', 'the harbour levy', 'issued an open letter on', 'Okafor'],
    ['The Dunmore Institute published a study on the cost of the levy.', 'reported', 'the cost of the levy', 'published a study on', 'The Dunmore Institute'],
    ['Okafor unveiled a plan to rebuild the harbour.', 'reported', 'rebuild the harbour', 'unveiled a plan to', 'Okafor'],
    // Delivering a judgment (not a speech, an event).
    ['Varn delivered a sharp critique of the Dunmore levy.', 'reported', 'the Dunmore levy', 'delivered a sharp critique of', 'Varn'],
    ['Aides in Velmora made it clear that the mayor would run again.', 'reported', 'the mayor would run again', 'made it clear', 'Aides in Velmora'],
    ['The senator raised serious questions about the harbour contract.', 'reported', 'the harbour contract', 'raised serious questions about', 'The senator'],
    ['Varn expressed her deep regret that the mill had closed.', 'reported', 'the mill had closed', 'expressed her deep regret', 'Varn'],
    ['Okafor made a plea for calm in the harbour.', 'reported', 'calm in the harbour', 'made a plea for', 'Okafor'],
    ['The mayor made no mention of the levy.', 'reported', 'the levy', 'made no mention of', 'The mayor'],
    ['Varn made the suggestion that the vote be delayed.', 'reported', 'the vote be delayed', 'made the suggestion', 'Varn'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves the verb alone without such a noun', () => {
    expect(extractQuotes('Ilsa Varn cast the first ballot in Dunmore.')).toEqual([]);
    expect(extractQuotes('Okafor raised the flag over the harbour.')).toEqual([]);
    expect(extractQuotes('Okafor released the prisoners on Friday.')).toEqual([]);
    expect(extractQuotes('Okafor took a shot of whisky in Dunmore.')).toEqual([]);
    expect(extractQuotes('Okafor delivered a speech in Dunmore on Friday.')).toEqual([]);
    expect(extractQuotes('The council issued permits to farmers in Dunmore.')).toEqual([]);
    // A participle of saying after the document stays the cue.
    expect(extractQuotes('The council issued a statement saying the mill would close.').map((m) => m.cue?.text)).toEqual(['saying']);
    // "maintain" and "advise" report only a clause: "maintained that …", not "maintains a lead".
    expect(extractQuotes('Okafor maintains a wide lead in Dunmore.')).toEqual([]);
    expect(extractQuotes('Varn advised the mayor on the levy.')).toEqual([]);
    expect(extractQuotes('Okafor maintained that the levy was fair.').map((m) => m.cue?.text)).toEqual(['maintained']);
    expect(extractQuotes('Dana Orlov is a vocal advocate of the levy in Dunmore.')).toEqual([]);
    // After a number a plural form is a noun.
    expect(extractQuotes('The file held 44 emails about the levy.')).toEqual([]);
    // A noun that only points back at words said earlier is no new cue.
    expect(extractQuotes('Okafor made the comments at a rally in Dunmore.')).toEqual([]);
  });
});

describe('a report in the passive or with a hearsay adverb, no source named', () => {
  const rows: Row[] = [
    ['Okafor was asked whether the bridge in Dunmore would reopen.', 'reported', 'whether the bridge in Dunmore would reopen', 'was asked', null],
    ['The levy is widely seen as doomed.', 'reported', 'doomed', 'is widely seen as', null],
    ['It was reported that the mill in Velmora had closed.', 'reported', 'the mill in Velmora had closed', 'was reported', null],
    // A work named by its title, with or without the auxiliary.
    ['Her new book is titled “Voices of Velmora.”', 'reported', '“Voices of Velmora.”', 'is titled', null],
    ['The ad, entitled “Our Harbour,” features five farmers from Dunmore.', 'reported', '“Our Harbour', 'entitled', null],
    // A hearsay adverb is the cue; before a verb of saying it leaves the report to that verb.
    ['The Velmora mill reportedly paid the fine.', 'reported', 'paid the fine', 'reportedly', null],
    ['Okafor reportedly told aides in Dunmore that he would run.', 'reported', 'he would run', 'told', 'Okafor'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('marks it as an impression, and leaves places and relative asides alone', () => {
    expect(extractQuotes('The levy is widely seen as doomed.')[0]!.impression).toBe(true);
    expect(extractQuotes('Ilsa Varn was seen in Dunmore on Friday.')).toEqual([]);
    expect(extractQuotes('Farmers in Dunmore are entitled to a refund.')).toEqual([]);
    const found = extractQuotes('Okafor, whose plan was seen as a gamble, said the mill would stay open.');
    expect(found.map((m) => [m.cue?.text, m.speaker?.text])).toEqual([['said', 'Okafor']]);
  });
});

describe('a reaction received, its target as subject', () => {
  const rows: Row[] = [
    // The ones who react follow "from"; the subject is what they react to.
    ['The Velmora levy drew sharp criticism from farmers in Dunmore.', 'reported', 'The Velmora levy', 'drew sharp criticism from', 'farmers in Dunmore'],
    ['The plan won praise from the council of Velmora.', 'reported', 'The plan', 'won praise from', 'the council of Velmora'],
    ['Okafor has faced criticism over the harbour vote.', 'reported', 'Okafor', 'faced criticism', null],
    // Support counts only with who gives it.
    ['Okafor has the backing of most farmers in Dunmore.', 'reported', 'Okafor', 'has the backing of', 'most farmers in Dunmore'],
    ['The bill won overwhelming support from the council.', 'reported', 'The bill', 'won overwhelming support from', 'the council'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves other objects alone', () => {
    expect(extractQuotes('Okafor faced the council in Dunmore.')).toEqual([]);
    expect(extractQuotes('The mill drew hundreds of workers to Velmora.')).toEqual([]);
    expect(extractQuotes('The mill has the support beams of the old bridge.').map((m) => m.cue?.text)).not.toContain('has the support');
    expect(extractQuotes('The levy has broad support in Velmora.')).toEqual([]);
  });
});

describe('a phrasal verb of stance or attack', () => {
  const rows: Row[] = [
    ['Okafor came out against the levy in Dunmore.', 'reported', 'the levy in Dunmore', 'came out against', 'Okafor'],
    ['Ilsa Varn went after the mayor of Velmora.', 'reported', 'the mayor of Velmora', 'went after', 'Ilsa Varn'],
    ['The council pushed for a new bridge.', 'reported', 'a new bridge', 'pushed for', 'The council'],
    ['Okafor points to the closed mill as proof.', 'reported', 'the closed mill as proof', 'points to', 'Okafor'],
    ['Varn played down the risk of a strike.', 'reported', 'the risk of a strike', 'played down', 'Varn'],
    ['Okafor sided with the farmers of Velmora.', 'reported', 'the farmers of Velmora', 'sided with', 'Okafor'],
    ['The mayor of Dunmore laid out a plan for the harbour.', 'reported', 'a plan for the harbour', 'laid out', 'The mayor of Dunmore'],
    ['Varn agreed with the council.', 'reported', 'the council', 'agreed with', 'Varn'],
    ['The council will focus on the harbour levy.', 'reported', 'the harbour levy', 'focus on', 'The council'],
    ['Farmers in Dunmore push for a new bridge.', 'reported', 'a new bridge', 'push for', 'Farmers in Dunmore'],
    ['Okafor has spoken out against the levy in Dunmore.', 'reported', 'against the levy in Dunmore', 'spoken out', 'Okafor'],
    ['Varn spoke up for the farmers of Velmora.', 'reported', 'for the farmers of Velmora', 'spoke up', 'Varn'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('reads a bare head after an adjective as the noun', () => {
    expect(extractQuotes('Okafor kept a lifelong focus on the harbour.')).toEqual([]);
    expect(extractQuotes('Varn led a renewed push for a recount in Dunmore.')).toEqual([]);
    expect(extractQuotes('There was some loose talk about the levy in Velmora.')).toEqual([]);
  });
});

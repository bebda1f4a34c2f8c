import { describe, expect, it } from 'vitest';
import { sayTheSame } from '../../src/7-align/substance.js';

const span = (text: string) => ({ text, start: 0, end: text.length });

// Invented sentence pairs: whether two sentences that share enough words say the same thing.
describe('sayTheSame', () => {
  it.each([
    // Only the minister in common.
    ['Infrastructure Minister Ilsa Varn visited the depot at Velmora in the afternoon.', 'Infrastructure Minister Ilsa Varn said a panel would report within 90 days.', false],
    // The same act in other words, with a plain word shared.
    ['Infrastructure Minister Ilsa Varn visited the depot at Velmora.', 'Ilsa Varn, the infrastructure minister, toured the Velmora depot on Monday.', true],
    // Different quotes behind one attribution.
    ['"The bridge is no longer safe for heavy lorries," said Roan Hadley, the county engineer, at a briefing.', '"We expect to reopen before the summer festival," said Roan Hadley, the county engineer, at a briefing.', false],
    // One quote, slightly edited, with typographic marks in one outlet.
    ['"The bridge is no longer safe for heavy lorries," said Roan Hadley, the county engineer.', '“The bridge is not safe for lorries,” county engineer Roan Hadley told reporters.', true],
    // A short quote is not compared: the rest of the sentence decides.
    ['Hadley called the repairs "overdue" at a briefing on the bridge.', 'Hadley said the repairs on the bridge were "urgent" at a briefing.', true],
    // A sentence-opening word that is not a name counts.
    ['Rescuers pulled 214 people from flooded homes, Ashvale officials said.', 'Rescuers have pulled 214 people from the water in Ashvale.', true],
    // The same quantity with another value: the figures compare it, the sentences are not one statement.
    ['The council is holding 120 detainees, the aid agency said.', 'The council still holds 95 detainees, the aid agency said.', false],
    ['The council is holding 120 detainees, the aid agency said.', 'The aid agency said the council is holding 120 prisoners.', true],
    // Numbers with separators are whole numbers: 1,200 and 1,500 share no "1", 11.4 and 4.1 no "4".
    ['Tarnwell will cut 1,200 jobs at its Kallin plant, the company said on Monday.', 'Tarnwell will cut 1,500 jobs at its Kallin plant, the company said on Monday.', false],
    ['Shares in Tarnwell fell 11.4 per cent on Monday.', 'Shares in Tarnwell fell 4.1 per cent on Monday.', false],
    ['Tarnwell will cut 1,200 jobs at its Kallin plant, the company said on Monday.', 'The company said on Monday it would cut 1,200 jobs at the Kallin plant.', true],
    // One quotes, the other reports someone else's words with the same speaker.
    ['"We will not unload a single ship until the pay offer is met," general secretary Tomas Rendell said at the union hall.', 'At a rally outside the union hall, general secretary Tomas Rendell said the workers had been patient for too long.', false],
    // One quotes, the other paraphrases the quote.
    ['"We will not unload a single ship until the pay offer is met," Tomas Rendell said at the union hall.', 'Tomas Rendell said dockers would unload no ship at the union hall until pay rose.', true],
    // Both report one speaker's words: what was said must share two words, not the speaker's description.
    ['Its chief executive, Mirela Soskin, said the port would work through the weekend to clear the backlog.', 'Port chief executive Mirela Soskin said she would not let a small group of militants decide the future of the port.', false],
    ['Its chief executive, Mirela Soskin, said the port would work through the weekend to clear the backlog.', 'Port chief executive Mirela Soskin told staff the port would work all weekend to clear its backlog of ships.', true],
    // Sentences with words of their own share two of them, not only the names and one word.
    ['The two main candidates, Marta Velin of the Civic Front and Tomas Brask of the Unity Party, both voted in Dunmore in the morning.', 'Civic Front candidate Marta Velin held a narrow lead over Tomas Brask of the Unity Party on Monday as counting ran on.', false],
    ['Velin is a former mayor of Dunmore and a founder of the Civic Front.', 'Velin, a former mayor of Dunmore, thanked voters on Monday.', true],
    // Numbers written in words are numbers: another toll is another statement.
    ['Thirty-one people have now died in the floods in Kessel Province, the relief agency said, and dozens are still missing.', 'The death toll from the floods in Kessel Province has risen to 47, the relief agency said, and dozens of people remain missing.', false],
    ['Thirty-one people have now died in the floods in Kessel Province, the relief agency said.', 'The floods in Kessel Province have killed 31 people, the relief agency said.', true],
    ['The death toll from the floods rose to 31, and 60 people are still missing, the relief agency said.', 'The death toll from the floods stands at fifty-eight, and nineteen people are still missing, the relief agency said.', false],
    // Thousands written with a comma are one number: 3,000 and 5,000 share no "000".
    ['Some 3,000 evacuees are spending the night in schools and sports halls, officials said.', 'More than 5,000 people are spending the night in schools and sports halls.', false],
    // The day of a month and a clock time are no numbers of what is reported.
    ['The spillway of the Varn Dam gave way late on March 3 and flooded Oldbeck.', 'The spillway of the Varn Dam gave way at 11 p.m. on Tuesday and flooded Oldbeck, killing 9 people.', true],
  ])('%s | %s -> %s', (a, b, expected) => {
    expect(sayTheSame(span(a), span(b))).toBe(expected);
    expect(sayTheSame(span(b), span(a))).toBe(expected);
  });

  it('reads the values of the figures given with a span ("a dozen")', () => {
    const a = 'A dozen people were killed in the market, police said.';
    const b = 'Police said 12 people were killed in the market.';
    expect(sayTheSame({ ...span(a), figures: [12] }, span(b))).toBe(true);
    expect(sayTheSame({ ...span(a), figures: [12] }, span('Police said 15 people were killed in the market.'))).toBe(false);
  });

  it('reads only the given span of the text', () => {
    const text = 'Ilsa Varn visited the depot. Ilsa Varn said the depot would close.';
    expect(sayTheSame({ text, start: 0, end: 28 }, { text, start: 29, end: text.length })).toBe(true);
    expect(sayTheSame({ text, start: 0, end: 9 }, { text, start: 29, end: 38 })).toBe(false);
  });
});

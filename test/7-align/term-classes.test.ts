import { describe, expect, it } from 'vitest';
import { courtPhrases, termWords } from '../../src/7-align/term-classes.js';
import { alignSentences } from '../../src/7-align/sentence-claims.js';

// Invented court reports (trial review 9: "The court cleared him of a bribery charge" was not
// aligned with "acquitted on the bribery count", and the outlet was said to leave the acquittal out).
describe('court words of one meaning', () => {
  it.each([
    ['The court cleared him of a smuggling charge.', 'The court acquitted him of a smuggling charge.'],
    ['Marek was cleared of all charges on Tuesday.', 'Marek was acquitted of all charges on Tuesday.'],
    ['The jury cleared Edvin Marek of murder.', 'The jury acquitted Edvin Marek of murder.'],
    ['The jury found Edvin Marek not guilty of murder.', 'The jury acquitted Edvin Marek of murder.'],
    ['She was found guilty of fraud.', 'She was convicted of fraud.'],
    // Not a court's act.
    ['Crews cleared the harbour road of snow.', 'Crews cleared the harbour road of snow.'],
    ['He pleaded not guilty to all three counts.', 'He pleaded not guilty to all three counts.'],
    ['The police cleared the square.', 'The police cleared the square.'],
  ])('courtPhrases(%s)', (text, expected) => expect(courtPhrases(text)).toBe(expected));

  it.each([
    ['Marek was jailed for six years.', ['marek', 'sentenc']],
    ['The court sentenced Marek to six years.', ['court', 'sentenc', 'marek']],
    ['The sentence was suspended.', ['sentenc', 'suspend']],
    ['He was cleared of bribery.', ['acquit', 'brib']],
    ['The court acquitted him of bribing an official.', ['court', 'acquit', 'brib', 'official']],
    // The noun names a verdict spoken of later, not the court's act.
    ['The defence asked for an acquittal.', ['defence', 'asked', 'acquittal']],
  ])('termWords(%s)', (text, words) => expect(termWords(text)).toEqual(words));

  const article = (id: string, parts: string[]) => {
    const text = parts.join(' ');
    let at = 0;
    return { id, root: id, outlet: id, text, sentences: parts.map((p) => ({ start: (at = text.indexOf(p, at)), end: at + p.length })) };
  };
  const wire = article('wire', [
    'The Varsel District Court on Tuesday sentenced Edvin Marek, the former port director, to six years in prison for fraud.',
    'The court acquitted Marek on the second count, smuggling, saying the evidence was thin.',
    'His lawyer, Mira Toll, said he would appeal within the month.',
    'Marek ran the port of Varsel for eleven years before his arrest.',
  ]);
  it.each([
    ['cleared of a charge / acquitted on the count', 'The court cleared him of a smuggling charge.'],
    ['found not guilty / acquitted', 'The court found him not guilty of the smuggling count.'],
    ['jailed / sentenced', 'Edvin Marek was jailed for six years on Tuesday for fraud.'],
  ])('aligns %s as one statement', (_, sentence) => {
    const paper = article('paper', ['Marek, who ran the port of Varsel for eleven years, showed no emotion.', sentence, 'Prosecutors had asked for nine years.']);
    const groups = alignSentences([wire, paper]);
    const group = groups.find((g) => g.sentences.some((s) => s.articleId === 'paper' && paper.text.slice(s.start, s.end) === sentence))!;
    expect(group.sentences).toHaveLength(2);
  });
});

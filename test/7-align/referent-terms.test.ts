import { describe, expect, it } from 'vitest';
import { referentPhrases } from '../../src/7-align/referent-terms.js';
import { termWords } from '../../src/7-align/term-classes.js';
import { alignSentences } from '../../src/7-align/sentence-claims.js';
import { sayTheSame } from '../../src/7-align/substance.js';

// Invented reports (protest review 14: "Regime forces fired rubber bullets at demonstrators" and
// "Police fired rubber bullets at protesters" were two claims, each outlet "leaving out" the other's).
describe('names of one referent', () => {
  it.each([
    // In a protest report the state's forces are the police, the people of the protest one class.
    ['Regime forces fired tear gas at demonstrators in Dernholm.', 'Police fired tear gas at protesters in Dernholm.'],
    ['Riot cops charged the mob as rioters threw stones at the march.', 'Police charged the protesters as protesters threw stones at the march.'],
    // A term that holds its class word stays as written ("officers" is shared with "five officers").
    ['Five police officers were hurt at the protest march.', 'Five police officers were hurt at the protest march.'],
    // A name mid-sentence stays a name (capitalised).
    ['Marchers faced the Security Forces at the protest.', 'Protesters faced the Police at the protest.'],
  ])('protest report: %s', (text, expected) => expect(referentPhrases(text)).toBe(expected));

  it.each([
    // Outside a protest soldiers are not the police, nor a crowd protesters.
    ['Soldiers and police sealed off the crowd near Orlen.', 'Troops and police sealed off the crowd near Orlen.'],
    ['Gunmen and fighters attacked the army post.', 'Militants and militants attacked the troops post.'],
    ['Asylum seekers and refugees crossed at Varde.', 'Migrants and migrants crossed at Varde.'],
    // People held stay apart: in an exchange hostages and prisoners are different people.
    ['The militants freed 12 hostages for 300 prisoners.', 'The militants freed 12 hostages for 300 prisoners.'],
    // Acts and conflicts differ in what happened.
    ['The clashes became a massacre after the raid.', 'The clashes became a massacre after the raid.'],
    // A word with another sense is left as it is.
    ['The troops met fierce resistance in Orlen.', 'The troops met fierce resistance in Orlen.'],
  ])('elsewhere: %s', (text, expected) => expect(referentPhrases(text)).toBe(expected));

  it.each([
    ['Security forces fired tear gas at demonstrators.', ['police', 'fired', 'tear', 'gas', 'protester']],
    ['The gunmen freed two hostages and four detainees.', ['militant', 'freed', 'hostage', 'detainee']],
  ])('termWords(%s)', (text, words) => expect(termWords(text)).toEqual(words));

  it('the same check: riot cops and marchers are police and protesters', () => {
    const span = (text: string) => ({ text, start: 0, end: text.length });
    // Without the classes they share only "charged" (two shared words are asked of them).
    expect(sayTheSame(span('Riot cops charged the marchers near the old bridge.'), span('Police charged the protesters near the town hall.'))).toBe(true);
  });

  const article = (id: string, parts: string[]) => {
    const text = parts.join(' ');
    let at = 0;
    return { id, root: id, outlet: id, text, sentences: parts.map((p) => ({ start: (at = text.indexOf(p, at)), end: at + p.length })) };
  };
  const groupOf = (groups: ReturnType<typeof alignSentences>, a: ReturnType<typeof article>, sentence: string) =>
    groups.find((g) => g.sentences.some((s) => s.articleId === a.id && a.text.slice(s.start, s.end) === sentence))!;

  it('aligns one act told in each side\'s words as one statement', () => {
    const wire = article('wire', [
      'Police fired rubber bullets at protesters on Tolmer Bridge on Tuesday night, the second night of clashes over bus fares.',
      'A 20-year-old student was hit in the leg and taken to hospital, his family said.',
      'The protests began after the city raised bus fares by a third.',
    ]);
    const paper = article('paper', [
      // Without the classes the wire's lead matches this one best (protesters, police, second night, bus fares).
      'Protesters and riot police fought for a second night in Dernholm over bus fares.',
      'Regime forces fired rubber bullets at demonstrators on Tolmer Bridge overnight.',
      'Organisers said the crowd was peaceful.',
    ]);
    const sentence = 'Regime forces fired rubber bullets at demonstrators on Tolmer Bridge overnight.';
    expect(groupOf(alignSentences([wire, paper]), paper, sentence).sentences).toHaveLength(2);
  });
});

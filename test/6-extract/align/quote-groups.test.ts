import { describe, expect, it } from 'vitest';
import { groupQuotes } from '../../../src/6-extract/align/quote-groups.js';

const group = (texts: string[]) => groupQuotes(texts.map((text, i) => ({ key: String(i), text }))).map((g) => g.members.map(Number));

describe('groupQuotes', () => {
  it.each([
    ['identical quotes, punctuation and case aside', ['We will not stop until the valley is safe.', 'we will not stop until the valley is safe'], [[0, 1]]],
    ['one word changed in a long quote', ['We will not stop until every family in the valley is safe', 'We will not stop until every family in the region is safe'], [[0, 1]]],
    ['a trimmed ending', ['We will not stop until every family in the valley is safe again', 'We will not stop until every family in the valley'], [[0, 1]]],
    ['one word changed in a nine-word quote (two of eight word pairs broken)', ['The water came faster than any warning could travel', 'The water came quicker than any warning could travel'], [[0, 1]]],
    ['one word changed inside a seven-word quote: too short to tell an edit from another quote', ['We never asked for this new road', 'We never asked for that new road'], [[0], [1]]],
    ['two edits in a nine-word quote: two quotes', ['The water came faster than any warning could travel', 'The flood came quicker than any warning could travel'], [[0], [1]]],
    ['two different quotes', ['We will not stop until the valley is safe', 'The ceasefire collapsed because the other side fired first'], [[0], [1]]],
    ['short quotes must match exactly', ['a betrayal', 'a grave betrayal'], [[0], [1]]],
    ['three outlets, one quote', ['The talks are dead for now', 'Talks are dead for now', 'The talks are dead for now.'], [[0, 1, 2]]],
  ])('%s', (_name, texts, expected) => expect(group(texts)).toEqual(expected));

  // The same speaker's quote with several edits (words dropped, one replaced): a lower bar, when
  // the speaker is the same, the quote long, its numbers the same and it is quoted, not paraphrased.
  const EDITED = ['We have pulled forty bodies from the river at Callow alone, and the regional count is simply false', 'We have pulled forty bodies from the river at Callow, and the official count is false'];
  const speakers = (texts: string[], who: Array<string | null>, paraphrase = false) =>
    groupQuotes(texts.map((text, i) => ({ key: String(i), text, speaker: who[i], paraphrase }))).map((g) => g.members.map(Number));
  it.each([
    ['three edits, same speaker: one quote', EDITED, ['e1', 'e1'], false, [[0, 1]]],
    ['three edits, speakers differ: two quotes', EDITED, ['e1', 'e2'], false, [[0], [1]]],
    ['three edits, speaker unknown: two quotes', EDITED, [null, null], false, [[0], [1]]],
    ['three edits in paraphrases (a template): two', EDITED, ['e1', 'e1'], true, [[0], [1]]],
    ['same template, another number: two statements', ['The death toll from the Varn floods rose to 31 on Tuesday, the agency said', 'The death toll from the floods rose to 47 on Tuesday, the agency said today'], ['e1', 'e1'], false, [[0], [1]]],
    ['a shared opening, then another claim: two quotes', ['We will not stop working until every family in the valley has a dry home again', 'We will not stop working until every family in the valley is paid for the lost harvest'], ['e1', 'e1'], false, [[0], [1]]],
    // Protest review 5: a ministry's "52 hurt" and a rights group's "300 detained and 90 hurt" share
    // their template, not their statement; nor is the police's later total an edit of its first.
    ['two sayers, other figures (paraphrases): two statements', ['52 people had been hurt since Sunday', '300 people had been detained and that 90 had been hurt since Sunday'], ['ministry', 'aid centre'], true, [[0], [1]]],
    ['one sayer, a later figure (paraphrases): two statements', ['40 people had been arrested since Monday', '65 people had been arrested since Monday'], ['police', 'police'], true, [[0], [1]]],
    ['two sayers, other figures (quoted): two statements', ['We have counted 60 injured in the town since the march began', 'We have counted 90 injured in the town since the march began'], ['ministry', 'aid centre'], false, [[0], [1]]],
    ['a quote with its number changed by a later outlet: one quote, the change shown', ['We have counted 60 injured in the town since the march began', 'We have counted 61 injured in the town since the march began'], ['e1', 'e1'], false, [[0, 1]]],
    ['three edits in a ten-word quote: too short to tell', ['We counted forty dead at Callow alone; this count is simply wrong', 'We counted forty dead at Callow; the count is wrong'], ['e1', 'e1'], false, [[0], [1]]],
  ])('%s', (_name, texts, who, paraphrase, expected) => expect(speakers(texts, who, paraphrase)).toEqual(expected));

  it('says what changed and keeps both wordings', () => {
    const [g] = groupQuotes([
      { key: 'a', text: 'We will not stop until every family in the valley is safe' },
      { key: 'b', text: 'We will not stop until every family in the region is safe' },
    ]);
    expect(g!.changes.get('a')).toBeNull();
    expect(g!.changes.get('b')).toEqual({ removed: ['valley'], added: ['region'], truncated: false });
  });

  it('marks a truncation', () => {
    const [g] = groupQuotes([
      { key: 'a', text: 'We will not stop until every family in the valley is safe again' },
      { key: 'b', text: 'We will not stop until every family in the valley' },
    ]);
    expect(g!.changes.get('b')).toEqual({ removed: ['is', 'safe', 'again'], added: [], truncated: true });
  });

  it('puts every occurrence in exactly one group (partition)', () => {
    const texts = Array.from({ length: 60 }, (_, i) => `word${i % 7} shared words of a quote number ${i % 5} ends here`);
    const groups = group(texts);
    const all = groups.flat().sort((a, b) => a - b);
    expect(all).toEqual(texts.map((_, i) => i));
  });
});

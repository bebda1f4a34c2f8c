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

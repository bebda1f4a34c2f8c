// An event's title: the plainest of those sharing most words with the others, not simply the first outlet's.
import { describe, expect, it } from 'vitest';
import { centralTitle, titleMarks } from '../../src/5-cluster/index.js';

describe('centralTitle', () => {
  it.each([
    [[], null],
    [['Only title'], 'Only title'],
    // Two titles: nothing to choose by, the first.
    [['Freedom fighters reach Port Alden', 'Rebel delegation reaches Port Alden for talks'], 'Freedom fighters reach Port Alden'],
    [
      ['Freedom fighters arrive to humble the regime', 'Rebel delegation arrives in Port Alden for talks', 'Rebels and government open talks in Port Alden', 'Port Alden talks open with rebel delegation'],
      // Shares five words with the second title and four with the third.
      'Port Alden talks open with rebel delegation',
    ],
    // Equal shares: the earliest.
    [['Storm hits Velmora coast', 'Storm hits Velmora coast', 'Storm hits Velmora coast'], 'Storm hits Velmora coast'],
  ] as Array<[string[], string | null]>)('%o -> %s', (titles, title) => expect(centralTitle(titles)).toBe(title));

  // Protest review finding 15: the most loaded headline named the story. Plain titles come first.
  it.each([
    // The scare-quoted headline shares the most words, yet the plain one wins.
    [["Minister slams 'paid agitators' at Dunmere depot protest", 'Police disperse Dunmere depot protest', 'Minister says agitators were paid to join Dunmere protest', 'Crowd dispersed at Dunmere depot'], 'Police disperse Dunmere depot protest'],
    [['CHAOS IN DUNMERE: looters run riot', 'Shops looted in Dunmere overnight', 'Dunmere shops looted as chaos spreads', 'Looters strike Dunmere shops!'], 'Shops looted in Dunmere overnight'],
    // Two titles: the plainer one, not the first.
    [['THUGS RAMPAGE through Dunmere', 'Shops looted in Dunmere'], 'Shops looted in Dunmere'],
  ] as Array<[string[], string]>)('plain: %o -> %s', (titles, title) => expect(centralTitle(titles)).toBe(title));

  it.each([
    ['Police fire tear gas as thousands march on Dunmere parliament', 0],
    ["Varnelia's fuel protests enter third day", 0],
    ['NATO ministers meet in Osk', 0],
    ["Minister slams 'paid agitators'", 2],
    ['MOB RAMPAGE: looters strike Dunmere shops!', 4],
    ['Mayor quotes "We will rebuild every street" at vigil', 0],
  ] as Array<[string, number]>)('titleMarks(%s) = %d', (title, marks) => expect(titleMarks(title)).toBe(marks));

  it('keeps its title when one more, barely more central, title arrives', () => {
    const titles = ['Osk ferry service resumes after repairs', 'Ferry service to Osk resumes', 'Osk ferry back after repairs'];
    expect(centralTitle(titles)).toBe(titles[0]);
    expect(centralTitle([...titles, 'Osk ferry service resumes'])).toBe(titles[0]);
  });

  it('lets copies of an article weigh in for its title, never be chosen', () => {
    const copies = ['Osk ferry service resumes after repairs', 'Osk ferry service resumes after engine repairs'];
    expect(centralTitle(['Ferry to Osk back', 'Osk ferry service resumes after repairs'])).toBe('Ferry to Osk back');
    expect(centralTitle(['Ferry to Osk back', 'Osk ferry service resumes after repairs'], copies)).toBe('Osk ferry service resumes after repairs');
    expect(centralTitle(['Ferry to Osk back'], copies)).toBe('Ferry to Osk back');
  });
});

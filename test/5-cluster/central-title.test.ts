// An event's title: the one sharing most words with the others, not simply the first outlet's.
import { describe, expect, it } from 'vitest';
import { centralTitle } from '../../src/5-cluster/index.js';

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
});

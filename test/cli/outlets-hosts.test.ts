// `parallax outlets --init` fills each outlet's domains from its articles' URLs (src/cli/commands/outlets.ts).
import { describe, expect, it } from 'vitest';
import { hostOf } from '../../src/cli/commands/outlets.js';

describe('hostOf', () => {
  it.each([
    ['https://www.kallin-courier.example/news/1', 'kallin-courier.example'],
    ['http://Ledger.example:8080/a?b=1', 'ledger.example'],
    ['/tmp/corpus/a.txt', null],
    ['feed.xml#3', null],
    ['https://', null],
    [null, null],
  ])('%s -> %s', (url, host) => expect(hostOf(url)).toBe(host));
});

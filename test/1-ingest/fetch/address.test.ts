import { describe, expect, it } from 'vitest';
import { forbiddenReason, isForbiddenAddress } from '../../../src/1-ingest/fetch/address.js';

describe('isForbiddenAddress', () => {
  const table: [string, boolean][] = [
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['224.0.0.1', true],
    ['::', true],
    ['::1', true],
    ['[::1]', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['fc00::1', true],
    ['fd12:3456::1', true],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:169.254.169.254', true],
    ['64:ff9b::a9fe:a9fe', true], // NAT64 of 169.254.169.254
    ['2002:c0a8:0101::1', true], // 6to4 of 192.168.1.1
    ['not-an-ip', true], // fail closed
    ['93.184.216.34', false],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['100.128.0.1', false],
    ['2606:4700::1111', false],
    ['::ffff:8.8.8.8', false],
    ['2002:0808:0808::1', false],
  ];
  it.each(table)('%s → forbidden %s', (address, forbidden) => {
    expect(isForbiddenAddress(address)).toBe(forbidden);
  });

  it('names the range in words', () => {
    expect(forbiddenReason('127.0.0.1')).toBe('loopback');
    expect(forbiddenReason('169.254.169.254')).toBe('link-local');
    expect(forbiddenReason('8.8.8.8')).toBeNull();
    expect(forbiddenReason('::ffff:10.0.0.1')).toMatch(/private.*10\.0\.0\.1/);
  });
});

import { describe, expect, it } from 'vitest';
import { fetchUrl, isUrl } from '../../../src/1-ingest/fetch/index.js';
import { parseContentType } from '../../../src/1-ingest/fetch/body.js';
import { fromSocketError } from '../../../src/1-ingest/fetch/errors.js';
import { fetchFailure } from './server.js';

describe('isUrl', () => {
  const table: [string, boolean][] = [
    ['https://example.com/a?b=c', true],
    ['http://127.0.0.1:8080/', true],
    ['  https://example.com/  ', true],
    ['ftp://example.com/file', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['example.com/article', false],
    ['not a url', false],
    ['', false],
  ];
  it.each(table)('%j → %s', (s, expected) => expect(isUrl(s)).toBe(expected));
});

describe('fetchUrl rejects bad URLs before any I/O', () => {
  const table: [string, string, RegExp][] = [
    ['ftp://example.com/file', 'bad-scheme', /"ftp".*only http and https/],
    ['file:///etc/passwd', 'bad-scheme', /"file"/],
    ['javascript:alert(1)', 'bad-scheme', /"javascript"/],
    ['not a url', 'bad-url', /"not a url" is not a valid URL; expected an absolute http\(s\) URL/],
    ['example.com/article', 'bad-url', /not a valid URL/],
  ];
  it.each(table)('%s → %s', async (url, code, message) => {
    const d = await fetchFailure(fetchUrl(url), url);
    expect(d.code).toBe(code);
    expect(d.message).toMatch(message);
  });
});

describe('parseContentType', () => {
  const table: [string | undefined, string | null, string | null][] = [
    [undefined, null, null],
    ['text/html', 'text/html', null],
    ['Text/HTML; Charset=UTF-8', 'text/html', 'utf-8'],
    ['text/html; charset="ISO-8859-1"; foo=bar', 'text/html', 'iso-8859-1'],
    ['application/xml;boundary=x;charset=windows-1252', 'application/xml', 'windows-1252'],
    ['text/plain; charset=', 'text/plain', null],
  ];
  it.each(table)('%j → %s / %s', (header, contentType, charset) => {
    expect(parseContentType(header)).toEqual({ contentType, charset });
  });
});

describe('socket error mapping', () => {
  const table: [string, string][] = [
    ['ENOTFOUND', 'offline'],
    ['EAI_AGAIN', 'offline'],
    ['ECONNREFUSED', 'offline'],
    ['ENETUNREACH', 'offline'],
    ['EHOSTUNREACH', 'offline'],
    ['ECONNRESET', 'network'],
    ['EPIPE', 'network'],
    ['CERT_HAS_EXPIRED', 'network'],
    ['Z_DATA_ERROR', 'network'],
  ];
  it.each(table)('%s → %s', (code, expected) => {
    const err = Object.assign(new Error(`boom ${code}`), { code });
    const d = fromSocketError('https://news.example/a', 'news.example', err).diagnostic;
    expect(d.code).toBe(expected);
    expect(d.message).toContain(code);
    expect(d.message).toContain('news.example');
  });
  it('uses the requested wording for DNS failures', () => {
    const err = Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' });
    expect(fromSocketError('http://x.invalid/', 'x.invalid', err).diagnostic.message).toBe(
      'could not reach host x.invalid (ENOTFOUND): no network or the host does not exist',
    );
  });
});

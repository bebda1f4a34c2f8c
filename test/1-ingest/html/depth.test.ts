import { describe, expect, it } from 'vitest';
import { readHtmlPage, MAX_DEPTH_FOR_READABILITY } from '../../../src/1-ingest/html/page.js';

const para = 'Harbour pilots in Port Alden walked out on Monday over pay, and the ferry to Tarnbridge stayed in port for the whole day, the port authority said in a statement.';
const page = (depth: number) => `<html><head><title>Pilots strike</title></head><body>${'<div>'.repeat(depth)}<article><p>${para}</p><p>${para.replace('Monday', 'Tuesday')}</p></article>${'</div>'.repeat(depth)}</body></html>`;

describe('deeply nested pages', () => {
  it.each([[10, false], [MAX_DEPTH_FOR_READABILITY + 50, true], [20_000, true]])('%i levels: the text is read (paragraph fallback: %s)', (depth, fallback) => {
    const r = readHtmlPage('nested.html', page(depth));
    if (!r.ok) throw new Error(r.diagnostic.message);
    expect(r.item.text).toContain('walked out on Tuesday');
    expect(r.item.diagnostics!.some((d) => d.code === 'too-deep')).toBe(fallback);
  });
});

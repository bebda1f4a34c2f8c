// Static check of the safety rule for the web client: DOM is built with createElement and
// textContent only, so no source file may use a markup-parsing sink or eval-like call.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness.js';

const clientDir = join(repoRoot, 'web', 'client');
const sinks = [/\binnerHTML\b/, /\bouterHTML\b/, /\binsertAdjacentHTML\b/, /\bdocument\.write(ln)?\b/, /\bcreateContextualFragment\b/, /\bDOMParser\b/, /\beval\s*\(/, /\bnew\s+Function\s*\(/, /setAttribute\(\s*['"]style['"]/];

describe('web client source', () => {
  const files = readdirSync(clientDir).filter((f) => f.endsWith('.ts'));

  it('exists', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s uses no markup-parsing sink, eval or inline style attribute', (file) => {
    const source = readFileSync(join(clientDir, file), 'utf8');
    for (const sink of sinks) expect(source, `${file} matches ${sink}`).not.toMatch(sink);
  });

  it('HTML pages carry no inline script, inline style or event-handler attribute (the CSP would block them)', () => {
    const pages = join(repoRoot, 'web', 'pages');
    for (const file of readdirSync(pages).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(pages, file), 'utf8').replace(/<!--[\s\S]*?-->/g, ''); // comments may name what they avoid
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, file).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    }
  });
});

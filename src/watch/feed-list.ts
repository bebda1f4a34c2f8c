// The feeds to watch: an OPML file (every outline's xmlUrl), a text list (one URL per line,
// "#" starts a comment), or URLs given directly. A bad line is reported by number, not fatal.
import { XMLParser } from 'fast-xml-parser';
import { diag, type Diagnostic } from '../core/diagnostics.js';

const HTTP = /^https?:\/\/\S+$/i;

function opmlUrls(xml: string): string[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'outline' }).parse(xml) as { opml?: { body?: { outline?: unknown[] } } };
  const out: string[] = [];
  const walk = (nodes: unknown[] | undefined) => {
    for (const n of nodes ?? []) {
      const o = n as Record<string, unknown>;
      const url = o['@xmlUrl'] ?? o['@xmlurl'];
      if (typeof url === 'string') out.push(url.trim());
      walk(o.outline as unknown[] | undefined);
    }
  };
  walk(doc.opml?.body?.outline);
  return out;
}

export function parseFeedList(text: string, source: string): { urls: string[]; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  let urls: string[];
  if (/^\s*(<\?xml[^>]*>\s*)?<opml[\s>]/i.test(text)) {
    try {
      urls = opmlUrls(text);
    } catch (e) {
      return { urls: [], problems: [diag(source, 'read', 'malformed-opml', `not valid OPML: ${(e as Error).message}`)] };
    }
    if (!urls.length) problems.push(diag(source, 'read', 'empty', 'no outline with an xmlUrl; expected <outline xmlUrl="https://…"/>'));
    urls = urls.filter((u) => HTTP.test(u) || (problems.push(diag(source, 'read', 'bad-url', `xmlUrl "${u}" is not an http(s) URL`)), false));
  } else {
    urls = [];
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.replace(/#.*$/, '').trim();
      if (!line) return;
      if (HTTP.test(line)) urls.push(line);
      else problems.push(diag(source, 'read', 'bad-url', `"${line}" is not an http(s) URL; expected one feed URL per line`, 'error', i + 1));
    });
  }
  return { urls: [...new Set(urls)], problems };
}

// Inputs as given on the command line (files, directories, URLs) -> a flat, sorted list of
// sources. Directories are walked recursively; hidden entries and unknown extensions skipped.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diag, type Diagnostic } from '../core/diagnostics.js';
import { kindFromExtension } from './read/index.js';

export type SourceRef = { kind: 'file'; path: string; given: string } | { kind: 'url'; url: string; given: string };

export interface ExpandResult {
  sources: SourceRef[];
  rejected: Diagnostic[];
  /** Files inside directories skipped because their extension is not an article format. */
  skipped: string[];
}

export function looksLikeUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

async function walk(dir: string, shown: string, out: ExpandResult, depth: number): Promise<void> {
  if (depth > 64) {
    out.rejected.push(diag(shown, 'read', 'too-deep', 'expected a directory tree at most 64 levels deep; stopped here'));
    return;
  }
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    const rel = path.join(shown, e.name);
    if (e.isDirectory()) await walk(full, rel, out, depth + 1);
    else if (e.isFile() || e.isSymbolicLink()) {
      if (kindFromExtension(e.name)) out.sources.push({ kind: 'file', path: full, given: rel });
      else out.skipped.push(rel);
    }
  }
}

export async function expandInputs(inputs: string[]): Promise<ExpandResult> {
  const out: ExpandResult = { sources: [], rejected: [], skipped: [] };
  for (const input of inputs) {
    if (looksLikeUrl(input)) {
      out.sources.push({ kind: 'url', url: input, given: input });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const msg = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`;
      out.rejected.push(diag(input, 'read', code === 'ENOENT' ? 'not-found' : 'unreadable', `${msg}; expected a file, a directory or an http(s) URL`));
      continue;
    }
    if (stat.isDirectory()) await walk(input, input, out, 0);
    else out.sources.push({ kind: 'file', path: input, given: input });
  }
  return out;
}

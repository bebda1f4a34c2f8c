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

/** The two filesystem calls the walk makes; tests pass failing ones to reach the error paths. */
export interface DirectoryReader {
  stat(p: string): Promise<{ isDirectory(): boolean }>;
  readdir(p: string): Promise<Array<{ name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }>>;
}

const nodeReader: DirectoryReader = {
  stat: (p) => fs.stat(p),
  readdir: (p) => fs.readdir(p, { withFileTypes: true }),
};

/** Why a path could not be read, in words, and the code a rejection carries. */
function unreadable(e: unknown): { code: string; msg: string } {
  const code = (e as NodeJS.ErrnoException).code;
  const msg = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code ?? (e as Error).message})`;
  return { code: code === 'ENOENT' ? 'not-found' : 'unreadable', msg };
}

/**
 * Plain JS callers can pass a string where a list is expected; iterating it character by
 * character would make '/' an input and walk the whole filesystem.
 */
export function assertInputList(inputs: unknown, caller: string): asserts inputs is string[] {
  if (!Array.isArray(inputs) || !inputs.every((x) => typeof x === 'string')) {
    throw new TypeError(`${caller}: inputs must be an array of paths or URLs (got ${typeof inputs === 'string' ? 'a string; wrap it in [ ]' : Array.isArray(inputs) ? 'an array with a non-string item' : typeof inputs})`);
  }
}

export function looksLikeUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

async function walk(dir: string, shown: string, out: ExpandResult, depth: number, io: DirectoryReader): Promise<void> {
  if (depth > 64) {
    out.rejected.push(diag(shown, 'read', 'too-deep', 'expected a directory tree at most 64 levels deep; stopped here'));
    return;
  }
  let listed;
  try {
    listed = await io.readdir(dir);
  } catch (e) {
    // One unreadable folder is one rejected input: the rest of the batch still goes in.
    const { code, msg } = unreadable(e);
    out.rejected.push(diag(shown, 'read', code, `${msg}; expected a readable directory`));
    return;
  }
  const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    const rel = path.join(shown, e.name);
    if (e.isDirectory()) await walk(full, rel, out, depth + 1, io);
    else if (e.isFile() || e.isSymbolicLink()) {
      if (kindFromExtension(e.name)) out.sources.push({ kind: 'file', path: full, given: rel });
      else out.skipped.push(rel);
    }
  }
}

export async function expandInputs(inputs: string[], io: DirectoryReader = nodeReader): Promise<ExpandResult> {
  assertInputList(inputs, 'expandInputs');
  const out: ExpandResult = { sources: [], rejected: [], skipped: [] };
  for (const input of inputs) {
    if (looksLikeUrl(input)) {
      out.sources.push({ kind: 'url', url: input, given: input });
      continue;
    }
    let stat;
    try {
      stat = await io.stat(input);
    } catch (e) {
      const { code, msg } = unreadable(e);
      out.rejected.push(diag(input, 'read', code, `${msg}; expected a file, a directory or an http(s) URL`));
      continue;
    }
    if (stat.isDirectory()) await walk(input, input, out, 0, io);
    else out.sources.push({ kind: 'file', path: input, given: input });
  }
  return out;
}

// Problems found in content are messages attached to the item (as in vfile), never
// exceptions that abort a batch. Each names where it happened and what was expected.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path or URL as given, with `:line` for JSON Lines or `#item-N` for feed items. */
  source: string;
  /** 1-based line number inside the source, when it has one. */
  line?: number;
  /** Pipeline stage that raised it: 'read', 'fetch', 'parse', 'clean', 'store'. */
  stage: string;
  /** Stable machine code, used to count rejections by reason (e.g. 'empty-file'). */
  code: string;
  /** Human sentence: what was found and what was expected. */
  message: string;
  severity: Severity;
}

export function diag(
  source: string,
  stage: string,
  code: string,
  message: string,
  severity: Severity = 'error',
  line?: number,
): Diagnostic {
  return line === undefined
    ? { source, stage, code, message, severity }
    : { source, line, stage, code, message, severity };
}

/** "file.jsonl:12": the source with its line, once (readers may already have put it in `source`). */
export function diagnosticWhere(d: Diagnostic): string {
  return d.line !== undefined && !d.source.endsWith(`:${d.line}`) ? `${d.source}:${d.line}` : d.source;
}

/** "file.jsonl:12: expected ..." */
export function formatDiagnostic(d: Diagnostic): string {
  return `${diagnosticWhere(d)}: ${d.message} [${d.code}]`;
}

/** An error that carries its diagnostic, thrown only across I/O boundaries (fetch, read). */
export class SourceError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'SourceError';
  }
}

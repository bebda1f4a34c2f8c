// Exit codes, documented in README.md ("Exit codes").
export const EXIT = {
  /** Everything given was processed; nothing rejected. */
  OK: 0,
  /** A fatal error: the store could not be opened, an unexpected failure. */
  FATAL: 1,
  /** Bad command line: unknown option, invalid value. */
  USAGE: 2,
  /** Finished, but some inputs were rejected (see the problems listed). */
  PARTIAL: 3,
  /** The article (or other thing) asked for does not exist. */
  NOT_FOUND: 4,
} as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = 'CliError';
  }
}

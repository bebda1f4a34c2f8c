// Validation of command-line option values (zod at the edge): every problem at once,
// each naming the option and what was expected.
import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CliError, EXIT } from './exit-codes.js';

const int = (name: string, min: number, max: number) =>
  z.coerce.number({ error: `--${name}: expected a number` }).int(`--${name}: expected a whole number`).min(min, `--${name}: expected at least ${min}`).max(max, `--${name}: expected at most ${max}`);

export const PagingOptions = z.object({ limit: int('limit', 1, 10_000).default(20), offset: int('offset', 0, Number.MAX_SAFE_INTEGER).default(0) });

export const IngestOptionsSchema = z.object({
  timeout: int('timeout', 100, 600_000).default(15_000),
  maxFileSize: z.coerce.number({ error: '--max-file-size: expected a number of megabytes' }).positive('--max-file-size: expected more than 0 MB').max(4096, '--max-file-size: expected at most 4096 MB').default(50),
  maxRedirects: int('max-redirects', 0, 20).default(5),
});

export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  throw new CliError(r.error.issues.map((i) => i.message).join('\n'), EXIT.USAGE);
}

/**
 * Checks `--out FILE` before any work: the report is written only at the end, so a missing
 * directory would otherwise fail after the whole ingest and analysis, naming a temporary file.
 */
export function checkOutPath(out: string | undefined): void {
  if (!out) return;
  const dir = path.dirname(path.resolve(out));
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new CliError(`--out ${out}: the directory ${dir} does not exist; create it first or give another path`, EXIT.USAGE);
  }
  if (!stat.isDirectory()) throw new CliError(`--out ${out}: ${dir} is not a directory`, EXIT.USAGE);
  let target;
  try {
    target = statSync(out);
  } catch {
    return; // a new file: fine
  }
  if (target.isDirectory()) throw new CliError(`--out ${out}: is a directory; expected a file name`, EXIT.USAGE);
}

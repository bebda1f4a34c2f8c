// The loop shared by the extraction and framing rows of `npm run eval`: each dataset gives its
// rows and notes, or is skipped with a one-line reason that is both logged and noted.
import type { SkipReporter } from './types.js';

export interface RowsAndNotes {
  rows: string[];
  notes: string[];
}

export interface RunnableDataset<S, O> {
  name: string;
  run(system: S, opts: O, onSkip: SkipReporter): Promise<RowsAndNotes | null>;
}

export async function runDatasets<S, O>(datasets: ReadonlyArray<RunnableDataset<S, O>>, system: S, opts: O, log: (line: string) => void): Promise<RowsAndNotes> {
  const rows: string[] = [];
  const notes: string[] = [];
  for (const ds of datasets) {
    let skipped: string | null = null;
    const out = await ds.run(system, opts, (reason) => (skipped = reason));
    if (!out) {
      const line = `${ds.name}: skipped (${skipped ?? 'not available'})`;
      log(line);
      notes.push(line);
      continue;
    }
    rows.push(...out.rows);
    notes.push(...out.notes);
  }
  return { rows, notes };
}

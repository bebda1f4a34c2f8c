// A progress bar on a terminal; silent when stderr is not a TTY (pipes, CI, --json).
import cliProgress from 'cli-progress';

export interface Progress {
  update(p: { done: number; total: number; source: string }): void;
  stop(): void;
}

export function makeProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} sources  {source}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update({ done, total, source }) {
      if (!started) {
        bar.start(total, 0, { source: '' });
        started = true;
      }
      bar.update(done, { source: source.length > 40 ? `…${source.slice(-39)}` : source });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

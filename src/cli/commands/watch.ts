import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseOptions } from '../options.js';
import { dbSpec, withStore, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { printProblems } from '../problems.js';
import { looksLikeUrl } from '../../1-ingest/sources.js';
import { parseFeedList } from '../../watch/feed-list.js';
import { pollFeeds } from '../../watch/poll.js';
import { loadWatchState, saveWatchState } from '../../watch/state.js';
import type { Diagnostic } from '../../core/diagnostics.js';

const WatchOptions = z.object({
  interval: z.coerce.number({ error: '--interval: expected minutes' }).positive('--interval: expected a positive number of minutes').default(15),
  maxBackoff: z.coerce.number({ error: '--max-backoff: expected minutes' }).positive('--max-backoff: expected a positive number of minutes').default(24 * 60),
  minGap: z.coerce.number({ error: '--min-gap: expected milliseconds' }).int('--min-gap: expected whole milliseconds').min(0, '--min-gap: expected at least 0').default(2000),
  timeout: z.coerce.number({ error: '--timeout: expected milliseconds' }).int().positive('--timeout: expected a positive number').default(15000),
  state: z.string().min(1).optional(),
  once: z.boolean().optional(),
});

/** Feed URLs from the arguments: URLs as they are, files as OPML or one URL per line. */
function feedUrls(args: string[], problems: Diagnostic[]): string[] {
  const urls: string[] = [];
  for (const a of args) {
    if (looksLikeUrl(a)) urls.push(a);
    else {
      let text: string;
      try {
        text = readFileSync(a, 'utf8');
      } catch (e) {
        throw new CliError(`${a}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected an OPML file, a list of feed URLs or a URL`, EXIT.USAGE);
      }
      const list = parseFeedList(text, a);
      problems.push(...list.problems);
      urls.push(...list.urls);
    }
  }
  return [...new Set(urls)];
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll feeds on a schedule and ingest what is new (conditional requests, per-host politeness, backoff on failure)')
    .argument('<feeds...>', 'feed URLs, OPML files or text files with one feed URL per line')
    .option('--interval <minutes>', 'time between two polls of a feed', '15')
    .option('--max-backoff <minutes>', 'longest wait after repeated failures', '1440')
    .option('--min-gap <ms>', 'least time between two requests to one host', '2000')
    .option('--timeout <ms>', 'time limit per request', '15000')
    .option('--state <file>', 'where ETags, Last-Modified and schedules are kept (default: <db>.watch.json)')
    .option('--allow-private', 'allow feeds on loopback and private-network addresses')
    .option('--once', 'poll every due feed once, then exit')
    .action(async (args: string[], raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(WatchOptions, raw);
      const global = cmd.optsWithGlobals() as GlobalOptions;
      const problems: Diagnostic[] = [];
      const urls = feedUrls(args, problems);
      printProblems(problems);
      if (!urls.length) throw new CliError('no feed to watch; expected feed URLs, an OPML file or a list of URLs', EXIT.USAGE);
      const db = dbSpec(global);
      const stateFile = opts.state ?? (/^postgres/i.test(db) ? './parallax-watch.json' : `${db}.watch.json`);
      let stop = false;
      const wake: Array<() => void> = [];
      const quit = () => ((stop = true), wake.forEach((w) => w()));
      process.once('SIGINT', quit);
      process.once('SIGTERM', quit);
      let partial = false;
      await withStore(global, async (store) => {
        for (;;) {
          const state = loadWatchState(stateFile);
          const outcomes = await pollFeeds(store, urls, state, {
            intervalMs: opts.interval * 60_000,
            maxBackoffMs: opts.maxBackoff * 60_000,
            minHostGapMs: opts.minGap,
            fetch: { timeoutMs: opts.timeout, allowPrivate: !!raw.allowPrivate },
          });
          saveWatchState(stateFile, state);
          for (const o of outcomes) {
            if (o.status === 'new') console.log(`${new Date().toISOString()} ${o.url}: ${o.stored} new, ${o.duplicates} already stored${o.rejected ? `, ${o.rejected} rejected` : ''}`);
            else if (o.status === 'failed') console.error(`${new Date().toISOString()} ${o.url}: failed (${o.error}); next try ${new Date(o.nextPollAt).toISOString()}`);
          }
          // A cron-driven --once run tells a failing feed (or rejected items) by its exit status.
          if (opts.once) partial = outcomes.some((o) => o.status === 'failed' || o.rejected > 0);
          if (opts.once || stop) return;
          const next = Math.min(...Object.entries(state.feeds).filter(([u]) => urls.includes(u)).map(([, f]) => f.nextPollAt));
          await new Promise<void>((r) => {
            const t = setTimeout(r, Math.max(1000, next - Date.now()));
            wake.push(() => (clearTimeout(t), r()));
          });
          if (stop) return;
        }
      });
      process.exitCode = partial ? EXIT.PARTIAL : EXIT.OK;
    });
}

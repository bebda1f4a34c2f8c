import type { Command } from 'commander';
import type { Article } from '../../core/types.js';
import { CliError, EXIT } from '../exit-codes.js';
import { withStore, type GlobalOptions } from '../context.js';
import { z } from 'zod';
import { parseOptions } from '../options.js';

// `--version` is the program's own flag, so a version of an article is ID@N or --article-version N.
const ShowOptions = z.object({
  articleVersion: z.coerce.number({ error: '--article-version: expected a number' }).int('--article-version: expected a whole number').min(1, '--article-version: expected 1 or more').optional(),
});

/** "3f2a9c@2" -> { id: "3f2a9c", version: 2 } */
export function parseIdVersion(arg: string): { id: string; version?: string } {
  const m = /^(.+)@(.*)$/.exec(arg);
  return m ? { id: m[1]!, version: m[2]! } : { id: arg };
}

/**
 * The id and version asked for, by ID@N or --article-version N. Both at once is refused (which
 * one would win is a guess), and a bad N is named the way the user wrote it.
 */
export function requestedVersion(arg: string, option: unknown): { id: string; version?: number } {
  const { id, version } = parseIdVersion(arg);
  if (version !== undefined && option !== undefined) throw new CliError(`${arg} and --article-version ${String(option)} both ask for a version; give one of them`, EXIT.USAGE);
  if (version !== undefined && !/^[1-9]\d*$/.test(version)) throw new CliError(`${arg}: expected ID@N with N a version number (1 or more)`, EXIT.USAGE);
  const opts = parseOptions(ShowOptions, { articleVersion: version ?? option });
  return { id, version: opts.articleVersion };
}

/** Where a field came from, in words: a feed's own elements are 'input', shown as "feed". */
const from = (origin: Article['outletFrom'], format: Article['format']) => (origin === 'input' && format === 'feed' ? 'feed' : origin);

/** An estimated date is a day, not an instant: "2025-03-19 (estimated ...)", no invented midnight. */
export function publishedLine(a: Pick<Article, 'publishedAt' | 'publishedAtFrom' | 'dateEstimated' | 'format'>): string {
  if (!a.publishedAt) return 'unknown';
  return a.dateEstimated ? `${a.publishedAt.slice(0, 10)} (estimated from dates in the text)` : `${a.publishedAt} (from ${from(a.publishedAtFrom, a.format)})`;
}

export function formatArticle(a: Article, versions: Array<{ version: number; ingestedAt: string; contentHash: string }>): string {
  const lines: string[] = [];
  const field = (k: string, v: unknown) => v !== null && v !== undefined && v !== '' && lines.push(`${k.padEnd(12)} ${v}`);
  lines.push(a.title ?? '(no title)', '');
  field('id', `${a.id} (version ${a.version} of ${a.versions})`);
  field('source', a.source);
  field('url', a.url);
  field('outlet', a.outlet ? `${a.outlet} (from ${from(a.outletFrom, a.format)})` : 'unknown');
  field('byline', a.byline);
  field('published', publishedLine(a));
  field('modified', a.modifiedAt);
  field('language', a.language);
  if (a.dateline) field('dateline', [a.dateline.place, a.dateline.date, a.dateline.agency && `(${a.dateline.agency})`].filter(Boolean).join(' '));
  field('agencies', a.agencies.join(', '));
  const bp = a.boilerplate;
  for (const [k, list] of Object.entries({ captions: bp.captions, credits: bp.credits, related: bp.related, notes: bp.notes, bylines: bp.bylines })) {
    list.forEach((v, i) => field(i === 0 ? k : '', v));
  }
  for (const d of a.diagnostics) field(d.severity, `${d.message} [${d.code}]`);
  if (versions.length > 1) versions.forEach((v) => field(v.version === 1 ? 'versions' : '', `v${v.version} ingested ${v.ingestedAt} (${v.contentHash.slice(0, 12)})`));
  lines.push('', a.text);
  return lines.join('\n');
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print one article with its metadata')
    .argument('<id>', 'article id, or a unique prefix of at least 4 characters; ID@N for version N')
    .option('--article-version <n>', 'show this version instead of the latest (same as ID@N)')
    .option('--json', 'print the article as JSON, with the list of its versions')
    .addHelpText('after', '\nExit codes: 0 found, 4 no such article or version.')
    .action(async (arg: string, raw: Record<string, unknown>, cmd: Command) => {
      const { id, version } = requestedVersion(arg, raw.articleVersion);
      const global = cmd.optsWithGlobals() as GlobalOptions;
      const [article, versions] = await withStore(global, async (s) => [await s.getArticle(id, version), await s.listVersions(id)] as const, { existing: true });
      if (!article) throw new CliError(`no article ${version ? `version ${version} ` : ''}with id "${id}"; list ids with: parallax articles`, EXIT.NOT_FOUND);
      if (raw.json) process.stdout.write(JSON.stringify({ ...article, versionList: versions.map((v) => ({ version: v.version, ingestedAt: v.ingestedAt, contentHash: v.contentHash })) }, null, 2) + '\n');
      else console.log(formatArticle(article, versions));
    });
}

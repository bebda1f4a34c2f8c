import type { Command } from 'commander';
import type { ArticleSummary } from '../../core/types.js';
import { PagingOptions, parseOptions } from '../options.js';
import { withStore, type GlobalOptions } from '../context.js';

const day = (iso: string | null, estimated: boolean) => (iso ? `${iso.slice(0, 10)}${estimated ? '~' : ' '}` : '    ?      ');
const cut = (s: string | null, n: number) => (s ? (s.length > n ? s.slice(0, n - 1) + '…' : s) : '-');

export function listLine(a: ArticleSummary): string {
  return `${a.id}  ${day(a.publishedAt, a.dateEstimated)} ${cut(a.outlet, 22).padEnd(22)} ${a.language ?? '??'}  ${cut(a.title, 70)}${a.versions > 1 ? `  (v${a.version} of ${a.versions})` : ''}`;
}

/** One line explaining the date column's symbols, when the listed items use any; else null. */
export function dateLegend(items: Array<Pick<ArticleSummary, 'publishedAt' | 'dateEstimated'>>): string | null {
  const parts = [];
  if (items.some((a) => a.publishedAt && a.dateEstimated)) parts.push('~ date estimated from the text');
  if (items.some((a) => !a.publishedAt)) parts.push('? no date');
  return parts.length ? parts.join('; ') : null;
}

export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('list stored articles, most recently stored first (latest version of each; a new version keeps the article\'s place); with --search, best match first')
    .option('--limit <n>', 'how many to show', '20')
    .option('--offset <n>', 'how many to skip', '0')
    .option('--search <query>', 'full-text search over titles and bodies')
    .option('--json', 'print JSON: every field but the body, with total, limit and offset')
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const paging = parseOptions(PagingOptions, raw);
      const global = cmd.optsWithGlobals() as GlobalOptions;
      const page = await withStore(global, (s) => (raw.search ? s.search(String(raw.search), paging) : s.listArticles(paging)), { existing: true });
      if (raw.json) {
        process.stdout.write(JSON.stringify(page, null, 2) + '\n');
        return;
      }
      for (const a of page.items) {
        console.log(listLine(a));
        if ('snippet' in a) console.log(`    ${String(a.snippet).replace(/\s+/g, ' ')}`);
      }
      const legend = dateLegend(page.items);
      if (legend) console.log(legend);
      const end = Math.min(page.offset + page.items.length, page.total);
      console.log(page.total ? `${page.offset + 1}–${end} of ${page.total} article(s)${end < page.total ? `; next page: --offset ${end}` : ''}` : 'no articles');
    });
}

// Read routes: articles (list, search, one with highlights), storylines (list, search), one
// storyline's or event's comparison. Each list and view also exports as CSV and Markdown.
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/types.js';
import { StoreError } from '../store/types.js';
import type { ServedAnalysis } from './served.js';
import { ApiError, Format, PageQuery, page, parse, respond, toCsv } from './http.js';
import { articleView, comparisonView, type ComparisonView } from './views.js';
import { selectComparison, comparisonToMarkdown } from '../report/compare.js';
import { cell } from '../report/md-cells.js';
import type { OutletRegistry } from '../outlets/registry.js';
import { groupReport } from '../outlets/group.js';

const IdParam = z.string().min(1).max(200).regex(/^[\w.:-]+$/, 'expected an id of letters, digits, ".", ":", "_" or "-"');
const FormatQuery = z.object({ format: Format });

export function registerReadRoutes(app: Hono, store: Store, analysis: ServedAnalysis, outlets?: OutletRegistry): void {
  app.get('/api/v1/health', async (c) => c.json({ status: 'ok', articles: await store.countArticles(), analysis: analysis.status() }));

  app.get('/api/v1/articles', async (c) => {
    const { q, limit, offset, format } = parse(PageQuery, c.req.query(), 'query');
    let result;
    try {
      result = q ? await store.search(q, { limit, offset }) : await store.listArticles({ limit, offset });
    } catch (e) {
      if (e instanceof StoreError && e.code === 'bad-query') throw new ApiError(400, 'bad-request', e.message, [{ path: 'query.q', message: e.message }]);
      throw e;
    }
    const items = result.items.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, source: a.source, ...('snippet' in a ? { snippet: a.snippet } : {}) }));
    const body = { total: result.total, limit, offset, items };
    return respond(c, format, 'articles', body,
      () => toCsv(['id', 'title', 'outlet', 'publishedAt', 'source'], items.map((a) => [a.id, a.title, a.outlet, a.publishedAt, a.source])),
      () => ['| id | title | outlet | published |', '|---|---|---|---|', ...items.map((a) => `| ${a.id} | ${cell(a.title)} | ${cell(a.outlet)} | ${a.publishedAt?.slice(0, 10) ?? '—'} |`)].join('\n') + '\n');
  });

  app.get('/api/v1/articles/:id', async (c) => {
    const id = parse(IdParam, c.req.param('id'), 'path.id');
    const stored = await store.getArticle(id).catch((e: unknown) => {
      if (e instanceof StoreError && e.code === 'ambiguous-id') throw new ApiError(400, 'ambiguous-id', e.message);
      throw e;
    });
    if (!stored) throw new ApiError(404, 'not-found', `no article with id "${id}"`);
    const { format } = parse(FormatQuery, c.req.query(), 'query');
    const report = await analysis.reportOfArticle(stored.id);
    const a = report?.articles.find((x) => x.id === stored.id);
    if (!report || !a) throw new ApiError(503, 'analysis-pending', `article ${stored.id} was stored after the last analysis; try again`);
    const view = articleView(report, a);
    const spans = view.highlights.map((h) => [h.kind, h.start, h.end, a.text.slice(h.start, h.end), h.label]);
    return respond(c, format, a.id, view,
      () => toCsv(['kind', 'start', 'end', 'text', 'label'], spans),
      () => [`# ${cell(a.title)}`, '', `${cell(a.outlet)}, ${a.publishedAt?.slice(0, 10) ?? 'undated'}; event ${view.event?.id ?? '—'}`, '', a.text, '', '## Highlights', '', '| kind | text | label |', '|---|---|---|', ...spans.map(([k, , , t, l]) => `| ${k} | ${cell(String(t))} | ${cell(String(l))} |`)].join('\n') + '\n');
  });

  app.get('/api/v1/events', async (c) => {
    const { q, limit, offset, format, storylineId } = parse(PageQuery.extend({ storylineId: IdParam.optional() }), c.req.query(), 'query');
    // An unknown storyline is a 404, as /storylines/:id gives, not an empty list that reads as "no events".
    if (storylineId && !(await analysis.storylines()).some((s) => s.row.id === storylineId)) throw new ApiError(404, 'not-found', `no storyline with id "${storylineId}"`, [{ path: 'query.storylineId', message: 'expected the id of a storyline' }]);
    const needle = q?.toLowerCase();
    const rows = (await analysis.events()).filter((e) => (!storylineId || e.storylineId === storylineId) && (!needle || e.title.toLowerCase().includes(needle)));
    const body = page(rows, limit, offset);
    return respond(c, format, 'events', body,
      () => toCsv(['id', 'storylineId', 'title', 'articles', 'outlets', 'start', 'end'], body.items.map((e) => [e.id, e.storylineId, e.title, e.articles, e.outlets, e.start, e.end])),
      () => ['| id | storyline | title | articles | outlets | dates |', '|---|---|---|---|---|---|', ...body.items.map((e) => `| ${e.id} | ${e.storylineId} | ${cell(e.title)} | ${e.articles} | ${e.outlets} | ${e.start?.slice(0, 10) ?? '—'} – ${e.end?.slice(0, 10) ?? '—'} |`)].join('\n') + '\n');
  });

  app.get('/api/v1/outlets', async (c) => {
    const { q, limit, offset, format } = parse(PageQuery, c.req.query(), 'query');
    const needle = q?.toLowerCase();
    const seen = await analysis.outlets();
    // Registry entries that no stored article matched are listed too (0 articles): a misspelt
    // alias or domain shows, instead of the entry silently missing.
    const names = new Set(seen.map((o) => o.name));
    const unmatched = (outlets?.entries ?? []).filter((e) => !names.has(e.name)).map((e) => ({ name: e.name, registered: true, aliases: e.aliases, domains: e.domains, attributes: e.attributes, articles: 0 }));
    const rows = [...seen, ...unmatched]
      .filter((o) => !needle || [o.name, ...o.aliases].some((n) => n.toLowerCase().includes(needle)))
      .sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : 1));
    const attributes = outlets?.attributeNames() ?? [];
    const body = { ...page(rows, limit, offset), attributes };
    return respond(c, format, 'outlets', body,
      () => toCsv(['name', 'registered', 'articles', ...attributes], body.items.map((o) => [o.name, o.registered, o.articles, ...attributes.map((k) => o.attributes[k] ?? '')])),
      () => [`| outlet | articles | ${attributes.join(' | ')} |`, `|---|---|${attributes.map(() => '---|').join('')}`, ...body.items.map((o) => `| ${cell(o.name)} | ${o.articles} | ${attributes.map((k) => cell(o.attributes[k] ?? '—')).join(' | ')} |`)].join('\n') + '\n');
  });

  app.get('/api/v1/storylines', async (c) => {
    const { q, limit, offset, format } = parse(PageQuery, c.req.query(), 'query');
    const needle = q?.toLowerCase();
    const rows = (await analysis.storylines()).filter((s) => !needle || s.titles.includes(needle)).map((s) => s.row);
    const body = page(rows, limit, offset);
    return respond(c, format, 'storylines', body,
      () => toCsv(['id', 'title', 'articles', 'outlets', 'independentReports', 'events', 'start', 'end'], body.items.map((s) => [s.id, s.title, s.articles, s.outlets, s.independentReports, s.events, s.start, s.end])),
      () => ['| id | title | articles | outlets | independent reports | events | dates |', '|---|---|---|---|---|---|---|', ...body.items.map((s) => `| ${s.id} | ${cell(s.title)} | ${s.articles} | ${s.outlets} | ${s.independentReports ?? "—"} | ${s.events} | ${s.start?.slice(0, 10) ?? '—'} – ${s.end?.slice(0, 10) ?? '—'} |`)].join('\n') + '\n');
  });

  for (const kind of ['storylines', 'events'] as const) {
    app.get(`/api/v1/${kind}/:id`, async (c) => {
      const id = parse(IdParam, c.req.param('id'), 'path.id');
      const { format, groupBy } = parse(FormatQuery.extend({ groupBy: z.string().trim().min(1).max(100).optional() }), c.req.query(), 'query');
      if (groupBy && !outlets?.attributeNames().includes(groupBy)) {
        const known = outlets?.attributeNames() ?? [];
        throw new ApiError(400, 'bad-request', `groupBy: ${outlets ? `no outlet in the registry has the attribute "${groupBy}" (known: ${known.join(', ') || 'none'})` : 'the server has no outlet registry (parallax serve --outlets FILE)'}`, [{ path: 'query.groupBy', message: 'expected an attribute of the outlet registry' }]);
      }
      const analysed = await analysis.reportOf(id);
      const report = analysed && groupBy && outlets ? groupReport(analysed, groupBy, outlets) : analysed;
      const view = report ? comparisonView(report, id) : { error: 'unknown' as const };
      if (!report || 'error' in view || view.kind !== (kind === 'storylines' ? 'storyline' : 'event')) {
        throw new ApiError(404, 'not-found', `no ${kind === 'storylines' ? 'storyline' : 'event'} with id "${id}"`);
      }
      return respond(c, format, view.id, view, () => matrixCsv(view), () => {
        const sel = selectComparison(report!, view.id);
        return 'error' in sel ? '' : comparisonToMarkdown(sel, report!, undefined, undefined, groupBy && outlets ? groupBy : null) + '\n';
      });
    });
  }
}

/** The coverage matrix as CSV: one row per claim, one column per outlet. */
function matrixCsv(v: ComparisonView): string {
  const { outlets, articlesWithoutOutlet, rows } = v.matrix;
  return toCsv(
    ['claimId', 'kind', 'claim', 'status', 'independentReports', ...outlets, ...articlesWithoutOutlet.map((a) => `article ${a}`)],
    rows.map((r) => [r.claimId, r.kind, r.label, r.status, r.independentReports, ...r.cells.map((x) => (x.state === 'missing' ? '' : x.values.length ? `${x.state}: ${x.values.join(' / ')}` : x.state))]),
  );
}

// Framing of one storyline for people: for each referent several outlets name, the words
// each outlet uses, with counts. Descriptive: no score.
import { cell } from './md-cells.js';
import type { Report } from './schema.js';


/** The table of referents × each outlet's terms with counts. */
export function framingTable(rows: Report['framing'], label: (outlet: string) => string = (o) => o): string[] {
  const out = ['| referent | outlet: terms (count) |', '|---|---|'];
  for (const f of rows) out.push(`| ${cell(f.referent)} | ${f.outlets.map((o) => `${cell(label(o.outlet))}: ${o.terms.map((t) => `${cell(t.term)} (${t.count})`).join(', ')}`).join('; ')} |`);
  return out;
}

export function storylineFramingMarkdown(r: Report, storylineId: string): string[] {
  const rows = r.framing.filter((f) => f.storylineId === storylineId);
  if (!rows.length) return [];
  const ids = new Set(r.storylines.find((s) => s.id === storylineId)?.articleIds ?? []);
  // An article without an outlet is listed under its id: its short form, as elsewhere in the report.
  const noOutlet = new Set(r.articles.filter((a) => ids.has(a.id) && !a.outlet).map((a) => a.id));
  const out = ['#### Words for the same things', '', ...framingTable(rows, (o) => (noOutlet.has(o) ? o.slice(0, 8) : o)), ''];
  const scare = r.articles.filter((a) => ids.has(a.id) && a.scareQuotes.length);
  if (scare.length) {
    out.push('Scare quotes: ' + scare.map((a) => `${cell(a.outlet ?? a.id.slice(0, 8))} ${a.scareQuotes.map((q) => `“${cell(q.text)}”`).join(', ')}`).join('; '), '');
  }
  return out;
}

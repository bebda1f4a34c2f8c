// Framing of one storyline for people: for each referent several outlets name, the words
// each outlet uses, with counts. Descriptive: no score.
import type { Report } from './schema.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function storylineFramingMarkdown(r: Report, storylineId: string): string[] {
  const rows = r.framing.filter((f) => f.storylineId === storylineId);
  if (!rows.length) return [];
  const out = ['#### Words for the same things', '', '| referent | outlet: terms (count) |', '|---|---|'];
  for (const f of rows) {
    const byOutlet = f.outlets.map((o) => `${cell(o.outlet)}: ${o.terms.map((t) => `${cell(t.term)} (${t.count})`).join(', ')}`).join('; ');
    out.push(`| ${cell(f.referent)} | ${byOutlet} |`);
  }
  out.push('');
  const ids = new Set(r.storylines.find((s) => s.id === storylineId)?.articleIds ?? []);
  const scare = r.articles.filter((a) => ids.has(a.id) && a.scareQuotes.length);
  if (scare.length) {
    out.push('Scare quotes: ' + scare.map((a) => `${cell(a.outlet ?? a.id.slice(0, 8))} ${a.scareQuotes.map((q) => `“${cell(q.text)}”`).join(', ')}`).join('; '), '');
  }
  return out;
}

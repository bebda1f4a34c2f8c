// Every span of a report checked against its article's text: offsets inside the text, start
// before end, and the quoted text equal to the slice where the report gives it.
import type { Report } from '../../src/report/schema.js';

export function reportSpanProblems(r: Report): string[] {
  const text = new Map(r.articles.map((a) => [a.id, a.text]));
  const out: string[] = [];
  const check = (where: string, articleId: string, start: number, end: number, quoted?: string) => {
    const t = text.get(articleId);
    if (t === undefined) return void out.push(`${where}: unknown article ${articleId}`);
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= t.length)) return void out.push(`${where}: [${start}, ${end}) outside ${articleId} (${t.length} chars)`);
    if (quoted !== undefined && t.slice(start, end) !== quoted) out.push(`${where}: text "${quoted.slice(0, 40)}" is not the slice "${t.slice(start, end).slice(0, 40)}"`);
  };
  for (const a of r.articles) {
    a.figures.forEach((f, i) => check(`figure ${i} of ${a.id}`, a.id, f.start, f.end, f.text));
    a.dates.forEach((d, i) => check(`date ${i} of ${a.id}`, a.id, d.start, d.end, d.text));
    a.scareQuotes.forEach((q, i) => check(`scare quote ${i} of ${a.id}`, a.id, q.start, q.end));
  }
  for (const e of r.entities) e.mentions.forEach((m, i) => check(`mention ${i} of ${e.id}`, m.articleId, m.start, m.end, m.text));
  for (const q of r.quotes) q.occurrences.forEach((o, i) => check(`occurrence ${i} of ${q.id}`, o.articleId, o.start, o.end));
  for (const c of r.claims) c.occurrences.forEach((o, i) => check(`occurrence ${i} of ${c.id}`, o.articleId, o.start, o.end));
  for (const d of r.derivations) {
    d.passages.forEach((p, i) => {
      check(`passage ${i} of ${d.articleId}`, d.articleId, p.start, p.end);
      check(`source passage ${i} of ${d.articleId}`, d.sourceArticleId, p.sourceStart, p.sourceEnd);
    });
  }
  for (const f of r.framing) f.sentences.forEach((s, i) => check(`framing sentence ${i} of ${f.referent}`, s.articleId, s.start, s.end));
  return out;
}

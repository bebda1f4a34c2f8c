// The claims of one event for people: figures compared across outlets, the statements
// several independent reports carry, what only one gives, and what each outlet left out.
import { cell, short } from './md-cells.js';
import type { Report } from './schema.js';

type Claim = Report['claims'][number];
const reports = (n: number) => `${n} independent report${n === 1 ? '' : 's'}`;

/**
 * "count|die|" -> "die", "count||soldier" -> "soldier", "money:USD|spend|" -> "spend (USD)";
 * a part inside its whole, "count|die||in:count|hold|" -> "die — among: hold"; one doer's,
 * "count|release@council|prisoner" -> "prisoners released by council"; a candidate's,
 * "count|vote@velka|" -> "votes for Velka"; "percent|measure|turnout" -> "turnout (%)".
 */
export function quantityLabel(key: string | null): string {
  if (!key) return '—';
  if (key.includes('|in:')) return key.split('|in:').map(quantityLabel).join(' — among: ');
  const [kind, actionAndDoer, noun, ...scopes] = key.split('|');
  // "count|release@council|prisoner" -> "prisoners released by council": one side's release.
  const [action, doer] = (actionAndDoer ?? '').split('@');
  // A rate change in basis points: "bp|up|rate" -> "rate rise (basis points)", "bp|down|deposit rate" -> "deposit rate cut (basis points)".
  if (kind === 'bp') return `${noun || 'rate'} ${({ up: 'rise', down: 'cut' } as Record<string, string>)[action ?? ''] ?? 'change'} (basis points)`;
  if (kind === 'date') return `date the ${action} ${({ begin: 'began', end: 'ended', sign: 'was signed or agreed' } as Record<string, string>)[noun ?? ''] ?? 'took place'}`;
  const money = kind!.startsWith('money:') ? ` (${kind!.slice(6)})` : kind === 'percent' ? ' (%)' : '';
  // Votes are for a candidate, not done by one: "count|vote@velka|" -> "votes for Velka".
  // A candidate is a name, written with its capital again ("votes for Velka"); a doer is a noun ("by council").
  const by = doer ? (action === 'vote' ? ` for ${doer.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase())}` : ` by ${doer}`) : '';
  // "count|cost@recount|crown" -> "cost of recount (crowns)".
  if (action === 'cost') return `cost${doer ? ` of ${doer}` : ''}${noun ? ` (${plural(noun)})` : ''}${money}`;
  return `${countedLabel(kind!, action ?? '', noun ?? '')}${by}${money}${scopes.map(scopeLabel).join('')}`;
}

/** "part:child" -> " — of which child", "at:senna bridge" -> " in Senna Bridge" (a named place's residents). */
function scopeLabel(scope: string): string {
  const [what, value = ''] = scope.split(/:(.*)/u);
  if (what === 'at') return ` in ${value.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase())}`;
  if (what === 'part') return ` — of which ${value}`;
  if (what === 'sort') return ` (${value})`; // "count||case|sort:new" -> "cases (new)"
  return ` (${what} ${value})`;
}

/** What happened to the people or things counted, as a reader says it: "die" -> "killed". */
const ACTION_PHRASES: Record<string, string> = {
  die: 'killed', injure: 'injured', hold: 'held', release: 'released', arrest: 'arrested', displace: 'displaced',
  missing: 'missing', rescue: 'rescued', protest: 'marching', strike: 'on strike', vote: 'votes', spend: 'spent',
  cost: 'cost', raise: 'raised', lose: 'lost', margin: 'margin', change: 'change', measure: '',
  cut: 'cut', offer: 'offered', deliver: 'delivered', administer: 'administered',
};
const TERM_LABELS: Record<string, string> = {
  sentenced: 'prison sentence', suspended: 'suspended part of the sentence', serve: 'part of the sentence to serve',
  sought: 'sentence sought', faces: 'most the law allows',
};
const PLURALS: Record<string, string> = { child: 'children', man: 'men', woman: 'women', person: 'people', people: 'people', police: 'police', staff: 'staff', crew: 'crew' };
const plural = (n: string) => PLURALS[n] ?? (/(?:s|x|ch|sh)$/.test(n) ? `${n}es` : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`);

/** "count|die|" -> "people killed", "count|hold|prisoner" -> "prisoners held", "money:USD|spend|" -> "spent", "count||soldier" -> "soldiers". */
function countedLabel(kind: string, action: string, noun: string): string {
  const done = action ? (ACTION_PHRASES[action] ?? action) : '';
  // "count|vote|rejected" -> "rejected votes", "percent|vote|" -> "share of the vote", "count|margin|vote" -> "margin (votes)".
  // "term|sentenced|year" -> "prison sentence (years)", "term|sought|year" -> "sentence sought (years)".
  if (kind === 'term') return `${TERM_LABELS[action] ?? action} (${plural(noun)})`;
  if (action === 'vote') return kind === 'count' ? (noun ? `${noun} votes` : 'votes') : `share of the${noun ? ` ${noun}` : ''} vote`;
  if (action === 'margin' || action === 'change') return noun ? `${done} (${plural(noun)})` : done;
  // "count|employ|site" -> "workforce of the site"; "money:EUR|profit|earlier" -> "profit, earlier value" (money-key.ts).
  if (action === 'employ') return noun ? `workforce of the ${noun}` : 'workforce';
  if (kind !== 'count' && noun && action && !(action in ACTION_PHRASES)) return `${action}, ${({ earlier: 'earlier value', expected: 'expected by others' } as Record<string, string>)[noun] ?? noun.replace('-', ' ')}`;
  if (kind !== 'count') return [done, noun].filter(Boolean).join(' ') || kind;
  if (!action) return noun ? plural(noun) : kind;
  return `${noun ? plural(noun) : 'people'} ${done}`;
}

/**
 * A part's label with the leading value of each whole it sits in, where the same claims give
 * one: "count|die||in:count|hold||in:count|hold|" -> "die — among: 58 (hold) — among: 251 hostages (hold)".
 */
export function partLabel(key: string | null, claims: readonly Claim[]): string {
  if (!key?.includes('|in:')) return quantityLabel(key);
  const [own, ...wholes] = key.split('|in:');
  const labels = wholes.map((w, i) => {
    const value = claims.find((c) => c.quantity === wholes.slice(i).join('|in:'))?.values[0]?.text;
    return value ? `${value} (${quantityLabel(w)})` : quantityLabel(w);
  });
  return [quantityLabel(own!), ...labels].join(' — among: ');
}

/** A date as written with the day it was read as ("on Tuesday (2025-05-06)"); a figure as written. */
export function valueText(c: Pick<Claim, 'kind'>, v: Claim['values'][number]): string {
  return c.kind === 'date' ? `${v.text} (${new Date(v.low).toISOString().slice(0, 10)})` : v.text;
}

/** Who gives a figure, after it: " (the charity)", " (police; the organisers)"; nothing when no sayer is written. */
export const sayerNote = (sayers: readonly string[] | undefined): string => (sayers?.length ? ` (${sayers.join('; ')})` : '');

/**
 * "**corroborated**", and when the reports give values that do not agree without contradicting
 * each other (each outlet giving another value also gives this one): "**corroborated**, values
 * differ"; when the values move across a storyline's events: ", changed over time".
 */
export function statusCell(c: Pick<Claim, 'status' | 'values' | 'overTime'>): string {
  return `**${c.status}**${differ(c)}`;
}

/** ", changed over time" (values differ only between a storyline's events), ", values differ", or nothing. */
export function differ(c: Pick<Claim, 'status' | 'values' | 'overTime'>): string {
  if (c.values.length < 2 || c.status === 'conflicting') return '';
  return c.overTime ? ', changed over time' : c.status === 'corroborated' ? ', values differ' : '';
}

/** The claims of one event, or (eventId null) of a storyline's events taken together. */
export function eventClaimsMarkdown(r: Report, eventId: string | null, outletOf: (articleId: string) => string, storylineId?: string): string[] {
  const claims = r.claims.filter((c) => c.eventId === eventId && (eventId !== null || c.storylineId === storylineId));
  if (!claims.length) return [];
  const out: string[] = [];
  const figures = claims.filter((c) => c.kind !== 'statement' && (c.independentReports > 1 || c.status === 'conflicting'));
  if (figures.length) {
    out.push('| quantity or date | values (who gives them) | status |', '|---|---|---|');
    for (const c of figures) {
      const values = c.values.map((v) => `${cell(valueText(c, v) + sayerNote(v.sayers))}: ${[...new Set(v.articleIds.map(outletOf))].map(cell).join(', ')}`).join('; ');
      out.push(`| ${cell(partLabel(c.quantity, claims))} | ${values} | ${statusCell(c)} |`);
    }
    out.push('');
  }
  const statements = claims.filter((c) => c.kind === 'statement');
  const list = (title: string, cs: Claim[], n: number) => {
    if (!cs.length) return;
    out.push(`${title} (${cs.length}):`, '');
    for (const c of cs.slice(0, n)) out.push(`- ${cell(short(c.text))} — ${reports(c.independentReports)}${c.byMeaning ? ' (joined by meaning)' : ''}: ${[...new Set(c.occurrences.map((o) => outletOf(o.articleId)))].map(cell).join(', ')}`);
    if (cs.length > n) out.push(`- … ${cs.length - n} more in the JSON report`);
    out.push('');
  };
  const byReports = (a: Claim, b: Claim) => b.independentReports - a.independentReports;
  list('Conflicting statements', statements.filter((c) => c.status === 'conflicting'), 5);
  list('Corroborated statements', statements.filter((c) => c.status === 'corroborated').sort(byReports), 8);
  const single = singleSourceLine(claims, outletOf);
  if (single) out.push(single, '');
  const omissions = r.omissions.filter((o) => o.eventId === eventId && (eventId !== null || o.storylineId === storylineId) && o.missing.length);
  if (omissions.length) {
    const text = new Map(claims.map((c) => [c.id, c.text]));
    out.push('Left out (corroborated claims an outlet does not carry):', '');
    // An article without an outlet stands for itself: shown as its short id, as everywhere in the report.
    for (const o of omissions) out.push(`- ${cell(o.articleIds.includes(o.outlet) ? outletOf(o.outlet) : o.outlet)}: ${o.missing.length} — ${o.missing.slice(0, 3).map((m) => `“${cell(short(text.get(m.claimId) ?? m.claimId, 80))}”`).join('; ')}`);
    out.push('');
  }
  return out;
}

/**
 * What one report alone gives, counted by the outlet that gave it first (the claims themselves are in the JSON report):
 * "Given by one report only: 12 statements (Herald 7, Vantra 5); 2 figures or dates (Herald 2)."
 */
export function singleSourceLine(claims: readonly Claim[], outletOf: (articleId: string) => string): string {
  const part = (cs: Claim[], one: string, many: string) => {
    if (!cs.length) return '';
    const by = new Map<string, number>();
    // Counted once, under the outlet of its first occurrence (the earliest wording): a wire story's
    // sentence that two papers reprinted is the wire's, and the counts add up to the total.
    for (const c of cs) {
      const o = outletOf(c.occurrences[0]!.articleId);
      by.set(o, (by.get(o) ?? 0) + 1);
    }
    const outlets = [...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o, n]) => `${cell(o)} ${n}`);
    return `${cs.length} ${cs.length === 1 ? one : many} (${outlets.join(', ')})`;
  };
  const single = claims.filter((c) => c.status === 'single-source');
  const parts = [part(single.filter((c) => c.kind === 'statement'), 'statement', 'statements'), part(single.filter((c) => c.kind !== 'statement'), 'figure or date', 'figures or dates')].filter(Boolean);
  return parts.length ? `Given by one report only: ${parts.join('; ')}.` : '';
}

// Display formats shared by the pages. Dates are shown as the ISO day (UTC) so every reader
// sees the same day the server computed, whatever the browser's time zone.

export function day(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 10);
}

/** A publication day, "(est.)" when Parallax estimated it (the article carries no date of its own). */
export function dated(iso: string | null | undefined, estimated?: boolean): string {
  return iso && estimated ? `${day(iso)} (est.)` : day(iso);
}

export function dayFromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "2025-03-18 – 2025-03-20"; a date Parallax estimated (no article of that moment carries its own) gets "(est.)". */
export function dateRange(start: string | null | undefined, end: string | null | undefined, estimated: { start?: boolean; end?: boolean } = {}): string {
  if (!start && !end) return 'undated';
  const a = day(start ?? end) + (estimated.start ? ' (est.)' : '');
  const b = day(end ?? start) + (estimated.end ? ' (est.)' : '');
  return day(start ?? end) === day(end ?? start) ? a : `${a} – ${b}`;
}

export function percent(fraction: number | null | undefined): string {
  return typeof fraction === 'number' && Number.isFinite(fraction) ? `${Math.round(fraction * 100)}%` : '?';
}

export function shorten(text: string | null | undefined, max: number): string {
  const s = (text ?? '').trim();
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

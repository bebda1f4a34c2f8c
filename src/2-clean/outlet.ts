// Outlet when the input names none: the URL's site, else what the text reveals.
import type { FieldOrigin } from '../core/types.js';

/** "https://www.dailyledger.example/world/x" -> "dailyledger.example" */
export function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^(www|m|amp|mobile)\./i, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Sections a feed is named after beside its outlet: "Kestrel Times — Companies", "The Ledger - World News". */
const SECTION = /(?:\s*:|\s+[—–|-])\s+(?:(?:latest|top|breaking|all|daily)\s+)?(?:news|headlines|stories|articles|companies|business|markets|economy|finance|money|world|national|local|politics|opinion|comment|sport|sports|culture|arts|science|technology|tech|health|environment|crime|courts|home|homepage|front page|uk|us|europe|asia|africa|americas)(?:\s+(?:news|headlines|stories|section))?$/iu;

/**
 * The outlet named by a feed's title, without the section the feed covers: "Kestrel Times —
 * Companies" -> "Kestrel Times" (one outlet under each of its feeds counts once). A title that is
 * only a section, or names no section, is kept.
 */
export function feedOutlet(title: string | null): string | null {
  if (!title) return title;
  const m = SECTION.exec(title);
  return m && m.index > 0 ? title.slice(0, m.index) : title;
}

export function chooseOutlet(
  declared: string | null,
  declaredFrom: FieldOrigin,
  url: string | null,
  hint: { outlet: string; from: 'dateline' | 'desk-note' | 'footer' | 'masthead' } | null,
): { outlet: string | null; from: FieldOrigin } {
  if (declared) return { outlet: declared, from: declaredFrom };
  const site = siteOf(url);
  if (site) return { outlet: site, from: 'url' };
  if (hint) return { outlet: hint.outlet, from: hint.from };
  return { outlet: null, from: 'unknown' };
}

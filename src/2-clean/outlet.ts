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

// Unicode and whitespace normalisation that keeps every script intact.
// Removed: NUL and C0/C1 controls, zero-width space, BOM, word joiner, soft hyphen.
// Kept: ZWJ/ZWNJ (meaningful in Persian, Arabic and Indic scripts, and emoji) and
// bidi marks (LRM/RLM), which right-to-left text needs.
// Repaired: mojibake, UTF-8 once read as Windows-1252 ("FranÃ§ois", src/2-clean/mojibake.ts).
import { repairMojibake } from './mojibake.js';

const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF\u00AD]/g;

export function normalizeText(s: string): string {
  return repairMojibake(s)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[ \t]+\n/g, '\n');
}

/** One-line fields (title, byline, outlet): collapse all whitespace. */
export function normalizeField(s: string | undefined | null): string | null {
  if (s === undefined || s === null) return null;
  const v = normalizeText(s).replace(/\s+/g, ' ').trim();
  return v || null;
}

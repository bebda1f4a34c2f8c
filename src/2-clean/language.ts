// Language per article: the declared language unless a reliable detection disagrees
// (page templates often declare "en" on every page).
import { eld } from 'eld/medium';

export interface LanguageChoice {
  language: string | null;
  /** Set when the declared language was overridden by detection. */
  mismatch?: { declared: string; detected: string };
}

/** "en-US" -> "en", "pt_BR" -> "pt", "EN" -> "en". */
export function primaryTag(tag: string | undefined | null): string | null {
  const m = /^([a-z]{2,3})\b/i.exec((tag ?? '').trim());
  return m ? m[1]!.toLowerCase() : null;
}

export function detectLanguage(text: string): { language: string | null; reliable: boolean } {
  // Detection costs by length; 2,000 characters (300-odd words) are plenty (on the 967 texts
  // over 2,500 characters of ../shared, the same language as from 4,000 for every one).
  const sample = text.slice(0, 2000);
  if (!/\p{L}/u.test(sample)) return { language: null, reliable: false };
  const r = eld.detect(sample);
  return { language: r.language || null, reliable: r.isReliable() };
}

export function chooseLanguage(declared: string | undefined, text: string): LanguageChoice {
  const d = primaryTag(declared);
  const detected = detectLanguage(text);
  if (!d) return { language: detected.language };
  if (detected.reliable && detected.language && detected.language !== d) {
    return { language: detected.language, mismatch: { declared: d, detected: detected.language } };
  }
  return { language: d };
}

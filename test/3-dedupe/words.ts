// Test helper: invented vocabulary and arbitraries for random texts (no real language needed).
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import type { AnalysisArticle } from '../../src/core/analysis.js';

const SYL = ['ka', 'lo', 'min', 'ter', 'va', 'su', 'rel', 'do', 'pan', 'ish', 'or', 'ben', 'tu', 'gar', 'ne', 'fol'];
/** 512 distinct invented words: "kalo", "minter", ... */
export const VOCAB = Array.from({ length: 512 }, (_, i) => SYL[i % 16]! + SYL[(i >> 4) % 16]! + (i >= 256 ? SYL[(i >> 8) % 16]! : ''));

/** Deterministic pseudo-random words: same seed, same text. */
export function randomWords(seed: number, n: number): string[] {
  let s = (seed * 2654435761) >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out.push(VOCAB[(s >>> 0) % VOCAB.length]!);
  }
  return out;
}

export const wordsArb = (min: number, max: number) => fc.array(fc.constantFrom(...VOCAB), { minLength: min, maxLength: max });

export function doc(id: string, text: string, meta: Partial<AnalysisArticle> = {}): AnalysisArticle {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return { id, title: null, text, outlet: null, byline: null, publishedAt: null, language: 'en', agencies: [], contentHash, ...meta };
}

/** Words as sentences of 12: capitalised first word, full stop at the end. */
export function prose(words: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 12) {
    const s = words.slice(i, i + 12).join(' ');
    out.push(s[0]!.toUpperCase() + s.slice(1) + '.');
  }
  return out.join(' ');
}

// Derivation stage: shared passages, who copied whom, and independent voices.
export { alignPassages, alignRuns, type Run } from './align.js';
export { derive, NEAR_DUPLICATE } from './derive.js';
export * as evidence from './evidence.js';
export { direction, duration } from './direction.js';
export { creditOf, aliases } from './credit.js';
export { quoteSpans, quoteMask } from './quotes.js';
export { findDerivations, independentReports } from './find.js';

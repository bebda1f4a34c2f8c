// Dedupe stage: tokens, MinHash/LSH, duplicate groups and candidate pairs for derivation.
export { tokenize, wordHashes, shingleHashes, type Token } from './tokenize.js';
export { minhash, estimateJaccard } from './minhash.js';
export { LshIndex } from './lsh.js';
export { findDuplicates, type DuplicateGroup } from './duplicates.js';
export { candidatePairs } from './candidates.js';
export { featuresOf, textFeatures, type TextFeatures } from './features.js';
export { UnionFind } from './union-find.js';
export * as params from './params.js';

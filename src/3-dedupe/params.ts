// Tuning of the dedupe stage, with the arithmetic behind each choice.

/** Words per shingle for near-duplicate detection: long enough that "said on tuesday that the" is rare. */
export const SHINGLE = 5;

/** MinHash permutations. Standard error of the Jaccard estimate is sqrt(J(1-J)/128) <= 0.044. */
export const PERMUTATIONS = 128;

/**
 * LSH banding: 32 bands x 4 rows = 128. A pair with Jaccard s collides in some band with
 * probability 1 - (1 - s^4)^32:  s=0.2 -> 0.05, s=0.3 -> 0.23, s=0.5 -> 0.87, s=0.6 -> 0.99,
 * s=0.7 -> 0.9998. The S-curve's midpoint (1/32)^(1/4) = 0.42 sits well below the 0.7
 * near-duplicate threshold, so near duplicates are essentially never missed, while pairs
 * under 0.2 reach verification only 5% of the time. (16 x 8 would miss 1 in 6 at 0.7.)
 */
export const BANDS = 32;
export const ROWS = 4;

/** Estimated shingle Jaccard at or above which two articles are near duplicates. */
export const NEAR_DUPLICATE = 0.7;

/** A text needs this many words before its signature is trusted for near-duplicate matches. */
export const MIN_WORDS_FOR_NEAR = 20;

/**
 * Candidate pairs for derivation: 8-word shingles in an inverted index. Two articles are a
 * candidate when they share >= 2 distinct 8-grams: a shared run of 9 words, or two runs of 8,
 * which is the least any derivation can have (it needs >= 2 runs of 8 or one of 20).
 */
export const CANDIDATE_SHINGLE = 8;
export const CANDIDATE_MIN_SHARED = 2;

/**
 * An 8-gram held by more than this many articles (wire copy reprinted everywhere, a newsletter
 * blurb) links each holder to the earliest holder only, not to each other: a star, not a clique,
 * so a wire story reprinted 1,000 times yields 1,000 pairs, not 500,000.
 */
export const CLIQUE_LIMIT = 32;

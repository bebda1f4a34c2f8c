// Boilerplate part of the clean stage: separates captions, credits, related links, notes and
// bylines from the body, and reads the dateline, wire agencies and an outlet hint off the text.
export { separateBoilerplate, type BoilerplateResult, type SeparateOptions, type OutletHintSource } from './separate.js';
export { splitParagraphs } from './text.js';
export { looksLikeHeadline } from './headline.js';
export { classifyParagraphs, type Classification, type TracedParagraph } from './classify.js';
export { parseDateline, type DatelineMatch } from './dateline.js';
export { cleanByline, isByline } from './bylines.js';
export type { Piece, Slot } from './rules.js';
export { captionParts, type CaptionParts } from './captions.js';
export { footerOutlet } from './promo.js';
export { publishedStamp } from './timestamp.js';

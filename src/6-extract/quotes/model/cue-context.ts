// Word classes cueAt reads around a candidate cue (cues.ts), kept apart from its logic.

/** Counts before a plural that make it a group of people ("two dozen farmers said"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions']);

/** Modals and "have" forms after which a form often a noun is the verb ("would support"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'has', 'have', 'had', "won't", "wouldn't", "can't", "couldn't", "didn't", "doesn't", "don't"]);

/** Prepositions that open a phrase before a noun, not a clause ("per the plan", "under the deal"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['per', 'in', 'at', 'on', 'by', 'from', 'for', 'with', 'under', 'after', 'before', 'like', 'unlike', 'despite', 'of']);

/** Verbs of a phase before a gerund ("started saying", "kept insisting"). */
export const PHASE_VERBS: ReadonlySet<string> = new Set(['start', 'starts', 'started', 'begin', 'begins', 'began', 'begun', 'stop', 'stops', 'stopped', 'keep', 'keeps', 'kept', 'continue', 'continues', 'continued', 'resumed', 'quit']);

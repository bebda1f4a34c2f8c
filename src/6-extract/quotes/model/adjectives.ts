// Adjectives of attitude that attribute a stance to their subject, as data: "aides are
// confident that …", "Okafor has been critical of the levy". Matched as phrase cues (phrase-cues.ts).

/** Adjectives of attitude before "that/about": "aides are confident that …", "Okafor is worried about …". */
export const ATTITUDE_ADJECTIVES = `confident optimistic pessimistic skeptical sceptical concerned worried convinced sure certain
  aware hopeful adamant fearful afraid disappointed upset angry furious proud`.split(/\s+/);

/** Adjectives of attitude with their preposition: "is critical of …", "was unhappy with …", "remains opposed to …". */
export const ATTITUDE_ADJECTIVE_PHRASES = `critical of|supportive of|skeptical of|sceptical of|dismissive of|suspicious of|wary of|proud of|fond of|
  tired of|afraid of|fearful of|contemptuous of|happy with|unhappy with|satisfied with|dissatisfied with|frustrated with|upset with|
  angry with|angry at|furious with|furious at|disappointed with|disappointed in|impressed by|impressed with|opposed to|committed to|
  sympathetic to|hostile to|open to|receptive to|confident in|aware of|concerned with|concerned by|worried by`.split('|').map((p) => p.trim());

/** Adjectives of will before an infinitive: "aides were eager to move on", "Okafor is reluctant to comment". */
export const WILL_ADJECTIVES = `eager willing unwilling reluctant determined keen anxious loath loathe`.split(/\s+/);

// Words of one meaning in court reports, for the sentence alignment: "acquitted on the bribery
// count" and "cleared him of a bribery charge" say one thing. General legal English (no story's
// own words). Words are content-word stems as contentWords gives them ("sentenced" -> "sentenc").

/**
 * Stems folded to the first of their class. The nouns "acquittal" and "conviction" stay apart
 * from the verbs: they name a verdict spoken of later ("asked for an acquittal", "would not
 * appeal the acquittal", "the appeal challenges the convictions"), not the court's act.
 */
export const TERM_CLASSES: Record<string, string[]> = {
  // "jailed for 12 years" is "sentenced to 12 years"; "sentence" (the noun) stems apart from "sentenced".
  sentenc: ['sentence', 'jail', 'imprison', 'imprisonment'],
  // Charges whose noun the stemmer leaves apart from the verb ("bribery" / "bribing" -> "brib").
  brib: ['bribery', 'bribe'],
  embezzl: ['embezzlement', 'embezzle'],
};

/**
 * What someone is cleared of when "cleared" means acquitted ("cleared of all charges", "cleared
 * him of a bribery charge"), not "the road was cleared of snow". Lower case, singular and plural.
 */
export const CHARGE_NOUNS = [
  'charge', 'charges', 'count', 'counts', 'wrongdoing', 'crime', 'crimes', 'offence', 'offences', 'offense', 'offenses',
  'allegation', 'allegations', 'accusation', 'accusations', 'misconduct', 'murder', 'manslaughter', 'fraud', 'bribery',
  'corruption', 'embezzlement', 'theft', 'assault', 'rape', 'negligence', 'treason', 'terrorism', 'espionage', 'perjury',
  'extortion', 'blackmail', 'kidnapping', 'robbery', 'burglary', 'arson', 'smuggling', 'trafficking', 'laundering',
];

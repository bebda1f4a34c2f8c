// The vocabulary of courts and law enforcement. A valence lexicon rates it as opinion ("fraud" -4,
// "guilty" -3, "acquitted" +2), so a wire report of a trial ("pleaded not guilty to fraud") read
// as loaded. The tabloid's words for the same people are in contempt.ts.

/**
 * Legal and procedural words: in news they name an offence, a step of a case or a penalty
 * ("charged with embezzlement", "found guilty", "acquitted", "sentenced to six years in jail").
 * Neutral: left out of the valence lexicon like FACTUAL_NEWS_WORDS.
 */
export const LEGAL_WORDS: readonly string[] = [
  // Charging and accusing.
  'charge', 'charges', 'charged', 'charging', 'accuse', 'accuses', 'accused', 'accusing', 'accusation', 'accusations',
  'allegation', 'allegations', 'indict', 'indicts', 'indicted', 'indictment', 'indictments', 'prosecute', 'prosecutes',
  'prosecuted', 'prosecuting', 'prosecution', 'prosecutions', 'sue', 'sues', 'sued', 'suing', 'lawsuit', 'lawsuits',
  // Pleas (a defendant "denies the charges"), testimony and verdicts.
  'deny', 'denies', 'denied', 'denying', 'plead', 'pleads', 'pleaded', 'pleading', 'pled', 'plea', 'pleas', 'testify', 'testifies', 'testified', 'testifying',
  'testimony', 'verdict', 'verdicts', 'guilty', 'innocent', 'innocence', 'convict', 'convicts', 'convicting',
  'conviction', 'convictions', 'acquit', 'acquits', 'acquitted', 'acquitting', 'acquittal', 'acquittals', 'exonerated',
  // Penalties.
  'sentence', 'sentences', 'sentencing', 'jail', 'jails', 'imprisoned', 'imprisonment', 'penalty', 'penalties',
  // Names of offences, as a charge sheet gives them.
  'offence', 'offences', 'offense', 'offenses', 'offender', 'offenders', 'fraud', 'frauds', 'fraudulent', 'fraudulently',
  'embezzle', 'embezzled', 'embezzling', 'embezzlement', 'bribe', 'bribes', 'bribed', 'bribing', 'bribery', 'perjury',
  'manslaughter', 'extortion', 'misconduct',
];

/**
 * Legal words used as a judgement, not as a charge: "the scheme was a complete fraud".
 * Kept loaded (rated like the word itself).
 */
export const FIGURATIVE_LEGAL: Readonly<Record<string, number>> = {
  'total fraud': -4, 'complete fraud': -4, 'utter fraud': -4, 'absolute fraud': -4,
};

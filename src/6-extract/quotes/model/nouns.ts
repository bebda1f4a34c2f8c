// Nouns of saying, judging and believing that carry an attribution when someone owns them:
// "Haddad's claim that …", "her criticism of …". The nominalisations of the cue verbs
// (NomBank's nouns of communication and cognition), lower case, singular and plural.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Owned, these report what someone said or thinks: "his statement that", "Okafor's support for". */
export const COMMUNICATION_NOUNS = set(`statement statements claim claims assertion assertions allegation allegations
  accusation accusations argument arguments criticism criticisms critique critiques attack attacks comment comments
  remark remarks warning warnings promise promises pledge pledges vow vows call calls demand demands proposal proposals
  suggestion suggestions announcement announcements admission admissions denial denials insistence prediction predictions
  question questions concern concerns fear fears hope hopes belief beliefs view views opinion opinions position positions
  stance support opposition endorsement endorsements praise complaint complaints objection objections response responses
  reply replies answer answers message messages assessment assessments conclusion conclusions explanation explanations
  description descriptions characterization defense defence rejection doubts skepticism scepticism confidence
  declaration declarations assurance assurances insinuation contention testimony rhetoric attacks condemnation
  denunciation dismissal threat threats appeal appeals plea pleas request requests advice recommendation recommendations
  acknowledgment acknowledgement acceptance preference disdain disgust contempt distrust mistrust admiration embrace
  backing push`);


/**
 * Owned, these take what they are about after a preposition: "her criticism of the plan", "his
 * attacks on the press", "their calls for a recount" (the preposition is part of the cue).
 */
export const STANCE_NOUN_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  criticism: 'of', criticisms: 'of', praise: 'for of', attacks: 'on against', attack: 'on against',
  questions: 'about', concerns: 'about over', concern: 'about over', complaints: 'about', complaint: 'about', calls: 'for', call: 'for',
  condemnation: 'of', rejection: 'of', defense: 'of', skepticism: 'of about',
}).map(([noun, preps]) => [noun, set(preps)]));

/** Owned, these report an intention or a request with an infinitive: "her promise to cut taxes", "Okafor's vow to appeal", "his call to ban the levy". */
export const INTENTION_NOUNS = set('promise promises pledge pledges vow vows threat threats decision offer call calls demand demands request requests');

/**
 * Without an owner, these still report talk or belief with a "that" clause of what is said:
 * "amid speculation that …", "allegations that …", "fears that …" (no one named).
 */
export const COMPLEMENT_NOUNS = set(`claim claims assertion assertions allegation allegations accusation accusations warning warnings
  suggestion suggestions prediction predictions concern concerns fear fears hope hopes belief beliefs complaint complaints
  assurance assurances contention insistence speculation rumor rumors rumour rumours worry worries suspicion suspicions
  expectation expectations doubts reports assumption assumptions argument arguments charge charges forecast forecasts
  acknowledgment acknowledgement admission`);

/** Heads of findings credited with "in": "in a poll released Monday", "in the latest surveys". */
export const SURVEY_NOUNS = set('poll polls survey surveys');

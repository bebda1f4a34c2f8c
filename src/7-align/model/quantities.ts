// What a figure counts, folded to one key so that outlets' different wordings of the same
// quantity meet: "40 people were killed", "40 dead", "a death toll of 40" -> die|person.
// Action classes group general news verbs and nouns of the same happening.

/** Action word (as the figure extractor writes it, lower-case) -> class. */
export const ACTION_CLASSES: Record<string, string[]> = {
  die: ['killed', 'killing', 'kill', 'kills', 'dead', 'died', 'die', 'dying', 'death', 'deaths', 'death toll', 'toll', 'fatalities', 'perished', 'lost their lives', 'slain', 'murdered', 'executed'],
  injure: ['injured', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt', 'hospitalised', 'hospitalized', 'maimed'],
  hold: ['held', 'holding', 'hold', 'holds', 'hostage', 'hostages', 'captive', 'captives', 'prisoner', 'abducted', 'kidnapped', 'seized', 'taken', 'captured', 'detained', 'imprisoned', 'jailed'],
  release: ['released', 'releasing', 'release', 'freed', 'free', 'handed over', 'returned', 'let go', 'set free', 'exchanged', 'swapped'],
  arrest: ['arrested', 'arrests', 'arresting', 'charged', 'indicted', 'convicted', 'sentenced'],
  displace: ['displaced', 'fled', 'fleeing', 'evacuated', 'homeless', 'uprooted', 'evacuees'],
  missing: ['missing', 'unaccounted for'],
  // "brought 650 people to safety", "rescuers pulled 400 people from rooftops" (the extractor writes "pulled from").
  rescue: ['rescued', 'saved', 'evacuated safely', 'safety', ...['pulled', 'plucked', 'hauled', 'winched', 'dragged'].flatMap((v) => [`${v} from`, `${v} out`])],
  // A crowd's size: "40,000 marched", "12,000 gathered", "took part", "turned out", "put the crowd at 12,000".
  protest: [
    'marched', 'marching', 'protested', 'protesting', 'rallied', 'rallying', 'demonstrated', 'demonstrating', 'gathered',
    'gathering', 'took part', 'take part', 'taking part', 'takes part', 'turned out', 'turn out', 'turning out', 'crowd', 'crowds',
  ],
  strike: ['striking', 'on strike', 'walked out', 'walk out', 'walking out', 'walks out'],
  vote: ['voted', 'votes', 'voting', 'ballots', 'vote', 'ballot'],
  // Supplies that arrived and supplies used are two quantities: "200,000 doses delivered" is no rival of "45,000 doses administered".
  deliver: ['delivered', 'shipped'],
  administer: ['administered', 'injected'],
  // Spending, what a thing cost, money raised and money lost are four quantities, not one.
  spend: ['spent', 'spending', 'paid', 'budget', 'allocated', 'pledged'],
  cost: ['cost', 'costs', 'costing'],
  raise: ['raised', 'raising'],
  lose: ['lost'],
  // A difference between two counts, not a count: "a margin of 3,100 votes", "won by 3,100", "a lead of".
  margin: ['margin', 'lead', 'majority'],
  // A change of a count: "fell by 900", "900 fewer votes than".
  change: ['fewer', 'more', 'less'],
};

/**
 * Kinds of ballots named by a modifier or the action of a vote count, folded to one kind each:
 * "6,000 spoiled ballots" and "6,000 ballots were rejected" count the rejected ballots.
 * A count with none of them is a candidate's, or all the votes. When several are named, the first
 * listed wins: "valid votes cast" are valid, "postal ballots counted twice" duplicates.
 */
export const BALLOT_KINDS: Record<string, string[]> = {
  // "900 ballots had been counted twice": the duplicates, not the postal votes they were among.
  duplicate: ['twice', 'double-counted'],
  rejected: ['rejected', 'spoiled', 'spoilt', 'invalid', 'void', 'null', 'discarded', 'disqualified', 'invalidated', 'annulled', 'thrown'],
  blank: ['blank'],
  valid: ['valid'],
  postal: ['postal', 'mail', 'mail-in', 'mailed', 'absentee'],
  'in-person': ['in-person', 'person'],
  early: ['early'],
  cast: ['cast', 'total'],
};

/** Kinds of ballots that are ways of voting: a candidate's votes (or all of them) add up from them. */
export const VOTE_CHANNELS: ReadonlySet<string> = new Set(['postal', 'in-person', 'early']);

/** Counted nouns that mean people in general: the action decides the key, and without one
 * ("3,000 people") the figure says too little to compare. */
export const PEOPLE_NOUNS = new Set(['people', 'person', 'persons', 'individuals', 'others']);

/**
 * Counted nouns (singular) for the crowd or population an event happens to, which under an
 * action count the same people as "people": "30 workers injured" and "14 people injured" are
 * rival values of one quantity. Groups that are a part of a crowd (children, women, police
 * officers, soldiers, civilians) keep their own key: "4 officers injured" is not a rival of 14.
 */
export const POPULATION_NOUNS: ReadonlySet<string> = new Set([
  'resident', 'inhabitant', 'villager', 'local', 'citizen', 'worker', 'protester', 'protestor', 'demonstrator', 'marcher', 'supporter',
  // What outlets call the same crowd: "23 hooligans arrested" (a state broadcaster) and "23 people
  // arrested" (the wire) are one count; the name is framing, not another group.
  'activist', 'campaigner', 'participant', 'rioter', 'hooligan', 'thug', 'yob', 'looter', 'agitator', 'troublemaker',
]);

/** Of those, the partisan names: a value is shown in another outlet's wording when there is one ("23 people", not "23 hooligans"). */
export const CROWD_LABELS: ReadonlySet<string> = new Set(['rioter', 'hooligan', 'thug', 'yob', 'looter', 'agitator', 'troublemaker']);

/**
 * Counted nouns (singular) that name people, so that one article's "70 soldiers and 25
 * civilians" held can be the breakdown of another's "95 detainees" held.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...POPULATION_NOUNS, 'soldier', 'civilian', 'child', 'woman', 'man', 'girl', 'boy', 'adult', 'infant', 'baby', 'teenager',
  'officer', 'policeman', 'policewoman', 'police', 'guard', 'troop', 'fighter', 'militant', 'rebel', 'combatant', 'student',
  'teacher', 'doctor', 'nurse', 'patient', 'passenger', 'crew', 'sailor', 'miner', 'farmer', 'journalist', 'reporter',
  'employee', 'tourist', 'migrant', 'refugee', 'pilgrim', 'volunteer', 'firefighter', 'rescuer', 'official', 'prisoner',
  'hostage', 'captive', 'survivor', 'victim', 'foreigner', 'national', 'member', 'striker', 'docker', 'elder',
]);

/** Counted nouns that are themselves an action word of a class ("40 deaths", "12 hostages"). */
export const NOUN_ACTIONS: Record<string, string> = Object.fromEntries(
  Object.entries(ACTION_CLASSES).flatMap(([cls, words]) => words.filter((w) => /s$|toll|hostage|captive|^crowd$/.test(w)).map((w) => [w, cls])),
);

/**
 * Counted nouns (singular) whose bare count is the size of a protest: "2,500 protesters" with no
 * other action are the crowd ("police put the number of protesters at 2,500"), a rival of
 * "12,000 people marched". Under an action ("40 protesters were arrested") the action decides.
 */
export const CROWD_NOUNS: ReadonlySet<string> = new Set(['protester', 'protestor', 'demonstrator', 'marcher']);

/** Counted nouns naming the same people or things, folded to the first: "1,800 detainees" and
 * "1,800 prisoners" count one quantity. General synonyms only. */
export const NOUN_CLASSES: Record<string, string[]> = {
  prisoner: ['prisoner', 'detainee', 'inmate'],
  home: ['home', 'house', 'dwelling'],
  child: ['child', 'minor'],
};

/** What a sum is for (the extractor's `purpose`, or a money figure's noun), folded: an aid
 * package is aid, donations to an appeal are the appeal's. Others stay as written ("fine", "loan"). */
export const PURPOSE_CLASSES: Record<string, string[]> = {
  aid: ['aid', 'package', 'assistance'],
  appeal: ['appeal', 'donation', 'donations', 'fundraiser'],
};

/**
 * Words right before a number that make it a part of a larger count, not the count itself:
 * "the first 20 detainees freed", "a further 12 people died", "another 300 displaced". Its value
 * is shown beside the total, never called a conflict with it.
 */
export const PART_WORDS: ReadonlySet<string> = new Set([
  'first', 'next', 'last', 'final', 'initial', 'latest', 'another', 'further', 'additional', 'extra', 'more',
]);

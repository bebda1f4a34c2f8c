// Words for what happened to the counted things. Samples: "40 people were killed", "40 killed",
// "killing 40 people", "over 12,000 displaced", "Hamas holds 40 hostages", "left 40 dead".
// Every written form is listed: the figure reports the word as written, lower-cased.

export const ACTION_WORDS: string[] = [
  // harm
  'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'dying', 'slain', 'murdered',
  'massacred', 'executed', 'executing', 'drowned', 'stabbed', 'shot', 'wounded', 'wounding', 'injured',
  'injuring', 'hurt', 'maimed', 'sickened', 'infected', 'poisoned', 'hospitalised', 'hospitalized',
  'treated', 'buried',
  // displacement
  'displaced', 'displacing', 'displace', 'evacuated', 'evacuating', 'evacuate', 'fled', 'fleeing',
  'homeless', 'stranded', 'trapped', 'evicted', 'expelled', 'deported', 'deporting', 'relocated',
  'affected', 'uprooted',
  // custody
  'arrested', 'arresting', 'arrest', 'detained', 'detaining', 'detain', 'held', 'holding', 'hold',
  'holds', 'captured', 'capturing', 'kidnapped', 'kidnapping', 'abducted', 'abducting', 'jailed',
  'imprisoned', 'sentenced', 'charged', 'convicted', 'missing', 'unaccounted',
  // "taken captive", "taken hostage", "taken prisoner" (the verb "taken" is a gap word)
  'captive', 'hostage', 'prisoner',
  // release and rescue
  'released', 'releasing', 'release', 'releases', 'freed', 'freeing', 'free', 'frees', 'rescued',
  'rescuing', 'rescue', 'recovered', 'identified', 'returned', 'exchanged', 'swapped', 'pardoned',
  // "brought 214 people to safety", "led 40 children to safety" ("to" is a gap word)
  'safety',
  // crowds: "about 2,000 people marched", "some 1,500 protested"
  'marched', 'marching', 'protested', 'protesting', 'rallied', 'rallying', 'demonstrated', 'demonstrating',
  'gathered', 'gathering', // "some 12,000 people gathered in the square" ("took part", "turned out": noun.ts)
  // strikes: "some 900 nurses are striking" ("2,400 dockers will walk out": read in noun.ts)
  'striking',
  // things
  'destroyed', 'destroying', 'damaged', 'damaging', 'demolished', 'flattened', 'razed', 'burned',
  'fired', 'firing', 'launched', 'launching', 'intercepted', 'seized', 'confiscated', 'vaccinated',
  'laid', 'sacked', 'dismissed',
  // supplies handed over vs used: "200,000 doses delivered", "45,000 doses administered" (outbreak review, finding 4)
  'delivered', 'shipped', 'administered', 'injected',
  // ballots: "6,000 ballots were rejected", "1.2 million ballots cast", "900 were thrown out"
  'rejected', 'cast', 'spoiled', 'spoilt', 'discarded', 'disqualified', 'invalidated', 'annulled', 'thrown',
];

/** Words allowed between the counted noun and the action: "40 people have reportedly been killed". */
export const ACTION_GAP_WORDS: string[] = [
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could',
  'may', 'might', 'should', 'must', 'reportedly', 'also', 'now', 'still', 'all', 'later', 'allegedly', 'already',
  'confirmed', 'believed', 'thought', 'feared', 'presumed', 'to', 'remain', 'remained', 'remains',
  'left', 'lay', 'lie', 'got', 'apparently', 'each', 'newly', 'either', 'since', 'taken',
  // what is planned: "2,400 members are set to walk out", "are expected to march"
  'set', 'due', 'expected', 'poised',
];

/** Nouns a figure can stand for when it follows them: "the death toll rose to 40". */
export const TOLL_NOUNS: string[] = ['toll', 'tally', 'total', 'count'];

/** Verbs between a toll noun and its figure: "the toll has risen to", "the tally stood at". */
export const TOLL_VERBS: string[] = [
  'rose', 'risen', 'rise', 'rises', 'rising', 'climbed', 'climbs', 'climbing', 'reached', 'reaches',
  'stood', 'stands', 'is', 'was', 'hit', 'hits', 'increased', 'jumped', 'surged', 'passed', 'topped',
  'exceeded', 'grew', 'grown', 'now', 'soared', 'mounted', 'swelled', 'went', 'gone', 'reaching',
  // "the toll was put at 47"
  'put',
];

/** Words between a toll noun and its verb: "the death toll has now risen to 40". */
export const TOLL_GAP_WORDS: string[] = ['has', 'had', 'have', 'now', 'already', 'further', 'since', 'then'];

/** Prepositions of a short phrase between a toll noun and its verb: "the death toll from the floods rose to 47", "the toll in the province". */
export const TOLL_LINKS: string[] = ['from', 'in', 'of', 'on', 'after', 'across', 'since'];

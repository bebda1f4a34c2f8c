// Words of contempt and accusation in tabloid and opinion copy that a valence lexicon such as
// AFINN-165 lacks: "Greedy fat-cat jailed for plundering the firm", "the crooked ex-boss",
// "TURNCOAT spills the beans". Unrated framing words (valence null), matched as written:
// a hyphenated compound ("fat-cat") is one word.

export const CONTEMPT_WORDS: readonly string[] = [
  // Greed and high living.
  'fat-cat', 'fat-cats', 'money-grabbing', 'money-grubbing', 'gravy train', 'lavish', 'lavishly',
  // Taking what is not one's own, said as an accusation rather than a charge.
  'plunder', 'plunders', 'plundered', 'plundering', 'plunderer', 'plunderers', 'pillage', 'pillaged', 'pillaging',
  'fleece', 'fleeced', 'fleecing', 'rip-off', 'rip-offs', 'ripped off', 'swindler', 'swindlers', 'swindled',
  // Dishonest people.
  'crook', 'crooks', 'crooked', 'conman', 'conmen', 'con man', 'con men', 'con artist', 'con artists', 'grifter',
  'grifters', 'shyster', 'shysters', 'spiv', 'spivs', 'sleaze', 'sleazy', 'shady', 'crony', 'cronies', 'cronyism',
  'stooge', 'stooges', 'lackey', 'lackeys',
  // Betrayal.
  'turncoat', 'turncoats', 'traitor', 'traitors', 'treacherous', 'treachery', 'backstabbing', 'back-stabbing',
  'double-dealing', 'two-faced',
  // Shame and scorn.
  'shameless', 'shamelessly', 'hypocrite', 'hypocrites', 'hypocrisy', 'hypocritical', 'parasite', 'parasites',
  'leech', 'leeches', 'freeloader', 'freeloaders', 'scrounger', 'scroungers', 'villain', 'villains', 'villainous',
  'scoundrel', 'scoundrels',
];

/**
 * "Raid" is loaded when money is what was raided ("raided the pension fund", "a raid on the
 * firm's coffers": theft alleged in a word); a police raid ("officers raided his offices") is
 * news. Loaded when one of the `window` words after it is a money noun and none a place noun.
 */
export const MONEY_RAID = {
  words: ['raid', 'raids', 'raided', 'raiding'],
  window: 5,
  money: [
    'coffers', 'fund', 'funds', 'pension', 'pensions', 'savings', 'treasury', 'kitty', 'budget',
    'budgets', 'reserves', 'purse', 'cash', 'accounts', 'account', 'piggy', 'money', 'profits', 'nest-egg',
  ],
  places: [
    'office', 'offices', 'headquarters', 'home', 'homes', 'house', 'houses', 'premises', 'building', 'buildings', 'flat',
    'apartment', 'warehouse', 'site', 'property', 'properties', 'branch', 'branches',
  ],
} as const;

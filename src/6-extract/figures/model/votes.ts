// Words of election counts and of measures given as percentages. Samples: "Velka received 40,200
// votes", "a margin of 3,100 votes", "won by 3,100 votes", "Turnout stood at 61 percent",
// "the jobless rate rose to 5.2 percent".

/** Counted nouns of a vote count: "40,200 votes", "52 percent of the vote", "900 postal ballots". */
export const VOTE_NOUNS: string[] = ['vote', 'votes', 'ballot', 'ballots'];

/** Verbs whose subject receives the votes counted after them: "Velka took 40,200 votes". */
export const RECEIVE_VERBS: string[] = [
  'won', 'win', 'wins', 'winning', 'took', 'take', 'takes', 'taking', 'received', 'receive', 'receives',
  'receiving', 'got', 'get', 'gets', 'secured', 'secure', 'secures', 'securing', 'polled', 'polls',
  'garnered', 'garners', 'gained', 'gains', 'obtained', 'collected', 'captured', 'captures', 'drew',
  'draws', 'attracted', 'had', 'has', 'have', 'scored',
];

/** Verbs of winning, whose subject "with N votes" is about: "Velka won the race with 52 percent". */
export const WIN_VERBS: string[] = ['won', 'win', 'wins', 'winning', 'elected', 're-elected', 'triumphed', 'finished', 'led', 'leads', 'leading'];

/** Words between a possessive name and its count: "Velka's total of", "Orsk's tally stayed at", "cut Velka's lead to". */
export const POSSESSIVE_LINKS: string[] = [
  'of', 'to', 'at', 'total', 'tally', 'count', 'share', 'stays', 'stayed', 'stood', 'stands', 'is', 'was',
  'remains', 'remained', 'rose', 'fell', 'falls', 'dropped', 'drops', 'now', 'has', 'had',
];

/** Verbs before "by N" that make N a margin: "won by 3,100 votes", "beat Orsk by 3,100", "leads by 4". */
export const MARGIN_VERBS: string[] = [
  'won', 'win', 'wins', 'winning', 'beat', 'beats', 'beaten', 'beating', 'defeated', 'defeats', 'led', 'leads',
  'leading', 'lead', 'trailed', 'trails', 'trailing', 'lost', 'loses', 'losing', 'edged', 'ahead', 'behind',
];

/** Verbs before "by N" that make N a change: "fell by 4,500 votes", "rose by 300". */
export const CHANGE_VERBS: string[] = [
  'rose', 'risen', 'rises', 'rising', 'fell', 'fallen', 'falls', 'falling', 'dropped', 'drops', 'increased',
  'increases', 'decreased', 'decreases', 'grew', 'grown', 'shrank', 'shrunk', 'narrowed', 'widened', 'cut',
  'reduced', 'climbed', 'declined', 'jumped', 'slipped', 'went', 'gone', 'up', 'down',
];

/** Nouns of a difference between two counts: "a margin of 3,100 votes", "her lead narrowed to 2,900". */
export const MARGIN_NOUNS: string[] = ['margin', 'lead', 'majority'];

/** Verbs and gap words between a margin or measure noun and its figure: "is now", "narrowed to", "stood at". */
export const LEVEL_VERBS: string[] = [
  'was', 'is', 'were', 'are', 'be', 'been', 'stood', 'stands', 'stand', 'reached', 'reaches', 'hit', 'hits',
  'remained', 'remains', 'stayed', 'stays', 'rose', 'risen', 'rises', 'fell', 'fallen', 'falls', 'climbed',
  'dropped', 'narrowed', 'widened', 'shrank', 'grew', 'increased', 'decreased', 'jumped', 'slipped', 'came',
  'has', 'had', 'have', 'now', 'already', 'finally', 'officially', 'put', 'estimated', 'reported', 'stable',
  // A level that did not move, or a first reading confirmed: "unemployment held at 5.1%", "stuck at",
  // "remained unchanged at", "held steady at", "core inflation was confirmed at 2.7%".
  'held', 'holds', 'steady', 'unchanged', 'stuck', 'flat', 'confirmed',
];

/**
 * Nouns of a measure a percentage gives, one value per place and time: "Turnout was 61 percent",
 * "a turnout of 61 percent", "61 percent turnout", "the unemployment rate stood at 5.2 percent".
 */
export const PERCENT_MEASURES: string[] = [
  'turnout', 'participation', 'unemployment', 'inflation', 'poverty', 'literacy', 'occupancy', 'vacancy',
  'coverage', 'growth', 'rate',
];

/** Measure nouns that say what they measure only with a modifier: "the jobless rate", not "the rate". */
export const MEASURE_HEADS: string[] = ['rate'];

/** Words after "by" or "at" that make a measure an interim reading of the day: "By 3 p.m., turnout was 40 percent". */
export const INTERIM_CUE = /\b(?:by|at|as of|until)\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b|o['’]clock|h\b)|noon|midday|lunchtime|mid-?morning|mid-?afternoon|mid-?day)/i;

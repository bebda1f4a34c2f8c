// Words of company news around money, percentages and job counts. Samples: "revenue of €1.2bn",
// "a €2m fine", "set aside €84m for severance", "profit fell 12% to €300m", "the €1.25bn analysts
// had expected", "cut up to 1,200 jobs", "the plant employs 3,600 people".

/**
 * What a sum of money or a percentage measures, as written -> the measure it stands for. A verb
 * names its measure too: "fined the company €2m" is a fine, "will save €95m a year" savings.
 */
export const MEASURE_WORDS: Record<string, string> = {
  revenue: 'revenue', revenues: 'revenue', sales: 'revenue', turnover: 'revenue',
  profit: 'profit', profits: 'profit', earnings: 'profit', income: 'profit',
  loss: 'loss', losses: 'loss',
  severance: 'severance', payoffs: 'severance',
  fine: 'fine', fines: 'fine', fined: 'fine', penalty: 'fine', penalties: 'fine',
  charge: 'charge', charges: 'charge', writedown: 'charge', 'write-down': 'charge', impairment: 'charge',
  savings: 'savings', save: 'savings', saves: 'savings', saving: 'savings',
  dividend: 'dividend', dividends: 'dividend', payout: 'dividend',
  shares: 'share price', share: 'share price', stock: 'share price', stocks: 'share price',
  'market value': 'market value', capitalisation: 'market value', capitalization: 'market value', valuation: 'market value',
  debt: 'debt', debts: 'debt',
  bonus: 'bonus', bonuses: 'bonus',
  salary: 'pay', salaries: 'pay', wages: 'pay', wage: 'pay',
};

/** Modifiers that make another measure ("operating profit" is not net profit); "net" is the plain one. */
export const MEASURE_MODIFIERS: string[] = ['operating', 'pre-tax', 'pretax', 'gross', 'underlying', 'adjusted', 'core'];

/** Words of a change, before or after a figure: "fell 8%", "8% lower", "down 3.2 per cent". */
export const CHANGE_WORDS: string[] = [
  'fell', 'fall', 'falls', 'fallen', 'falling', 'rose', 'rise', 'rises', 'risen', 'rising', 'dropped', 'drop', 'drops',
  'down', 'up', 'lost', 'lose', 'loses', 'gained', 'gain', 'gains', 'slumped', 'slump', 'jumped', 'jump', 'climbed',
  'declined', 'decline', 'declines', 'slid', 'slide', 'plunged', 'plunge', 'tumbled', 'soared', 'surged', 'increased',
  'increase', 'decreased', 'decrease', 'grew', 'growth', 'shrank', 'lower', 'higher', 'cut', 'reduction', 'slipped',
  'sank', 'eased', 'advanced', 'retreated', 'added', 'shed',
];

/** Who expects a figure others report: "analysts expect revenue of €1.3bn" (a company's own "expects" is its target). */
export const FORECASTERS: string[] = ['analysts', 'analyst', 'economists', 'economist', 'brokers', 'consensus', 'market', 'markets', 'investors'];

/** Verbs before a sum that make it a cost, not the measure after it: "each month of delay costs it €8m in savings". */
export const COST_VERBS: string[] = ['cost', 'costs', 'costing'];

/** Words of an expectation, not the figure itself: "the €1.25bn analysts had expected", "forecasts of €1.3bn". */
export const EXPECT_WORDS: string[] = [
  'expected', 'expect', 'expects', 'expecting', 'expectation', 'expectations', 'forecast', 'forecasts', 'forecasting',
  'predicted', 'predict', 'predicts', 'projected', 'estimate', 'estimates', 'estimated', 'consensus', 'anticipated',
];

/** Words before a sum that make it an earlier value: "to €46m, from €71m", "compared with €0.85". */
export const EARLIER_BEFORE: string[] = ['from', 'against', 'versus', 'vs'];

/** A reading during the trading day, not the close: "down 9.8 per cent in early trading". */
export const INTRADAY_CUE = /^\s*(?:in\s+(?:early|morning|afternoon|midday|late|intraday|early-morning)\s+(?:trading|trade|deals|dealings)|at\s+one\s+point|intraday|earlier\s+in\s+the\s+(?:day|session))/i;

/** "lost about 16 per cent since the announcement": a change over several days, not one day's. */
export const SINCE_CUE = /^\s*(?:since|so far this|this year|over the past|in the past)/i;

/** Coins counted as money: "40 cents" is 0.40 of the article's currency, "50 pence" 0.50 pounds. */
export const SUBUNITS: Record<string, string | null> = { cents: null, cent: null, pence: 'GBP', penny: 'GBP', p: 'GBP' };

/** Nouns of jobs: one counted thing whatever the wording ("positions", "posts", "roles"). */
export const JOB_NOUNS: string[] = ['job', 'jobs', 'position', 'positions', 'post', 'posts', 'role', 'roles'];

/** Nouns of the people who hold jobs: "lay off 1,200 workers" cuts 1,200 jobs. */
export const STAFF_NOUNS: string[] = [
  'worker', 'workers', 'employee', 'employees', 'staff', 'people', 'staffers', 'colleagues', 'personnel', 'workforce', 'headcount',
];

/** Verbs of cutting jobs, written before the count: "cut 1,200 jobs", "shed 1,200 jobs", "lay off 1,200 workers". */
export const CUT_VERBS: string[] = [
  'cut', 'cuts', 'cutting', 'axe', 'axes', 'axed', 'axing', 'ax', 'shed', 'sheds', 'shedding', 'eliminate', 'eliminates',
  'eliminated', 'eliminating', 'slash', 'slashes', 'slashed', 'slashing', 'scrap', 'scraps', 'scrapped', 'scrapping',
  'dismiss', 'dismisses', 'dismissed', 'dismissing', 'fire', 'fires', 'fired', 'firing', 'sack', 'sacks', 'sacked', 'sacking',
];

/** Verbs that cut a number "by" a count: "reduce the workforce by 1,200 positions". */
export const REDUCE_VERBS: string[] = ['reduce', 'reduces', 'reduced', 'reducing', 'cut', 'cuts', 'cutting', 'trim', 'trims', 'trimmed', 'trimming', 'shrink', 'shrinks', 'slash', 'slashed'];

/** "lay off 1,200 workers": the verb before "off". */
export const OFF_VERBS: string[] = ['lay', 'lays', 'laying', 'laid'];

/** Nouns of job cuts before "of": "the loss of 1,200 jobs", "dismissals of 950 workers". */
export const CUT_NOUNS: string[] = [
  'loss', 'losses', 'cut', 'cuts', 'dismissal', 'dismissals', 'layoff', 'layoffs', 'lay-offs', 'redundancies', 'elimination',
  'reduction', 'reductions',
];

/** Counted nouns that are job cuts themselves: "1,200 job cuts", "1,200 layoffs", "1,200 redundancies". */
export const CUT_COUNTED: string[] = [
  'job cuts', 'job losses', 'layoffs', 'lay-offs', 'redundancies', 'dismissals', 'job reductions', 'cuts',
];

/** After the count: "1,200 jobs will go", "1,200 jobs are to be axed", "950 workers were laid off". */
export const CUT_AFTER: string[] = ['go', 'goes', 'going', 'gone', 'lost', 'laid', 'made', ...CUT_VERBS];

/** Verbs whose object counts a workforce: "the plant employs 3,600 people". */
export const EMPLOY_VERBS: string[] = ['employs', 'employ', 'employed', 'employing', 'staffed'];

/** Nouns of a whole workforce: "a workforce of 3,600", "its 3,600-strong workforce". */
export const WORKFORCE_NOUNS: string[] = ['workforce', 'headcount', 'payroll', 'staff'];

/** Places that employ a workforce of their own, apart from their company's: "the plant employs 3,600". */
export const SITE_NOUNS: string[] = [
  'plant', 'factory', 'site', 'works', 'mill', 'mine', 'facility', 'yard', 'shipyard', 'depot', 'warehouse', 'smelter',
  'refinery', 'foundry', 'branch', 'store', 'office', 'hospital', 'centre', 'center',
];

/** "offered voluntary redundancy / early retirement": workers offered a way out, not jobs cut. */
export const OFFER_WORDS: string[] = ['offered', 'offer', 'offers', 'offering'];

/** Fractions of a whole written as words: "a third of the workforce", "two thirds of staff". */
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
};
export const FRACTION_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

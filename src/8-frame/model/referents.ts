// Referents that outlets name differently, as data (logic lives in ../terms.ts). Vocabulary of
// general news framing: the same armed men are "militants", "terrorists" or "resistance fighters";
// the same people held are "hostages" or "prisoners".
import { ECONOMY_REFERENTS } from './economy.js';
//
// Each term is written 'lexicon form|other forms': the first form is what the report shows,
// the others (plurals, singulars, spelling variants) are counted as that term. Lower case;
// multi-word forms are phrases, and the longest phrase wins ("security forces" is not "forces").
// A form belongs to one term and a term to one category (checked by test/8-frame/model.test.ts).

export interface ReferentCategory {
  /** Shown to readers and used as the row key: "armed group". */
  label: string;
  /** 'lexicon form|variant|variant', e.g. 'militants|militant'. */
  terms: readonly string[];
  /**
   * 'unrest': counted only in an article about a labour dispute or a street protest (STREET_PROTEST,
   * street-protest.ts): the police and the confrontation of a protest, never of a war report.
   * 'labour': the category is counted only in an article about a labour dispute (LABOUR_DISPUTE):
   * "workers" or "management" name the two sides of a strike there, and nothing in a war report.
   * 'economy': counted only in an article about the economy (ECONOMY_STORY, economy.ts): a rate "hike" or "rise".
   */
  context?: 'labour' | 'unrest' | 'economy';
}

export const REFERENTS: readonly ReferentCategory[] = [
  {
    label: 'armed group',
    terms: [
      'militants|militant', 'terrorists|terrorist', 'fighters|fighter', 'resistance fighters|resistance fighter',
      'freedom fighters|freedom fighter', 'gunmen|gunman', 'insurgents|insurgent', 'rebels|rebel', 'extremists|extremist',
      'jihadists|jihadist', 'guerrillas|guerrilla|guerillas|guerilla', 'resistance', 'separatists|separatist',
      'paramilitaries|paramilitary', 'militiamen|militiaman', 'militia|militias', 'armed men|armed man',
      'terror group|terror groups|terrorist group|terrorist groups',
    ],
  },
  {
    label: 'people held',
    terms: [
      'hostages|hostage', 'captives|captive', 'prisoners|prisoner', 'detainees|detainee', 'abductees|abductee',
      'kidnapped', 'abducted', 'kidnap victims|kidnap victim|kidnapping victims|kidnapping victim',
      'political prisoners|political prisoner', 'security prisoners|security prisoner',
      'prisoners of war|prisoner of war', 'internees|internee',
    ],
  },
  {
    label: 'state forces',
    terms: [
      'troops|troop', 'soldiers|soldier', 'forces', 'army|armies', 'military|militaries', 'regime forces',
      'regime troops', 'occupation forces|occupying forces', 'occupation army|occupying army', 'security forces',
      'armed forces', 'defense forces|defence forces', 'government forces', 'servicemen|serviceman',
      'reservists|reservist',
    ],
  },
  {
    label: 'violent act',
    terms: [
      'attack|attacks', 'massacre|massacres', 'slaughter', 'strike|strikes', 'airstrike|airstrikes|air strike|air strikes',
      'raid|raids', 'assault|assaults', 'operation|operations', 'military operation|military operations',
      'special military operation', 'bombing|bombings', 'bombardment|bombardments', 'shelling', 'incursion|incursions',
      'invasion|invasions', 'offensive|offensives', 'counteroffensive|counteroffensives|counter-offensive|counter-offensives',
      'terror attack|terror attacks|terrorist attack|terrorist attacks', 'atrocity|atrocities', 'pogrom|pogroms',
    ],
  },
  {
    label: 'armed conflict',
    terms: [
      'war|wars', 'conflict|conflicts', 'fighting', 'clashes|clash', 'hostilities', 'genocide', 'campaign|campaigns',
      'ethnic cleansing', 'violence', 'combat', 'battle|battles', 'escalation', 'occupation', 'insurgency',
    ],
  },
  {
    label: 'pause in fighting',
    terms: [
      'ceasefire|ceasefires|cease-fire|cease-fires|cease fire', 'truce|truces', 'pause|pauses',
      'humanitarian pause|humanitarian pauses', 'lull', 'cessation of hostilities', 'armistice', 'de-escalation',
      'hudna', 'peace deal|peace deals|peace agreement|peace agreements',
    ],
  },
  {
    label: 'protest',
    terms: [
      'protesters|protester|protestors|protestor', 'demonstrators|demonstrator', 'rioters|rioter', 'mob|mobs',
      'activists|activist', 'crowd|crowds', 'marchers|marcher', 'agitators|agitator', 'looters|looter',
      'insurrectionists|insurrectionist', 'thugs|thug', 'campaigners|campaigner', 'hooligans|hooligan', 'yobs|yob',
    ],
  },
  // What a protest's police are called: "riot police", "cops", "law enforcement" (a state broadcaster
  // may say "security forces", an opposition paper "regime forces": the state forces row).
  {
    label: 'police',
    context: 'unrest',
    terms: [
      'police', 'riot police', 'police officers|police officer', 'policemen|policeman|policewomen|policewoman', 'cops|cop',
      'riot cops|riot cop', 'law enforcement|law enforcement officers|law enforcement officer', 'gendarmes|gendarme|gendarmerie',
      'riot squad|riot squads', 'riot officers|riot officer', 'constables|constable',
    ],
  },
  {
    label: 'migrants',
    terms: [
      'migrants|migrant', 'refugees|refugee', 'asylum seekers|asylum seeker|asylum-seekers|asylum-seeker',
      'illegal immigrants|illegal immigrant', 'illegal aliens|illegal alien', 'illegals',
      'undocumented immigrants|undocumented immigrant', 'undocumented migrants|undocumented migrant',
      'irregular migrants|irregular migrant', 'economic migrants|economic migrant', 'immigrants|immigrant',
      'newcomers|newcomer', 'border crossers|border crosser',
    ],
  },
  {
    label: 'the dead',
    terms: [
      'victims|victim', 'casualties|casualty', 'dead', 'martyrs|martyr', 'fatalities|fatality', 'deaths|death',
      'death toll', 'collateral damage', 'bodies',
    ],
  },
  {
    label: 'people displaced',
    terms: [
      'evacuees|evacuee', 'displaced people|displaced persons|displaced families|displaced residents|the displaced',
      'internally displaced people|internally displaced persons|idps', 'the homeless|homeless people|homeless families',
      'flood refugees|flood refugee|climate refugees|climate refugee|storm refugees|earthquake refugees',
      'flood victims|flood victim|storm victims|earthquake victims|quake victims',
    ],
  },
  {
    label: 'job cuts',
    terms: [
      'job cuts|job cut|jobs cuts', 'layoffs|layoff|lay-offs|lay-off', 'job losses|job loss', 'redundancies|redundancy',
      'restructuring', 'right-sizing|rightsizing', 'downsizing', 'cutbacks|cutback', 'sackings|sacking',
      'jobs massacre|job massacre|jobs bloodbath|jobs purge', 'job shedding|shedding of jobs', 'plant closure|plant closures|factory closure|factory closures',
    ],
  },
  // The actors and acts of a labour dispute (a strike, a lockout), counted in a labour article only.
  {
    label: 'striking workers',
    context: 'labour',
    terms: [
      'strikers|striker', 'striking workers|striking worker', 'workers|worker', 'dockers|docker|dockworkers|dockworker|dock workers|dock worker',
      'pickets|picketers|picketer', 'union members|union member', 'unionists|unionist|trade unionists|trade unionist',
      'employees|employee', 'staff', 'hardliners|hardliner',
      // "militant" before a worker noun is labour's word, not an armed group.
      'militant workers|militant worker|militant strikers|militant striker|militant union members|militant unionists|militant unionist',
      'militant dockers|militant docker|militant dockworkers|militant dock workers',
      'militant activists|militant activist',
    ],
  },
  {
    label: 'confrontation',
    context: 'unrest',
    terms: [
      'riot|riots', 'scuffle|scuffles|scuffling', 'police charge|police charges', 'baton charge|baton charges|baton-charge',
      'confrontation|confrontations', 'skirmish|skirmishes', 'melee|mêlée', 'brawl|brawls', 'disturbance|disturbances',
      'unrest', 'disorder', 'crackdown|crackdowns', 'rampage|rampages', 'looting',
    ],
  },
  {
    label: 'employer side',
    context: 'labour',
    terms: [
      'management', 'bosses|boss', 'employers|employer', 'port operator|port operators', 'owners|owner', 'the company',
      'fat cats|fat cat', 'executives|executive', 'the board',
    ],
  },
  {
    label: 'union leaders',
    context: 'labour',
    terms: [
      'union leaders|union leader', 'union bosses|union boss', 'union officials|union official', 'union chiefs|union chief',
      'shop stewards|shop steward', 'union representatives|union representative|union reps|union rep', 'organisers|organiser|organizers|organizer',
    ],
  },
  ...ECONOMY_REFERENTS,
];

/**
 * Phrases that hold a referent term but name no referent: "riot gear" is no confrontation ("riot
 * police" are the police: a term of their own). Matched like terms (the longest phrase wins) and then dropped.
 */
export const NOT_REFERENTS: readonly string[] = [
  'riot gear', 'riot shield', 'riot shields', 'riot control',
  'riot act', 'riot van', 'riot vans', 'war chest', 'war chests', 'price war', 'price wars', 'war of words', 'war room',
  // Rescue and relief work is no military operation; a right to strike is no attack.
  'rescue operation', 'rescue operations', 'search operation', 'search operations', 'search and rescue operation',
  'search and rescue operations', 'relief operation', 'relief operations', 'recovery operation', 'recovery operations',
  'clean-up operation', 'clean-up operations', 'cleanup operation', 'evacuation operation', 'evacuation operations',
  'salvage operation', 'salvage operations', 'right to strike',
];

/**
 * Terms with a common sense outside their referent, and words that, in the same sentence, show
 * that other sense: a strike by workers over pay is no violent act, an election campaign no
 * armed conflict. Keyed by the term's lexicon form; lower case.
 */
export const OTHER_SENSES: Readonly<Record<string, readonly string[]>> = {
  // Not words that war reports share ("aid workers", "doctors said", "the general"): only labour's own.
  strike: ['union', 'unions', 'pay', 'wage', 'wages', 'salary', 'salaries', 'employees', 'picket', 'pickets', 'picketing', 'walkout', 'hunger', 'industrial', 'pension', 'pensions', 'bargaining'],
  campaign: [
    'election', 'elections', 'electoral', 'voters', 'vote', 'votes', 'ballot', 'candidate', 'candidates', 'presidential',
    'primary', 'primaries', 'fundraising', 'donors', 'poll', 'polls', 'advertising', 'ads', 'marketing', 'awareness',
    'vaccination', 'petition',
  ],
  operation: ['surgery', 'surgeon', 'surgeons'],
};

/**
 * A labour dispute (a strike, a lockout) and the words that show it. An article is about one when
 * it holds `minCues` distinct `cues` (phrases; a capitalised "Union" inside a sentence is a name, so
 * the European Union is no union), or when half its storyline's articles are. In such an article:
 * - "strike" is the labour strike unless its sentence shows an attack (`attack` words, or "strike
 *   on/against" a target): "drone strike" and "missile strike" stay violent acts;
 * - the referent terms of `senses` count under the labour category named (null: not counted), so
 *   the "militants", "mob" or "rioters" of a dock strike are the striking workers and its
 *   "clashes" a confrontation with the police, not an armed group or an armed conflict.
 * Anywhere, "strike" right after a word of `strikeBefore` ("general strike", "went on strike") or
 * before a word of `strikeAfter` ("strike action", "strike ballot") is the labour strike.
 */
export const LABOUR_DISPUTE = {
  cues: [
    'union', 'unions', 'trade union', 'trade unions', 'labour union', 'labor union', 'unionists', 'union members',
    'walkout', 'walkouts', 'strikers', 'striking workers', 'picket', 'pickets', 'picketing', 'picket line', 'picket lines',
    'wage', 'wages', 'pay rise', 'pay raise', 'pay deal', 'pay offer', 'pay claim', 'pay dispute', 'pay talks', 'pay cut',
    'pay cuts', 'collective bargaining', 'bargaining', 'lockout', 'industrial action', 'strike action', 'work stoppage',
    'stoppage', 'go-slow', 'overtime ban', 'shop stewards', 'strike ballot', 'general strike', 'employers', 'dockers',
    'works council', 'right to strike', 'layoffs', 'lay-offs', 'job cuts', 'job losses', 'redundancies', 'redundancy pay',
    'severance', 'metalworkers', 'one-day strike', 'two-day strike', '24-hour strike', '48-hour strike',
  ],
  minCues: 2,
  /** Cues not counted when capitalised inside a sentence ("the union", "Union leaders said", not "the European Union"). */
  lowerCaseOnly: ['union', 'unions'],
  attack: [
    'drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'air', 'airstrike', 'airstrikes', 'bomb', 'bombs',
    'bombing', 'artillery', 'warplane', 'warplanes', 'jet', 'jets', 'killed', 'killing', 'wounded', 'retaliatory', 'pre-emptive', 'preemptive', 'precision', 'targeted', 'nuclear',
  ],
  // "A strike on the port" is an attack; "the strike on Monday" is not ("against" is left out:
  // "a strike against the new rota" is labour's).
  strikeAttackAfter: ['on'],
  timeWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
    'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'day', 'days', 'weekend', 'time', 'hold',
  ],
  strikeBefore: [
    'general', 'dock', 'dockers', 'port', 'rail', 'transport', 'postal', 'teachers', 'nurses', 'doctors', 'miners',
    'workers', 'hunger', 'sympathy', 'wildcat', 'national', 'nationwide', 'on', 'day-long', 'week-long', 'month-long',
    'one-day', 'two-day', 'three-day', '24-hour', '48-hour', 'factory', 'plant', 'staff',
  ],
  strikeAfter: ['action', 'ballot', 'pay', 'fund', 'vote', 'committee', 'leaders', 'organisers', 'organizers', 'breakers', 'breaker'],
  senses: {
    militants: 'striking workers',
    mob: 'striking workers',
    rioters: 'striking workers',
    thugs: 'striking workers',
    agitators: 'striking workers',
    clashes: 'confrontation',
    violence: 'confrontation',
    fighting: null,
    campaign: null,
  },
} as const satisfies {
  cues: readonly string[];
  minCues: number;
  lowerCaseOnly: readonly string[];
  attack: readonly string[];
  strikeAttackAfter: readonly string[];
  timeWords: readonly string[];
  strikeBefore: readonly string[];
  strikeAfter: readonly string[];
  senses: Readonly<Record<string, string | null>>;
};

/**
 * "Hostage" said of what is no captive: a port "held hostage by a handful of hardliners", a
 * budget "hostage to" a vote. A singular "hostage" right after a word of `linking` and right
 * before a word of `before` ("is hostage to", not "handed one hostage to the Red Cross") is such a
 * figure; after a form of `holding` within `window` words ("held hostage", "holding the
 * city hostage") it is one unless the article shows captives (`captivity` words, or another
 * people-held term outside such a figure). "Took 14 hostages", "the hostages" stay people held.
 */
export const HOSTAGE_FIGURE = {
  before: ['to'],
  linking: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'becomes', 'became', 'remain', 'remains', 'remained', 'held', 'hold', 'holds', 'holding', 'kept', 'keep'],
  holding: ['hold', 'holds', 'held', 'holding'],
  window: 4,
  captivity: [
    'captors', 'captor', 'kidnappers', 'kidnapper', 'kidnapping', 'kidnapped', 'abducted', 'abduction', 'abductors',
    'captivity', 'hostage-takers', 'hostage-taking', 'hostage takers', 'gunmen', 'militants',
  ],
} as const;

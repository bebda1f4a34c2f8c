// Referents that outlets name differently, as data (logic lives in ../terms.ts). Vocabulary of
// general news framing: the same armed men are "militants", "terrorists" or "resistance fighters";
// the same people held are "hostages" or "prisoners".
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
      'insurrectionists|insurrectionist', 'thugs|thug', 'campaigners|campaigner',
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

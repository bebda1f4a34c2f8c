// Last (or first) words that make a capitalised phrase an organisation: "Health Ministry",
// "Ministry of Health", "Kaldera Tribune", "Northfield Water Authority". General English.
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'authority', 'authorities', 'administration', 'government', 'cabinet', 'council',
  'committee', 'commission', 'parliament', 'congress', 'senate', 'assembly', 'court', 'tribunal', 'party', 'movement', 'front',
  'brigade', 'brigades', 'army', 'forces', 'force', 'navy', 'guard', 'police', 'service', 'services', 'corps', 'militia',
  'union', 'league', 'association', 'federation', 'confederation', 'guild', 'organization', 'organisation', 'institute', 'institution', 'foundation',
  'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'bank', 'fund', 'company', 'co', 'corp', 'corporation',
  'inc', 'ltd', 'plc', 'group', 'holdings', 'airlines', 'airways', 'network', 'news', 'times', 'post', 'tribune', 'herald',
  'journal', 'gazette', 'telegraph', 'press', 'review', 'daily', 'weekly', 'radio', 'television', 'tv', 'channel', 'club', 'team',
  'church', 'mosque', 'council', 'centre', 'center', 'board', 'bureau', 'secretariat', 'mission', 'coalition', 'alliance',
  'nations', 'red', 'crescent', 'cross', 'watch', 'international', 'society', 'trust', 'media', 'agency', 'exchange', 'industries', 'motors',
  // Trades and movements that end company and group names: "Velmora Steel", "Islamic Jihad".
  'steel', 'energy', 'technologies', 'systems', 'labs', 'partners', 'capital', 'jihad', 'brotherhood', 'railways', 'rail',
  'telecom', 'pharmaceuticals', 'insurance', 'securities', 'foods', 'studios', 'entertainment', 'airline', 'petroleum',
  'mining', 'resources', 'logistics', 'shipping', 'software', 'therapeutics', 'ventures',
  // Agencies and bodies of people named in the plural: "Continental News Wire", "Valley Rescue Volunteers".
  'wire', 'volunteers', 'workers',
  // Words that end newspaper names: "Tessaly Courier", "The Labour Beacon", "Highland Dispatch".
  'courier', 'observer', 'ledger', 'dispatch', 'chronicle', 'monitor', 'mirror', 'express', 'sentinel', 'examiner',
  'inquirer', 'bulletin', 'beacon', 'standard',
]);

/** Legal forms that end a company's name after its own words: "Harrenfeld Motorworks AG", "Pellard Shipping SA", "Ostra GmbH". */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'ag', 'sa', 'se', 'nv', 'bv', 'gmbh', 'kgaa', 'llc', 'llp', 'lp', 'plc', 'inc', 'ltd', 'limited', 'corp', 'co', 'spa', 'srl', 'sas',
  'sarl', 'oyj', 'asa', 'ab', 'pty', 'pte', 'bhd', 'kk', 'sl', 'as', 'a/s', 'oy',
]);

/** First words that make a name of plain capitalised words an organisation, not a person: "Air Dunmore", "National Grid". */
export const ORG_MODIFIERS: ReadonlySet<string> = new Set(['air', 'islamic', 'national', 'federal', 'royal', 'popular', 'revolutionary', 'global', 'international']);

/** Words that open an organisation name before "of": "Ministry of Health", "Bank of England". */
export const ORG_OPENERS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'bank', 'university', 'college', 'institute', 'council', 'court', 'board', 'bureau',
  'church', 'union', 'league', 'federation', 'association', 'organization', 'organisation', 'committee', 'commission', 'house',
  'chamber', 'army', 'people', 'republic', 'kingdom', 'state', 'states', 'city', 'museum', 'school', 'academy', 'society',
]);

/** First words of a broadcaster's name: "Radio Dunmore", "Television Velmora" (an outlet, not the place it names). */
export const MEDIA_OPENERS: ReadonlySet<string> = new Set(['radio', 'television', 'tv', 'channel']);

/** Last words that make a capitalised phrase a place: "Gaza Strip", "Jordan Valley", "Tides Square". */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'strip', 'valley', 'river', 'sea', 'ocean', 'gulf', 'bay', 'coast', 'island', 'islands', 'peninsula', 'desert', 'mountains',
  'mountain', 'hills', 'lake', 'province', 'region', 'district', 'county', 'governorate', 'city', 'town', 'village', 'square',
  'street', 'avenue', 'road', 'highway', 'bridge', 'camp', 'crossing', 'border', 'airport', 'port', 'harbour', 'harbor', 'heights', 'house',
  'terminal', 'stadium', 'arena', 'factory',
  // Works and landforms ("Kestrel Ridge Dam", "Harlow Reservoir"); not words that are also common surnames (Ford, Park, Woods).
  'dam', 'reservoir', 'canal', 'creek', 'gorge', 'canyon', 'basin', 'delta', 'estuary', 'lagoon', 'plateau', 'glacier',
  'volcano', 'station', 'pier', 'wharf', 'quay', 'barracks', 'palace', 'cathedral', 'mine',
  // "Kestrel Isles", "Durrow Falls", "Brenn Point".
  'isles', 'falls', 'point', 'springs', 'ridge',
]);

/** Last words of the names of events and occasions: "Developers Conference", "Olympic Games", "Air Show". */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'conference', 'summit', 'show', 'games', 'olympics', 'festival', 'championship', 'championships', 'cup', 'expo', 'fair',
  'marathon', 'awards', 'war', 'election', 'elections', 'referendum', 'talks', 'accords', 'agreement', 'treaty', 'crisis',
]);

/** First words of compass names: "West Bank", "North Sinai", "Southern Lebanon". */
export const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater']);

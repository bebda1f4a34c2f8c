// What a date in news copy is the date of: the event nouns a day is reported for, and the
// phase words saying whether the day starts it, ends it or is when it happens. General news
// vocabulary (no story's own words). Lower case; nouns singular and plural.
export const EVENT_NOUNS = [
  'truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'armistice', 'talks', 'negotiations', 'summit', 'meeting',
  'vote', 'election', 'elections', 'referendum', 'ballot', 'runoff', 'poll', 'strike', 'walkout', 'protest', 'protests',
  'exchange', 'swap', 'release', 'handover', 'withdrawal', 'deadline', 'curfew', 'lockdown', 'trial', 'hearing', 'verdict',
  'sentencing', 'inauguration', 'visit', 'deal', 'agreement', 'accord', 'treaty', 'sanctions', 'embargo', 'blockade',
  'evacuation', 'operation', 'offensive', 'attack', 'bombing', 'raid', 'shooting', 'earthquake', 'flood', 'storm',
];

/** Phase classes: the words that say the day begins, ends or holds the event. */
export const PHASES: Record<string, string[]> = {
  begin: ['began', 'begin', 'begins', 'beginning', 'start', 'started', 'starts', 'starting', 'took effect', 'takes effect', 'take effect', 'came into force', 'comes into force', 'come into force', 'opened', 'opens', 'resume', 'resumed', 'resumes', 'launched', 'kicked off'],
  end: ['ended', 'end', 'ends', 'ending', 'expired', 'expire', 'expires', 'expiring', 'closed', 'closes', 'concluded', 'conclude', 'concludes', 'collapsed', 'lapsed', 'lapse', 'runs out', 'ran out', 'finished'],
  sign: ['signed', 'sign', 'signs', 'agreed', 'agree', 'reached', 'sealed', 'announced'],
};

// What a date in news copy is the date of: the event nouns a day is reported for, and the
// phase words saying whether the day starts it, ends it or is when it happens. General news
// vocabulary (no story's own words). Lower case; nouns singular and plural.
export const EVENT_NOUNS = [
  'truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'armistice', 'talks', 'negotiations', 'summit', 'meeting',
  'vote', 'election', 'elections', 'referendum', 'ballot', 'runoff', 'poll', 'strike', 'walkout', 'protest', 'protests',
  'exchange', 'swap', 'release', 'handover', 'withdrawal', 'deadline', 'curfew', 'lockdown', 'trial', 'hearing', 'verdict',
  'sentencing', 'inauguration', 'visit', 'deal', 'agreement', 'accord', 'treaty', 'sanctions', 'embargo', 'blockade',
  'evacuation', 'operation', 'offensive', 'attack', 'bombing', 'raid', 'shooting', 'earthquake', 'flood', 'storm',
  // An election's own steps: the count, a recount, an appeal; an inquiry.
  'count', 'counting', 'recount', 'appeal', 'inquiry',
  // Disasters and what fails in them ("the dam gave way late on Tuesday", "the levee breach on
  // Monday"), and what follows: aid, funerals, a day of mourning.
  'breach', 'collapse', 'failure', 'dam', 'spillway', 'levee', 'embankment', 'landslide', 'mudslide', 'avalanche',
  'fire', 'wildfire', 'blaze', 'explosion', 'blast', 'crash', 'derailment', 'eruption', 'tsunami', 'hurricane',
  'cyclone', 'typhoon', 'tornado', 'outbreak', 'aid', 'package', 'funeral', 'funerals', 'burial', 'mourning',
];

/**
 * Verbs of a court's acts that date the act as its noun does: "who was sentenced … on March 20"
 * dates the sentencing, "was acquitted on Friday" the verdict. Verb -> the key of its noun.
 */
export const EVENT_VERBS: Readonly<Record<string, string>> = {
  sentenced: 'sentencing', jailed: 'sentencing', imprisoned: 'sentencing',
  convicted: 'verdict', acquitted: 'verdict', cleared: 'verdict',
};

/** Phase classes: the words that say the day begins, ends or holds the event. */
export const PHASES: Record<string, string[]> = {
  begin: ['began', 'begin', 'begins', 'beginning', 'start', 'started', 'starts', 'starting', 'took effect', 'takes effect', 'take effect', 'came into force', 'comes into force', 'come into force', 'opened', 'opens', 'resume', 'resumed', 'resumes', 'launched', 'kicked off'],
  end: ['ended', 'end', 'ends', 'ending', 'expired', 'expire', 'expires', 'expiring', 'closed', 'closes', 'concluded', 'conclude', 'concludes', 'collapsed', 'lapsed', 'lapse', 'runs out', 'ran out', 'finished'],
  sign: ['signed', 'sign', 'signs', 'agreed', 'agree', 'reached', 'sealed', 'announced'],
  // What gives way in a disaster: the day it happened ("the spillway gave way late on Tuesday").
  occur: ['gave way', 'give way', 'gives way', 'giving way', 'burst', 'bursts', 'breached', 'broke through', 'struck', 'hit'],
};

/**
 * Events that last days (keys as dateKey writes them: singular, "talks"): without a phase word, a
 * day given for one is a day within it, so two outlets' different days do not contradict each other
 * ("talks on Tuesday", "talks on Wednesday"). A vote, an attack or a verdict is one day.
 */
export const LASTING_EVENTS: ReadonlySet<string> = new Set([
  'truce', 'ceasefire', 'armistice', 'talks', 'summit', 'strike', 'walkout', 'protest', 'exchange', 'swap', 'release',
  'withdrawal', 'curfew', 'lockdown', 'trial', 'hearing', 'visit', 'sanction', 'embargo', 'blockade', 'evacuation',
  'operation', 'offensive', 'flood', 'storm', 'count', 'recount', 'inquiry', 'fire', 'wildfire', 'blaze', 'eruption',
  'outbreak', 'mourning',
]);

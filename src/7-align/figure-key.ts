// The quantity a figure counts, as a key two outlets' figures must share to be compared.
// Samples: "at least 40 people were killed" -> "count|die|people"; "40 hostages" ->
// "count|hold|"; "$3bn in aid" -> "money:USD||aid"; a bare "40" -> null (not comparable).
import type { Figure } from '../6-extract/figures/index.js';
import { ACTION_CLASSES, BALLOT_KINDS, CROWD_LABELS, CROWD_NOUNS, NOUN_ACTIONS, NOUN_CLASSES, PEOPLE_NOUNS, PERSON_NOUNS, POPULATION_NOUNS, PURPOSE_CLASSES } from './model/quantities.js';
import { isVoteCount } from '../6-extract/figures/votes.js';
import { isPercentMeasure } from '../6-extract/figures/measure.js';
import { CHANGE_VERBS, MARGIN_VERBS } from '../6-extract/figures/model/votes.js';
import { businessKey } from './money-key.js';
import { direction } from '../6-extract/figures/points.js';

const NOUN_CLASS_OF = new Map<string, string>(Object.entries(NOUN_CLASSES).flatMap(([cls, ws]) => ws.map((w) => [w, cls] as [string, string])));
const CLASS_OF = new Map<string, string>([
  ...Object.entries(ACTION_CLASSES).flatMap(([cls, ws]) => ws.map((w) => [w, cls] as [string, string])),
  // "won by 3,100 votes" is a margin, "fell by 900 votes" a change (the extractor writes "<verb> by").
  ...MARGIN_VERBS.map((v): [string, string] => [`${v} by`, 'margin']),
  ...CHANGE_VERBS.map((v): [string, string] => [`${v} by`, 'change']),
]);
const BALLOT_ORDER = Object.keys(BALLOT_KINDS);
const KIND_OF = new Map<string, string>(Object.entries(BALLOT_KINDS).flatMap(([kind, ws]) => ws.map((w) => [w, kind] as [string, string])));
/** Classes that say what a figure is only when the extractor read them as its action, never from the word before it. */
const DIFFERENCES = new Set(['margin', 'change']);

/** Nouns whose count is a manner of speaking, not a fact: "both sides", "two ways", "three times". */
const UNCOUNTED_NOUNS: ReadonlySet<string> = new Set(['side', 'way', 'time', 'thing', 'reason', 'option', 'word', 'hand']);

const IRREGULAR: Record<string, string> = { children: 'child', men: 'man', women: 'woman', people: 'people', feet: 'foot', mice: 'mouse', teeth: 'tooth', geese: 'goose' };

/** "palestinian prisoners" -> "prisoner": the head noun, singular. */
export function headNoun(counted: string): string {
  const words = counted.toLowerCase().split(/\s+/).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  const irregular = IRREGULAR[head];
  if (irregular) return irregular;
  if (/ies$/.test(head) && head.length > 4) return head.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(head)) return head;
  if (/(ch|sh|x)es$/.test(head)) return head.slice(0, -2);
  return head.replace(/s$/, '');
}

export function actionClass(action: string | null): string | null {
  if (!action) return null;
  const a = action.toLowerCase().trim();
  return CLASS_OF.get(a) ?? (a.endsWith(' by') ? null : CLASS_OF.get(a.split(/\s+/).pop()!)) ?? null;
}

/**
 * A vote count's key: the kind of ballots its modifier or action names ("6,000 spoiled ballots",
 * "6,000 ballots were rejected" -> "count|vote|rejected"), none for a candidate's votes or all of
 * them. A candidate's valid votes are the candidate's votes, and a share of the valid votes is
 * a share of the vote: "52 percent of the vote" = "52 percent of the valid votes".
 */
function voteKey(kind: string, counted: string | null, action: string | null, recipient: boolean): string {
  const words = `${counted ?? ''} ${action ?? ''}`.toLowerCase().split(/\s+/);
  const kinds = words.map((w) => KIND_OF.get(w)).filter((k): k is string => !!k);
  // "valid votes cast": valid; "postal ballots counted twice": the duplicates (kinds in the model's order).
  let ballots = BALLOT_ORDER.find((k) => kinds.includes(k)) ?? '';
  if ((ballots === 'valid' || ballots === 'cast') && (recipient || kind === 'percent')) ballots = '';
  return `${kind}|vote|${ballots}`;
}

const foldNoun = (noun: string) => NOUN_CLASS_OF.get(noun) ?? noun;

/**
 * Modifiers that make another measure of the same name: core inflation (no food or energy) is
 * not headline inflation, youth unemployment not unemployment: "Core inflation was 2.7%" is no
 * rival of "inflation was 3.1%". Other modifiers ("consumer price inflation", "annual
 * inflation", "headline inflation") name the plain measure.
 */
const OWN_MEASURES: ReadonlySet<string> = new Set(['core', 'underlying', 'services', 'goods', 'food', 'energy', 'wage', 'producer', 'import', 'youth', 'female', 'male', 'long-term']);

/** A central bank's main rate, however named: "key rate", "benchmark interest rate", "main policy rate" are one. */
const POLICY_RATE_WORDS: ReadonlySet<string> = new Set(['key', 'benchmark', 'policy', 'interest', 'base', 'bank', 'official', 'refinancing', 'cash', 'main']);
/** ... but not a loan's or a deposit's: "the mortgage interest rate". */
const OTHER_RATE_WORDS: ReadonlySet<string> = new Set(['mortgage', 'deposit', 'lending', 'savings', 'loan', 'card']);

/** "voter turnout" -> "turnout", "unemployment rate" -> "unemployment" (a rate is named by what it measures), "core inflation" -> "core inflation". */
function measureNoun(counted: string): string {
  const words = counted.split(/\s+/);
  if (words[words.length - 1] === 'rate' && words.length > 1 && POLICY_RATE_WORDS.has(words[words.length - 2]!) && !words.some((w) => OTHER_RATE_WORDS.has(w))) return 'policy rate';
  const at = words[words.length - 1] === 'rate' && words.length > 1 ? words.length - 2 : words.length - 1;
  const mod = words[at - 1];
  // "the jobless rate" is unemployment's.
  const head = words[at] === 'jobless' ? 'unemployment' : words[at]!;
  return mod && OWN_MEASURES.has(mod) ? `${mod} ${head}` : head;
}

/**
 * `before` is the word just before the figure, for actions written ahead of it: "pledged
 * $50 million", "freed 58" (the figure extractor reads actions after the number).
 */
export function figureKey(f: Pick<Figure, 'kind' | 'currency' | 'counted' | 'action' | 'place' | 'per' | 'purpose'> & { agent?: string | null }, before: string | null = null): string | null {
  if (f.kind === 'other' && f.counted === 'basis points') return pointsKey(f);
  if (f.kind === 'other') return termKey(f);
  if (f.kind === 'age') return null;
  const business = businessKey(f); // company news: revenue, fines, job cuts, workforces (money-key.ts)
  if (business !== undefined) return business;
  const kind = f.kind === 'money' ? `money:${f.currency ?? '?'}` : f.kind;
  const counted = f.counted?.toLowerCase().trim() ?? null;
  const own = actionClass(f.action);
  // A difference ("a margin of 3,100 votes", "won by 3,100 votes") is its own quantity, of the thing counted.
  if (own && DIFFERENCES.has(own)) {
    const noun = counted ? (isVoteCount(counted) ? 'vote' : foldNoun(headNoun(counted))) : '';
    return f.kind === 'percent' && !noun ? null : `${kind}|${own}|${noun}`;
  }
  // Every count or share of votes is one quantity, kept apart by kind of ballot and (in claims) by candidate.
  if (isVoteCount(counted) || own === 'vote') return voteKey(kind, counted, f.action, !!f.agent);
  // "Turnout was 61 percent", "61 percent turnout": one value per place and time.
  if (f.kind === 'percent' && counted && isPercentMeasure(counted)) return `percent|measure|${measureNoun(counted)}`;
  const nounAction = counted ? (NOUN_ACTIONS[counted] ?? NOUN_ACTIONS[counted.split(/\s+/).pop()!] ?? null) : null;
  const fromBefore = actionClass(before);
  let noun = counted && !nounAction ? headNoun(counted) : '';
  let action = own ?? nounAction ?? (fromBefore && !DIFFERENCES.has(fromBefore) ? fromBefore : null) ?? (CROWD_NOUNS.has(noun) ? 'protest' : null);
  if (action === 'hold' && own === 'hold' && detainedByPolice(f.action, f.agent ?? null, noun)) action = 'arrest';
  // "the two sides", "in three ways": a number of this kind says nothing checkable.
  if (UNCOUNTED_NOUNS.has(noun) && !action) return null;
  noun = foldNoun(noun);
  if (PEOPLE_NOUNS.has(noun) || PEOPLE_NOUNS.has(`${noun}s`)) {
    if (!action) return null;
    noun = '';
  }
  // Under an action, the crowd an event happens to is its people: "30 workers injured" = "14 people injured"'s quantity.
  if (action && POPULATION_NOUNS.has(noun)) noun = '';
  // Who struck or marched is the crowd counted, whatever it is called: "2,400 dockers" walk out = "2,400 members".
  if ((action === 'strike' || action === 'protest') && PERSON_NOUNS.has(noun)) noun = '';
  let purpose = f.purpose ? foldPurpose(f.purpose) : null;
  // A sum is of what it is for: "an aid package of $120 million" = "a $120 million aid package".
  if (f.kind === 'money') {
    noun = noun ? foldPurpose(noun) : purpose ?? '';
    purpose = null;
  }
  if (purpose === noun) purpose = null;
  if (!action && !noun && !f.per) return null;
  // A percentage without what it is a share of says too little to compare.
  if (f.kind === 'percent' && !noun) return null;
  return `${kind}|${action ?? ''}|${noun}${scopeOf(f, purpose)}${f.kind === 'count' ? sortOf(counted) : ''}`;
}

/** Words before a counted noun that make it a different count (outbreak review, finding 3). */
const COUNT_SORTS = new Map<string, string>([
  // A day's increment is never a rival of the running total: "120 new cases" vs "410 cases".
  ...['new', 'fresh', 'additional', 'daily'].map((w): [string, string] => [w, 'new']),
  // Cases not (yet) confirmed are another count: "112 suspected cases" vs "48 cases".
  ...['suspected', 'probable', 'possible', 'presumed', 'presumptive', 'unconfirmed'].map((w): [string, string] => [w, 'suspected']),
]);

/** "120 new confirmed cases" -> "|sort:new", "112 suspected cases" -> "|sort:suspected", "48 cases" -> "". */
function sortOf(counted: string | null): string {
  const words = counted?.split(/\s+/).slice(0, -1) ?? [];
  const sort = words.map((w) => COUNT_SORTS.get(w)).find((x) => !!x);
  return sort ? `|sort:${sort}` : '';
}

/**
 * A rate change in basis points (points.ts): "raised its key rate by 25 basis points" ->
 * "bp|up|rate"; "a quarter-point cut" -> "bp|down|rate". A rise and a cut are never one quantity.
 */
function pointsKey(f: Pick<Figure, 'action' | 'purpose'>): string {
  return `bp|${direction(f.action) ?? ''}|${f.purpose ?? ''}`;
}

/** "detained" is taken into custody: an arrest when police do it, held when captors do. */
const DETAIN_WORDS: ReadonlySet<string> = new Set(['detained', 'detain', 'detains', 'detaining']);
/** Who arrests (the agent's head word): "police detained 140", "officers detained 61". */
const POLICE_AGENTS: ReadonlySet<string> = new Set(['police', 'officers', 'officer', 'policemen', 'gendarmes', 'gendarmerie', 'constables', 'authorities']);
/** A protest crowd (singular): "140 demonstrators were detained" is an arrest count whoever detained them. */
const PROTEST_CROWD: ReadonlySet<string> = new Set([...CROWD_NOUNS, ...CROWD_LABELS, 'activist', 'campaigner']);

/**
 * Whether a "detained" figure counts arrests from its own sentence: "police detained 140 people",
 * "61 rioters were detained" -> true; "rebels detained 40 foreigners", "140 people had been
 * detained" (no one named) -> false (figure-claims.ts decides that one by the event's arrests).
 */
export function detainedByPolice(action: string | null, agent: string | null, noun: string): boolean {
  if (!action || !DETAIN_WORDS.has(action.toLowerCase().split(/\s+/).pop()!)) return false;
  return (!!agent && POLICE_AGENTS.has(agent.toLowerCase())) || PROTEST_CROWD.has(noun);
}

/**
 * An event's keys with its bare "people detained" read as arrests when the event counts arrests
 * and holds no captives: "Police said 87 people were arrested" and "the rights group said 140
 * people had been detained" are one quantity, in dispute. With hostages or prisoners held
 * ("40 hostages are held", "120 detainees") "detained" stays held. `keys[i]` is null for no key.
 */
export function detainedAsArrests(keys: ReadonlyArray<string | null>, figures: ReadonlyArray<Pick<Figure, 'action'>>): Array<string | null> {
  const detained = (i: number) => keys[i] === 'count|hold|' && DETAIN_WORDS.has(figures[i]!.action?.toLowerCase().split(/\s+/).pop() ?? '');
  const arrests = keys.some((k) => k?.startsWith('count|arrest|'));
  const captives = keys.some((k, i) => k?.startsWith('count|hold|') && !detained(i));
  if (!arrests || captives) return [...keys];
  return keys.map((k, i) => (detained(i) ? 'count|arrest|' : k));
}

/** Roles of a prison term (src/6-extract/figures/term.ts): the sentence, its suspended part, the part to serve, the demand, the ceiling. */
const TERM_ROLES: ReadonlySet<string> = new Set(['sentenced', 'suspended', 'serve', 'sought', 'faces']);

/**
 * A prison term's key: "sentenced to 12 years" -> "term|sentenced|year", "eight years of which
 * suspended" -> "term|suspended|year", "prosecutors had sought 14 years" -> "term|sought|year".
 * Other lengths of time ("for nine years", "14 days to appeal") are not compared.
 */
function termKey(f: Pick<Figure, 'counted' | 'action'>): string | null {
  if (!f.action || !TERM_ROLES.has(f.action) || !f.counted) return null;
  return `term|${f.action}|${f.counted.toLowerCase().replace(/s$/, '')}`;
}

const PURPOSE_OF = new Map<string, string>(Object.entries(PURPOSE_CLASSES).flatMap(([cls, ws]) => ws.map((w) => [w, cls] as [string, string])));
const foldPurpose = (noun: string) => PURPOSE_OF.get(noun) ?? noun;

/**
 * What keeps a count apart from the plain count of its kind: what a sum is for ("120 million
 * dalers aid package", "count||daler|for:aid", is no reader appeal's 40,000 dalers,
 * "count||daler|for:appeal"), the unit of a rate ("5,000 dalers per household",
 * "|per:household", is never the same quantity as a total) and the named place of the residents
 * counted ("1,200 Oldfen residents were evacuated" is one village's part of a province's
 * displaced, "count|displace||at:oldfen", never a rival value of it).
 */
function scopeOf(f: Pick<Figure, 'place' | 'per'>, purpose: string | null): string {
  return `${purpose ? `|for:${purpose}` : ''}${f.per ? `|per:${f.per}` : ''}${f.place ? `|at:${f.place}` : ''}`;
}

/** Counted nouns that are a running tally of what happens, like a toll: an outbreak's cases (outbreak review, finding 5). */
const TALLY_NOUNS: ReadonlySet<string> = new Set(['case', 'infection']);

/**
 * Whether a key counts something that happened, so that its values one after another are a
 * change over time: an action ("count|die|"), or a tally noun ("count||case": 410 cases, then
 * 380 after a revision, then 760), not a bare count of things ("count||truck": two convoys).
 */
export function countsHappenings(key: string): boolean {
  const [, action, noun] = key.split('|');
  return (action ?? '') !== '' || TALLY_NOUNS.has(noun ?? '');
}

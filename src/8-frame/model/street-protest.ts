// A street protest and the words that show it, as data (logic in ../terms.ts). In an article
// about one, the police and the confrontation get rows of their own ("riot police" / "cops" /
// "law enforcement"; "clashes" / "riots" / "crackdown" / "rampage"), and the war-report
// readings of "clashes" or "violence" (an armed conflict) give way to a confrontation.
import { PhraseIndex } from '../match.js';

export const STREET_PROTEST = {
  cues: [
    'protesters', 'protester', 'protestors', 'protestor', 'demonstrators', 'demonstrator', 'marchers', 'protest', 'protests',
    'demonstration', 'demonstrations', 'march', 'marches', 'rally', 'rallies', 'sit-in', 'tear gas', 'teargas', 'water cannon',
    'rubber bullets', 'riot police', 'riot cops', 'riot gear', 'baton charge', 'curfew', 'crackdown',
    // An outlet that never says "protest" (a state broadcaster's "rioters" who "looted" shops) still reports one.
    'rioters', 'riots', 'rioting', 'looters', 'looting', 'hooligans',
  ],
  /** Distinct cues an article needs ("protest vote" alone is no protest). */
  minCues: 2,
  /** War-report terms read as the confrontation of a protest (null: not counted). */
  senses: {
    clashes: 'confrontation',
    violence: 'confrontation',
    fighting: 'confrontation',
    campaign: null,
  } as Readonly<Record<string, string | null>>,
} as const;

const CUES = new PhraseIndex(STREET_PROTEST.cues.map((c) => [c, true] as const));

/** `Riot police fired tear gas at protesters.` -> true; `The protest vote cost two seats.` -> false. */
export function streetProtest(text: string): boolean {
  const seen = new Set<string>();
  for (const m of CUES.match(text)) {
    seen.add(m.form);
    if (seen.size >= STREET_PROTEST.minCues) return true;
  }
  return false;
}

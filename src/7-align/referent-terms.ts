// Names of one referent read as one content word by the sentence alignment (protest review 14):
// "Regime forces fired rubber bullets at demonstrators" and "Police fired rubber bullets at
// protesters" are one act told by two sides, and each must not be shown leaving out the other's.
// The terms are the framing model's (8-frame/model/referents.ts), matched as framing matches them
// (the longest phrase wins: "riot police" is police, "military operation" no troops); the framing
// table keeps showing each outlet's own words, only the alignment reads them as one.
import { REFERENT_INDEX } from '../8-frame/terms.js';
import { streetProtest } from '../8-frame/model/street-protest.js';
import { contentWords } from './content-words.js';

/**
 * The categories whose terms name the same people, and the word each is read as. Decided
 * category by category; the others stay apart:
 * - armed group: the same armed men are "militants", "fighters" or "gunmen" by stance.
 * - state forces: "troops", "soldiers", "the army", "security forces" are one body of men.
 * - police: "riot police", "cops", "law enforcement" are the police.
 * - migrants: "migrants", "refugees", "asylum seekers", "illegal immigrants" are the same people
 *   named by stance.
 * Left apart: people held ("hostages" and "prisoners" are two sides of an exchange, different
 * people); violent act, armed conflict and confrontation ("clashes" / "massacre", "scuffles" /
 * "crackdown" differ in what happened); pause in fighting ("lull" is no truce, a "peace deal" no
 * ceasefire); the dead ("casualties" count the wounded, "deaths" do not: figures of each differ);
 * people displaced ("evacuees" / "the homeless"); job cuts ("restructuring" / "layoffs"); and the
 * labour sides ("staff" are not all "strikers", "shop stewards" are no "union leaders").
 */
const CLASSES: Readonly<Record<string, string>> = {
  'armed group': 'militants',
  'state forces': 'troops',
  police: 'police',
  migrants: 'migrants',
};

/**
 * In a street-protest article (streetProtest) the people of the protest are one class, and the
 * state's forces facing them are the police: an opposition paper's "regime forces", a state
 * broadcaster's "security forces" and the wire's "police" fire the same rubber bullets. Outside a
 * protest "activists" or a "crowd" are other people (the activists who count a war's dead), and
 * soldiers are not the police.
 */
const PROTEST_CLASSES: Readonly<Record<string, string>> = { ...CLASSES, 'state forces': 'police', protest: 'protesters' };

/** Terms whose word has a common sense outside the referent: "met fierce resistance". */
const SKIP = new Set(['resistance']);

/** Whether each article text is a street protest: the alignment asks once per sentence. */
const protestMemo = new Map<string, boolean>();

function isProtest(text: string): boolean {
  let hit = protestMemo.get(text);
  if (hit === undefined) {
    if (protestMemo.size >= 512) protestMemo.clear();
    protestMemo.set(text, (hit = streetProtest(text)));
  }
  return hit;
}

/** Stems of each matched form, to see whether it already holds its class word ("riot police"). */
const stemsMemo = new Map<string, string[]>();
const stems = (form: string) => stemsMemo.get(form) ?? stemsMemo.set(form, contentWords(form)).get(form)!;

/**
 * text[start, end) with each term of a folded category written as its class word, a capital kept
 * ("Regime forces fired" -> "Police fired" in a protest article). A term that holds its class
 * word stays as written: "five police officers" keeps "officers" that "five officers" shares.
 * `article` is the whole text the span is read in (whether it reports a street protest).
 */
export function referentPhrases(article: string, start = 0, end = article.length): string {
  const slice = article.slice(start, end);
  const classes = isProtest(article) ? PROTEST_CLASSES : CLASSES;
  let out = '';
  let at = 0;
  for (const m of REFERENT_INDEX.match(slice)) {
    const to = classes[m.value.referent];
    if (to === undefined || SKIP.has(m.value.term) || stems(m.form).includes(stems(to)[0]!)) continue;
    const capital = /^\p{Lu}/u.test(slice[m.start] ?? '');
    out += slice.slice(at, m.start) + (capital ? to[0]!.toUpperCase() + to.slice(1) : to);
    at = m.end;
  }
  return at === 0 ? slice : out + slice.slice(at);
}

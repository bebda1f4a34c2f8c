// An event's title: a plain headline the outlets have in common. The most loaded headline must
// not name the story: "MOB RAMPAGE: thugs loot shops" or "Minister blasts 'paid rioters'" lose to
// "Police fire tear gas as thousands march on parliament" when that one is among the titles.
import { loadedTerms } from '../8-frame/index.js';

/** How many of an event's first titles are compared to choose its title. */
const TITLES_COMPARED = 12;
/**
 * A later title must score this share above the earliest good one to win, so one more article
 * rarely flips a title: the earliest title within 10% of the best score is kept.
 */
const STABLE_MARGIN = 0.1;

const titleWords = (t: string) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/** A short quoted span (one to three words) in a headline: 'paid rioters', "peaceful", ‘heroes’. */
const SCARE_QUOTE = /(?:^|[\s(:;,—–-])(?:'([^'\n]+)'|‘([^’\n]+)’|"([^"\n]+)"|“([^”\n]+)”)(?=$|[\s),.;:!?—–-])/gu;
/** Two all-capital words in a row ("MOB RAMPAGE:", "SHAME OF"), not one acronym ("NATO", "UN"). */
const SHOUTING = /\b\p{Lu}{2,}[\s:!,-]+\p{Lu}{2,}\b/u;

/**
 * How loaded a headline reads: its loaded words (8-frame's lexicon), scare quotes, exclamation
 * marks and shouted capitals, one mark each. `titleMarks("MOB RAMPAGE: thugs loot shops!")` -> 5
 * (mob, rampage, thugs, "!", capitals); `titleMarks("Police fire tear gas at march")` -> 0.
 */
export function titleMarks(title: string): number {
  let marks = loadedTerms(title).length;
  for (const m of title.matchAll(SCARE_QUOTE)) if (((m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 3) marks++;
  if (title.includes('!')) marks++;
  // A title written all in capitals shouts as well; a short one ("UN VOTE") too.
  if (SHOUTING.test(title)) marks++;
  return marks;
}

/**
 * The title sharing the most words with the others (of the first twelve), among the plainest
 * (fewest `titleMarks`), earliest among near equals: the wording outlets have in common rather
 * than the first outlet's own ("Freedom fighters' delegation …" against three titles saying
 * "rebel delegation"). `voters` are more titles that weigh in but are never chosen (copies of
 * the articles: a wire headline many outlets reprint is the common one). Null when there is none.
 */
export function centralTitle(titles: readonly string[], voters: readonly string[] = []): string | null {
  const some = titles.slice(0, TITLES_COMPARED);
  if (!some.length) return null;
  const marks = some.map(titleMarks);
  const fewest = Math.min(...marks);
  const all = [...some, ...voters.slice(0, Math.max(0, TITLES_COMPARED - some.length))];
  const words = all.map(titleWords);
  const score = (i: number): number => {
    const a = words[i]!;
    let sum = 0;
    words.forEach((b, j) => {
      if (i === j || !a.size || !b.size) return;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      sum += shared / (a.size + b.size - shared);
    });
    return sum;
  };
  const plain = some.map((_, i) => i).filter((i) => marks[i] === fewest);
  // Two titles and no copies: no common wording to choose by, the plainest and then the first.
  if (all.length <= 2) return some[plain[0]!]!;
  const scores = plain.map(score);
  const best = Math.max(...scores);
  return some[plain[scores.findIndex((s) => s >= best * (1 - STABLE_MARGIN) - 1e-9)]!]!;
}

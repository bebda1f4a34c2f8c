// Rival values inside one article: "The charity put the number of displaced people at 11,000,
// far above the official figure of 8,000" gives two values of one quantity, each from its own
// sayer, the same day: a dispute the article reports, though one voice gives both values.
// One article's values with no sayer, or from one sayer, are not set against each other here
// (an update, "52, up from 47", or a breakdown).

interface Said {
  articleId: string;
  figure: { sayer?: string };
  /** The earlier day its sentence dates the figure to, if any. */
  asOf?: string | null;
}

const DETERMINER = /^(?:the|a|an)\s+/u;
const words = (s: string) => s.toLowerCase().replace(DETERMINER, '').replace(/['’]s?$/u, '').split(/\s+/u).filter(Boolean);
const stem = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/**
 * One source named two ways: equal once folded, or the shorter's last word among the longer's
 * words ("the directorate" and "National Emergency Directorate", "police" and "the police").
 */
export function sameSayer(a: string, b: string): boolean {
  const [x, y] = [words(a).map(stem), words(b).map(stem)];
  if (!x.length || !y.length) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short[short.length - 1]!);
}

/** Whether one article gives a value of `a` and one of `b` from different sayers, for the same day. */
export function saidApart(a: ReadonlyArray<Said>, b: ReadonlyArray<Said>): boolean {
  return a.some((x) => !!x.figure.sayer && b.some((y) => y.articleId === x.articleId && !!y.figure.sayer && (x.asOf ?? null) === (y.asOf ?? null) && !sameSayer(x.figure.sayer!, y.figure.sayer!)));
}

// Shared shape of one evaluation document. `gold` is for scoring only: the runner blanks it
// (and replaces the id) before anything under test sees the document.
export interface EvalDoc {
  id: string;
  title: string | null;
  text: string;
  outlet: string | null;
  /** ISO 8601 (UTC), only when the source itself states a date; never invented. */
  publishedAt: string | null;
  gold: { storyline: string; event: string };
}

/** A clustering: document id -> cluster id. */
export type Clustering = Map<string, string>;

/** Called with a one-line reason when a dataset cannot be loaded. */
export type SkipReporter = (reason: string) => void;

// Shapes of the /api/v1 answers, as the server documents them. Renderers still treat every
// array as possibly missing (see `list` in dom.ts), so a partial answer degrades gracefully.

export interface ApiIssue { path: string; message: string }
export interface ApiErrorBody { error: { code: string; message: string; issues?: ApiIssue[] } }

export interface Page<T> { total: number; limit: number; offset: number; items: T[] }

export interface StorylineSummary {
  id: string;
  title: string;
  articles: number;
  outlets: number;
  /** Null when a live analysis has not analysed the storyline since it last changed. */
  independentReports: number | null;
  start: string | null;
  end: string | null;
  events: number;
}

export interface ArticleRef { id: string; title: string; outlet: string; publishedAt: string | null; dateEstimated?: boolean }
export interface EventSummary { id: string; title: string; start: string | null; end: string | null; startEstimated?: boolean; endEstimated?: boolean; articleIds: string[] }

export type CellState = 'carried' | 'missing' | 'conflicting';
/** A cell of an outlet's column (outlet set) or of an article with no outlet (outlet null, articleId set). */
export interface MatrixCell { outlet: string | null; articleId?: string | null; state: CellState; values: string[]; articleIds: string[] }
export interface MatrixRow {
  claimId: string;
  kind: 'statement' | 'figure' | 'date';
  label: string;
  status: 'corroborated' | 'single-source' | 'conflicting';
  independentReports: number;
  /** A storyline's values that differ only between its events (the quantity changed over time). */
  overTime?: boolean;
  /** Set when the optional model joined differently worded claims into this one. */
  byMeaning: { embedder: string; score: number } | null;
  cells: MatrixCell[];
}
export interface Omission { outlet: string; articleIds: string[]; missing: { claimId: string; label: string }[] }
export interface FigurePoint { articleId: string; outlet: string; publishedAt: string | null; dateEstimated?: boolean; value: number; text: string; sayer?: string | null; stale: boolean }
export interface FigureTimeline { id: string; label: string; points: FigurePoint[] }
export type Credit = 'first' | 'credited' | 'uncredited' | 'same-outlet' | 'firsthand' | 'public' | 'paraphrased' | 'unknown';
export interface QuoteOccurrence {
  articleId: string;
  outlet: string;
  publishedAt: string | null;
  dateEstimated?: boolean;
  verb: string | null;
  /** Where the words were said, when the article names it: "AFP", "a statement". */
  channel: string | null;
  /** The verb with its channel, as the Markdown report writes it: "told AFP", "said (a statement)". */
  verbPhrase: string | null;
  /** The speaker as this article writes it ("he", "Ruiz", "a city official"). */
  speaker: string | null;
  /** How the words differ from the first wording ("cut short", "changed: −winter +spring"); null when the same. */
  wording: string | null;
  credit: Credit;
}
export interface Quote {
  id: string;
  text: string;
  speaker: string | null;
  firstPublisher: { articleId: string; outlet: string; publishedAt: string | null; dateEstimated?: boolean } | null;
  /** Articles carrying the words with no date: the order is then uncertain. */
  undatedArticleIds?: string[];
  /** Articles of the first publisher's day, one of the two dated by its day only: which came first is uncertain. */
  sameDayArticleIds?: string[];
  occurrences: QuoteOccurrence[];
}
export interface Derivation { articleId: string; sourceArticleId: string; reusedFraction: number }
export interface Framing { referent: string; entityId: string; terms: { outlet: string; term: string; count: number }[] }

/** A storyline or one of its events, compared outlet by outlet. */
export interface Comparison {
  kind: 'storyline' | 'event';
  id: string;
  title: string;
  storylineId: string;
  articles: ArticleRef[];
  outlets: string[];
  /** Articles with no outlet: each is a column of its own in the matrix. */
  articlesWithoutOutlet?: string[];
  independentReports: number;
  start: string | null;
  end: string | null;
  events: EventSummary[];
  matrix: { outlets: string[]; articlesWithoutOutlet?: string[]; rows: MatrixRow[] };
  omissions: Omission[];
  figureTimelines: FigureTimeline[];
  quotes: Quote[];
  derivations: Derivation[];
  framing: Framing[];
}

export type HighlightKind = 'quote' | 'claim' | 'name' | 'loaded' | 'scare';
export interface Highlight { start: number; end: number; kind: HighlightKind; label: string }
export interface Passage { start: number; end: number; sourceStart: number; sourceEnd: number }
export interface RelatedArticle { articleId: string; title: string; outlet: string; reusedFraction: number; passages: Passage[]; text: string }

export interface ArticleDetail {
  article: { id: string; source: string; title: string; outlet: string; byline: string | null; publishedAt: string | null; dateEstimated?: boolean; language: string | null; text: string };
  storyline: { id: string; title: string } | null;
  event: { id: string; title: string } | null;
  why: { score: number; terms: string[]; names: string[] } | null;
  highlights: Highlight[];
  sources: RelatedArticle[];
  copies: RelatedArticle[];
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export interface JobSummary { items: number; stored: number; newVersions: number; duplicates: number; rejected: number; warnings: number }
export interface Job {
  id: string;
  status: JobStatus;
  done: number;
  total: number;
  current: string | null;
  summary: JobSummary | null;
  rejected: { source: string; reason: string; message: string }[];
  error: string | null;
}

// Plain serialisable data passed between stages. Each stage adds its own section.
import type { Diagnostic } from './diagnostics.js';

export type InputFormat = 'text' | 'html' | 'feed' | 'json';

/** What a reader found in a source: one per article, before cleaning. */
export interface RawItem {
  /** The path or URL as given; `file.jsonl:12` for a line, `feed.xml#3` for a feed item. */
  source: string;
  format: InputFormat;
  title?: string;
  /** Plain text body (text files, JSON `text`, feed content without HTML). */
  text?: string;
  /** HTML body (HTML pages, JSON `html`, feed `content:encoded`). */
  html?: string;
  url?: string;
  outlet?: string;
  byline?: string;
  publishedAt?: string;
  modifiedAt?: string;
  language?: string;
  /** Photo captions found in the markup (<figcaption>), kept apart from the body. */
  captions?: string[];
  /** Photo credits found in the markup, e.g. "Jane Roe/MPA". */
  credits?: string[];
  /** Where each metadata field came from, e.g. { outlet: 'og:site_name' }. */
  provenance?: Record<string, string>;
  /** Problems met while reading this item that did not stop it. */
  diagnostics?: Diagnostic[];
}

/** How a field value was obtained, so a user can tell a fact from a guess. */
export type FieldOrigin =
  | 'input' // given explicitly (JSON field, feed element)
  | 'metadata' // HTML meta / Open Graph / JSON-LD
  | 'url' // derived from the URL (e.g. the domain)
  | 'dateline' // "GAZA (Agency) -"
  | 'desk-note' // "(Reporting by ...; Editing by ...)"
  | 'footer' // "© 2024 Outlet"
  | 'masthead' // a text file opening with the outlet's name over the date
  | 'timestamp-line' // "Published: 15 January 2025" set aside from the top or tail of the text
  | 'text' // latest absolute date mentioned in the text
  | 'unknown';

export interface Dateline {
  /** Place written in capitals at the start of the body, e.g. "GAZA CITY". */
  place: string | null;
  /** Agency in parentheses, e.g. "AFP". */
  agency: string | null;
  /** Date written in the dateline, as written. */
  date: string | null;
}

/** Material kept out of the body but not thrown away. */
export interface Boilerplate {
  captions: string[];
  credits: string[];
  related: string[];
  notes: string[];
  bylines: string[];
}

/**
 * A live blog's timed update: from `start` (an offset in the cleaned text) to the next update,
 * the body was published at `at` (ISO, UTC), not at the page's time. Sample: "14:20" over an
 * update on a page of 4 March -> { start: 812, at: "2026-03-04T14:20:00.000Z" }.
 */
export interface LiveUpdate {
  start: number;
  at: string;
}

export interface ArticleDraft {
  source: string;
  format: InputFormat;
  url: string | null;
  title: string | null;
  outlet: string | null;
  outletFrom: FieldOrigin;
  byline: string | null;
  publishedAt: string | null;
  publishedAtFrom: FieldOrigin;
  /** True when publishedAt was estimated from dates the text mentions. */
  dateEstimated: boolean;
  modifiedAt: string | null;
  language: string | null;
  text: string;
  dateline: Dateline | null;
  /** Agencies the text credits as sources (dateline, "told AFP", desk note). */
  agencies: string[];
  boilerplate: Boilerplate;
  /** A live blog's updates, in text order, each with its own time (absent on other articles and on articles stored before). */
  updates?: LiveUpdate[];
  /** sha256 over the normalised title and body. */
  contentHash: string;
  diagnostics: Diagnostic[];
}

/** One stored version of an article. */
export interface Article extends ArticleDraft {
  id: string;
  version: number;
  /** How many versions the article has in the store. */
  versions: number;
  ingestedAt: string;
}

/** Everything but the body, for listings. */
export type ArticleSummary = Omit<Article, 'text'>;

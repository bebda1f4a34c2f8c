// Extraction stage: one article's text -> its names, quotes (with resolved speakers), figures
// and dates. Each extractor is a pure function over the text; this file only joins them.
import { splitSentences, type Span } from './text/sentences.js';
import { extractEntities, type ArticleEntities } from './entities/mentions.js';
import { extractQuotes, type QuoteMention } from './quotes/index.js';
import { extractFigures, type Figure } from './figures/index.js';
import { extractDates, eventDate, type DateMention } from './dates/index.js';
import { speakerEntity } from './speakers.js';
import { isActNotSpeech } from './not-speech.js';
import { addSayers } from './figure-sayers.js';

export interface ExtractedQuote extends Omit<QuoteMention, 'impression'> {
  /** Index of the article entity that spoke, when the speaker could be resolved. */
  speakerEntity: number | null;
}

export interface ArticleExtraction {
  sentences: Span[];
  entities: ArticleEntities;
  quotes: ExtractedQuote[];
  figures: Figure[];
  dates: DateMention[];
  /** The date of the main reported event (lead), ISO, or null. */
  eventDate: string | null;
}

/** A negation between the speaker and the cue of reported speech: "could not confirm", "has not explained", "didn't say". */
const NEGATION = /\b(?:not|never)\b|n['’]t\b/i;
function deniedSpeech(text: string, q: { kind: string; cue: Span | null; speaker: Span | null }): boolean {
  if (q.kind !== 'reported' || !q.cue) return false;
  const from = q.speaker && q.speaker.end <= q.cue.start ? q.speaker.end : Math.max(0, q.cue.start - 30);
  // Within the cue's own clause: the words right before it, not a negation earlier in the sentence.
  const between = text.slice(from, q.cue.start + (q.cue.end - q.cue.start)).split(/[,;:]/).pop()!;
  return NEGATION.test(between);
}

export function extractArticle(text: string, publishedAt: string | null): ArticleExtraction {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences);
  // Impressions ("the deal seemed doomed") are the writer's, not anyone's quote; nor is what
  // someone did not say ("the company has not explained why …"), nor an act ("rejected 6,000 ballots").
  const quotes = extractQuotes(text, sentences)
    .filter((q) => !q.impression && !deniedSpeech(text, q) && !isActNotSpeech(q, text))
    .map(({ impression: _, ...q }) => ({ ...q, speakerEntity: speakerEntity(q.speaker, entities, sentences, text) }));
  const dates = extractDates(text, publishedAt);
  const figures = extractFigures(text);
  addSayers(text, figures, quotes, entities, sentences);
  return { sentences, entities, quotes, figures, dates, eventDate: eventDate(dates, publishedAt, text) };
}

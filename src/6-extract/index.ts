// Extraction stage: one article's text -> its names, quotes (with resolved speakers), figures
// and dates. Each extractor is a pure function over the text; this file only joins them.
import { splitSentences, type Span } from './text/sentences.js';
import { extractEntities, type ArticleEntities } from './entities/mentions.js';
import { extractQuotes, type QuoteMention } from './quotes/index.js';
import { extractFigures, type Figure } from './figures/index.js';
import { extractDates, eventDate, type DateMention } from './dates/index.js';
import { speakerEntity } from './speakers.js';

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

export function extractArticle(text: string, publishedAt: string | null): ArticleExtraction {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences);
  // Impressions ("the deal seemed doomed") are the writer's, not anyone's quote.
  const quotes = extractQuotes(text, sentences)
    .filter((q) => !q.impression)
    .map(({ impression: _, ...q }) => ({ ...q, speakerEntity: speakerEntity(q.speaker, entities, sentences, text) }));
  const dates = extractDates(text, publishedAt);
  return { sentences, entities, quotes, figures: extractFigures(text), dates, eventDate: eventDate(dates, publishedAt) };
}

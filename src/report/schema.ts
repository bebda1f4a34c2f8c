// The analysis report, version 1. The zod schema is the single definition: types come from
// it, reports are validated against it, and docs/report.schema.json is generated from it.
import { z } from 'zod';

const id = z.string().min(1);
const iso = z.string().nullable().describe('ISO 8601 date-time in UTC, or null when unknown');
const offset = z.number().int().nonnegative().describe('UTF-16 offset into the article text');

export const ReportArticle = z.object({
  id,
  source: z.string().describe('the path or URL as given to ingest'),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  publishedAt: iso,
  dateEstimated: z.boolean(),
  language: z.string().nullable(),
  text: z.string().describe('cleaned body'),
});

export const Why = z.object({
  articleId: id,
  score: z.number().describe('similarity that decided the membership (0 for the first article of an event)'),
  terms: z.array(z.string()).describe('shared weighted terms (stems)'),
  names: z.array(z.string()).describe('shared names'),
  matched: z.string().nullable().describe('the earlier member it matched best'),
});

export const EventWhy = z.object({
  via: z.enum(['first', 'joined', 'merged']).describe('first: opened the storyline; joined: its first article matched it; merged: its storyline was merged into this one'),
  score: z.number(),
  terms: z.array(z.string()),
  names: z.array(z.string()),
});

export const ReportEvent = z.object({
  id,
  title: z.string(),
  articleIds: z.array(id).min(1),
  start: iso,
  end: iso,
  why: z.array(Why).describe('why each article belongs to this event'),
  storylineWhy: EventWhy.describe('why this event belongs to its storyline'),
});

export const ReportStoryline = z.object({
  id,
  title: z.string(),
  articleIds: z.array(id).min(1),
  independentReports: z.number().int().positive().describe('derivation chains collapsed into one voice'),
  outlets: z.number().int().nonnegative().describe('distinct known outlets (articles without an outlet are not counted)'),
  events: z.array(ReportEvent).min(1).describe('on a timeline: by start date, undated events last'),
});

export const ReportPassage = z.object({ start: offset, end: offset, sourceStart: offset, sourceEnd: offset, words: z.number().int().positive() });

export const ReportDerivation = z.object({
  articleId: id.describe('the copy'),
  sourceArticleId: id,
  kind: z.enum(['exact', 'near-duplicate', 'rewrite']),
  reusedFraction: z.number().min(0).max(1),
  sourceReusedFraction: z.number().min(0).max(1),
  passages: z.array(ReportPassage),
  direction: z.object({ basis: z.enum(['date', 'credit', 'byline', 'containment', 'order']), detail: z.string() }),
});

export const ReportDuplicateGroup = z.object({ ids: z.array(id).min(2), kind: z.enum(['exact', 'near-duplicate']), representative: id });

export const ReportEntity = z.object({ id, name: z.string(), type: z.enum(['person', 'organization', 'place', 'other']), aliases: z.array(z.string()), articleIds: z.array(id) });
export const ReportQuote = z.object({
  id,
  text: z.string(),
  speaker: z.string().nullable(),
  speakerEntityId: z.string().nullable(),
  occurrences: z.array(z.object({ articleId: id, start: offset, end: offset, verb: z.string().nullable() })),
});
export const ReportClaim = z.object({
  id,
  text: z.string(),
  status: z.enum(['corroborated', 'single-source', 'conflicting']),
  occurrences: z.array(z.object({ articleId: id, start: offset, end: offset })),
});
export const ReportFraming = z.object({ referent: z.string(), entityId: z.string().nullable(), terms: z.array(z.object({ articleId: id, term: z.string(), count: z.number().int().positive() })) });

export const Report = z.object({
  version: z.literal(1),
  articles: z.array(ReportArticle),
  storylines: z.array(ReportStoryline),
  derivations: z.array(ReportDerivation),
  duplicates: z.array(ReportDuplicateGroup).describe('exact and near-duplicate groups (one article in several places)'),
  entities: z.array(ReportEntity).describe('filled by a later stage; empty for now'),
  quotes: z.array(ReportQuote).describe('filled by a later stage; empty for now'),
  claims: z.array(ReportClaim).describe('filled by a later stage; empty for now'),
  framing: z.array(ReportFraming).describe('filled by a later stage; empty for now'),
});

export type Report = z.infer<typeof Report>;

export function reportJsonSchema(): unknown {
  return { $id: 'https://parallax.example/report.schema.json', title: 'Parallax analysis report, version 1', ...z.toJSONSchema(Report) };
}

// The analysis: stored articles -> report v1. Stages run in order over plain data:
// dedupe (exact and near duplicates), derive (who copies whom), cluster (storylines, events),
// extract (names, quotes, figures, dates).
import type { Article } from '../core/types.js';
import type { AnalysisArticle } from '../core/analysis.js';
import { findDuplicates } from '../3-dedupe/index.js';
import { findDerivations, independentReports } from '../4-derive/index.js';
import { clusterArticles, DEFAULT_SETTINGS, type ClusterSettings } from '../5-cluster/index.js';
import { Report } from '../report/schema.js';
import { extractionSections } from './extraction.js';

export interface AnalyzeOptions {
  cluster?: ClusterSettings;
}

const toAnalysis = (a: Article): AnalysisArticle => ({
  id: a.id, title: a.title, text: a.text, outlet: a.outlet, byline: a.byline,
  publishedAt: a.publishedAt, dateEstimated: a.dateEstimated, language: a.language, agencies: a.agencies, contentHash: a.contentHash,
});

export function analyzeArticles(stored: Article[], opts: AnalyzeOptions = {}): Report {
  const articles = stored.map(toAnalysis);
  const duplicates = findDuplicates(articles);
  const derivations = findDerivations(articles);
  const byId = new Map(stored.map((a) => [a.id, a]));
  // Events on a timeline: by start, undated last (arrival order among equals).
  const byStart = (a: { start: string | null }, b: { start: string | null }) => (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff');
  const storylines = clusterArticles(articles, opts.cluster ?? DEFAULT_SETTINGS).map((s) => ({
    ...s,
    events: [...s.events].sort(byStart),
    independentReports: independentReports(s.articleIds, derivations),
    // Known outlets only: an article without an outlet is not counted as one more outlet.
    outlets: new Set(s.articleIds.map((id) => byId.get(id)!.outlet).filter(Boolean)).size,
  }));
  const extraction = extractionSections(articles);
  const report: Report = {
    version: 1,
    articles: stored.map((a) => ({
      id: a.id, source: a.source, title: a.title, outlet: a.outlet, byline: a.byline,
      publishedAt: a.publishedAt, dateEstimated: a.dateEstimated, language: a.language, text: a.text,
      ...extraction.perArticle.get(a.id)!,
    })),
    storylines: storylines.map(({ id, title, articleIds, independentReports, outlets, events }) => ({ id, title, articleIds, independentReports, outlets, events })),
    derivations,
    duplicates: duplicates.map((g) => ({ ids: g.ids, kind: g.kind, representative: g.representative })),
    entities: extraction.entities,
    quotes: extraction.quotes,
    claims: [],
    framing: [],
  };
  return report;
}

// Adapter for the evaluation harness (eval/run.ts): documents in, predicted storyline and
// event of each out. The analyser sees text, title, outlet and date only — never the labels.
import type { AnalysisArticle } from '../core/analysis.js';
import { clusterArticles, DEFAULT_SETTINGS, type ClusterSettings } from '../5-cluster/index.js';

export interface EvalInput {
  id: string;
  title: string | null;
  text: string;
  outlet: string | null;
  publishedAt: string | null;
}

export async function clusterForEval(docs: EvalInput[], settings: ClusterSettings = DEFAULT_SETTINGS): Promise<{ storyline: Map<string, string>; event: Map<string, string> }> {
  const articles: AnalysisArticle[] = docs.map((d) => ({ id: d.id, title: d.title, text: d.text, outlet: d.outlet, byline: null, publishedAt: d.publishedAt, language: 'en', agencies: [], contentHash: d.id }));
  const storyline = new Map<string, string>();
  const event = new Map<string, string>();
  for (const s of clusterArticles(articles, settings)) {
    for (const e of s.events) for (const id of e.articleIds) {
      storyline.set(id, s.id);
      event.set(id, e.id);
    }
  }
  return { storyline, event };
}

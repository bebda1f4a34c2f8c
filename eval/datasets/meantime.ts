// MEANTIME English (NewsReader; Diverse-CDCR parse) loader: `conll.csv` holds the tokens
// (topic/subtopic_name = "corpus_<topic>/<doc>", sent_id, token_id, token); the entity
// mentions come from `entities_mentions.json` (conll_doc_key, sent_id, tokens_number,
// mention_type, mention_head_pos, coref_chain). Event mentions are not used.
//
// Scored gold: PER, ORG and LOC mentions whose head is a proper noun (mention_head_pos =
// PROPN, the parse's only hint of named vs nominal/pronominal mentions). Other entity
// mentions (products, finance, nominal and pronoun mentions) are loaded unscored.
// Chain id: the corpus instance id; the parse prefixes it with cross_/intra_/cross_intra_
// inconsistently for one instance, so the prefix is dropped. Documents without any entity
// annotation are left out (14 GM articles in this release). Topic = corpus_<topic>.
// Only the title and the first sentences (sentence ids 0-5; id 1 is the dateline) carry the
// full document-level annotation ("cross_intra_"/"intra_" mentions); later sentences only hold
// mentions of cross-document instances ("cross_"). Mention detection is therefore scored on
// sentences 0-5 (detectUntil); resolution uses every gold mention.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkipReporter } from '../types.js';
import { buildDocText, csvRecords, tokenRange } from './conll-text.js';
import { sentencesByDoc, type EntityCorpus, type EntityDoc, type GoldMention } from './entity-docs.js';

/** Sentences 0..FULLY_ANNOTATED_SENTENCES-1 have complete entity annotation. */
export const FULLY_ANNOTATED_SENTENCES = 6;

export const MEANTIME_SCORED_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC']);

interface JsonMention {
  conll_doc_key?: string;
  sent_id?: number;
  tokens_number?: number[];
  mention_type?: string;
  mention_head_pos?: string;
  coref_chain?: string;
}

const CHAIN_PREFIX = /^(?:cross_intra_|cross_|intra_)/;

/** Builds the corpus from the two files' contents. */
export function meantimeCorpus(conllCsv: string, mentionsJson: string): EntityCorpus {
  const rows = csvRecords(conllCsv).map((r) => ({ doc: r['topic/subtopic_name'] ?? '', sent: Number(r.sent_id), tok: Number(r.token_id), token: r.token ?? '' }));
  const sentences = sentencesByDoc(rows);
  const mentions = JSON.parse(mentionsJson) as JsonMention[];
  const byDoc = new Map<string, JsonMention[]>();
  for (const m of mentions) {
    if (!m.conll_doc_key || !sentences.has(m.conll_doc_key)) continue;
    const list = byDoc.get(m.conll_doc_key) ?? [];
    list.push(m);
    byDoc.set(m.conll_doc_key, list);
  }
  const docs: EntityDoc[] = [];
  for (const [id, sents] of sentences) {
    const ms = byDoc.get(id);
    if (!ms) continue;
    const built = buildDocText(sents);
    const gold: GoldMention[] = [];
    for (const m of ms) {
      if (typeof m.sent_id !== 'number' || !Array.isArray(m.tokens_number) || !m.coref_chain) continue;
      const frags = tokenRange(built, m.sent_id, m.tokens_number);
      if (frags.length === 0) continue;
      const type = m.mention_type ?? '';
      gold.push({ frags, chain: m.coref_chain.replace(CHAIN_PREFIX, ''), type, scored: MEANTIME_SCORED_TYPES.has(type) && m.mention_head_pos === 'PROPN' });
    }
    const lastFull = built.tokenSpans.slice(0, FULLY_ANNOTATED_SENTENCES).flat();
    const detectUntil = sents.length > FULLY_ANNOTATED_SENTENCES ? Math.max(0, ...lastFull.map((t) => t[1])) : built.text.length;
    docs.push({ id, topic: id.split('/')[0]!, text: built.text, mentions: gold, detectUntil });
  }
  const skipped = sentences.size - docs.length;
  return { docs, note: `${skipped} of ${sentences.size} documents have no entity annotation and are left out; mention detection scored on sentences 0-${FULLY_ANNOTATED_SENTENCES - 1}, the fully annotated part` };
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

const defaultSkip: SkipReporter = (reason) => console.error(`skip meantime: ${reason}`);

/** MEANTIME English under `root` (the folder holding conll.csv and entities_mentions.json), or null. */
export async function loadMeantime(root = '../shared/datasets/meantime_en', onSkip: SkipReporter = defaultSkip): Promise<EntityCorpus | null> {
  const base = path.resolve(root);
  const conll = path.join(base, 'conll.csv');
  const json = path.join(base, 'entities_mentions.json');
  if (!(await isFile(conll)) || !(await isFile(json))) {
    onSkip(`${base}/conll.csv or entities_mentions.json not found`);
    return null;
  }
  const corpus = meantimeCorpus(await readFile(conll, 'utf8'), await readFile(json, 'utf8'));
  if (corpus.docs.length === 0) {
    onSkip(`no annotated documents in ${base}`);
    return null;
  }
  return corpus;
}

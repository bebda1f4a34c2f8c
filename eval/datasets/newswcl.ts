// NewsWCL50 (Hamborg et al. 2019; Diverse-CDCR parse) loader: `cdcr_parsed/conll.csv` holds
// the tokens (topic/subtopic_name = "<event>/-/<event>_<outlet>", sent_id, token_id, token)
// and the concept mentions as CoNLL coreference brackets in `reference`
// ("(3_Ann_Lee_ACTOR", "3_Ann_Lee_ACTOR)", "(x)", several joined by "|"). The parse's
// JSON lists only the non-entity concepts, so the brackets are the source of the mentions.
//
// The concept label ends with its type. Scored: the actor-like types ACTOR, ACTOR-I, COUNTRY
// and GROUP (people, institutions, countries and their governments, groups of people; the
// codebook's types mix persons and institutions across ACTOR/ACTOR-I/GROUP, so all four are
// kept). Not scored: EVENT, ACTION, MISC, OBJECT (abstract concepts and actions). The data
// does not mark named vs nominal/pronoun mentions, so all mentions of the scored types count.
// Its tokenizer splits hyphenated words, so "-" between two words is joined back.
// Topic = event number. Chain = concept label (already unique per event).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkipReporter } from '../types.js';
import { buildDocText, csvRecords, tokenRange } from './conll-text.js';
import { sentencesByDoc, type EntityCorpus, type EntityDoc, type GoldMention } from './entity-docs.js';

export const NEWSWCL_SCORED_TYPES: ReadonlySet<string> = new Set(['ACTOR', 'ACTOR-I', 'COUNTRY', 'GROUP']);

interface Bracketed {
  doc: string;
  sent: number;
  tokens: number[];
  label: string;
}

/** Mentions from CoNLL coreference brackets, token rows in document order. */
export function bracketMentions(rows: ReadonlyArray<{ doc: string; sent: number; tok: number; ref: string }>): { mentions: Bracketed[]; unbalanced: number } {
  const open = new Map<string, Array<{ sent: number; tok: number }>>();
  const mentions: Bracketed[] = [];
  let unbalanced = 0;
  for (const r of rows) {
    if (r.ref === '' || r.ref === '-') continue;
    for (const raw of r.ref.split('|')) {
      const part = raw.trim();
      const label = part.replace(/^\(|\)$/g, '');
      if (!label) continue;
      const key = `${r.doc}\u0000${label}`;
      if (part.startsWith('(')) {
        const stack = open.get(key) ?? [];
        stack.push({ sent: r.sent, tok: r.tok });
        open.set(key, stack);
      }
      if (part.endsWith(')')) {
        const start = open.get(key)?.pop();
        if (!start || start.sent !== r.sent) {
          unbalanced++;
          continue;
        }
        const tokens = Array.from({ length: r.tok - start.tok + 1 }, (_, k) => start.tok + k);
        mentions.push({ doc: r.doc, sent: r.sent, tokens, label });
      }
    }
  }
  for (const stack of open.values()) unbalanced += stack.length;
  return { mentions, unbalanced };
}

/** The concept type a label ends with ("3_Ann_Lee_ACTOR" -> "ACTOR"). */
export const conceptType = (label: string): string => label.slice(label.lastIndexOf('_') + 1);

/** Builds the corpus from conll.csv's content. */
export function newswclCorpus(conllCsv: string): EntityCorpus {
  const rows = csvRecords(conllCsv).map((r) => ({
    doc: r['topic/subtopic_name'] ?? '',
    sent: Number(r.sent_id),
    tok: Number(r.token_id),
    token: r.token ?? '',
    ref: r.reference ?? '',
  }));
  const sentences = sentencesByDoc(rows);
  const { mentions, unbalanced } = bracketMentions(rows);
  const byDoc = new Map<string, Bracketed[]>();
  for (const m of mentions) {
    const list = byDoc.get(m.doc) ?? [];
    list.push(m);
    byDoc.set(m.doc, list);
  }
  const docs: EntityDoc[] = [];
  for (const [id, sents] of sentences) {
    const built = buildDocText(sents, { joinHyphens: true });
    const gold: GoldMention[] = [];
    for (const m of byDoc.get(id) ?? []) {
      const frags = tokenRange(built, m.sent, m.tokens);
      if (frags.length === 0) continue;
      const type = conceptType(m.label);
      gold.push({ frags, chain: m.label, type, scored: NEWSWCL_SCORED_TYPES.has(type) });
    }
    docs.push({ id, topic: id.split('/')[0]!, text: built.text, mentions: gold });
  }
  return { docs, note: unbalanced ? `${unbalanced} unbalanced coreference brackets ignored` : 'all coreference brackets balanced' };
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

const defaultSkip: SkipReporter = (reason) => console.error(`skip newswcl50: ${reason}`);

/** NewsWCL50 under `root` (the folder holding cdcr_parsed/, or cdcr_parsed itself), or null. */
export async function loadNewswcl(root = '../shared/datasets/newswcl50', onSkip: SkipReporter = defaultSkip): Promise<EntityCorpus | null> {
  const base = path.resolve(root);
  const file = (await isFile(path.join(base, 'cdcr_parsed', 'conll.csv'))) ? path.join(base, 'cdcr_parsed', 'conll.csv') : path.join(base, 'conll.csv');
  if (!(await isFile(file))) {
    onSkip(`${base}/cdcr_parsed/conll.csv not found`);
    return null;
  }
  const corpus = newswclCorpus(await readFile(file, 'utf8'));
  if (corpus.docs.length === 0) {
    onSkip(`no documents in ${file}`);
    return null;
  }
  return corpus;
}

// Extraction loaders on tiny invented fixtures written to a temp dir (no dataset text here).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocText, detokenizeWithOffsets, parseCsv, tokenRange } from '../../eval/datasets/conll-text.js';
import { loadMeantime } from '../../eval/datasets/meantime.js';
import { bracketMentions, conceptType, loadNewswcl } from '../../eval/datasets/newswcl.js';
import { loadPolnear, parseBratAttributions } from '../../eval/datasets/polnear.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'parallax-extract-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const slice = (text: string, frags: ReadonlyArray<readonly [number, number]> | null) => (frags ?? []).map(([a, b]) => text.slice(a, b)).join('|');

describe('conll text rebuilding', () => {
  it('reads quoted CSV fields', () => {
    expect(parseCsv('a,b\n1,","\n2,"say ""hi"""\r\n')).toEqual([['a', 'b'], ['1', ','], ['2', 'say "hi"']]);
  });
  it('locates every token in the detokenized text', () => {
    const toks = ['Mia', "'s", 'cat', ',', '``', 'Rex', "''", ',', 'ran', '.'];
    const { text, spans } = detokenizeWithOffsets(toks);
    expect(text).toBe('Mia\'s cat, "Rex", ran.');
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['Mia', "'s", 'cat', ',', '"', 'Rex', '"', ',', 'ran', '.']);
    expect(detokenizeWithOffsets(['self', '-', 'made'], { joinHyphens: true }).text).toBe('self-made');
  });
  it('joins sentences, breaks after headlines and newline tokens', () => {
    const doc = buildDocText([['Big', 'win'], ['It', 'rained', '.'], ['We', 'left', '.', '\\n'], ['Then', 'home', '.']]);
    expect(doc.text).toBe('Big win\n\nIt rained. We left.\n\nThen home.');
    expect(slice(doc.text, tokenRange(doc, 2, [0, 1]))).toBe('We left');
    expect(slice(doc.text, tokenRange(doc, 1, [0, 2]))).toBe('It|.');
  });
});

describe('PolNeAR', () => {
  const text = 'Ann said that the plan, she thinks, will fail. “Go,” Bo told us.';
  const ann = [
    'T1\tSource 0 3\tAnn',
    'T2\tCue 4 8\tsaid',
    'T3\tContent 9 22;36 45\tthat the plan will fail',
    'T4\tAttribution 4 8\tsaid',
    'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
    'T5\tCue 56 60\ttold',
    'T6\tContent 47 51\t“Go,',
    'T7\tContent 51 52\t”',
    'T8\tAttribution 56 60\ttold',
    'E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7',
    'T9\tDiscard 0 3\tAnn',
    '#1\tAnnotatorNotes T1\ta note',
    'a continuation line of a note',
  ].join('\n');

  it('reads events, discontinuous spans, Content2 and missing sources', () => {
    const atts = parseBratAttributions(ann, text);
    expect(atts).toHaveLength(2);
    expect(slice(text, atts[0]!.source)).toBe('Ann');
    expect(slice(text, atts[0]!.content)).toBe('that the plan|will fail');
    expect(atts[1]!.source).toBeNull();
    expect(slice(text, atts[1]!.cue)).toBe('told');
    expect(slice(text, atts[1]!.content)).toBe('“Go,|”');
  });

  it('converts code-point offsets when the text has astral characters', () => {
    const t = '😀 Al said';
    expect(parseBratAttributions('T1\tSource 2 4\tAl\nT2\tCue 5 9\tsaid\nE1\tAttribution:T2 Source:T1 Cue:T2', t)[0]!.source).toEqual([[3, 5]]);
  });

  it('loads a split, using one annotator per article', async () => {
    const dir = path.join(root, 'polnear', 'data', 'dev');
    await mkdir(path.join(dir, 'text'), { recursive: true });
    await mkdir(path.join(dir, 'attributions'), { recursive: true });
    await writeFile(path.join(dir, 'text', 'pub_2016-01-01_a.txt'), text);
    await writeFile(path.join(dir, 'attributions', 'pub_2016-01-01_a_bb22.ann'), 'E1\tAttribution:T4');
    await writeFile(path.join(dir, 'attributions', 'pub_2016-01-01_a_aa11.ann'), ann);
    await writeFile(path.join(dir, 'attributions', 'pub_2016-01-02_orphan_aa11.ann'), ann);
    const got = await loadPolnear(path.join(root, 'polnear'), 'dev', () => {});
    expect(got?.docs.map((d) => d.id)).toEqual(['pub_2016-01-01_a']);
    expect(got?.docs[0]!.attributions).toHaveLength(2);
    expect(got?.multiplyAnnotated).toBe(1);
    let reason = '';
    expect(await loadPolnear(path.join(root, 'polnear'), 'train', (r) => (reason = r))).toBeNull();
    expect(reason).toMatch(/not found/);
  });
});

describe('MEANTIME', () => {
  it('rebuilds text, keeps named PER/ORG/LOC as scored, strips chain prefixes, skips unannotated docs', async () => {
    const dir = path.join(root, 'meantime_en');
    await mkdir(dir, { recursive: true });
    const tokens: Array<[string, number, string[]]> = [
      ['corpus_x/1', 0, ['Acme', 'buys', 'Bolt']],
      ['corpus_x/1', 1, ['May', '2', ',', '2010']],
      ['corpus_x/1', 2, ['Acme', 'Corp', 'said', 'it', 'paid', '$', '5', '.']],
      ['corpus_x/2', 0, ['Nothing', 'here']],
    ];
    const csv = [',topic/subtopic_name,sent_id,token_id,token,reference'];
    let n = 0;
    for (const [doc, sent, toks] of tokens) toks.forEach((t, i) => csv.push(`${n++},${doc},${sent},${i},"${t}",-`));
    const m = (sent: number, toks: number[], type: string, pos: string, chain: string) => ({ conll_doc_key: 'corpus_x/1', sent_id: sent, tokens_number: toks, mention_type: type, mention_head_pos: pos, coref_chain: chain });
    const mentions = [
      m(0, [0], 'ORG', 'PROPN', 'cross_intra_ORG1'),
      m(2, [0, 1], 'ORG', 'PROPN', 'cross_ORG1'),
      m(2, [3], 'ORG', 'PRON', 'intra_ORG1'),
      m(0, [2], 'PRO', 'PROPN', 'intra_PRO2'),
    ];
    await writeFile(path.join(dir, 'conll.csv'), csv.join('\n'));
    await writeFile(path.join(dir, 'entities_mentions.json'), JSON.stringify(mentions));
    const got = await loadMeantime(dir, () => {});
    expect(got?.docs).toHaveLength(1);
    const d = got!.docs[0]!;
    expect(d.topic).toBe('corpus_x');
    expect(d.text).toBe('Acme buys Bolt\n\nMay 2, 2010\n\nAcme Corp said it paid $5.');
    expect(d.mentions.map((x) => [slice(d.text, x.frags), x.chain, x.scored])).toEqual([
      ['Acme', 'ORG1', true],
      ['Acme Corp', 'ORG1', true],
      ['it', 'ORG1', false],
      ['Bolt', 'PRO2', false],
    ]);
    expect(d.detectUntil).toBe(d.text.length);
  });
});

describe('NewsWCL50', () => {
  it('parses nested coreference brackets and concept types', () => {
    const rows = [
      { doc: 'd', sent: 0, tok: 0, ref: '(1_X_ACTOR|(1_Y_COUNTRY)' },
      { doc: 'd', sent: 0, tok: 1, ref: '1_X_ACTOR)' },
      { doc: 'd', sent: 0, tok: 2, ref: '(1_X_ACTOR' },
    ];
    const { mentions, unbalanced } = bracketMentions(rows);
    expect(mentions.map((x) => [x.label, x.tokens])).toEqual([
      ['1_Y_COUNTRY', [0]],
      ['1_X_ACTOR', [0, 1]],
    ]);
    expect(unbalanced).toBe(1);
    expect(conceptType('4_A_A-I_ACTOR-I')).toBe('ACTOR-I');
  });

  it('loads documents grouped by event, actor-like concepts scored', async () => {
    const dir = path.join(root, 'newswcl50', 'cdcr_parsed');
    await mkdir(dir, { recursive: true });
    const csv = [
      ',topic/subtopic_name,doc_id,sent_id,token_id,token,reference',
      '0,3/-/3_L,3_L,0,0,Big,-',
      '1,3/-/3_L,3_L,0,1,day,-',
      '2,3/-/3_L,3_L,0,2,\\n,-',
      '3,3/-/3_L,3_L,1,0,Mr.,(3_Ann_ACTOR',
      '4,3/-/3_L,3_L,1,1,Lee,3_Ann_ACTOR)',
      '5,3/-/3_L,3_L,1,2,signed,(3_Deal_MISC',
      '6,3/-/3_L,3_L,1,3,it,3_Deal_MISC)',
      '7,3/-/3_L,3_L,1,4,.,-',
    ];
    await writeFile(path.join(dir, 'conll.csv'), csv.join('\n'));
    const got = await loadNewswcl(path.join(root, 'newswcl50'), () => {});
    const d = got!.docs[0]!;
    expect([d.id, d.topic, d.text]).toEqual(['3/-/3_L', '3', 'Big day\n\nMr. Lee signed it.']);
    expect(d.mentions.map((x) => [slice(d.text, x.frags), x.type, x.scored])).toEqual([
      ['Mr. Lee', 'ACTOR', true],
      ['signed it', 'MISC', false],
    ]);
  });
});

// Quotes for people (src/report/markdown-quotes.ts): tables over hand-made quotes, then four
// invented outlets reporting one mayor's words (one cuts them short, one changes a word and
// credits them to someone else) through the whole analysis into the Markdown report and compare.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { byReach, changeText, quotesTable, reuseCell, speakerCell, speakersLine, verbPhrase, verbsCell, type QuoteContext } from '../../src/report/markdown-quotes.js';
import type { Report } from '../../src/report/schema.js';
import { reportToMarkdown } from '../../src/report/markdown.js';
import { comparisonToMarkdown, selectComparison } from '../../src/report/compare.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { analyzeStored } from '../../src/analyze/stored.js';
import { draft } from '../helpers/draft.js';

type Quote = Report['quotes'][number];
type Occurrence = Quote['occurrences'][number];

const OUTLETS: Record<string, string> = { a1: 'Dunmore Herald', a2: 'Vantra News', a3: 'Calloway Sound' };
const ctx: QuoteContext = { outletOf: (id) => OUTLETS[id] ?? id, publishedAt: (id) => (id === 'a1' ? '2026-05-02T08:00:00Z' : null), entityName: (id) => (id === 'en-ruiz' ? 'Ana Ruiz' : undefined) };

const occ = (articleId: string, over: Partial<Occurrence> = {}): Occurrence => ({ articleId, start: 0, end: 10, text: 'We will rebuild', kind: 'direct', verb: 'said', lemma: 'say', speaker: 'Ana Ruiz', speakerEntityId: 'en-ruiz', channel: null, change: null, ...over });
function quote(id: string, occurrences: Occurrence[], provenance: Partial<Quote['provenance']> = {}): Quote {
  return { id, text: 'We will rebuild the market before the winter rains', speaker: 'Ana Ruiz', speakerEntityId: 'en-ruiz', occurrences, provenance: { firstArticleId: occurrences[0]!.articleId, firstOutlet: null, reuse: [], verbs: [], speakerDiffers: false, undatedArticleIds: [], sameDayArticleIds: [], ...provenance } };
}

describe('changeText: how a later wording differs from the first', () => {
  it.each([
    [null, ''],
    [{ removed: ['again'], added: [], truncated: true }, 'cut short'],
    [{ removed: ['winter'], added: ['autumn'], truncated: false }, 'changed: −winter +autumn'],
    [{ removed: [], added: ['soon'], truncated: false }, 'changed: +soon'],
    [{ removed: ['a', 'b', 'c', 'd', 'e'], added: [], truncated: false }, 'changed: −a b c d …'],
    [{ removed: [], added: [], truncated: true }, 'same words, other order or punctuation'],
  ])('%j -> %s', (change, text) => expect(changeText(occ('a2', { change }))).toBe(text));
});

describe('verbPhrase: the verb as written, with where the words were said', () => {
  it.each([
    [{ verb: 'told', lemma: 'tell', channel: 'AFP' }, 'told AFP'],
    [{ verb: 'said', lemma: 'say', channel: 'a statement' }, 'said (a statement)'],
    [{ verb: 'According to', lemma: 'according to', channel: null }, 'According to'],
    [{ verb: null, lemma: null, channel: null }, 'no verb'],
  ])('%j -> %s', (o, text) => expect(verbPhrase(o)).toBe(text));
});

describe('the cells of one quote', () => {
  const shared = quote('q1', [occ('a1'), occ('a2', { verb: 'claimed', lemma: 'claim', speaker: 'Ruiz' }), occ('a3', { speaker: 'council member Tomas Varn', speakerEntityId: null, change: { removed: ['winter'], added: ['autumn'], truncated: false } })], {
    reuse: [{ articleId: 'a2', credit: 'credited' }, { articleId: 'a3', credit: 'uncredited' }],
    speakerDiffers: true,
  });

  it('names each speaker once, by entity where resolved, with the outlets crediting them', () => {
    expect(speakerCell(shared, ctx)).toBe('Ana Ruiz (Dunmore Herald, Vantra News); council member Tomas Varn (Calloway Sound)');
    expect(speakerCell(quote('q2', [occ('a1'), occ('a2', { speaker: 'he', speakerEntityId: null })]), ctx)).toBe('Ana Ruiz');
    // An unresolved pronoun stands for the quote's speaker even where two people are credited.
    const three = quote('q3', [occ('a1'), occ('a2', { speaker: 'she', speakerEntityId: null }), occ('a3', { speaker: 'Tomas Varn', speakerEntityId: null })], { speakerDiffers: true });
    expect(speakerCell(three, ctx)).toBe('Ana Ruiz (Dunmore Herald, Vantra News); Tomas Varn (Calloway Sound)');
  });

  it('groups outlets by the verb each wrote', () => {
    expect(verbsCell(shared, ctx)).toBe('said: Dunmore Herald, Calloway Sound; claimed: Vantra News');
  });

  it('says for each later article whether it credits the first publisher and how its words differ', () => {
    expect(reuseCell(shared, ctx)).toBe('Vantra News credited; Calloway Sound uncredited, changed: −winter +autumn');
    expect(reuseCell(quote('q3', [occ('a1')]), ctx)).toBe('—');
  });

  it('counts who is quoted per speaker: the quote counts for each person it is credited to', () => {
    const own = quote('q4', [occ('a1')]);
    const anon = { ...quote('q5', [occ('a2', { speaker: 'a city official', speakerEntityId: null })]), speaker: 'a city official', speakerEntityId: null };
    expect(speakersLine([shared, own, anon], ctx)).toBe('Ana Ruiz: 2 quotes in 2 outlets; a city official: 1 quote in 1 outlet; council member Tomas Varn: 1 quote in 1 outlet');
    expect(speakersLine([shared, own, anon], ctx, 1)).toBe('Ana Ruiz: 2 quotes in 2 outlets; and 2 more');
  });

  it('says the order is uncertain when articles carrying the words are undated', () => {
    const q = quote('q8', [occ('a1'), occ('a2')], { undatedArticleIds: ['a2'] });
    expect(quotesTable([q], ctx)[2]).toContain('| Dunmore Herald, 2026-05-02 (order uncertain: 1 undated) |');
    // Dated by the day only on the first publisher's day: which came first that day is not known.
    const sameDay = quote('q9', [occ('a1'), occ('a2'), occ('a3')], { sameDayArticleIds: ['a2'], undatedArticleIds: ['a3'] });
    expect(quotesTable([sameDay], ctx)[2]).toContain('| Dunmore Herald, 2026-05-02 (order uncertain: 1 dated by day only on that day, 1 undated) |');
    expect(quotesTable([quote('q9', [occ('a1'), occ('a2')])], ctx)[2]).not.toContain('uncertain');
  });

  it('counts one description written in different cases as one speaker', () => {
    const union = (id: string, articleId: string, speaker: string) => ({ ...quote(id, [occ(articleId, { speaker, speakerEntityId: null })]), speaker, speakerEntityId: null });
    expect(speakersLine([union('u1', 'a1', 'The union'), union('u2', 'a2', 'the union'), union('u3', 'a3', 'Union')], ctx)).toBe('The union: 3 quotes in 3 outlets');
  });

  // Trial review finding 13: one description in another number, or resolved to an entity in some articles only, is one speaker.
  it.each([
    [['Prosecutors', 'the prosecutors', 'The prosecutor'], null, 'Prosecutors: 3 quotes in 3 outlets'],
    [['Local authorities', 'local authority', 'Local authorities'], null, 'Local authorities: 3 quotes in 3 outlets'],
    // Resolved in one article ("en-pros", named "Prosecutors"), written in the others.
    [['Prosecutors', 'Prosecutors', 'prosecutors'], 'a1', 'Prosecutors: 3 quotes in 3 outlets'],
    // "Witness" and "witnesses" are one; "the census" is not read as a plural.
    [['The witness', 'witnesses', 'the census'], null, 'The witness: 2 quotes in 2 outlets; the census: 1 quote in 1 outlet'],
  ])('counts %j as one speaker where one (entity in %s)', (speakers, resolvedIn, expected) => {
    const names = { ...ctx, entityName: (id: string) => (id === 'en-pros' ? 'Prosecutors' : undefined) };
    const quotes = speakers.map((speaker, i) => {
      const articleId = `a${i + 1}`;
      const speakerEntityId = articleId === resolvedIn ? 'en-pros' : null;
      return { ...quote(`p${i}`, [occ(articleId, { speaker, speakerEntityId })]), speaker, speakerEntityId };
    });
    expect(speakersLine(quotes, names)).toBe(expected);
  });

  it('counts articles with no outlet apart from outlets', () => {
    const loose = quote('q6', [occ('a1'), occ('x1'), occ('x2')]);
    const withOutlets = { ...ctx, hasOutlet: (id: string) => id in OUTLETS };
    expect(speakersLine([loose], withOutlets)).toBe('Ana Ruiz: 1 quote in 1 outlet and 2 articles with no outlet');
    expect(speakersLine([quote('q7', [occ('x1')])], withOutlets)).toBe('Ana Ruiz: 1 quote in 1 article with no outlet');
  });

  it('orders quotes by how many articles carry them, then as given; caps the table and says how many are left', () => {
    const one = quote('one', [occ('a1')]);
    const three = quote('three', [occ('a1'), occ('a2'), occ('a3')]);
    const two = quote('two', [occ('a2'), occ('a3'), occ('a3')]);
    expect(byReach([one, two, three]).map((q) => q.id)).toEqual(['three', 'two', 'one']);
    const table = quotesTable([three, two, one], ctx, 2);
    expect(table.filter((l) => l.startsWith('| “'))).toHaveLength(2);
    expect(table.at(-1)).toBe('… 1 more quotes in the JSON report.');
    expect(table[2]).toContain('| Dunmore Herald, 2026-05-02 |');
    // A first publication dated by estimate says so.
    expect(quotesTable([three], { ...ctx, dateEstimated: (id) => id === 'a1' })[2]).toContain('| Dunmore Herald, 2026-05-02 (est.) |');
    expect(quotesTable([], ctx)).toEqual([]);
  });

  it('sets quoted words in quotation marks and shows reported speech as reported', () => {
    const reported = { ...quote('r', [occ('a1', { kind: 'reported' }), occ('a2')]), text: 'the bridge would reopen' };
    const direct = quote('d', [occ('a1'), occ('a2', { kind: 'reported' })]);
    const rows = quotesTable([reported, direct], ctx).slice(2);
    expect(rows[0]!.startsWith('| reported: the bridge would reopen |')).toBe(true);
    expect(rows[1]!.startsWith('| “We will rebuild')).toBe(true);
  });
});

describe('quotes through the analysis into the Markdown report and compare', () => {
  const WORDS = 'We will rebuild the market before the winter rains arrive, and every trader will have a stall again';
  const stories = [
    { outlet: 'Dunmore Herald', at: '2026-05-02T08:00:00Z', text: `Fire destroyed the covered market in Dunmore on Thursday night, leaving 120 traders without stalls. "${WORDS}," Mayor Ana Ruiz said in a statement on Friday. Firefighters worked until dawn to contain the blaze, which started in a bakery at the north gate. The council will meet on Monday to approve emergency funds for the traders.` },
    { outlet: 'Vantra News', at: '2026-05-02T11:00:00Z', text: `The covered market in Dunmore burned down on Thursday night and 120 traders lost their stalls. Mayor Ana Ruiz claimed: "${WORDS}." Firefighters fought the blaze until dawn after it started in a bakery near the north gate. Traders gathered outside the town hall on Friday morning demanding help.` },
    { outlet: 'Velmora Times', at: '2026-05-02T14:00:00Z', text: `Dunmore's covered market was destroyed by fire on Thursday night. "We will rebuild the market before the winter rains arrive," Ruiz told the Velmora Times. The blaze started in a bakery at the north gate, firefighters said, and burned until dawn. About 120 traders lost their stalls in the fire.` },
    { outlet: 'Calloway Sound', at: '2026-05-02T16:00:00Z', text: `A fire gutted the covered market in Dunmore overnight on Thursday, and 120 traders lost their stalls. "We will rebuild the market before the autumn rains arrive, and every trader will have a stall again," said council member Tomas Varn. Firefighters battled the flames until dawn; the fire began in a bakery at the north gate.` },
  ];

  async function analysed(): Promise<Report> {
    const store = new SqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'parallax-quotes-md-')), 's.db'));
    try {
      await store.putArticles(stories.map((s, i) => draft({ source: `s${i}.txt`, title: `Fire at Dunmore market (${s.outlet})`, outlet: s.outlet, publishedAt: s.at, text: s.text })));
      return (await analyzeStored(store, await store.getArticles(), {})) as Report;
    } finally {
      await store.close();
    }
  }

  it('shows who is quoted, the first publisher, each verb as written, and the cut and changed wordings', async () => {
    const report = await analysed();
    const row = (md: string) => md.split('\n').find((l) => l.startsWith('| “We will rebuild the market'));
    const md = reportToMarkdown(report);
    expect(md).toContain('#### Who is quoted');
    // What only one report gives is counted by outlet under each event.
    expect(md).toMatch(/^Given by one report only: \d+ statements? \(.*Calloway Sound 1/m);
    expect(md).toMatch(/Ana Ruiz: 1 quote in 3 outlets; .*Tomas Varn: 1 quote in 1 outlet/);
    const line = row(md)!;
    expect(line).toContain('| Ana Ruiz (Dunmore Herald, Vantra News, Velmora Times); Tomas Varn (Calloway Sound) |');
    expect(line).toContain('| Dunmore Herald, 2026-05-02 |');
    expect(line).toContain('said (a statement): Dunmore Herald; claimed: Vantra News; told the Velmora Times: Velmora Times; said: Calloway Sound');
    // The Velmora Times says the mayor told it the words: its claim to them firsthand, beside their earlier publication.
    // The first publisher had them from a statement, open to every outlet: the others heard them in public, not lifted.
    expect(line).toContain('Vantra News heard in public; Velmora Times firsthand, cut short; Calloway Sound heard in public, changed: −winter +autumn');
    const c = selectComparison(report, report.storylines[0]!.id);
    if ('error' in c) throw new Error(c.error);
    const compared = comparisonToMarkdown(c, report);
    expect(compared).toContain('| quote | speaker | first published | verbs as written | later reuse |');
    expect(row(compared)).toBe(line);
  });
});

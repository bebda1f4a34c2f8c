// Copies of an article already clustered (src/5-cluster/copies.ts): a reprint joins its original's
// event and storyline unweighed, so adding one moves no other article. Invented articles: a pit
// collapse at Dunmarrow over four days (collapse, rescue and disputed toll, inquiry and march),
// and a football signing. Weighed as an article, a copy of m1, m2, m3, m4, m6 or x1 split the
// inquiry from the collapse (11 of the 16 cases below failed before copies were joined).
import { describe, expect, it } from 'vitest';
import { clusterArticles, ClusterSession, DEFAULT_SETTINGS, type ClusteredStoryline } from '../../src/5-cluster/index.js';
import { CopyIndex, sketchInto, sketchSimilarity } from '../../src/5-cluster/copies.js';
import type { AnalysisArticle } from '../../src/core/analysis.js';

const art = (id: string, publishedAt: string | null, title: string | null, text: string): AnalysisArticle => ({ id, title, text, outlet: null, byline: null, publishedAt, language: 'en', agencies: [], contentHash: id });

const corpus: AnalysisArticle[] = [
  art('m1', '2026-02-03T06:00:00Z', 'Tunnel collapse traps miners at Dunmarrow pit', 'A tunnel collapsed at the Dunmarrow coal pit before dawn, trapping at least 30 miners, the Halvern Mining Company said. Rescue chief Teodor Amsel said crews were drilling toward the trapped shift. "We can hear tapping on the pipes," Amsel said. Families gathered at the Dunmarrow pit gate as the company said it was cooperating with inspectors. The collapse happened in the east seam, which reopened last year.'),
  art('m2', '2026-02-04T07:00:00Z', 'Rescuers reach Dunmarrow miners, toll disputed', 'Rescuers reached the trapped Dunmarrow miners overnight and brought 22 to the surface. Teodor Amsel said eight miners had died. The miners union, led by Katrin Solberg, said eleven were dead and blamed the Halvern Mining Company for ignoring cracks in the east seam. Governor Pavel Erdmann visited the pit gate and promised compensation to every family.'),
  art('m3', '2026-02-04T11:00:00Z', 'Union says eleven died at Dunmarrow', 'Katrin Solberg of the miners union said eleven men died in the Dunmarrow collapse, three more than officials counted. She said Halvern managers were warned about the east seam in December. Widows waited at the gate; rescuers carried out the last bodies at noon.'),
  art('m4', '2026-02-04T15:00:00Z', 'Governor Erdmann promises aid to pit families', 'Governor Pavel Erdmann promised compensation of 8,000 crowns to each Dunmarrow family and said the state would pay for funerals. Erdmann put the toll at eight. Survivors were treated at Selwick hospital, where doctors said four remained in intensive care.'),
  art('m5', '2026-02-06T10:00:00Z', 'Inquiry ordered into Dunmarrow collapse', 'Energy Minister Lorenz Faber ordered an independent inquiry into the Dunmarrow pit collapse and suspended the Halvern Mining Company licence for the east seam. Faber said the inquiry would report within sixty days. Hundreds of miners marched through Selwick demanding charges against Halvern managers.'),
  art('m6', '2026-02-06T18:00:00Z', 'Miners march in Selwick as Halvern licence suspended', 'About a thousand miners marched in Selwick after minister Lorenz Faber suspended the Halvern licence and ordered an inquiry. Katrin Solberg told the crowd the union would sue. Police said the march was peaceful.'),
  art('m7', '2026-02-04T20:00:00Z', 'Dunmarrow survivors describe darkness', 'Survivors of the Dunmarrow collapse described hours in darkness in the east seam. One said the men rationed water and tapped on pipes until Teodor Amsel and his crews broke through. Halvern said the company would review its safety checks.'),
  art('x1', '2026-02-05T09:00:00Z', 'Selwick Rovers sign winger', 'Selwick Rovers signed winger Dario Mensk on a two-year contract. Coach Ilse Hartung said Mensk would play on Saturday against Castor Town at the Rovers ground.'),
];

/** Each article's fellow members of its storyline and of its event, the articles in `leave` left out (ids of clusters do not matter). */
function placesOf(storylines: ClusteredStoryline[], leave: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of storylines) {
    const story = s.articleIds.filter((id) => !leave.has(id)).join(',');
    for (const e of s.events) {
      const event = e.articleIds.filter((id) => !leave.has(id)).join(',');
      for (const id of e.articleIds) if (!leave.has(id)) out.set(id, `${story} | ${event}`);
    }
  }
  return out;
}

const copyOf = (a: AnalysisArticle, id: string, publishedAt = a.publishedAt, title = a.title): AnalysisArticle => ({ ...a, id, publishedAt, title, outlet: 'Reprint Weekly' });
const hoursLater = (iso: string | null, h: number) => (iso ? new Date(Date.parse(iso) + h * 3_600_000).toISOString() : null);

describe('a copy of an article already clustered', () => {
  const base = placesOf(clusterArticles(corpus), new Set());

  // The invariant, for a copy of every article, placed right after it, at the end, or published days later.
  const cases = corpus.flatMap((a, i) => [
    { name: `${a.id}, right after it`, at: i + 1, copy: copyOf(a, `${a.id}-copy`) },
    { name: `${a.id}, at the end, a day later`, at: corpus.length, copy: copyOf(a, `${a.id}-copy`, hoursLater(a.publishedAt, 26)) },
    { name: `${a.id}, undated, under another headline`, at: corpus.length, copy: copyOf(a, `${a.id}-copy`, null, `Reprint: ${a.title}`) },
  ]);
  it.each(cases)('leaves every other article where it was: exact copy of $name', ({ at, copy }) => {
    const input = [...corpus.slice(0, at), copy, ...corpus.slice(at)];
    const storylines = clusterArticles(input);
    expect(placesOf(storylines, new Set([copy.id]))).toEqual(base);
    // ... and joins its original's event.
    const original = copy.id.replace('-copy', '');
    const event = storylines.flatMap((s) => s.events).find((e) => e.articleIds.includes(original))!;
    expect(event.articleIds).toContain(copy.id);
    expect(event.why.find((w) => w.articleId === copy.id)).toMatchObject({ matched: original, terms: [], names: [] });
  });

  it('in a session, a copy in a later batch joins its original, moves nothing, and changes only its storyline', () => {
    const session = new ClusterSession().add(corpus);
    session.takeChanges();
    const before = session.keyedStorylines();
    const copy = copyOf(corpus[1]!, 'm2-reprint', '2026-02-11T08:00:00Z');
    session.add([copy]);
    const { changed, removed } = session.takeChanges();
    expect(removed).toEqual([]);
    expect(changed.map((s) => s.articleIds)).toEqual([before.find((s) => s.articleIds.includes('m2'))!.articleIds.concat('m2-reprint')]);
    expect(placesOf(session.storylines(), new Set(['m2-reprint']))).toEqual(base);
    // The event's span shows the reprint (the span used to cluster does not).
    const event = changed[0]!.events.find((e) => e.articleIds.includes('m2'))!;
    expect(event.articleIds).toEqual(expect.arrayContaining(['m2', 'm2-reprint']));
    expect(event.end).toBe('2026-02-11T08:00:00.000Z');
  });

  it('a copy under another headline and a trimmed copy join their original; a rewrite is clustered as an article of its own', () => {
    const m1 = corpus[0]!;
    const trimmed = { ...copyOf(m1, 'm1-trimmed'), text: m1.text.split('. ').slice(0, -1).join('. ') + '.' };
    const rewrite = art('m1-rewrite', '2026-02-03T09:00:00Z', 'Thirty trapped in Dunmarrow pit', 'The Halvern Mining Company said thirty miners were trapped when a tunnel of the east seam collapsed at Dunmarrow. Teodor Amsel, who leads the rescue, said tapping could be heard.');
    const storylines = clusterArticles([...corpus, copyOf(m1, 'm1-copy'), copyOf(m1, 'm1-copy2', '2026-02-03T10:00:00Z', 'Pit collapse: 30 trapped'), trimmed, rewrite]);
    const why = new Map(storylines.flatMap((s) => s.events.flatMap((e) => e.why)).map((w) => [w.articleId, w]));
    expect(why.get('m1-copy')!.matched).toBe('m1');
    expect(why.get('m1-copy2')!.matched).toBe('m1');
    expect(why.get('m1-copy')!.score).toBe(1);
    expect(why.get('m1-trimmed')).toMatchObject({ matched: 'm1', terms: [] });
    expect(why.get('m1-trimmed')!.score).toBeLessThan(1);
    expect(why.get('m1-rewrite')!.terms.length).toBeGreaterThan(0);
  });

  it('is deterministic, and the same in one batch as in batches of one', () => {
    const input = corpus.flatMap((a, i) => (i % 3 === 0 ? [a, copyOf(a, `${a.id}-copy`)] : [a]));
    const once = clusterArticles(input);
    expect(clusterArticles(input)).toEqual(once);
    const session = new ClusterSession();
    for (const a of input) session.add([a]);
    const copies = (ss: ClusteredStoryline[]) => ss.flatMap((s) => s.events.flatMap((e) => e.why.filter((w) => w.terms.length === 0 && w.matched).map((w) => `${w.articleId}<${w.matched}`))).sort();
    expect(copies(session.storylines())).toEqual(copies(once));
    expect(copies(once)).toEqual(['m1-copy<m1', 'm4-copy<m4', 'm7-copy<m7']);
  });

  it('can be turned off (copySimilarity above 1): the copy is then clustered as an article', () => {
    const storylines = clusterArticles([...corpus, copyOf(corpus[0]!, 'm1-copy')], { ...DEFAULT_SETTINGS, copySimilarity: 2 });
    const why = storylines.flatMap((s) => s.events.flatMap((e) => e.why)).find((w) => w.articleId === 'm1-copy')!;
    expect(why.terms.length).toBeGreaterThan(0);
  });
});

describe('CopyIndex', () => {
  const features = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${from + i}`);
  const cases = [
    { name: 'the same features', a: features(100), b: features(100), copy: true },
    { name: 'nine in ten shared', a: features(100), b: [...features(95), ...features(5, 1000)], copy: true },
    { name: 'half shared', a: features(100), b: features(100, 50), copy: false },
    { name: 'nothing shared', a: features(100), b: features(100, 500), copy: false },
    { name: 'no features', a: [], b: [], copy: false },
  ];
  it.each(cases)('$name: copy $copy', ({ a, b, copy }) => {
    const index = new CopyIndex<string>(0.8);
    expect(index.check(a, 'a')).toBeNull();
    expect(index.check(b, 'b')?.of ?? null).toBe(copy ? 'a' : null);
    expect(index.size).toBe(copy ? 1 : 2);
  });

  it('estimates the Jaccard of feature sets', () => {
    const sk = (f: string[]) => sketchInto(f, new Uint8Array(32));
    for (const [shared, total] of [[100, 100], [80, 120], [50, 150], [0, 200]] as const) {
      const a = features(100);
      const b = [...features(shared), ...features(100 - shared, 1000)];
      expect(sketchSimilarity(sk(a), 0, sk(b), 0)).toBeCloseTo(shared / total, 0);
    }
  });
});

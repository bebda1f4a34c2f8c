import { describe, expect, it } from 'vitest';
import { alignClaims, conflictingGroup, inSequence, omissionsOf, voices, wordBefore, type AlignArticle } from '../../src/7-align/index.js';
import { alignSentences, contentWords } from '../../src/7-align/sentence-claims.js';
import { figureClaims, wholesOf } from '../../src/7-align/figure-claims.js';
import { extractArticle } from '../../src/6-extract/index.js';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import type { Derivation } from '../../src/core/analysis.js';
import { AnalysisMemo } from '../../src/analyze/memo.js';

// An invented incident told by four invented outlets: a wire, a copy of it, a pro-government
// paper with another death toll and loaded words, and a paper close to the rebels.
const TEXTS: Record<string, [string | null, string]> = {
  wire: ['MPA', 'A strike hit the covered market in Dunmoor on Friday morning. 40 people were killed, hospital officials in Dunmoor said. The Interior Ministry blamed the Ashfell Liberation Front for the attack on the market. Calvaine called on both sides to return to talks at the Hall of Tides.'],
  copy: ['Calvaine Herald', 'A strike hit the covered market in Dunmoor on Friday morning. 40 people were killed, hospital officials in Dunmoor said. The Interior Ministry blamed the Ashfell Liberation Front for the attack on the market. The Herald will follow the story as it develops this weekend.'],
  tribune: ['Kaldera Tribune', 'Militants shelled the covered market in Dunmoor on Friday morning in a cowardly massacre. 52 people were killed in the market, according to the army. The Interior Ministry blamed the Ashfell Liberation Front for the massacre at the market.'],
  voice: ['Ashfell Voice', 'Army artillery hit the covered market in Dunmoor on Friday morning, witnesses said. 40 people were killed, according to doctors at the Dunmoor hospital. Residents of the old town say the army has shelled the district for weeks.'],
};
const articles: AlignArticle[] = Object.entries(TEXTS).map(([id, [outlet, text]], i) => {
  const x = extractArticle(text, null);
  return { id, outlet, text, publishedAt: `2025-03-14T0${i}:00:00Z`, sentences: x.sentences, figures: x.figures };
});
const derivations = [{ articleId: 'copy', sourceArticleId: 'wire' } as Derivation];
const storylines = [{ id: 's-1', events: [{ id: 'e-1', articleIds: ['wire', 'copy', 'tribune', 'voice'] }] }];
const { claims, omissions, timelines } = alignClaims(articles, storylines, derivations);
const textOf = (id: string) => articles.find((a) => a.id === id)!.text;

describe('alignClaims on one invented incident', () => {
  it('finds the death toll in conflict: 40 (wire and its copy count once, plus the Voice) against 52', () => {
    const toll = claims.find((c) => c.kind === 'figure' && c.quantity === 'count|die|')!;
    expect(toll.status).toBe('conflicting');
    expect(toll.values.map((v) => [v.low, v.independentReports])).toEqual([[40, 2], [52, 1]]);
    expect(toll.values[0]!.articleIds).toEqual(['wire', 'copy', 'voice']);
  });

  it('counts a sentence only the wire and its copy carry as single-source', () => {
    const calm = claims.find((c) => c.kind === 'statement' && /Interior Ministry/.test(c.text))!;
    expect(calm.occurrences.map((o) => o.articleId).sort()).toEqual(['copy', 'tribune', 'wire']);
    expect(calm.status).toBe('corroborated');
    expect(calm.independentReports).toBe(2);
    const talks = claims.find((c) => c.kind === 'statement' && /Hall of Tides/.test(c.text))!;
    expect(talks.status).toBe('single-source');
  });

  it('marks a statement that carries a conflicting figure as conflicting', () => {
    const killed = claims.find((c) => c.kind === 'statement' && c.occurrences.some((o) => o.articleId === 'tribune' && /52 people/.test(textOf('tribune').slice(o.start, o.end))))!;
    expect(killed.status).toBe('conflicting');
  });

  it('lists, for each outlet, the corroborated claims it left out', () => {
    const voice = omissions.find((o) => o.outlet === 'Ashfell Voice')!;
    const missing = voice.missing.map((m) => claims.find((c) => c.id === m.claimId)!.text);
    expect(missing.some((t) => /Interior Ministry/.test(t))).toBe(true);
    for (const o of omissions) for (const m of o.missing) expect(claims.find((c) => c.id === m.claimId)!.status).toBe('corroborated');
    expect(omissions.map((o) => o.outlet).sort()).toEqual(['Ashfell Voice', 'Calvaine Herald', 'Kaldera Tribune', 'MPA']);
  });

  it('keeps offsets inside the texts and every sentence in at most one statement', () => {
    const seen = new Set<string>();
    for (const c of claims) {
      for (const o of c.occurrences) {
        expect(o.start).toBeGreaterThanOrEqual(0);
        expect(o.end).toBeLessThanOrEqual(textOf(o.articleId).length);
        expect(o.start).toBeLessThan(o.end);
        if (c.kind === 'statement') {
          const k = `${o.articleId}:${o.start}`;
          expect(seen.has(k)).toBe(false);
          seen.add(k);
        }
      }
      expect(c.text.length).toBeGreaterThan(0);
      expect(new Set(claims.map((x) => x.id)).size).toBe(claims.length);
    }
  });

  it('is deterministic', () => {
    expect(alignClaims(articles, storylines, derivations)).toEqual({ claims, omissions, timelines });
    expect(timelines).toEqual([]); // one event: nothing to follow across events
  });
});

describe('a storyline whose figure changes from one event to the next', () => {
  // Invented: detainees held, counted in two rounds a month apart by four outlets.
  const texts: Array<[string, string, string, string]> = [
    ['a', 'Tessaly Courier', '2025-01-15T09:00:00Z', 'The council is holding 120 detainees at the Durrow camp, the aid agency said.'],
    ['b', 'Highland Dispatch', '2025-01-16T09:00:00Z', 'Aid workers say the council holds 120 detainees in the hills.'],
    ['c', 'Meridian Observer', '2025-02-20T09:00:00Z', 'After the swap, the council still holds 95 detainees, the aid agency said.'],
    ['d', 'Brannock Post', '2025-02-21T09:00:00Z', 'The council holds 95 detainees after releasing 25 of them.'],
    ['e', 'Ostby Herald', '2025-01-15T15:00:00Z', 'Relatives say the council holds 95 detainees in the hills.'],
  ];
  const arts: AlignArticle[] = texts.map(([id, outlet, publishedAt, text]) => {
    const x = extractArticle(text, publishedAt);
    return { id, outlet, text, publishedAt, sentences: x.sentences, figures: x.figures };
  });
  const heldIn = (events: string[][]) => {
    const run = alignClaims(arts, [{ id: 's', events: events.map((articleIds, i) => ({ id: `e${i}`, articleIds })) }], []);
    return run.claims.filter((c) => c.eventId === null && c.quantity === 'count|hold|prisoner');
  };
  it('is not a conflict across the storyline when each event agrees with itself: it changed over time', () => {
    const [held] = heldIn([['a', 'b'], ['c', 'd']]);
    expect([held!.status, held!.overTime, held!.values.map((v) => v.low)]).toEqual(['corroborated', true, [120, 95]]);
  });
  it('is a conflict when one event has both values from different voices on the same day', () => {
    const [held] = heldIn([['a', 'b', 'e'], ['c', 'd']]);
    expect([held!.status, held!.overTime]).toEqual(['conflicting', undefined]);
  });
  it('inside one event, values a day or more apart, none repeated after the next, changed over time', () => {
    const run = alignClaims(arts, [{ id: 's', events: [{ id: 'e0', articleIds: ['a', 'b', 'c', 'd'] }] }], []);
    const held = run.claims.find((c) => c.quantity === 'count|hold|prisoner')!;
    expect([held.status, held.overTime]).toEqual(['corroborated', true]);
    // The same day, two voices: a dispute.
    const same = alignClaims(arts, [{ id: 's', events: [{ id: 'e0', articleIds: ['a', 'e'] }] }], []).claims.find((c) => c.quantity === 'count|hold|prisoner')!;
    expect(same.status).toBe('conflicting');
  });
});

describe('inSequence: values that follow one another in time', () => {
  const v = (...occ: Array<[string, string | null]>) => ({ occurrences: occ.map(([root, publishedAt]) => ({ root, publishedAt })) });
  it.each([
    ['a day or more apart', [v(['a', '2025-01-15T09:00:00Z'], ['b', '2025-01-16T09:00:00Z']), v(['c', '2025-01-18T09:00:00Z'])], true],
    ['hours apart: a dispute', [v(['a', '2025-01-15T09:00:00Z']), v(['c', '2025-01-15T15:00:00Z'])], false],
    ['the older value repeated after the newer', [v(['a', '2025-01-15T09:00:00Z'], ['b', '2025-01-20T09:00:00Z']), v(['c', '2025-01-18T09:00:00Z'])], false],
    ['an undated report', [v(['a', '2025-01-15T09:00:00Z']), v(['c', null])], false],
    ['a voice giving both is left out', [v(['a', '2025-01-15T09:00:00Z'], ['x', '2025-01-20T09:00:00Z']), v(['c', '2025-01-18T09:00:00Z'], ['x', '2025-01-20T09:00:00Z'])], true],
  ])('%s', (_n, values, expected) => expect(inSequence(values)).toBe(expected));
});

describe('alignClaims with a memo', () => {
  it('a storyline that grew in one event keeps the claims of its other event, and equals a fresh alignment', () => {
    const memo = new AnalysisMemo();
    const two = (second: string[]) => [{ id: 's-1', events: [{ id: 'e-1', articleIds: ['wire', 'copy'] }, { id: 'e-2', articleIds: second }] }];
    alignClaims(articles, two(['tribune']), derivations, undefined, memo);
    memo.endRun();
    memo.resetCounts();
    const grown = alignClaims(articles, two(['tribune', 'voice']), derivations, undefined, memo);
    expect(memo.count('align')).toEqual({ hits: 0, misses: 1 });
    expect(memo.count('align-event')).toEqual({ hits: 1, misses: 1 }); // e-1 kept, e-2 made again
    expect(grown).toEqual(alignClaims(articles, two(['tribune', 'voice']), derivations));
  });
});

describe('voices', () => {
  it('collapses derivation chains into one voice', () => {
    const v = voices(['a', 'b', 'c', 'd'], [{ articleId: 'b', sourceArticleId: 'a' }, { articleId: 'c', sourceArticleId: 'b' }] as Derivation[]);
    expect(new Set([v.get('a'), v.get('b'), v.get('c')]).size).toBe(1);
    expect(v.get('d')).not.toBe(v.get('a'));
  });
  it("counts an outlet's own reports once, but a reprint of another outlet's story joins only that story's voice", () => {
    // w1, w2: the wire; c1 reprints w1; c2 is the Courier's own report; p1 reprints w1 too.
    const outlet: Record<string, string> = { w1: 'Wire', w2: 'Wire', c1: 'Courier', c2: 'Courier', p1: 'Post' };
    const v = voices(['w1', 'w2', 'c1', 'c2', 'p1'], [{ articleId: 'c1', sourceArticleId: 'w1' }, { articleId: 'p1', sourceArticleId: 'w1' }] as Derivation[], (id) => outlet[id]!);
    expect(new Set(['w1', 'w2', 'c1', 'p1'].map((id) => v.get(id))).size).toBe(1);
    expect(v.get('c2')).not.toBe(v.get('w1'));
    // The same outlet copying itself (an update) stays one voice with its other reports.
    const u = voices(['w1', 'w2', 'w3'], [{ articleId: 'w2', sourceArticleId: 'w1' }] as Derivation[], () => 'Wire');
    expect(new Set(u.values()).size).toBe(1);
  });
  it("joins an article crediting an analysed agency to the agency's voice, not its own outlet's", () => {
    // h1: the agency's story; k1 rewrites it crediting "the Halvern Press Agency"; k2 is the Courier's own report;
    // p1 credits "HPA" (the initials); q1 credits an agency none of whose articles is analysed.
    const outlet: Record<string, string> = { h1: 'Halvern Press Agency', k1: 'Courier', k2: 'Courier', p1: 'Post', q1: 'Gazette' };
    const credits: Record<string, string[]> = { k1: ['Halvern Press Agency', 'HPA'], p1: ['HPA'], q1: ['Orrin News Service'], h1: ['HPA'] };
    const v = voices(['h1', 'k1', 'k2', 'p1', 'q1'], [], (id) => outlet[id]!, { agenciesOf: (id) => credits[id] ?? [] });
    expect(new Set(['h1', 'k1', 'p1'].map((id) => v.get(id))).size).toBe(1);
    expect(v.get('k2')).not.toBe(v.get('h1'));
    expect(v.get('q1')).toBe('q1');
  });
  it("joins a relay to the agency's latest story before it, even when that story copies another's", () => {
    // h2 (10:45) rewrites the company's release r2; k3 (13:00) credits the agency: one voice with r2, not with h1 (3 March).
    const outlet: Record<string, string> = { h1: 'Halvern Press Agency', h2: 'Halvern Press Agency', r2: 'Tarnwell Motors', k3: 'Courier' };
    const time: Record<string, string> = { h1: '2026-03-03T09:00:00Z', h2: '2026-03-07T10:45:00Z', r2: '2026-03-07T10:00:00Z', k3: '2026-03-07T13:00:00Z' };
    const v = voices(['h1', 'h2', 'r2', 'k3'], [{ articleId: 'h2', sourceArticleId: 'r2' }] as Derivation[], (id) => outlet[id]!, { agenciesOf: (id) => (id === 'k3' ? ['HPA'] : []), timeOf: (id) => Date.parse(time[id]!) });
    expect(v.get('k3')).toBe(v.get('r2'));
    expect(v.get('k3')).not.toBe(v.get('h1'));
  });
});

describe('alignSentences', () => {
  it('does not make one statement of two different quotes behind the same attribution', () => {
    const article = (id: string, parts: string[]) => {
      const text = parts.join(' ');
      let at = 0;
      return { id, root: id, outlet: id, text, sentences: parts.map((p) => ({ start: (at = text.indexOf(p, at)), end: at + p.length })) };
    };
    const groups = alignSentences([
      article('a', ['The Pellow river bridge closed on Monday for six weeks of repairs, the county roads office said.', '"The bridge is no longer safe for heavy lorries," said Roan Hadley, the county engineer, at a briefing in Pellow.', 'Drivers were told to use the ring road.']),
      article('b', ['The Pellow river bridge shut on Monday for six weeks, the county roads office said.', '"We expect to reopen before the summer festival," said Roan Hadley, the county engineer, at a briefing in Pellow.', 'Buses will run on the ring road.']),
    ]);
    const quoted = groups.filter((g) => g.sentences.some((x) => x.start > 80 && x.start < 120));
    expect(quoted.map((g) => g.sentences.length)).toEqual([1, 1]);
  });
  it('links only mutual best matches above the threshold, never two sentences of one article', () => {
    const a = { id: 'a', root: 'a', text: 'The ministry closed the northern border crossing on Monday. Markets in the capital stayed open all week despite the closure.', sentences: [{ start: 0, end: 59 }, { start: 60, end: 124 }] };
    const b = { id: 'b', root: 'b', text: 'On Monday the ministry closed the northern border crossing, officials said.', sentences: [{ start: 0, end: 75 }] };
    const groups = alignSentences([a, b]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.sentences.map((s) => s.articleId)).toEqual(['a', 'b']);
    expect(groups[1]!.roots).toEqual(['a']);
  });
  it('joins no chain of different statements through a shared name: alike on average, one sentence per outlet', () => {
    const one = (id: string, outlet: string, text: string) => ({ id, root: id, outlet, text, sentences: [{ start: 0, end: text.length }] });
    const pad = [one('x1', 'X', 'Farmers in the valley harvested barley early this year.'), one('x2', 'Y', 'The rail company raised ticket prices on the coastal line.'), one('x3', 'Z', 'A storm closed the harbour at Velmora for two days.')];
    const joined = (set: ReturnType<typeof one>[]) => alignSentences([...set, ...pad]).filter((g) => g.sentences.length > 1).map((g) => g.sentences.map((s) => s.articleId).join(' '));
    // Travelling by train and deciding the soldiers' fate share the minister and Port Alden pairwise, not as one statement.
    expect(joined([
      one('a', 'A', 'Interior Minister Teodor Varn left Dunmore by train with nine aides.'),
      one('b', 'B', 'Interior Minister Teodor Varn arrived in Port Alden by train with his aides.'),
      one('c', 'C', 'The talks in Port Alden will decide the fate of the captured soldiers.'),
      one('d', 'D', 'Interior Minister Teodor Varn said the talks in Port Alden would decide the fate of the soldiers.'),
    ])).toEqual(['a b', 'c d']);
    // An outlet repeating itself in a second article is not a second sentence of the statement.
    expect(joined([
      one('t1', 'Tribune', 'Interior Minister Teodor Varn warned that the talks would fail.'),
      one('t2', 'Tribune', 'Speaking in Dunmore, Varn warned again that the talks would fail.'),
      one('v1', 'Voice', 'Interior Minister Teodor Varn warned on Monday that the talks would fail.'),
    ])).toEqual(['t1 v1']);
  });
  it.each([
    ['Some 1,200 people fled.', ['#1200', 'fled']],
    ["The army's shelling stopped.", ['army', 'shell', 'stop']],
  ])('contentWords(%s)', (s, words) => expect(contentWords(s)).toEqual(words));
});

describe('figureClaims', () => {
  const occ = (articleId: string, root: string, text: string) => extractFigures(text).map((figure) => ({ articleId, root, figure }));
  it('does not call a report that gives both values a conflict', () => {
    const claims = figureClaims([...occ('a', 'a', 'At least 40 people were killed on Friday and 52 people were killed in all.'), ...occ('b', 'b', '52 people were killed.')]);
    expect(claims[0]!.status).not.toBe('conflicting');
  });
  it('a figure whose action was not found joins the one action the scope gives the same thing', () => {
    const joined = figureClaims([...occ('a', 'a', 'The army released 1,800 prisoners on Sunday.'), ...occ('b', 'b', 'The list named about 1,800 detainees.')]);
    expect(joined.map((c) => [c.key, c.status, c.independentReports])).toEqual([['count|release|prisoner', 'corroborated', 2]]);
    // Two actions for the same thing: which one the loose figure counts is unknown, so it stays apart.
    const two = figureClaims([...occ('a', 'a', 'The army released 1,800 prisoners.'), ...occ('c', 'c', 'Some 3,000 prisoners are still held by the army.'), ...occ('b', 'b', 'The list named about 1,800 detainees.')]);
    expect(two.map((c) => c.key).sort()).toEqual(['count|hold|prisoner', 'count|release|prisoner', 'count||prisoner']);
  });
  it('calls no conflict between two numbers of a thing when nothing says what happened to it', () => {
    const trucks = figureClaims([...occ('a', 'a', 'The first convoy of fourteen trucks reached Dunmoor.'), ...occ('b', 'b', 'Monitors counted 22 trucks at the checkpoint.')]);
    // Two values, each from one report: no conflict, and nothing corroborated either.
    expect(trucks.map((c) => [c.key, c.status, c.values.length])).toEqual([['count||truck', 'single-source', 2]]);
    // With the action found, the same numbers conflict.
    const killed = figureClaims([...occ('a', 'a', 'The strike killed 14 people.'), ...occ('b', 'b', 'The strike killed 22 people.')]);
    expect(killed.map((c) => c.status)).toEqual(['conflicting']);
  });
  it('joins a loose figure to the one action only when both values are bounded and meet', () => {
    // "about 3,500 residents" (evacuated) is at least 40, but it is not the 40 missing.
    const apart = figureClaims([...occ('a', 'a', 'At least 40 residents remain missing.'), ...occ('b', 'b', 'About 3,500 residents were moved to schools.')]);
    expect(apart.map((c) => [c.key, c.independentReports]).sort()).toEqual([['count|missing|', 1], ['count||resident', 1]]);
    const joined = figureClaims([...occ('a', 'a', 'Some 40 residents remain missing.'), ...occ('b', 'b', 'The list names 40 residents.')]);
    expect(joined.map((c) => [c.key, c.independentReports])).toEqual([['count|missing|', 2]]);
  });
  it('does not set a part ("the first 20 detainees freed") against the total as a conflict', () => {
    const withBefore = (articleId: string, text: string) => occ(articleId, articleId, text).map((o) => ({ ...o, before: wordBefore(text, o.figure.start) }));
    const part = figureClaims([...withBefore('a', 'The government agreed to free 58 detainees.'), ...withBefore('b', 'The first 20 detainees were freed on Monday.')]);
    expect(part.map((c) => [c.key, c.status, c.values.length])).toEqual([['count|release|prisoner', 'single-source', 2]]);
    const rival = figureClaims([...withBefore('a', 'The government agreed to free 58 detainees.'), ...withBefore('b', 'The government agreed to free 20 detainees.')]);
    expect(rival.map((c) => c.status)).toEqual(['conflicting']);
  });
  it('reads one report\'s close values of a total\'s quantity that add up to another report\'s total as its breakdown', () => {
    const claims = figureClaims([...occ('a', 'a', 'In all, 214 people were rescued.'), ...occ('b', 'b', 'Helicopters rescued 131 people from rooftops and boats rescued 83 people in Saltmere.')]);
    expect(claims.map((c) => [c.key, c.status, c.independentReports, c.values.length])).toEqual([['count|rescue|', 'corroborated', 2, 1]]);
    // Parts that add up to something else stay rival values.
    const apart = figureClaims([...occ('a', 'a', 'In all, 300 people were rescued.'), ...occ('b', 'b', 'Helicopters rescued 131 people from rooftops and boats rescued 83 people in Saltmere.')]);
    expect(apart.map((c) => c.status)).toEqual(['conflicting']);
  });
  it('compares crowd sizes and people brought to safety (an action, not bare "people")', () => {
    const crowd = figureClaims([...occ('a', 'a', 'About 2,000 people marched through Velmora.'), ...occ('b', 'b', 'Some 1,500 people marched through Velmora, police said.')]);
    expect(crowd.map((c) => [c.key, c.status])).toEqual([['count|protest|', 'conflicting']]);
    const safe = figureClaims([...occ('a', 'a', 'Crews rescued 214 people.'), ...occ('b', 'b', 'Boats brought 214 people to safety.')]);
    expect(safe.map((c) => [c.key, c.status])).toEqual([['count|rescue|', 'corroborated']]);
  });
  it('counts the crowd an action happened to as its people: "30 workers" injured rivals "14 people" injured; a part of the crowd does not', () => {
    const rival = figureClaims([...occ('a', 'a', 'The clash left 14 people injured.'), ...occ('b', 'b', 'Police charged the gates, injuring 30 workers and supporters.')]);
    expect(rival.map((c) => [c.key, c.status])).toEqual([['count|injure|', 'conflicting']]);
    const part = figureClaims([...occ('a', 'a', 'The clash left 14 people injured.'), ...occ('b', 'b', 'Four officers were injured at the gates.')]);
    expect(part.map((c) => [c.key, c.status]).sort()).toEqual([['count|injure|', 'single-source'], ['count|injure|officer', 'single-source']]);
  });
  it('a total of a kind of people agrees with another report that gives its breakdown by other people', () => {
    const claims = figureClaims([...occ('a', 'a', 'The council still holds 95 detainees.'), ...occ('b', 'b', 'The council still holds 70 soldiers and 25 civilians.')]);
    expect(claims.find((c) => c.key === 'count|hold|prisoner')).toMatchObject({ status: 'corroborated', independentReports: 2 });
    // A total of things takes no breakdown by people.
    const things = figureClaims([...occ('a', 'a', 'The storm destroyed 95 homes.'), ...occ('b', 'b', 'The storm destroyed 70 sheds and 25 barns.')]);
    expect(things.find((c) => c.key === 'count|destroy|home')?.status ?? 'single-source').toBe('single-source');
  });
  it('reads "at least 40" and "45" as agreeing', () => {
    const claims = figureClaims([...occ('a', 'a', 'At least 40 people were killed.'), ...occ('b', 'b', '45 people were killed.')]);
    expect(claims.map((c) => c.status)).toEqual(['corroborated']);
  });
  it('a total agrees with another report that gives only its breakdown, when the parts add up', () => {
    const total = occ('a', 'a', 'At least 40 people were killed in the strike on Friday.');
    const sum = figureClaims([...total, ...occ('b', 'b', 'The strike killed 25 soldiers and 15 civilians.')]);
    const claim = sum.find((c) => c.key === 'count|die|')!;
    expect(claim).toMatchObject({ status: 'corroborated', independentReports: 2 });
    expect(claim.values[0]!.occurrences.map((o) => o.figure.value)).toEqual([40, 25, 15]);
    // Parts that add up to something else, or that are far apart, stay apart.
    expect(figureClaims([...occ('a', 'a', '40 people were killed.'), ...occ('b', 'b', 'The strike killed 25 soldiers and 5 civilians.')]).find((c) => c.key === 'count|die|')!.status).toBe('single-source');
    const far = `The strike killed 25 soldiers. ${'Officials gave no further detail on the wider situation in the province that day. '.repeat(3)}Later 15 civilians were killed.`;
    expect(figureClaims([...occ('a', 'a', '40 people were killed.'), ...occ('b', 'b', far)]).find((c) => c.key === 'count|die|')!.status).toBe('single-source');
  });

  /** Occurrences of every figure of one outlet's text, with the wholes each is part of. */
  const occW = (articleId: string, text: string) => {
    const figures = extractFigures(text);
    return figures.map((figure) => ({ articleId, root: articleId, figure, wholes: wholesOf(figures, figure) }));
  };

  it('keys a bare part inside its whole, so two wordings of "Of the N …, M remain" meet', () => {
    // Invented: sailors seized from a tanker, told by two outlets in different words.
    const claims = figureClaims([
      ...occW('a', 'Of the 30 sailors seized by pirates on Monday, 12 are still held on the tanker, including 3 the shipping company says are injured.'),
      ...occW('b', 'Of 30 sailors abducted from the tanker, 12 remain on board, including 3 whom the navy has confirmed as injured.'),
    ]);
    const byKey = new Map(claims.map((c) => [c.key, c]));
    expect(byKey.get('count|hold|sailor')).toMatchObject({ status: 'corroborated', independentReports: 2 });
    expect(byKey.get('count|hold|sailor|in:count|hold|sailor')).toMatchObject({ status: 'corroborated', independentReports: 2 });
    expect(byKey.get('count|injure|sailor|in:count|hold|sailor|in:count|hold|sailor')).toMatchObject({ status: 'corroborated', independentReports: 2 });
    // The part is not compared with its whole: 12 held is not a conflict with 30 seized.
    expect(byKey.get('count|hold|sailor')!.values.map((v) => v.occurrences[0]!.figure.value)).toEqual([30]);
  });

  it('meets a part written before its whole ("holding 12 of the 30 sailors seized") with one written after it', () => {
    const claims = figureClaims([
      ...occW('a', 'Of the 30 sailors seized by pirates on Monday, 12 are still held on the tanker.'),
      ...occW('b', 'Pirates are still holding 12 of the 30 sailors seized from the tanker on Monday.'),
      ...occW('c', 'Pirates are still holding 14 of the 30 sailors seized from the tanker, the navy said.'),
    ]);
    const part = claims.find((c) => c.key === 'count|hold|sailor|in:count|hold|sailor')!; // seized counts as held
    expect(part.status).toBe('conflicting');
    expect(part.values.map((v) => [v.occurrences[0]!.figure.value, v.roots.length])).toEqual([[12, 2], [14, 1]]);
    expect(claims.find((c) => c.key === 'count|hold|sailor')).toMatchObject({ status: 'corroborated', independentReports: 3 });
  });

  it('keeps a part apart from the whole ("including 15 children")', () => {
    const claims = figureClaims([...occ('a', 'a', '90 people were rescued, including 15 children.'), ...occ('b', 'b', '90 people were rescued.')]);
    expect(claims.find((c) => c.values.some((v) => v.occurrences[0]!.figure.value === 15))?.status ?? 'single-source').toBe('single-source');
    expect(claims.find((c) => c.values[0]!.occurrences[0]!.figure.value === 90)!.status).toBe('corroborated');
  });
});

describe('voices by outlet', () => {
  it('joins the articles of one outlet, not articles without an outlet', () => {
    const outlet: Record<string, string | null> = { a: 'Tribune', b: 'Tribune', c: null, d: null };
    const v = voices(['a', 'b', 'c', 'd'], [], (id) => outlet[id]!);
    expect(v.get('a')).toBe(v.get('b'));
    expect(v.get('c')).not.toBe(v.get('d'));
  });
});

describe('conflictingGroup', () => {
  // Each sentence's values of conflicting figures, as "claim:value".
  it.each([
    [[['0:0']], true],
    [[[]], false],
    [[['0:0'], ['0:1']], true],
    [[['0:0'], ['0:0']], false],
    [[['0:1'], []], false],
    [[['0:0', '0:1'], ['0:0']], false],
    [[['0:0', '0:1'], ['0:0'], ['0:1']], true],
    [[['0:0'], ['1:1']], false],
  ])('%j -> %s', (values, expected) => {
    expect(conflictingGroup(values)).toBe(expected);
  });
});

describe('omissionsOf', () => {
  const claim = (id: string, kind: 'statement' | 'date', articleIds: string[]) => ({ id, kind, status: 'corroborated' as const, independentReports: articleIds.length, occurrences: articleIds.map((articleId) => ({ articleId, start: 0, end: 1 })) });
  const articles = [
    { id: 'a', outlet: 'Herald', publishedAt: '2025-05-06T08:00:00Z' },
    { id: 'b', outlet: 'Vantra', publishedAt: '2025-05-06T09:00:00Z' },
    { id: 'c', outlet: 'Post', publishedAt: null },
    { id: 'd', outlet: 'Times', publishedAt: '2025-05-07T09:00:00Z' },
  ];
  it('says an outlet left out a day only when one of its articles is dated (an undated one cannot place "on Tuesday")', () => {
    const missing = omissionsOf('s', 'e', articles, [claim('day', 'date', ['a', 'b']), claim('words', 'statement', ['a', 'b'])]);
    expect(Object.fromEntries(missing.map((o) => [o.outlet, o.missing.map((m) => m.claimId)]))).toEqual({ Herald: [], Vantra: [], Post: ['words'], Times: ['day', 'words'] });
  });
  it('over a whole storyline, charges an outlet only with claims of the events it covered', () => {
    // a, b: the talks; c, d: the funerals a week later. The Post covered only the funerals.
    const eventOf = new Map([['a', 'talks'], ['b', 'talks'], ['c', 'funerals'], ['d', 'funerals']]);
    const story = [
      { id: 'a', outlet: 'Herald', publishedAt: '2025-05-06T08:00:00Z' },
      { id: 'b', outlet: 'Vantra', publishedAt: '2025-05-06T09:00:00Z' },
      { id: 'c', outlet: 'Post', publishedAt: '2025-05-13T08:00:00Z' },
      { id: 'd', outlet: 'Herald', publishedAt: '2025-05-13T09:00:00Z' },
    ];
    const claims = [claim('talks', 'statement', ['a', 'b']), claim('toll', 'statement', ['c', 'd'])];
    const missing = (e?: Map<string, string>) => Object.fromEntries(omissionsOf('s', null, story, claims, e).map((o) => [o.outlet, o.missing.map((m) => m.claimId)]));
    expect(missing(eventOf)).toEqual({ Herald: [], Vantra: [], Post: [] });
    expect(missing()).toEqual({ Herald: [], Vantra: ['toll'], Post: ['talks'] });
    // An outlet in both events is still charged with what it left out of either.
    story.push({ id: 'e', outlet: 'Vantra', publishedAt: '2025-05-13T10:00:00Z' });
    expect(missing(new Map([...eventOf, ['e', 'funerals']]))).toEqual({ Herald: [], Vantra: ['toll'], Post: [] });
  });
});

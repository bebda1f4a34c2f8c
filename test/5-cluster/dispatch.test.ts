import { describe, it, expect } from 'vitest';
import { clusterArticles } from '../../src/5-cluster/index.js';
import { outletClash, spansClash, widenOutlet, type OutletSpans } from '../../src/5-cluster/dispatch.js';
import type { AnalysisArticle } from '../../src/core/analysis.js';

// An invented disaster: the Orla River floods the town of Hesk in Varnel Province; on the third day
// the Brenmoor Dam gives way above Kessel, on the fourth the government pledges aid. Every dispatch
// names the province, the river, the agency and the toll, as daily coverage of one story does.
const art = (id: string, outlet: string | null, publishedAt: string, title: string, text: string): AnalysisArticle => ({ id, title, text, outlet, byline: null, publishedAt, language: 'en', agencies: [], contentHash: id });
// Hand-written like a week's coverage: every article names the province, the river or the agency.
const wireDam = (id: string, at: string) => art(id, 'Wire', at, 'Dam breach adds to Varnel flood toll',
  'The Brenmoor Dam spillway gave way late on Tuesday, flooding the village of Kessel below it, the Varnel Relief Agency said on Wednesday. The Orla River floods have now killed 47 people in Varnel Province. About 900 Kessel residents were evacuated overnight. "The spillway failed at about 11 p.m. and the reservoir is now falling," a water board spokesman said.');
const paperDam = (id: string, at: string) => art(id, 'Paper', at, 'Kessel evacuated after Brenmoor spillway fails',
  'Hundreds of families fled Kessel overnight after the spillway of the Brenmoor Dam collapsed, sending water from the reservoir into the village. Officials said the breach had raised the flood toll in Varnel Province to 47. Minister Dorit Kalman told reporters the response was under control.');
const wireAid = (id: string, at: string) => art(id, 'Wire', at, 'Government announces 90 million crowns aid for flood-hit Varnel',
  'The government on Thursday announced an emergency aid package of 90 million crowns for Varnel Province, where the Orla River floods and a dam breach have killed 52 people, the Varnel Relief Agency said. Every displaced household will receive 2,000 crowns. Minister Dorit Kalman said no family would be left alone.');
const paperAid = (id: string, at: string) => art(id, 'Paper', at, 'Kalman pledges 90 million crowns to rebuild Varnel',
  'Minister Dorit Kalman pledged 90 million crowns on Thursday to rebuild Varnel Province after the Orla River floods and the Brenmoor Dam breach at Kessel, which the Varnel Relief Agency says have killed 52 people. Each displaced household will receive 2,000 crowns.');
const DAYS = [
  ['Orla River floods kill 12 in Varnel Province', 'The Orla River burst its banks overnight and flooded Hesk, killing at least 12 people, the Varnel Relief Agency said on Monday. Some 3,000 people were displaced. "The water rose faster than anyone has seen," the agency director said.'],
  ['Varnel flood toll rises to 31 as rescuers search for missing', 'The death toll from the floods in Varnel Province rose to 31 on Tuesday, the Varnel Relief Agency said, as rescuers in boats searched the flooded streets of Hesk for 60 people still missing. More than 5,000 people have left their homes.'],
  ['Varnel flood toll rises to 58 as recovery teams search Hesk', 'The death toll in Varnel Province rose to 58 on Friday after recovery teams found six more bodies, the Varnel Relief Agency said. The Orla River was falling, and the first funerals were held in Hesk.'],
];
const update = (id: string, outlet: string | null, at: string, day: number) => art(id, outlet, at, DAYS[day]![0]!, DAYS[day]![1]!);

const eventsOf = (articles: AnalysisArticle[]) => clusterArticles(articles).flatMap((s) => s.events.map((e) => e.articleIds.join(','))).sort();

describe("one outlet's dispatches of different days are different events (flood review 1)", () => {
  const cases: Array<[string, AnalysisArticle[], string[]]> = [
    // A wire and a paper each report the dam breach on Wednesday and the aid package on Thursday
    // (without the rule: one event, the paper's dam story joining its aid story at 0.38 + 0.05).
    ['dam breach and aid package, two outlets each', [paperAid('a1', '2026-04-09T18:00:00Z'), paperDam('d1', '2026-04-08T20:30:00Z'), wireDam('d2', '2026-04-08T15:45:00Z'), wireAid('a2', '2026-04-09T14:00:00Z')], ['a1,a2', 'd1,d2']],
    // The wire's daily dispatches (the flood, the toll the next day, the dam breach on the third): each day its own event.
    ['a wire on three days', [update('w1', 'Wire', '2026-04-06T17:40:00Z', 0), update('w2', 'Wire', '2026-04-07T16:10:00Z', 1), wireDam('w3', '2026-04-08T15:45:00Z')], ['w1', 'w2', 'w3']],
    // An update of the same day is the same event.
    ['a wire updating within the day', [update('u1', 'Wire', '2026-04-07T09:00:00Z', 1), update('u2', 'Wire', '2026-04-07T16:00:00Z', 2)], ['u1,u2']],
    // Two outlets a day apart on one incident: no dispatch of one outlet's other day, one event.
    ['two outlets a day apart', [wireDam('x1', '2026-04-08T15:45:00Z'), paperDam('x2', '2026-04-09T09:00:00Z')], ['x1,x2']],
    // Without an outlet nothing is known of dispatches.
    ['no outlet', [update('n1', null, '2026-04-06T17:40:00Z', 0), update('n2', null, '2026-04-07T16:10:00Z', 1)], ['n1,n2']],
  ];
  it.each(cases)('%s', (_name, articles, expected) => {
    expect(eventsOf(articles)).toEqual(expected);
  });
});

describe('outlet spans', () => {
  const H = 3_600_000;
  const spans = (...xs: Array<[string, number]>): OutletSpans => {
    const s: OutletSpans = new Map();
    for (const [o, t] of xs) widenOutlet(s, o, t * H);
    return s;
  };
  it.each([
    ['same outlet 24 h later', spans(['W', 0]), 'W', 24, true],
    ['same outlet 18 h earlier', spans(['W', 18]), 'W', 0, true],
    ['same outlet 6 h later', spans(['W', 0]), 'W', 6, false],
    ['another outlet', spans(['W', 0]), 'P', 48, false],
    ['a day after the later of two updates', spans(['W', 0], ['W', 6]), 'W', 30, true],
  ] as const)('%s', (_n, s, outlet, hours, clash) => {
    expect(outletClash(s, outlet, hours * H, 18 * H)).toBe(clash);
  });
  it('two events holding one outlet 30 h apart clash; 10 h apart, or other outlets, do not', () => {
    expect(spansClash(spans(['W', 0], ['P', 0]), spans(['W', 30]), 18 * H)).toBe(true);
    expect(spansClash(spans(['W', 0]), spans(['W', 10], ['P', 40]), 18 * H)).toBe(false);
  });
});

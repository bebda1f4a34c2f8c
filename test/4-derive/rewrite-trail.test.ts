// Review 13 (protest corpus): an uncredited light rewrite of a wire story (words swapped,
// sentences reordered, quotes kept) was not linked: no 8-word prose run, only two shared quotes.
// It keeps several 5-7-word runs of the wire's own prose in the wire's order: derived. Reports
// sharing only the figures, the public quote and a stock phrase are not. All texts invented.
import { describe, it, expect } from 'vitest';
import { derive, alignRuns } from '../../src/4-derive/index.js';
import { textFeatures } from '../../src/3-dedupe/index.js';
import { trail } from '../../src/4-derive/trail.js';
import { article } from './corpus.js';

const q1 = '"The water came up through the floor faster than we could carry the children,"';
const q2 = '"Every boat we have is on the water and will stay there until everyone is found,"';

const wire = article('wire', [
  'CARROW, May 4 (OPA) - Rescue crews pulled families from flooded homes along the Vell river on Thursday as a storm dumped more than 90 mm of rain on the valley in a single night.',
  'Emergency services said 310 people were moved to school halls in the upper town. The mayor put the number of damaged houses at 140.',
  `${q1} resident Mara Tolvek said.`,
  `Fire chief Anselm Rudd said two people were missing. ${q2} Rudd said.`,
  'The regional hospital said 12 people were treated for cold and minor injuries.',
  'By evening the river had begun to fall, and engineers inspected the old stone bridge for cracks before reopening it to traffic.',
  'The council did not immediately respond to a request for comment on the delayed flood barrier.',
].join('\n\n'), { outlet: 'Osten Press Agency', publishedAt: '2027-05-04T10:00:00Z' });

// Uncredited: reordered and reworded around five runs of the wire's prose.
const rewrite = article('rewrite', [
  'Rescue crews pulled families from flooded homes in Carrow on Thursday after a storm brought more than 90 mm of rain across the valley overnight.',
  'Emergency teams moved 310 people to school halls in the upper town, and the mayor said 140 houses had been damaged.',
  `${q1} said Mara Tolvek, who lives by the river.`,
  `Two people were missing, according to fire chief Anselm Rudd. ${q2} he said.`,
  'Twelve people needed hospital care for cold and minor injuries.',
  'Engineers inspected the old stone bridge for cracks once the water dropped, and it was later reopened to traffic.',
].join('\n\n'), { outlet: 'Carrow Daily Star', publishedAt: '2027-05-04T14:00:00Z' });

// Independent: the same quote, figures and stock phrase, its own narrative.
const independent = article('independent', [
  'Brown water filled the streets of Carrow on Thursday after more than 90 mm of rain fell on the hills in one night.',
  'Emergency services said 310 people were moved out of the lower town. Two people were missing, fire chief Anselm Rudd said.',
  `${q1} Mara Tolvek told the Star from a school hall.`,
  'Doctors at the hospital treated a dozen people for cold and minor injuries, and shops on the quay stayed shut.',
  'The council did not immediately respond to a request for comment.',
].join('\n\n'), { outlet: 'Vell Valley Times', publishedAt: '2027-05-04T16:00:00Z' });

// Independent, giving the wire's five figures in the wire's words and order, and its quote.
const figures = article('figures', [
  'More than 90 mm of rain fell on Carrow in one night. Officials said 310 people were moved from the river bank.',
  'The mayor put the number of damaged houses at 140. Crews said two people were missing.',
  `${q1} one resident said.`,
  'In all, 12 people were treated for cold at the hospital, which stayed open all night.',
].join('\n\n'), { outlet: 'Bruck Evening News', publishedAt: '2027-05-04T18:00:00Z' });

const summary = (a: typeof wire, b: typeof wire) => {
  const d = derive(a, b);
  return d && { copy: d.articleId, source: d.sourceArticleId, kind: d.kind, basis: d.direction.basis };
};

describe('derive: uncredited rewrite that keeps in-order runs of the source', () => {
  it.each([
    ['light rewrite of the wire', rewrite, wire, { copy: 'rewrite', source: 'wire', kind: 'rewrite', basis: 'date' }],
    ['argument order does not matter', wire, rewrite, { copy: 'rewrite', source: 'wire', kind: 'rewrite', basis: 'date' }],
    ['same figures, quote and stock phrase, own narrative', independent, wire, null],
    ["the wire's figures in its words and order, and its quote", figures, wire, null],
    ['the independent report vs the rewrite', independent, rewrite, null],
  ])('%s', (_n, a, b, expected) => expect(summary(a, b)).toEqual(expected));
});

describe('trail: in-order prose runs, figure runs at half weight', () => {
  const of = (copy: typeof wire, source: typeof wire) => {
    const [a, b] = [textFeatures(copy.text), textFeatures(source.text)];
    return trail(a, b, alignRuns(a, b, 5));
  };
  it.each([
    // crews pulled families (6), 90 mm of rain (5 / 2), school halls (7), minor injuries (5), stone bridge (8)
    ['rewrite', rewrite, { runs: 5, words: 28.5 }],
    // 90 mm of rain (2.5), services said ... moved (3), fire chief ... said (3), minor injuries (5); quote and stock phrase 0
    ['independent', independent, { runs: 4, words: 13.5 }],
    // five figure phrases, each at half weight ("officials said" is a stock phrase)
    ['figures', figures, { runs: 5, words: 12.5 }],
  ])('%s', (_n, copy, expected) => expect(of(copy, wire)).toEqual(expected));
});

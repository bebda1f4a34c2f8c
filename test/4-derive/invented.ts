// Invented articles about an invented event: a dam breach at Merrowdale in the valley of the
// Teskan river, reported by the invented wire agency Vestral Press Agency (VPA).
// W: the wire story. C: a reprint with a new headline and the last two paragraphs trimmed.
// R: a rewrite keeping four of W's sentences and the quote, crediting "told VPA".
// I: an independent report quoting the same 15-word statement and the same official toll.
// O: a different event sharing only a stock phrase.
import { article } from './corpus.js';

const QUOTE = 'We are counting every family and we will not stop until every person is found';

const W_PARAS = [
  'MERROWDALE, June 2 (VPA) - Floodwater from a breached dam on the Teskan river swept through the lower districts of Merrowdale before dawn on Monday, killing at least 23 people and cutting the town off from the regional highway.',
  'The earthen wall of the Oskvar reservoir gave way shortly after three in the morning, after four days of heavy rain that engineers had warned the structure was never designed to hold.',
  `Regional Governor Anselm Trevik, speaking at a fire station on the edge of the flooded area, said rescue boats had reached most of the submerged streets by mid-morning. "${QUOTE}," Trevik said.`,
  'Army engineers were trying to close a second, smaller breach on the eastern side of the reservoir, where water was still pouring into farmland and the village of Kell Ashby.',
  'More than 4,000 residents spent the night in schools and a sports hall on higher ground, according to the regional emergency office, which said drinking water was running short.',
  'Opposition lawmakers demanded an inquiry into why an inspection report that flagged cracks in the wall last autumn had not led to repairs. The ministry of infrastructure declined to comment on the report.',
  'The situation remains fluid, officials said, with more rain forecast for the upper valley on Tuesday.',
  'Trains between Merrowdale and the coast were suspended until further notice.',
];

export const W = article('w-wire', W_PARAS.join('\n\n'), {
  title: 'Dam breach floods Merrowdale, killing at least 23',
  outlet: 'Vestral Press Agency',
  byline: 'Ilse Varnholt',
  publishedAt: '2025-06-02T08:00:00Z',
  agencies: ['Vestral Press Agency'],
});

export const C = article('c-copy', W_PARAS.slice(0, -2).join('\n\n'), {
  title: 'Merrowdale under water after Oskvar dam gives way',
  outlet: 'Harbourline Courier',
  byline: 'Ilse Varnholt, Vestral Press Agency',
  publishedAt: '2025-06-02T09:30:00Z',
  agencies: ['Vestral Press Agency'],
});

export const R = article('r-rewrite', [
  'Hundreds of families from Merrowdale queued outside the grammar school on Monday evening for blankets and bottled water, many still in the clothes they fled in.',
  W_PARAS[1],
  `Regional Governor Anselm Trevik told VPA that rescue boats had reached most of the submerged streets. "${QUOTE}," he said.`,
  'At the school, Marit Oddvang, 61, said the water had reached her kitchen ceiling within twenty minutes. "There was no siren. My neighbour banged on the door, and that is the only reason I am standing here," she said.',
  W_PARAS[3],
  W_PARAS[4],
  'Volunteers from the Teskan Valley Rowing Club took their own boats into the flooded streets before the army arrived, two club members told the Lantern Post.',
  W_PARAS[5],
].join('\n\n'), {
  title: 'In Merrowdale, no siren and twenty minutes to escape',
  outlet: 'The Lantern Post',
  byline: 'Petra Holmgaard',
  publishedAt: '2025-06-02T14:00:00Z',
});

export const I = article('i-independent', [
  'The death toll from Monday\'s dam collapse in Merrowdale has reached at least 23, the regional emergency office confirmed in a statement released at noon.',
  'Our correspondent at the Kell Ashby road block watched military trucks carry inflatable boats towards the town while families waited for news of relatives living near the riverbank.',
  `Governor Anselm Trevik, who toured the flooded district by helicopter, promised that the search would continue through the night. "${QUOTE}," the governor told a press conference in the regional capital.`,
  'Local farmers said the reservoir had been leaking for months and that their complaints to the water authority had gone unanswered, a claim the authority disputed.',
  'Insurance brokers in the capital estimated the damage to homes and businesses at several hundred million, though they cautioned that the figure was an early guess.',
  'Meteorologists at the national weather service expect the heavy rain to ease by Wednesday, but warned that rivers further south could still rise over the weekend.',
].join('\n\n'), {
  title: 'Toll rises to 23 as Merrowdale counts cost of dam collapse',
  outlet: 'Eastmarch Observer',
  byline: 'Tomas Ekwall',
  publishedAt: '2025-06-02T13:15:00Z',
});

export const O = article('o-other', [
  'A wildfire that broke out in the pine forest above Sellvik on Sunday afternoon had burned across roughly 1,200 hectares by Monday morning, forcing the evacuation of two holiday villages.',
  'Firefighting aircraft from three neighbouring provinces dropped water on the northern edge of the blaze, where strong winds pushed the flames towards the coastal road.',
  'The situation remains fluid, officials said, and residents of the hamlet of Brae Torrin were told to prepare to leave at short notice.',
  'Camp sites along the lake shore were closed, and the forestry service banned all open fires in the district until the end of the month.',
  'No injuries had been reported, though one firefighter was treated for smoke inhalation at the district hospital.',
].join('\n\n'), {
  title: 'Wildfire forces evacuation of Sellvik holiday villages',
  outlet: 'Eastmarch Observer',
  byline: 'Tomas Ekwall',
  publishedAt: '2025-06-02T10:00:00Z',
});

export const ALL = [W, C, R, I, O];

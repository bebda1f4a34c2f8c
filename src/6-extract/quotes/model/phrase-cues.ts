// Multi-word attribution cues as data: phrasal verbs of saying, stance and attack ("pointed
// out", "came out against", "sided with"), "according to", and adjectives of attitude before
// "that/about" ("confident that"). Matched before single words (cues.ts).
import { ATTITUDE_ADJECTIVE_PHRASES, ATTITUDE_ADJECTIVES, WILL_ADJECTIVES } from './adjectives.js';

/** Multi-word cues, matched before single words: lemma keyed by the written phrase (lower case). */
export const PHRASE_CUES: ReadonlyMap<string, string> = new Map([
  // "As reported by the Herald, …" credits a source as "according to" does.
  ['according to', 'according to'], ['as reported by', 'according to'],
  ['called for', 'call for'], ['calls for', 'call for'], ['calling for', 'call for'], ['call for', 'call for'],
  ['called on', 'call on'], ['calls on', 'call on'], ['calling on', 'call on'], ['call on', 'call on'],
  ['pointed out', 'point out'], ['points out', 'point out'], ['pointing out', 'point out'],
  ['pointed to', 'point to'], ['points to', 'point to'], ['pointing to', 'point to'],
  ['referring to', 'refer to'], ['referred to', 'refer to'], ['refers to', 'refer to'],
  // Phrasal verbs of stance and attack: "came out against", "spoke out", "went after", "pushed for".
  ['came out against', 'come out against'], ['comes out against', 'come out against'], ['came out for', 'come out for'], ['came out in favor', 'come out for'], ['come out in support of', 'come out for'], ['came out in support of', 'come out for'], ['comes out in support of', 'come out for'],
  ['spoke out', 'speak out'], ['speaks out', 'speak out'], ['speaking out', 'speak out'],
  // The participle of "speak out", and "speak up": "has spoken out against", "spoke up for".
  ['spoken out', 'speak out'], ['spoke up', 'speak up'], ['speaks up', 'speak up'], ['speaking up', 'speak up'], ['spoken up', 'speak up'], ['speak up', 'speak up'],
  ['went after', 'go after'], ['goes after', 'go after'], ['going after', 'go after'],
  ['called out', 'call out'], ['calls out', 'call out'], ['calling out', 'call out'],
  ['pushed for', 'push for'], ['pushes for', 'push for'], ['pushing for', 'push for'], ['push for', 'push for'],
  // Bare forms after "to" or a modal: "continued to push for", "will point out".
  ['point out', 'point out'], ['speak out', 'speak out'], ['go after', 'go after'], ['call out', 'call out'], ['play down', 'play down'],
  ['side with', 'side with'], ['focus on', 'focus on'], ['rail against', 'rail against'], ['lash out', 'lash out'], ['weigh in', 'weigh in'],
  ['lay out', 'lay out'], ['come out against', 'come out against'], ['come out for', 'come out for'],
  // The bare (present) forms of the phrasal cues below: "critics point to", "they hit back", "aides brush off".
  ['point to', 'point to'], ['refer to', 'refer to'], ['hit back', 'hit back'], ['fire back', 'fire back'], ['shoot back', 'shoot back'],
  ['brush aside', 'brush aside'], ['brush off', 'brush aside'], ['shrug off', 'shrug off'], ['make clear', 'make clear'], ['open up about', 'open up about'],
  ['played down', 'play down'], ['plays down', 'play down'], ['playing down', 'play down'],
  ['brushed aside', 'brush aside'], ['brushed off', 'brush aside'],
  ['agreed with', 'agree with'], ['agree with', 'agree with'], ['agrees with', 'agree with'], ['agreeing with', 'agree with'],
  ['sided with', 'side with'], ['sides with', 'side with'], ['siding with', 'side with'],
  ['shrugged off', 'shrug off'], ['shrugs off', 'shrug off'],
  ['laid out', 'lay out'], ['lays out', 'lay out'], ['laying out', 'lay out'],
  ['opened up about', 'open up about'], ['opens up about', 'open up about'],
  ['made clear', 'make clear'], ['makes clear', 'make clear'],
  ['went on to say', 'say'], ['goes on to say', 'say'],
  ['talked about', 'talk about'], ['talks about', 'talk about'], ['talking about', 'talk about'], ['talk about', 'talk about'],
  ['spoke about', 'speak about'], ['spoke of', 'speak about'], ['speaks about', 'speak about'], ['speaking about', 'speak about'],
  ['spoken about', 'speak about'], ['spoken of', 'speak about'], ['speak about', 'speak about'], ['speak of', 'speak about'], ['speaks of', 'speak about'],
  // Verbs of saying with "about" and its topic: "complained about", "joked about", "tweeted about".
  ...['complain complained complains complaining', 'joke joked jokes joking', 'tweet tweeted tweets tweeting', 'write wrote writes writing written',
    'testify testified testifies testifying', 'boast boasted boasts boasting', 'brag bragged brags bragging', 'lie lied lies lying',
    'commented commenting', 'argue argued argues arguing', 'fight fought fights fighting'].flatMap((row) => {
    const forms = row.split(' ');
    const lemma = forms[0]!.replace(/ed$/, '');
    return forms.map((f) => [`${f} about`, `${lemma} about`] as const);
  }),
  ['railed against', 'rail against'], ['rails against', 'rail against'],
  // A choice or ruling against a course: "decided against raising the levy", "opted against running", "the court ruled against the mill".
  ...['decide decided decides deciding', 'opt opted opts opting', 'rule ruled rules ruling'].flatMap((row) => {
    const forms = row.split(' ');
    return forms.map((f) => [`${f} against`, `${forms[0]!} against`] as const);
  }),
  ['focused on', 'focus on'], ['focuses on', 'focus on'],
  ['weighed in', 'weigh in'], ['hit back', 'hit back'], ['shot back', 'shoot back'], ['fired back', 'fire back'], ['pushed back', 'push back'],
  // Distance: "distanced himself from".
  ...['distanced', 'distances', 'distancing'].flatMap((v) => ['himself', 'herself', 'themselves', 'itself'].map((r) => [`${v} ${r} from`, 'distance from'] as const)),
  ['lashed out', 'lash out'], ['would like', 'like'], ['put it', 'put it'],
  ...ATTITUDE_ADJECTIVES.flatMap((a) => ['that', 'about'].map((link) => [`${a} ${link}`, `be ${a}`] as const)),
  ...ATTITUDE_ADJECTIVE_PHRASES.map((p) => [p, `be ${p.split(' ')[0]!}`] as const),
  ...WILL_ADJECTIVES.map((a) => [`${a} to`, `be ${a}`] as const),
]);

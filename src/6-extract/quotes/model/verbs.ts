// Attribution cues as data. Each row: the lemma first, then the inflected forms written in
// news copy ("say said says saying"). Kept apart from the logic so the lexicon can grow.

/** Verbs of saying and writing: "X said …", "X told AFP …", "X tweeted …". */
const SPEECH = [
  'say said says saying',
  'tell told tells telling',
  'claim claimed claims claiming',
  'warn warned warns warning',
  'insist insisted insists insisting',
  'state stated states stating',
  'deny denied denies denying',
  'argue argued argues arguing',
  'add added adds adding',
  'note noted notes noting',
  'stress stressed stresses stressing',
  'acknowledge acknowledged acknowledges acknowledging',
  'announce announced announces announcing',
  'confirm confirmed confirms confirming',
  'explain explained explains explaining',
  'write wrote writes writing written',
  'tweet tweeted tweets tweeting',
  'post posted posting',
  'ask asked asks asking',
  'urge urged urges urging',
  'accuse accused accuses accusing',
  'declare declared declares declaring',
  'reply replied replies replying',
  'respond responded responds responding',
  'recall recalled recalls recalling',
  'suggest suggested suggests suggesting',
  'predict predicted predicts predicting',
  'promise promised promises promising',
  'vow vowed vows vowing',
  'pledge pledged pledges pledging',
  'reveal revealed reveals revealing',
  'admit admitted admits admitting',
  'concede conceded concedes conceding',
  'complain complained complains complaining',
  'contend contended contends contending',
  'assert asserted asserts asserting',
  'maintain maintained maintains',
  'emphasize emphasized emphasizes emphasizing emphasised emphasises',
  'report reported reports reporting',
  'continue continued continues',
  'conclude concluded concludes concluding',
  'call called calls calling',
  'describe described describes describing',
  'cite cited cites citing',
  'boast boasted boasts boasting',
  'charge charged charges',
  'allege alleged alleges alleging',
  'repeat repeated repeats repeating',
  'reiterate reiterated reiterates reiterating',
  'mock mocked mocks mocking',
  'criticize criticized criticizes criticizing criticised',
  'praise praised praises praising',
  'dismiss dismissed dismisses dismissing',
  'decline declined declines declining',
  'refuse refused refuses refusing',
  'propose proposed proposes proposing',
  'demand demanded demands demanding',
  'threaten threatened threatens threatening',
  'indicate indicated indicates indicating',
  'estimate estimated estimates estimating',
  'joke joked jokes joking',
  'quip quipped quips quipping',
  'exclaim exclaimed exclaims exclaiming',
  'shout shouted shouts shouting',
  'remark remarked remarks',
  'observe observed observes',
  'question questioned questions questioning',
  'counter countered counters countering',
  'retort retorted retorts',
  'advise advised advises advising',
  'assure assured assures assuring',
  'remind reminded reminds reminding',
  'inform informed informs informing',
  'testify testified testifies testifying',
  'agree agreed agrees agreeing',
  'blame blamed blames blaming',
  'defend defended defends defending',
  'slam slammed slams slamming',
  'blast blasted blasts blasting',
  'mention mentioned mentions mentioning',
  'discuss discussed discusses discussing',
  'answer answered answers answering',
  'comment commented comments commenting',
  'echo echoed echoes echoing',
  'recount recounted recounts recounting',
  'quote quoted quotes quoting',
  'chant chanted chants chanting',
  'yell yelled yells yelling',
  'recite recited recites reciting',
  'rebut rebutted rebuts rebutting',
  'tout touted touts touting',
  'thank thanked thanks thanking',
  'lament lamented laments lamenting',
  'decry decried decries decrying',
  'denounce denounced denounces denouncing',
  'condemn condemned condemns condemning',
  'attack attacked attacks attacking',
  'knock knocked knocks knocking',
  'reject rejected rejects rejecting',
  'challenge challenged challenges challenging',
  'express expressed expresses expressing',
  'highlight highlighted highlights highlighting',
  'outline outlined outlines outlining',
  'request requested requests requesting',
  'invoke invoked invokes invoking',
  'hint hinted hints hinting',
  'signal signaled signalled signals signaling',
  'imply implied implies implying',
  'disclose disclosed discloses disclosing',
  'brag bragged brags bragging',
  'scoff scoffed scoffs scoffing',
  'email emailed emails emailing',
  'proclaim proclaimed proclaims proclaiming',
  'recommend recommended recommends recommending',
  'advocate advocated advocates advocating',
  'caution cautioned cautions cautioning',
  'order ordered orders ordering',
  'offer offered offers offering',
];

/** Beliefs and intentions attributed to a source ("X believes …", "X wants to …"). */
const COGNITION = [
  'believe believed believes believing',
  'think thought thinks thinking',
  'expect expected expects expecting',
  'hope hoped hopes hoping',
  'fear feared fears fearing',
  'want wanted wants wanting',
  'plan planned plans planning',
  'worry worried worries worrying',
  'doubt doubted doubts doubting',
  'feel felt feels',
  'know knew knows',
  'seek sought seeks seeking',
  'intend intended intends intending',
  'wonder wondered wonders wondering',
  'support supported supports supporting',
  'oppose opposed opposes opposing',
  'endorse endorsed endorses endorsing',
  'see saw sees seeing',
  'view viewed views viewing',
  'consider considered considers considering',
  'regard regarded regards regarding',
  'prefer preferred prefers preferring',
  'favor favored favors favoring favour favoured favours',
  'like liked likes',
  'dislike disliked dislikes',
  'welcome welcomed welcomes welcoming',
  'accept accepted accepts accepting',
  'disagree disagreed disagrees disagreeing',
  'learn learned learnt learns',
  'realize realized realizes realise realised',
  'recognize recognized recognizes recognise recognised',
  'understand understood understands',
  'assume assumed assumes',
  'suspect suspected suspects',
  'imagine imagined imagines',
  'decide decided decides deciding',
  'wish wished wishes wishing',
  'aim aimed aims aiming',
  'back backed backs backing',
  'criticise criticised criticises',
];

/** Evidence that "speaks": "a poll shows …", "the report found that …". */
const EVIDENCE = ['show showed shows showing shown', 'find found finds finding', 'read reads'];

/** Forms never taken as cues: a preposition or adverb more often than a verb ("like", "back", "read"). */
const NEVER_CUES = ['like', 'back', 'read', 'order', 'aim', 'regard', 'regarding', 'thanks', 'quote', 'wish', 'welcome', 'express', 'request', 'see'];

function table(rows: readonly string[]): Map<string, string> {
  const byForm = new Map<string, string>();
  for (const row of rows) {
    const forms = row.split(' ');
    for (const form of forms) byForm.set(form, forms[0]!);
  }
  for (const form of NEVER_CUES) byForm.delete(form);
  return byForm;
}

/** Inflected form -> lemma, for every single-word cue. */
export const CUE_LEMMA: ReadonlyMap<string, string> = table([...SPEECH, ...COGNITION, ...EVIDENCE]);

/** Cues that only count before "that" (or "how/what/why"): "found that", not "found the keys". */
export const NEEDS_THAT: ReadonlySet<string> = new Set(['find', 'know', 'feel', 'indicate', 'estimate', 'observe', 'agree', 'remark']);

/** Forms that are usually nouns after a determiner ("his claims", "the plans"). */
export const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set([
  'claim', 'fear', 'hope', 'plan', 'note', 'call', 'report', 'tweet', 'state', 'charge', 'demand', 'remark', 'question', 'doubt',
  'promise', 'vow', 'pledge', 'estimate', 'counter', 'joke', 'blast', 'show', 'post', 'quip', 'repeat', 'pledged', 'supported',
  'proposal', 'comment', 'want', 'need', 'praise', 'slam', 'mock', 'find', 'cite', 'stress', 'shout', 'answer',
  'attack', 'attacks', 'offer', 'offers', 'challenge', 'challenges', 'view', 'views', 'comments', 'answers', 'echo', 'echoes',
  'quotes', 'favor', 'favors', 'signal', 'signals', 'hint', 'hints', 'knock', 'knocks', 'orders', 'email', 'emails', 'chant', 'chants',
  'aims', 'decided', 'considered', 'expressed', 'advocates', 'outline', 'outlines', 'highlight', 'highlights', 'yell', 'caution',
  'dislike', 'suspect', 'suspects', 'recount', 'reads', 'backs', 'likes', 'wishes', 'requests', 'rebut', 'reject', 'thank',
  'claims', 'fears', 'hopes', 'plans', 'notes', 'calls', 'reports', 'tweets', 'states', 'charges', 'demands', 'remarks',
  'questions', 'doubts', 'wants', 'promises', 'warning', 'posting', 'writing', 'thinking', 'support', 'estimates',
  'counters', 'threatens', 'adds', 'quips', 'jokes', 'vows', 'shows', 'finds', 'planning', 'reporting', 'alleged',
]);

/** Verbs that take the hearer as a plain object before the content: "told AFP (that) …". */
export const HEARER_OBJECT: ReadonlySet<string> = new Set(['tell', 'assure', 'remind', 'inform', 'advise', 'warn', 'urge', 'ask', 'accuse', 'promise', 'blame']);

/** Verbs that may follow their quote with the speaker after them: "…," said Haddad. */
export const INVERTIBLE: ReadonlySet<string> = new Set([
  'say', 'add', 'write', 'tell', 'note', 'ask', 'continue', 'explain', 'insist', 'argue', 'recall', 'reply', 'respond',
  'conclude', 'warn', 'declare', 'stress', 'tweet', 'post', 'claim', 'state', 'counter', 'retort', 'quip', 'joke', 'exclaim',
  'observe', 'remark', 'shout', 'admit', 'acknowledge', 'suggest', 'predict', 'announce', 'boast',
]);

/** Multi-word cues, matched before single words: lemma keyed by the written phrase (lower case). */
export const PHRASE_CUES: ReadonlyMap<string, string> = new Map([
  ['according to', 'according to'],
  ['called for', 'call for'], ['calls for', 'call for'], ['calling for', 'call for'], ['call for', 'call for'],
  ['called on', 'call on'], ['calls on', 'call on'], ['calling on', 'call on'], ['call on', 'call on'],
  ['pointed out', 'point out'], ['points out', 'point out'], ['pointing out', 'point out'],
  ['pointed to', 'point to'], ['points to', 'point to'],
  ['referring to', 'refer to'], ['referred to', 'refer to'],
  ['made clear', 'make clear'], ['makes clear', 'make clear'],
  ['went on to say', 'say'], ['goes on to say', 'say'],
  ['talked about', 'talk about'], ['talks about', 'talk about'], ['talking about', 'talk about'], ['talk about', 'talk about'],
  ['spoke about', 'speak about'], ['spoke of', 'speak about'], ['speaks about', 'speak about'], ['speaking about', 'speak about'],
  ['railed against', 'rail against'], ['rails against', 'rail against'],
  ['focused on', 'focus on'], ['focuses on', 'focus on'],
  ['weighed in', 'weigh in'], ['hit back', 'hit back'], ['shot back', 'shoot back'], ['fired back', 'fire back'], ['pushed back', 'push back'],
  ['lashed out', 'lash out'], ['would like', 'like'], ['put it', 'put it'],
]);

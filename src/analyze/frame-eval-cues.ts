// General English subjectivity cues for scoring how opinionated a sentence reads, used by the
// evaluation adapter (frame-eval.ts) next to the framing stage's loaded words and AFINN-165.
// The lists are general grammar-book categories (stance adverbs, intensifiers, hedges,
// superlatives, evaluative modals, second person, pejorative labels), written from general
// knowledge of English and of media-bias writing, not from any evaluation corpus. Weights are
// fixed by kind: 1 for a cue that on its own marks the writer's evaluation, 0.5 for a weak one.

export interface CueList {
  kind: string;
  weight: number;
  /** Lower-case forms; a space separates the words of a phrase. */
  forms: readonly string[];
}

const words = (s: string): string[] => s.trim().split(/\s*,\s*|\n\s*/).filter(Boolean);

export const CUE_LISTS: readonly CueList[] = [
  {
    // Degree adverbs that turn a description into an emphasis.
    kind: 'intensifier',
    weight: 1,
    forms: words(`very, extremely, incredibly, utterly, totally, absolutely, completely, deeply, hugely, enormously, immensely,
      tremendously, remarkably, exceptionally, terribly, awfully, truly, really, desperately, wildly, grossly, blatantly, flagrantly,
      outright, sheer, downright, thoroughly, profoundly, insanely, ridiculously, staggeringly, astonishingly, painfully, woefully,
      hopelessly, massively, vastly, overly, excessively, unbelievably, endlessly, relentlessly, openly, brazenly, shamelessly`),
  },
  {
    // Stance and comment adverbs: the writer says how to take the statement.
    kind: 'stance adverb',
    weight: 1,
    forms: words(`clearly, obviously, undoubtedly, undeniably, certainly, surely, of course, indeed, frankly, honestly, unfortunately,
      fortunately, sadly, thankfully, ironically, predictably, unsurprisingly, inevitably, needless to say, arguably, supposedly,
      ostensibly, seemingly, conveniently, curiously, tellingly, laughably, mercifully, regrettably, disturbingly, alarmingly,
      tragically, remarkably enough, in fact, to be sure`),
  },
  {
    // Hedges: the writer's own uncertainty or softening.
    kind: 'hedge',
    weight: 0.5,
    forms: words(`perhaps, maybe, possibly, probably, presumably, conceivably, somewhat, kind of, sort of, more or less, apparently,
      it seems, appears to, seems to, suggests that`),
  },
  {
    // Superlatives and absolutes of evaluation.
    kind: 'superlative',
    weight: 1,
    forms: words(`best, worst, greatest, finest, best-ever, worst-ever, the most, the least, of all time, ever, never before, all-time,
      unprecedented, everyone knows, nobody, no one, always, never, everything, nothing`),
  },
  {
    // Evaluative modals and opinion verbs: what ought to be, what someone believes.
    kind: 'opinion verb',
    weight: 0.5,
    forms: words(`should, ought, must, deserve, deserves, deserved, believe, believes, think, thinks, feel, feels, seem, seems,
      insist, insists, argue, argues, fear, fears, hope, hopes, want, wants, need to, needs to`),
  },
  {
    // Addressing the reader.
    kind: 'second person',
    weight: 0.5,
    forms: words('you, your, yours, yourself, yourselves'),
  },
  {
    // Pejorative labels for people, groups and speech (general political vocabulary).
    kind: 'label',
    weight: 1,
    forms: words(`extremist, extremists, far-left, far-right, leftist, leftists, ultra-left, ultra-right, zealot, zealots, ideologue,
      ideologues, demagogue, demagogues, elites, elitist, mob, mobs, thug, thugs, cronies, crony, puppet, apologist, apologists,
      fearmongering, fear-mongering, hysteria, hysterical, alarmist, hoax, witch hunt, rant, rants, tirade, screed, meltdown, spin,
      agenda, stunt, scheme, regime, rhetoric, diatribe, crusade, lackey, lackeys, henchmen, cabal, shill, shills`),
  },
];

/** Punctuation cues (weights). */
export const EXCLAMATION_WEIGHT = 1;
/** A sentence that ends as a question in running text is usually rhetorical. */
export const QUESTION_WEIGHT = 1;
/** Scare quotes: a quoted 1–4 word phrase with no speaker (see scareQuotes). */
export const SCARE_QUOTE_WEIGHT = 1;
/** A loaded word (AFINN |valence| >= 2 or a framing word). */
export const LOADED_WEIGHT = 1;
/** A mildly valenced word (AFINN |valence| = 1). */
export const MILD_WEIGHT = 0.5;

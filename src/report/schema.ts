// The analysis report, version 1. The zod schema is the single definition: types come from
// it, reports are validated against it, and docs/report.schema.json is generated from it.
import { z } from 'zod';

const id = z.string().min(1);
const iso = z.string().nullable().describe('ISO 8601 date-time in UTC, or null when unknown');
const offset = z.number().int().nonnegative().describe('UTF-16 offset into the article text');

const TextSpan = { start: offset, end: offset, text: z.string() };
const SAYER = z.string().optional().describe('who gives the number, set only when written: "47, the National Emergency Directorate said" -> "National Emergency Directorate", "the charity put the number at 11,000" -> "the charity", "the official figure of 8,000" -> "officials", a quote\'s resolved speaker');

export const ReportFigure = z.object({
  ...TextSpan,
  value: z.number(),
  high: z.number().nullable().describe('the high end of a range'),
  kind: z.enum(['count', 'percent', 'money', 'age', 'other']),
  currency: z.string().nullable(),
  qualifier: z.enum(['exact', 'at-least', 'more-than', 'about', 'nearly', 'at-most', 'less-than', 'up-to']),
  counted: z.string().nullable().describe('what it counts: "people", "homes"'),
  action: z.string().nullable().describe('the state or event: "killed", "displaced"'),
  parent: z.number().int().nullable().describe('index of the figure this one is part of: an earlier one ("90 rescued, including 15 children"), or the next one when the part comes first ("18 of the 64 passengers")'),
  agent: z.string().nullable().describe('head word of who did the action: "the council released 25 detainees" -> "council"; null when not written or only a pronoun'),
  place: z.string().optional().describe('the named place whose residents are counted: "1,200 Oldfen residents" -> "oldfen" (a part, not the whole story\'s count)'),
  per: z.string().optional().describe('the unit of a rate: "5,000 dalers per household" -> "household", "$20 each" -> "each"'),
  purpose: z.string().optional().describe('what a sum is for: "an aid package of 120 million dalers" -> "package"'),
  sayer: SAYER,
});

export const ReportDate = z.object({
  ...TextSpan,
  kind: z.enum(['absolute', 'relative']),
  value: z.string().nullable().describe('ISO day, week (its Monday), month or year; null when unresolved'),
  granularity: z.enum(['day', 'week', 'month', 'year']),
  resolved: z.enum(['text', 'publication', 'anchor', 'unresolved']).describe('anchor: counted from an earlier date of the text ("the next day"); unresolved: relative and the publication date is unknown'),
  role: z.enum(['event', 'other']),
});

export const ReportArticleExtraction = z.object({
  figures: z.array(ReportFigure),
  dates: z.array(ReportDate),
  eventDate: z.string().nullable().describe('the date of the main reported event, from the lead'),
});

export const ReportArticle = z.object({
  id,
  source: z.string().describe('the path or URL as given to ingest'),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  publishedAt: iso,
  dateEstimated: z.boolean(),
  language: z.string().nullable(),
  text: z.string().describe('cleaned body'),
  agencies: z.array(z.string()).describe('wire agencies the article credits or was filed by ("(HPA) –", "the Halvern Press Agency reported"); it shares their independent voice when their own articles are analysed'),
  ...ReportArticleExtraction.shape,
  loadedWords: z
    .array(z.object({ word: z.string(), count: z.number().int().positive(), valence: z.number().nullable() }))
    .describe('strongly valenced (AFINN-165, |valence| ≥ 2) and framing words ("so-called", "regime"), with counts; valence null for the unrated framing words'),
  scareQuotes: z.array(z.object({ text: z.string(), start: offset, end: offset })).describe('words set in quotation marks without a speaker: "so-called “ceasefire”"'),
});

export const Why = z.object({
  articleId: id,
  score: z.number().describe('similarity that decided the membership (0 for the first article of an event)'),
  terms: z.array(z.string()).describe('shared weighted terms (stems)'),
  names: z.array(z.string()).describe('shared names'),
  matched: z.string().nullable().describe('the earlier member it matched best'),
});

export const EventWhy = z.object({
  via: z.enum(['first', 'joined', 'merged']).describe('first: opened the storyline; joined: its first article matched it; merged: its storyline was merged into this one'),
  score: z.number(),
  terms: z.array(z.string()),
  names: z.array(z.string()),
});

export const ReportEvent = z.object({
  id,
  title: z.string(),
  articleIds: z.array(id).min(1),
  start: iso,
  end: iso,
  startEstimated: z.boolean().optional().describe('the start comes only from publication dates Parallax estimated (no article published then has a date of its own)'),
  endEstimated: z.boolean().optional().describe('the end comes only from estimated publication dates'),
  reportedDays: z
    .array(z.object({ day: z.string(), articleIds: z.array(id) }))
    .default([])
    .describe("the days the event's articles report it happened on (each article's eventDate when it is a day), most articles first: start and end are publication times"),
  why: z.array(Why).describe('why each article belongs to this event'),
  storylineWhy: EventWhy.describe('why this event belongs to its storyline'),
});

export const ReportStoryline = z.object({
  id,
  title: z.string(),
  articleIds: z.array(id).min(1),
  independentReports: z.number().int().positive().describe('derivation chains collapsed into one voice'),
  outlets: z.number().int().nonnegative().describe('distinct known outlets (articles without an outlet are not counted)'),
  events: z.array(ReportEvent).min(1).describe('on a timeline: by start date, undated events last'),
});

export const ReportPassage = z.object({ start: offset, end: offset, sourceStart: offset, sourceEnd: offset, words: z.number().int().positive() });

export const ReportDerivation = z.object({
  articleId: id.describe('the copy'),
  sourceArticleId: id,
  kind: z.enum(['exact', 'near-duplicate', 'rewrite']),
  reusedFraction: z.number().min(0).max(1),
  sourceReusedFraction: z.number().min(0).max(1),
  passages: z.array(ReportPassage),
  direction: z.object({ basis: z.enum(['date', 'credit', 'byline', 'containment', 'order']), detail: z.string() }),
});

export const ReportDuplicateGroup = z.object({ ids: z.array(id).min(2), kind: z.enum(['exact', 'near-duplicate']), representative: id });

export const ReportEntity = z.object({
  id,
  name: z.string().describe('the fullest, most frequent form'),
  type: z.enum(['person', 'organization', 'place', 'other']),
  aliases: z.array(z.string()).describe('other forms as written: surnames, variant spellings, acronyms'),
  roles: z.array(z.string()).describe('roles and titles as written, lower-case: "prime minister", "a spokesman for the ministry"'),
  articleIds: z.array(id),
  mentions: z.array(z.object({ articleId: id, start: offset, end: offset, text: z.string(), form: z.enum(['name', 'short', 'acronym', 'role']) })),
});

export const QuoteChange = z.object({
  removed: z.array(z.string()).describe("words of the quote's first wording missing here"),
  added: z.array(z.string()).describe('words here that the first wording lacks'),
  truncated: z.boolean().describe('a contiguous part of the first wording, or the other way round'),
});

export const ReportQuoteProvenance = z.object({
  firstArticleId: id.describe('the earliest article carrying the quote'),
  firstOutlet: z.string().nullable(),
  reuse: z.array(z.object({ articleId: id, credit: z.enum(['credited', 'uncredited', 'same-outlet', 'firsthand', 'public', 'paraphrased', 'unknown']) })).describe('later occurrences: does the article name the first publisher? firsthand: it does not, but says the words were said to itself ("told the Ledger"); public: the words were said where every reporter could hear them ("told reporters", "in a statement"), so not naming the first publisher is no lifting; paraphrased: it reports the statement in its own words, quoting none; unknown: the first publisher has no outlet'),
  verbs: z.array(z.object({ lemma: z.string(), articleIds: z.array(id) })).describe('the attribution verbs chosen for these words ("say" in one outlet, "claim" in another)'),
  speakerDiffers: z.boolean().describe('the same words credited to different speakers'),
  undatedArticleIds: z.array(id).default([]).describe('articles carrying the words with no publication date: which came first is then uncertain (an undated article is put after the dated ones, unless it says the words were said to it)'),
  sameDayArticleIds: z.array(id).default([]).describe("articles of the first publisher's day whose order with it is uncertain, one of the two being dated by its day only (no time of day, or estimated): the first publisher is then the earliest of that day's articles that credits no other outlet for the words"),
});

export const ReportQuote = z.object({
  id,
  text: z.string().describe('the first wording'),
  speaker: z.string().nullable().describe('the resolved entity name, else the most frequent description as written ("a US official")'),
  speakerEntityId: z.string().nullable(),
  occurrences: z.array(
    z.object({
      articleId: id,
      start: offset,
      end: offset,
      text: z.string().describe('the wording in this article'),
      kind: z.enum(['direct', 'partial', 'reported']),
      verb: z.string().nullable().describe('the attribution verb exactly as written: "said", "told", "according to"'),
      lemma: z.string().nullable().describe('its base form: "say", "tell"'),
      speaker: z.string().nullable().describe('the speaker as written in this article ("he", "Haddad", "a US official")'),
      speakerEntityId: z.string().nullable(),
      channel: z.string().nullable().describe('where it was said when named: "AFP", "in a statement"'),
      change: QuoteChange.nullable().describe('null when the wording equals the first one'),
    }),
  ),
  provenance: ReportQuoteProvenance,
});

export const ReportFigureTimeline = z.object({
  storylineId: id,
  quantity: z.string().describe('what is counted (see claims[].quantity)'),
  points: z.array(z.object({ articleId: id, publishedAt: iso.describe("ISO 8601 date-time in UTC, or null when unknown: when the value was published, its live blog update's time, else the article's"), text: z.string(), low: z.number(), high: z.number().nullable(), value: z.number().int().nonnegative().describe('index of the group of agreeing values'), stale: z.boolean().describe('published more than a day after another report had a newer value'), sayer: SAYER })),
});

export const ReportClaim = z.object({
  id,
  kind: z.enum(['statement', 'figure', 'date']).describe('a sentence aligned by meaning across articles, one quantity compared across them, or the day each gives for one event ("the truce began on Friday")'),
  text: z.string().describe("the first publisher's wording; for a conflicting figure, the values joined by \" vs \""),
  status: z.enum(['corroborated', 'single-source', 'conflicting']).describe('corroborated: two or more independent reports (copies count once); conflicting: a figure one report gives and another contradicts, or two values one article gives from two different sayers the same day'),
  storylineId: id,
  eventId: id.nullable().describe('the event compared; null for a claim compared across a storyline of several events'),
  independentReports: z.number().int().positive(),
  quantity: z.string().nullable().describe('figure claims: what is counted, as kind|action|noun ("count|die|" = people killed); date claims: date|event|phase ("date|truce|begin")'),
  values: z
    .array(z.object({ text: z.string(), low: z.number(), high: z.number().nullable(), articleIds: z.array(id), independentReports: z.number().int().positive(), sayers: z.array(z.string()).optional().describe('figure claims: who gives this value, where the text says (see occurrences[].sayer)') }))
    .describe('figure and date claims: each group of agreeing values, most reports first (for a date, low is the day as ms since 1970)'),
  occurrences: z.array(z.object({ articleId: id, start: offset, end: offset, sayer: SAYER.describe('figure claims: who gives the number, when written (see figures[].sayer); two values of one article from different sayers the same day make a figure conflicting') })),
  byMeaning: z
    .object({ embedder: z.string(), score: z.number() })
    .optional()
    .describe('present when claims worded differently were joined by an embedder (--vectors): which one, and the lowest cosine that joined them'),
  overTime: z.boolean().optional().describe('the values follow one another in time rather than dispute each other: over a storyline they differ only between events, or each value first came out on a later day than the one before (a voice reporting every day counts; a report repeating an older value later is flagged stale in figureTimelines, not a dispute), while values given the same day by different voices stay a conflict'),
});
export const ReportOmission = z.object({
  storylineId: id,
  eventId: id.nullable().describe('null: over the whole storyline'),
  outlet: z.string().describe('the outlet, or the article id for an article without one'),
  articleIds: z.array(id),
  missing: z.array(z.object({ claimId: id, independentReports: z.number().int().positive() })).describe('corroborated claims of the event this outlet does not carry, most reports first'),
});
export const ReportFraming = z.object({
  storylineId: id,
  referent: z.string().describe('what is named: "armed group", "people held", "violent act"…'),
  entityId: z.string().nullable().describe('null for these lexicon referents'),
  terms: z.array(z.object({ articleId: id, term: z.string(), count: z.number().int().positive() })),
  outlets: z.array(z.object({ outlet: z.string(), terms: z.array(z.object({ term: z.string(), count: z.number().int().positive() })) })).describe('the same counts by outlet (an article without outlet stands for itself)'),
  sentences: z.array(z.object({ articleId: id, term: z.string(), start: offset, end: offset })).describe('the sentence of each occurrence'),
});

export const ReportOutlet = z.object({
  name: z.string().describe('as registered, else as found in the articles'),
  registered: z.boolean().describe('found in the outlet registry (--outlets)'),
  aliases: z.array(z.string()),
  domains: z.array(z.string()),
  attributes: z.record(z.string(), z.string()).describe("the user's attributes: country, ownership, stance…"),
  articleIds: z.array(id),
});

export const Report = z.object({
  version: z.literal(1),
  articles: z.array(ReportArticle),
  storylines: z.array(ReportStoryline),
  derivations: z.array(ReportDerivation),
  duplicates: z.array(ReportDuplicateGroup).describe('exact and near-duplicate groups (one article in several places)'),
  entities: z.array(ReportEntity).describe('people, organisations and places, resolved across articles'),
  quotes: z.array(ReportQuote).describe('direct, partial and reported quotes, grouped across articles'),
  claims: z.array(ReportClaim).describe('claims of each event compared across its articles'),
  figureTimelines: z.array(ReportFigureTimeline).describe('a quantity followed across the events of a storyline when its reported values differ'),
  omissions: z.array(ReportOmission).describe('for each outlet of an event with several outlets, what it left out'),
  framing: z.array(ReportFraming).describe('for each storyline, the words each outlet uses for the same referents (shown when two or more outlets use them)'),
  outlets: z.array(ReportOutlet).describe('each outlet of the articles, with its attributes from the outlet registry; Parallax ships no ratings of its own'),
});

export type Report = z.infer<typeof Report>;
export type ReportEntity = z.infer<typeof ReportEntity>;
export type ReportQuote = z.infer<typeof ReportQuote>;
export type ReportArticleExtraction = z.infer<typeof ReportArticleExtraction>;

export function reportJsonSchema(): unknown {
  return { $id: 'https://parallax.example/report.schema.json', title: 'Parallax analysis report, version 1', ...z.toJSONSchema(Report) };
}

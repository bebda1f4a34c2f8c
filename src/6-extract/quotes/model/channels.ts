// Where something was said, as data: "in a statement", "at a news conference", "on X",
// "speaking to Axios", "in an interview with CNN". Lower case.

/** Prepositions that introduce a channel phrase after (or before) the cue. */
export const CHANNEL_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'via', 'through', 'to']);

/** Head nouns of a channel phrase: "in a (written) statement", "at a (news) conference". */
export const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'post', 'posts', 'letter', 'speech', 'op-ed',
  'editorial', 'memo', 'email', 'e-mail', 'video', 'message', 'briefing', 'conference', 'release', 'rally', 'hearing',
  'debate', 'podcast', 'broadcast', 'blog', 'column', 'article', 'appearance', 'address', 'remarks', 'event', 'call',
  'filing', 'testimony', 'communique', 'communiqué', 'sermon', 'report', 'book', 'essay', 'note', 'session', 'forum',
  'town', 'hall', 'summit', 'gathering', 'meeting', 'show', 'program', 'programme', 'episode', 'radio', 'television',
  'tv', 'newsletter', 'thread', 'livestream', 'stream',
  // A court's written decision: "wrote in the ruling", "said in the judgment".
  'ruling', 'judgment', 'judgement', 'verdict',
]);

/**
 * Written things that carry a message but are not where one is said: "carried signs calling for
 * …", "released a website asking …", "issued a paper welcoming …". Lower case.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'paper', 'papers', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'website', 'site',
  'ad', 'ads', 'advertisement', 'commercial', 'flyer', 'flyers', 'leaflet', 'leaflets', 'mailer', 'petition', 'letters',
  'emails', 'memos', 'messages', 'videos', 'reports', 'resolution', 'brochure', 'pamphlet', 'document', 'documents',
]);

/** Named platforms usually written without an article: "wrote on X", "said on Telegram". */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'x', 'twitter', 'facebook', 'instagram', 'telegram', 'tiktok', 'youtube', 'truth', 'threads', 'bluesky', 'weibo',
  'linkedin', 'reddit', 'substack', 'mastodon', 'television', 'radio', 'tv', 'air', 'camera',
]);

/** Nouns for an audience that a speech is addressed to: "told reporters", "said to journalists". */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'supporters', 'crowd', 'audience', 'lawmakers', 'senators', 'members', 'voters',
  'students', 'viewers', 'listeners', 'readers', 'donors', 'congress', 'parliament', 'delegates', 'troops', 'staff',
]);

/** Phrases whose object is the medium or outlet: "speaking to Axios", "in an interview with CNN". */
export const OUTLET_LINKS: ReadonlySet<string> = new Set(['with', 'to', 'on', 'for']);

/**
 * The publishing outlet speaking of itself: "told us", "told this newspaper", "in an interview
 * with this website". Lower case; the noun comes after "this".
 */
export const SELF_REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  'newspaper', 'paper', 'website', 'site', 'publication', 'magazine', 'station', 'network', 'outlet', 'newsroom',
  'reporter', 'correspondent', 'newsletter', 'programme', 'program', 'broadcaster', 'agency',
]);

/** "us", "this newspaper", "this reporter": the words of a channel that is the publisher itself. */
export function isSelfReference(words: string): boolean {
  const w = words.trim().toLowerCase().split(/\s+/);
  return (w.length === 1 && w[0] === 'us') || (w.length === 2 && w[0] === 'this' && SELF_REFERENCE_NOUNS.has(w[1]!));
}

/**
 * Occasions open to every reporter: words said there may be heard firsthand by any outlet, so a
 * later outlet quoting them without naming the first publisher has not lifted them. Lower case;
 * the last word of the channel phrase ("a news conference", "reporters", "a statement").
 */
export const PUBLIC_OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'press', 'statement', 'statements', 'conference', 'briefing', 'speech', 'address', 'rally',
  'hearing', 'session', 'crowd', 'audience', 'parliament', 'lawmakers', 'supporters', 'release', 'communique',
  'communiqué', 'remarks', 'tweet', 'post', 'x', 'twitter', 'facebook', 'telegram', 'television', 'tv', 'radio', 'broadcast',
  // Published documents and calls every reporter can read or join: a court's ruling, a company's results call.
  'ruling', 'judgment', 'judgement', 'verdict', 'filing', 'investors', 'analysts', 'shareholders',
]);

/** Words after the head noun of a channel phrase: "reporters outside", "a statement on Monday". */
const AFTER_HEAD = new Set(['outside', 'after', 'before', 'at', 'in', 'on', 'during', 'late', 'later', 'earlier', 'yesterday', 'today', 'tonight', 'following', 'near', 'by', 'from', 'of', 'while', 'as', 'when', 'who', 'that', 'gathered', 'there', 'here']);

/**
 * "told reporters", "told reporters outside", "at a news conference", "in a statement on Monday":
 * a channel every outlet could hear. The head noun is the last word before a word that follows
 * heads ("outside", "on", "after"); a capitalised head is a name ("the Northgate Post"), not an occasion.
 */
export function isPublicOccasion(words: string): boolean {
  const w = words.trim().split(/\s+/).map((x) => x.replace(/[.,;:]$/, ''));
  const cut = w.findIndex((x, i) => i > 0 && AFTER_HEAD.has(x.toLowerCase()));
  const head = w[(cut < 0 ? w.length : cut) - 1] ?? '';
  if (/^\p{Lu}/u.test(head) && head !== 'X' && head !== 'Parliament' && head.toUpperCase() !== head) return false;
  return PUBLIC_OCCASION_NOUNS.has(head.toLowerCase());
}

// Bylines at the top of a story:
//   "By Jane Roe", "By JANE ROE, Associated Press", "Jane Roe | Meridian Press", "Staff Reporter",
//   "From our correspondent in Beirut", "Jane Roe, Foreign Affairs Correspondent", "Written by Jane Roe".
// Not bylines: "By Friday, officials said ...", "Reporting by the ministry showed ...".
import { BYLINE_PREFIX, ORG_WORDS, ROLE_HEADS, ROLE_LOWER } from './model/bylines.js';
import { BYLINE_LOWER } from './model/names.js';
import { WIRE_AGENCIES } from './model/agencies.js';
import { isBareName, isFullNameToken, isNameList, titleCaseCaps } from './names.js';
import { isTimestampLine } from './timestamp.js';
import { endsSentence, endsWithPeriod, words, moreWordsThan } from './text.js';
import { parseDateline } from './dateline.js';

/** Fewest words in the sentence after a bare name for that name to count as a byline. */
const MIN_STORY_WORDS = 12;

const LOWER = new Set(BYLINE_LOWER);
const ROLE = new Set(ROLE_HEADS);
const ROLE_OK = new Set([...ROLE_LOWER, ...ROLE_HEADS]);
const ORG = new Set(ORG_WORDS);
const AGENCY_NAMES = new Set(WIRE_AGENCIES.flatMap((a) => [...a.aliases, ...(a.strictAliases ?? [])]));
const PART_SPLIT = /\s+[|•·]\s+|\s+[–—-]\s+|\s*\|\s*/u;

export interface BylineContext {
  /** The next non-empty paragraph: a bare name is a byline when a role line, a date line or the story follows it. */
  next?: string | undefined;
}

/** "Staff Reporter", "Our Correspondent", "From our own correspondent in Beirut". */
export function isRolePhrase(s: string): boolean {
  const toks = words(s.replace(/^from\s+/iu, '').replace(/,/g, ' '));
  if (toks.length === 0 || toks.length > 8) return false;
  let head = false;
  for (const t of toks) {
    const l = t.toLowerCase();
    if (ROLE.has(l)) head = true;
    else if (!/^\p{Lu}/u.test(t) && !ROLE_OK.has(l)) return false;
  }
  return head;
}

/** "Meridian Press", "Associated Press", "Reuters", "BBC". */
function isOrgPhrase(s: string): boolean {
  const toks = words(s);
  if (AGENCY_NAMES.has(s.replace(/^the\s+/iu, '')) || /^\p{Lu}{2,6}$/u.test(s)) return true;
  return toks.length <= 6 && toks.every((t) => /^[\p{Lu}\d&]/u.test(t) || /^(?:of|the|and|for)$/u.test(t))
    && toks.some((t) => ORG.has(t.toLowerCase()));
}

/** A part after the names: role, organisation, date or another name list. */
const isAffiliation = (s: string): boolean => isRolePhrase(s) || isOrgPhrase(s) || isTimestampLine(s);

export function isByline(line: string, ctx: BylineContext = {}): boolean {
  const s = line.trim();
  if (!s || s.includes('\n') || s.length > 150 || moreWordsThan(s, 18) || endsWithPeriod(s) || /[!?:;]$/u.test(s)) return false;
  const prefixed = BYLINE_PREFIX.exec(s);
  const body = prefixed ? s.slice(prefixed[0].length) : s.replace(/^from\s+(?=our\b)/iu, '');
  const parts = body.split(PART_SPLIT).map((p) => p.trim()).filter(Boolean);
  const first = parts[0];
  if (!first) return false;
  const rest = parts.slice(1);
  if (!rest.every((p) => isAffiliation(p) || isNameList(p, LOWER))) return false;
  if (isRolePhrase(first)) return true;
  if (AGENCY_NAMES.has(first) || /^agencies$/iu.test(first)) return true; // "Reuters", "By AFP", "Agencies"
  const segs = first.split(/\s*,\s*/u);
  if (!segs.every((p, i) => (i === 0 ? isNameList(p, LOWER) : isAffiliation(p) || isNameList(p, LOWER)))) return false;
  if (prefixed) return true;
  // Without "By": names need a role, an organisation or a date beside them, or a role line after them.
  const supported = rest.length > 0 || segs.slice(1).some(isAffiliation);
  if (supported) return segs[0]!.split(/\s+and\s+|\s*&\s*/u).every(isBareName);
  const pair = /\s(?:and|&)\s/u.test(first) && first.split(/\s+and\s+|\s*&\s*/u).every(isBareName);
  const next = ctx.next?.trim() ?? '';
  return pair || (words(first).length <= 3 && isBareName(first) && (isRolePhrase(next) || isTimestampLine(next) || opensStory(next)));
}

/** The story proper follows a bare-name byline: a dateline or a full sentence of some length. */
const opensStory = (next: string): boolean =>
  parseDateline(next) !== null || (words(next).length >= MIN_STORY_WORDS && endsSentence(next) && /^[\p{Lu}"“‘'«]/u.test(next));

const KEEP_CAPS = new Set([...AGENCY_NAMES, 'BBC', 'CNN', 'NBC', 'CBS', 'ABC', 'UN', 'US', 'UK', 'EU']);

/** "By JANE ROE, Associated Press" -> "Jane Roe"; "From our correspondent in Beirut" -> "Our correspondent in Beirut". */
export function cleanByline(line: string): string {
  const s = line.trim().replace(/\s+/gu, ' ');
  const prefixed = BYLINE_PREFIX.exec(s);
  const body = (prefixed ? s.slice(prefixed[0].length) : s).replace(/^from\s+(?=our\b)/iu, '');
  const parts = body.split(PART_SPLIT).map((p) => p.trim()).filter(Boolean);
  const named = parts.find((p) => !isAffiliation(p) && words(p).some(isFullNameToken)) ?? parts[0] ?? body;
  const segs = named.split(/\s*,\s*/u);
  const keep = [segs[0]!];
  for (const seg of segs.slice(1)) {
    if (isAffiliation(seg)) break;
    keep.push(seg);
  }
  const out = titleCaseCaps(keep.join(', '), KEEP_CAPS).replace(/[\s,;:|–—-]+$/u, '');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

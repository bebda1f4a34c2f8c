// Cuts a photo credit off the end of a line:
//   "Smoke rises over the portJane Roe/Meridian Press" -> caption "Smoke rises over the port", credit "Jane Roe/Meridian Press"
//   "Mourners in Gaza. Photograph: Jane Roe/Reuters"    -> "Mourners in Gaza.", "Jane Roe/Reuters"
//   "FILE PHOTO: A man walks ... REUTERS/Jane Roe"      -> credits "FILE PHOTO", "REUTERS/Jane Roe"
import { CAPTION_END_CREDITS, CREDIT_LABELS, CREDIT_LOWER_STARTS, FILE_PHOTO_PREFIX, ORG_CONNECTORS, PHOTO_AGENCIES } from './model/credits.js';
import { alternation, endsWithPeriod, trimSeparators, words, moreWordsThan } from './text.js';
import { isBareName, isFullNameToken } from './names.js';

export interface CreditSplit {
  /** Text before the credit, "" when the line is only a credit. */
  caption: string;
  credits: string[];
}

const AGENCY = new Set(PHOTO_AGENCIES);
const LABEL_FORMS = CREDIT_LABELS.flatMap((l) => [l, l.toLowerCase(), l.toUpperCase()]);
// A credit starts after a space or punctuation, or where a caption was glued to it: "portJane".
const START = '(?:(?<=^|[\\s\\p{P}])|(?<=\\p{Ll})(?=\\p{Lu}))';
const NAME_TOK = "(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|(?:al|el|bin|ibn|abu|ben|van|von|de|da|di|du|del|der|den|dos|la|le)(?:[-'’]\\p{Lu}[\\p{L}\\p{M}'’\\-]*)?)";
const NAMES = `${NAME_TOK}(?:\\s+${NAME_TOK}){0,5}`;
const ORG_TOK = "(?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’.&\\-]*|i\\p{Lu}\\p{L}*)";
const ORG = `${ORG_TOK}(?:\\s+(?:(?:${alternation(ORG_CONNECTORS)})\\s+)?${ORG_TOK}){0,6}`;
const END = '(?:,\\s*(?:File|file|FILE))?\\s*[)\\]]?\\s*$';

const SLASH = new RegExp(`${START}(${NAMES})\\s?/\\s?(${ORG}(?:\\s?/\\s?${ORG})*)${END}`, 'u');
const LABELED = new RegExp(`${START}([(\\[]\\s*)?(${alternation(LABEL_FORMS)})(?:\\s*:|\\s+by\\b|(?<=[Cc]ourtesy|COURTESY)\\s+of\\b)\\s*([^()\\[\\]\\n]{1,100}?)\\s*[)\\]]?\\s*$`, 'u');
const PHOTO_END = new RegExp(`${START}((?:${ORG_TOK}\\s+){1,3}via\\s+Getty(?:\\s+Images)?|Getty Images(?:\\s+for\\s+${ORG})?|${alternation(CAPTION_END_CREDITS)})${END}`, 'u');
const PAREN_END = new RegExp(`\\(\\s*((?:${alternation(PHOTO_AGENCIES)})(?:\\s*/\\s*${ORG})?)\\s*\\)\\s*$`, 'u');
const BRACKETED = new RegExp(`^\\[\\s*(?:${alternation(LABEL_FORMS)})\\s*:\\s*(.+?)\\s*\\]$`, 'u');

// What each pattern cannot match without, tested first: the patterns try every position of a
// line (lookbehinds, long alternations) and most lines are body text with no credit at all.
// Exact necessary conditions, so the results are the same (a property test checks it).
const MAY_LABEL = new RegExp(alternation(CREDIT_LABELS.map((l) => l.toLowerCase())), 'i');
const MAY_PHOTO_END = new RegExp(`Getty|${alternation(CAPTION_END_CREDITS)}`, 'u');
const MAY_PAREN_END = /\)\s*$/u;

/** Longest line examined; a longer one is body text and regex work on it is wasted. */
const MAX_LINE = 1500;

/** exhaustive: skip the necessary-condition tests (for the test that they change nothing). */
export function splitCredit(line: string, exhaustive = false): CreditSplit | null {
  const s = line.trim();
  if (!s || s.length > MAX_LINE) return null;
  const bracket = BRACKETED.exec(s);
  if (bracket) return creditLike(bracket[1]!) ? { caption: '', credits: [bracket[1]!] } : { caption: bracket[1]!, credits: [] };
  const file = FILE_PHOTO_PREFIX.exec(s);
  if (file) {
    const rest = s.slice(file[0].length);
    const inner = splitCredit(rest, exhaustive);
    return { caption: inner ? inner.caption : rest, credits: [file[1]!, ...(inner?.credits ?? [])] };
  }
  return labeled(s, exhaustive) ?? slash(s, exhaustive) ?? (exhaustive || MAY_PHOTO_END.test(s) ? simple(s, PHOTO_END) : null) ?? (exhaustive || MAY_PAREN_END.test(s) ? simple(s, PAREN_END) : null);
}

/** "Photo: Jane Roe", "(Image: Meridian Press)", "Photograph by Jane Roe for The Ledger". */
function labeled(s: string, exhaustive: boolean): CreditSplit | null {
  if (!exhaustive && !MAY_LABEL.test(s)) return null;
  const m = LABELED.exec(s);
  if (!m) return null;
  const [, open, label, credit] = m;
  if (!open && /^\p{Ll}/u.test(label!)) return null; // "... posted a photo by Jane Roe" is prose
  const c = credit!.trim();
  if (!c || moreWordsThan(c, 12) || endsWithPeriod(c)) return null;
  const lowerRun = /(?:^|\s)\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+(?:\s|$)/u.test(c);
  if (lowerRun && !CREDIT_LOWER_STARTS.some((w) => c.toLowerCase().startsWith(w)) && !/courtesy/iu.test(label!)) return null;
  return { caption: trimSeparators(s.slice(0, m.index)), credits: [c] };
}

/** "Jane Roe/Meridian Press", "REUTERS/Jane Roe/File Photo", "(AP Photo/Jane Roe, File)". */
function slash(s: string, exhaustive: boolean): CreditSplit | null {
  if (!exhaustive && !s.includes('/')) return null;
  const m = SLASH.exec(s);
  if (!m) return null;
  const slashAt = m.index + m[1]!.length;
  let start = m.index;
  const region = s.slice(start, slashAt);
  // A caption glued to the credit: "...Gaza CityJane Roe" -> the credit starts at "Jane".
  const glue = [...region.matchAll(/(?<=(?:^|[^\p{L}])\p{Lu}?\p{Ll}{3,}|(?:^|[^\p{L}])\p{Ll}+)(?=\p{Lu})/gu)].at(-1);
  // A sentence ending inside the region: "Khan Younis. Jane Roe" -> the credit starts at "Jane".
  const stop = [...region.matchAll(/\p{L}{2,}[.!?]\s+(?=\p{Lu})/gu)].at(-1);
  if (glue && glue.index > 0) start += glue.index;
  else if (stop) start += stop.index + stop[0].length;
  else if (start > 0 && /\s/u.test(s[start - 1]!) && !/[.!?:|–—-]\s*$/u.test(s.slice(0, start))) {
    // "Smoke over Gaza City Jane Roe/AFP": the name is most likely the last two full words.
    const toks = [...region.matchAll(/\S+/gu)];
    let i = toks.length;
    for (let full = 0; i > 0 && full < 2; ) if (isFullNameToken(toks[--i]![0])) full++;
    start += toks[i]!.index;
  }
  const left = s.slice(start, slashAt).trim();
  const right = m[2]!;
  const fullLeft = words(left).filter(isFullNameToken).length;
  const agencyNamed = AGENCY.has(left) || [...AGENCY].some((a) => right === a || right.startsWith(`${a} `) || right.startsWith(`${a}/`));
  // Without a known photo agency the left side must read as a person: not "Israel/Gaza", "New York/New Jersey".
  if (!agencyNamed && (fullLeft < 2 || !isBareName(left))) return null;
  return { caption: trimSeparators(s.slice(0, start)), credits: [s.slice(start).trim().replace(/^[(\[]|[)\]]$/gu, '').trim()] };
}

function simple(s: string, re: RegExp): CreditSplit | null {
  const m = re.exec(s);
  return m ? { caption: trimSeparators(s.slice(0, m.index)), credits: [m[1]!.trim()] } : null;
}

/** Whether bracketed text names a source rather than describing a picture: "[Photo: Jane Roe/AFP]". */
function creditLike(s: string): boolean {
  if (s.includes('/') || AGENCY.has(s)) return true;
  if (CREDIT_LOWER_STARTS.some((w) => s.toLowerCase().startsWith(w))) return true;
  const toks = words(s);
  return toks.length <= 5 && toks.every((t) => /^[\p{Lu}&]/u.test(t) || /^(?:of|the|and|for|via)$/u.test(t));
}

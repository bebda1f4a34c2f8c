// Datelines opening the first body paragraph:
//   "GAZA CITY, March 18 (Reuters) - Text"   "WASHINGTON (AP) — Text"   "LONDON — Text"
//   "Port Alden, Riverland (MPA) – Text"     "CAIRO/DOHA (Reuters) -"   "BEIRUT: Text"
// A place in capitals (or Title Case when an agency follows), an optional date, an optional
// agency in parentheses, then a dash or colon.
import type { Dateline } from '../../core/types.js';
import { MONTHS, WEEKDAYS } from './model/dates.js';
import { NOT_PLACES } from './model/dateline.js';
import { alternation } from './text.js';
import { agencyIndex, type AgencyIndex } from './agencies.js';

const NOT_PLACE = new Set(NOT_PLACES);
const MONTH = `(?:${alternation(MONTHS)})\\.?`;
const WEEKDAY = `(?:${alternation(WEEKDAYS)})\\.?`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAY_MONTH = `(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?|${DAY}\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
const DATE = `(?:${WEEKDAY}(?:,?\\s+${DAY_MONTH})?|${DAY_MONTH}|\\d{4}-\\d{2}-\\d{2})`;

const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*"; // GAZA, AL-ARISH, D.C.
const CAPS_PLACE = `${CAPS_WORD}(?:[ /]${CAPS_WORD}){0,4}`; // GAZA CITY, CAIRO/DOHA
const TITLE_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{M}'’.\\-]+|al|el|de|da|del|la|le|of)"; // Port, Alden, Ore.
const TITLE_PLACE = `\\p{Lu}[\\p{Ll}\\p{M}'’.\\-]+(?:\\s+${TITLE_WORD}){0,3}`;
const REGION_WORD = `(?!(?:${alternation([...MONTHS, ...WEEKDAYS])})\\b)(?:${TITLE_WORD}|${CAPS_WORD})`;
const REGION = `,\\s*${REGION_WORD}(?:\\s+${REGION_WORD}){0,3}`; // ", Riverland", ", Ore.", ", Gaza Strip"
const AGENCY = "\\(\\s*(\\p{L}[\\p{L}\\p{M}&.'’\\- ]{0,40}?)\\s*\\)";
const SEP = '(?:\\s*(?:--|[–—])\\s*|\\s+-\\s*|\\s*-\\s+|\\s*:(?:\\s+|$))';

const DATELINE = new RegExp(
  `^(?:(${CAPS_PLACE}|${TITLE_PLACE})(${REGION})?)?(?:,?\\s*(${DATE}))?\\s*(?:${AGENCY})?(${SEP}|(?=\\s*[\\p{Lu}"“]))`,
  'u',
);

export interface DatelineMatch {
  dateline: Dateline;
  /** The paragraph after the dateline, "" when the paragraph was only a dateline. */
  rest: string;
  /** The agency exactly as written in the parentheses; `dateline.agency` has its canonical form. */
  agencyWritten: string | null;
}

/** Parse a dateline at the very start of a paragraph; null for ordinary sentence starts. */
export function parseDateline(paragraph: string, agencies: AgencyIndex = agencyIndex()): DatelineMatch | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const [whole, place, region, date, agency, sep] = m;
  const rest = paragraph.slice(whole.length).trim();
  if (!place && !agency) return null;
  if (agency && !validAgency(agency)) return null;
  // Scraped text often loses the dash: "GAZA (Agency)A senior official ..." — accepted only
  // for a place in capitals with an agency, the pattern no ordinary sentence start has.
  if (!sep && (!place || !agency || /\p{Ll}/u.test(place))) return null;
  if (place && agency) {
    // "The World Health Organization (WHO) — ..." defines an abbreviation; it is no dateline.
    if (initials(place) === agency.replace(/[^\p{L}]/gu, '').toUpperCase()) return null;
    // A Title Case place needs more support than a parenthesis: a region, a date or a known agency.
    const titleCase = /\p{Ll}/u.test(place);
    if (titleCase && !region && !date && !agencies.canonical(agency)) return null;
  }
  if (place && !agency) {
    // Without an agency the place must be in capitals: "LONDON —", not "Officials —".
    if (/\p{Ll}/u.test(place)) return null;
    const letters = place.replace(/[^\p{L}]/gu, '');
    if (letters.length < 3 || (!date && !/[ /]/.test(place) && letters.length < 4)) return null;
    // The story after a bare dateline opens a sentence: "LONDON — The ..." not "NATO — the alliance".
    if (rest && !/^[\p{Lu}\p{N}"“‘'«\p{Lo}]/u.test(rest)) return null;
    if (sep?.includes(':') && !rest) return null;
  }
  if (place && place.split(/[ /]/).some((w) => NOT_PLACE.has(w.replace(/['’]S$/u, '')))) return null;
  return {
    dateline: {
      place: place ? (place + (region ?? '')).trim() : null,
      agency: agency ? (agencies.canonical(agency) ?? agency.trim()) : null, // "(Agence France-Presse)" -> "AFP"
      date: date ?? null,
    },
    rest,
    agencyWritten: agency?.trim() ?? null,
  };
}

const initials = (place: string): string =>
  place.split(/[\s/]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toUpperCase();

/** "(Reuters)", "(Agency Name)", "(dpa)"; not "(in 2019)" or "(see below)". */
function validAgency(s: string): boolean {
  const toks = s.trim().split(/\s+/);
  if (toks.length > 5) return false;
  if (/^\p{Lu}/u.test(s)) return toks.every((t) => /^[\p{Lu}&]/u.test(t) || /^(?:of|de|du|for|and|news)$/u.test(t));
  return /^(?:dpa|afp|ap|efe)$/u.test(s);
}

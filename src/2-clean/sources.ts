// What the text itself says about its sources, beyond the fixed list of wire agencies:
// agency names it spells out ("Meridian Press Agency (MPA)"), organisations in photo credits
// ("Jane Roe/MPA"), the desk that compiled it, and the organisation after a byline.

const AGENCY_NAME = /\b((?:[\p{Lu}][\p{L}'’-]*\s+){1,4}(?:Press|News|Wire|Telegraph)\s+(?:Agency|Service|Association|Trust|Bureau))\b/gu;
const AGENCE = /\b(Agen(?:ce|cia|zia)\s+(?:[\p{Lu}][\p{L}'’-]*[\s-]*){1,3})/gu;

/** "Meridian Press Agency" -> "MPA" */
export function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Agency names the text spells out, with their acronyms when the text also uses them, and
 * organisations named in photo credits. Sample: "... told Meridian Press Agency ... MPA said"
 * -> ["Meridian Press Agency", "MPA"].
 */
export function agenciesNamedIn(text: string, credits: readonly string[] = []): string[] {
  const found = new Set<string>();
  for (const re of [AGENCY_NAME, AGENCE]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!.trim();
      found.add(name);
      const abbr = acronym(name);
      if (abbr.length >= 2 && new RegExp(`\\b${abbr}\\b`, 'u').test(text)) found.add(abbr);
    }
  }
  for (const c of credits) {
    const org = /\/\s*([\p{Lu}][\p{L}\p{N} .&'’-]{1,40})$/u.exec(c)?.[1]?.trim();
    if (org && !/getty|images?|photos?|stock/i.test(org)) found.add(org);
  }
  return [...found];
}

/** "This story was compiled by the Northgate Daily Ledger foreign desk with agency reports." -> "Northgate Daily Ledger" */
export function deskOutlet(notes: readonly string[]): string | null {
  for (const n of notes) {
    const m = /\b(?:compiled|written|produced|edited)\s+by\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’&-]*\s+){1,5}?)(?:(?:foreign|news|world|international|online|web|digital|city|national)\s+)?(?:desk|staff|newsroom)\b/u.exec(n);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** "Marta Oyelaran-Holt, Meridian Press Agency" -> person "Marta Oyelaran-Holt", org "Meridian Press Agency". */
export function splitBylineOrganisation(byline: string, agencies: readonly string[]): { byline: string; organisation: string | null } {
  const m = /^(.+?),\s+([^,]+)$/.exec(byline);
  if (!m) return { byline, organisation: null };
  const tail = m[2]!.trim();
  const isOrg = agencies.includes(tail) || /\b(Press|News|Agency|Service|Wire|Associated|Reuters|AFP|Bloomberg)\b/.test(tail) || /^[\p{Lu}]{2,6}$/u.test(tail);
  return isOrg ? { byline: m[1]!.trim(), organisation: tail } : { byline, organisation: null };
}

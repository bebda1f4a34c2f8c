// Desk notes: who reported, wrote and edited a wire story, usually its last line.
//   "(Reporting by Jane Roe in Gaza; Writing by John Doe; Editing by Ann Lee)"
//   "With AFP"   "— With reporting from AP"   "AFP contributed to this report."   "(Reuters)"
//   "This story was compiled by our world desk with agency reports."
import { COMPILED_KEYWORDS, COMPILED_NOTE, CONTRIBUTED, DESK_MAX_WORDS, DESK_ROLE, GENERIC_SOURCES, WITH_NOTE } from './model/desk.js';
import { BYLINE_LOWER, DESK_LOWER } from './model/names.js';
import type { AgencyIndex } from './agencies.js';
import { isNameList } from './names.js';
import { REPORTING_VERBS } from './model/cues.js';
import { moreWordsThan } from './text.js';

const LOWER = new Set([...BYLINE_LOWER, ...DESK_LOWER]);

export interface DeskNote {
  /** Agencies the note names, canonical: "With AFP and Reuters" -> ['AFP', 'Reuters']. */
  agencies: string[];
}

export interface DeskContext {
  /** Before the first body paragraph: "Reporting by Jane Roe" there is a byline, not a note. */
  top: boolean;
  /** Among the last paragraphs: a bare "AFP" or "— Reuters" there is a credit. */
  tail: boolean;
  agencies: AgencyIndex;
}

/** Recognise a desk note; null for anything else ("Reporting by the ministry showed ..."). */
export function deskNote(paragraph: string, ctx: DeskContext): DeskNote | null {
  if (moreWordsThan(paragraph, DESK_MAX_WORDS)) return null;
  const s = paragraph.trim().replace(/\s+/gu, ' ');
  const note = (): DeskNote => ({ agencies: ctx.agencies.mentioned(s) });
  const paren = /^\((.+)\)\.?$/u.exec(s);
  if (paren) {
    const inner = paren[1]!;
    const single = agencyList(inner, ctx.agencies);
    if (single) return { agencies: single };
    // Parentheses around a role list are unambiguous: "(Reporting by ...; Editing by ...)".
    if (inner.split(/\s*;\s*/u).some((seg) => DESK_ROLE.test(seg))) return note();
    return null;
  }
  if (REPORTING_VERBS.test(s)) return null;
  if (ctx.tail) {
    const bare = agencyList(s.replace(/^[—–-]\s*/u, ''), ctx.agencies);
    if (bare) return { agencies: bare };
    if (/^[—–-]?\s*(?:agencies|wires|agency reports)\.?$/iu.test(s)) return note();
  }
  const body = s.replace(/\.$/u, '');
  if (isRoleList(body) && !(ctx.top && /^(?:reporting|written|words|story|text) by\b/iu.test(body))) return note();
  const withNote = WITH_NOTE.exec(body);
  if (withNote) {
    const who = withNote[1]!;
    if (agencyList(who, ctx.agencies) || GENERIC_SOURCES.test(who)) return note();
    if (/reporting|inputs?|files|contribution/iu.test(withNote[0]) && isNameList(who, LOWER)) return note();
  }
  const contributed = CONTRIBUTED.exec(s);
  if (contributed && !moreWordsThan(contributed[1]!, 30) && /\p{Lu}/u.test(contributed[1]!)) {
    if (/\b(?:this|the)\s+(?:report|story|article)|reporting/iu.test(s)) return note();
  }
  if (COMPILED_NOTE.test(s) && !moreWordsThan(s, 30)) {
    if (COMPILED_KEYWORDS.test(s) || ctx.agencies.mentioned(s).length > 0) return note();
  }
  return null;
}

/** "Reporting by Jane Roe in Gaza; Editing by John Doe" — each segment a role and a list of names. */
function isRoleList(s: string): boolean {
  const segs = s.split(/\s*;\s*/u).filter(Boolean);
  return segs.length > 0 && segs.every((seg) => {
    const m = DESK_ROLE.exec(seg);
    return m !== null && isNameList(seg.slice(m[0].length), LOWER);
  });
}

/** "AFP", "Reuters and AP", "AFP/Reuters" -> canonical names; null when anything else is written. */
function agencyList(s: string, agencies: AgencyIndex): string[] | null {
  const parts = s.trim().replace(/\.$/u, '').split(/\s*(?:,|\/|&|\band\b)\s*/u).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  const found = parts.map((p) => agencies.canonical(p));
  return found.every((f): f is string => f !== null) ? [...new Set(found)] : null;
}

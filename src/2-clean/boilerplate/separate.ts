// separateBoilerplate: body paragraphs on one side; captions, credits, related links, notes and
// bylines on the other, plus what the text reveals about its source (dateline, agencies, outlet).
import type { Boilerplate, Dateline } from '../../core/types.js';
import { classifyParagraphs, type ClassifyOptions } from './classify.js';
import { cleanByline, isRolePhrase } from './bylines.js';
import { BYLINE_PREFIX } from './model/bylines.js';
import { footerOutlet } from './promo.js';
import { updateStamps, type UpdateStamp } from './updates.js';

export type OutletHintSource = 'dateline' | 'desk-note' | 'footer';

export interface BoilerplateResult {
  /** Body paragraphs, boilerplate removed and the dateline cut from the first. */
  paragraphs: string[];
  boilerplate: Boilerplate;
  dateline: Dateline | null;
  /** Wire agencies the text credits, canonical ('AFP', 'AP', 'Reuters'), deduplicated. */
  agencies: string[];
  /** The author line, cleaned: "By Jane Roe and John Doe" -> "Jane Roe and John Doe". */
  byline: string | null;
  /** Outlet guessed from the text, for when metadata names none. */
  outletHint: { outlet: string; from: OutletHintSource } | null;
  /** A live blog's update times set aside as notes, each with the body paragraph it heads (none on other pages). */
  updates: UpdateStamp[];
}

export interface SeparateOptions extends ClassifyOptions {
  /** Agencies beyond the model list whose names count as agency credits ("Meridian Press Agency"). */
  extraAgencies?: string[];
}

export function separateBoilerplate(paragraphs: string[], ctx: SeparateOptions = {}): BoilerplateResult {
  const { trace, dateline, deskAgencies, agencies } = classifyParagraphs(paragraphs, ctx);
  const out: Record<keyof Boilerplate | 'paragraphs', string[]> = {
    paragraphs: [], captions: [], credits: [], related: [], notes: [], bylines: [],
  };
  for (const t of trace) for (const p of t.pieces) out[p.slot].push(p.text);

  const found: string[] = [];
  if (dateline?.agency) found.push(dateline.agency);
  for (const p of out.paragraphs) found.push(...agencies.credited(p));
  found.push(...deskAgencies.flat());
  for (const b of out.bylines) found.push(...agencies.mentioned(b));
  let footer: string | null = null;
  for (const n of out.notes) {
    const outlet = footerOutlet(n);
    if (!outlet) continue;
    footer ??= agencies.canonical(outlet) ?? outlet;
    found.push(...agencies.mentioned(n));
  }

  const desk = [...new Set(deskAgencies.flat())];
  const outletHint = footer ? { outlet: footer, from: 'footer' as const }
    : dateline?.agency ? { outlet: dateline.agency, from: 'dateline' as const }
    : desk.length === 1 ? { outlet: desk[0]!, from: 'desk-note' as const }
    : null;

  // Prefer a byline naming people over a role line ("Staff Reporter") when both are given, and
  // a "By Annick Solberg" line over a bare name above it (often the outlet's: "Tessaly Courier").
  const person = (b: string) => !isRolePhrase(cleanByline(b));
  const named = out.bylines.find((b) => BYLINE_PREFIX.test(b.trim()) && person(b)) ?? out.bylines.find(person) ?? out.bylines[0];
  return {
    paragraphs: out.paragraphs,
    boilerplate: { captions: out.captions, credits: out.credits, related: out.related, notes: out.notes, bylines: out.bylines },
    dateline,
    agencies: [...new Set(found)],
    byline: named === undefined ? null : cleanByline(named) || null,
    outletHint,
    updates: updateStamps(trace),
  };
}

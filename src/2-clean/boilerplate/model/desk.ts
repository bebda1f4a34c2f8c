// Desk-note conventions at the foot of wire copy.
// "(Reporting by Jane Roe in Gaza; Writing by John Doe; Editing by Ann Lee)", "With AFP",
// "AFP contributed to this report.", "This story was compiled by our world desk with agency reports."

/** Roles in "ROLE by NAMES" segments. */
export const DESK_ROLE = /^(?:additional |further |with additional |with )?(?:reporting|writing|editing|compiled|compilation|produced|production|translated|translation|adapted|edited|research|fact-checking|graphics|video|photos|reporting and writing|writing and reporting|reporting and editing|compiled and edited)(?: and (?:editing|writing|reporting|research))? by\s+/iu;

/** "With AFP", "— With reporting from AP", "With inputs from agencies". */
export const WITH_NOTE = /^[—–-]?\s*(?:with|additional reporting from|additional reporting by)\s+(?:(?:additional\s+)?(?:reporting|inputs?|files|reports?|contributions?|wires?)\s+(?:from|by)\s+)?(.+?)\.?$/iu;

/** Generic sources that a "With ..." note may name: "With agencies", "With agency reports". */
export const GENERIC_SOURCES = /^(?:(?:news |wire )?agencies|(?:agency|wire|news agency) (?:reports|inputs|copy|files)|wires|wire services|agency|agency inputs)$/iu;

/** "X contributed to this report." */
export const CONTRIBUTED = /^(.{1,160}?)\s+contributed(?:\s+reporting)?(?:\s+(?:to|for))?(?:\s+(?:this|the)\s+(?:report|story|article))?\.?$/iu;

/** "This story was compiled by our ... desk with agency reports." */
export const COMPILED_NOTE = /^(?:this|the) (?:story|article|report|copy|piece) (?:was|has been|is) (?:compiled|written|produced|edited|prepared|put together|based on)\b/iu;

/** A compiled-by note names a desk or wires: "by our newsroom", "with agency reports". */
export const COMPILED_KEYWORDS = /\b(?:our|desk|newsroom|staff|editors|agency reports|wire reports|wires|agencies|agency copy|wire services)\b/iu;

/** Max words in a desk note: longer text is a body paragraph. */
export const DESK_MAX_WORDS = 60;

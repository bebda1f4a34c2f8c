// Mojibake: UTF-8 text that was once decoded as Windows-1252 and stored that way, as scrapers
// and old CMS exports leave it ("FranÃ§ois" for "François", "donâ€™t" for "don’t"). Each run
// that spells valid UTF-8 once read back as Windows-1252 bytes is decoded again; text in any
// script that is not such a run is left as written. A run decoded into Â/Ã runs again is decoded
// once more ("FranÃƒÂ§ois"): text encoded wrongly twice; other leads stay ("Ã†â€¦" is "Æ…").

/** Windows-1252 byte of a character, or -1 when it has none (0x80–0x9F are typographic marks there). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const byteOf = (ch: string): number => {
  const c = ch.charCodeAt(0);
  const h = HIGH.indexOf(ch);
  if (h >= 0) return 0x80 + h;
  return c <= 0xff ? c : -1;
};

// A continuation byte (0x80–0xBF) as Windows-1252 shows it.
const CONT = `[\\u00A0-\\u00BF${HIGH}]`;
// A lead byte and its continuations: two-, three- and four-byte sequences.
const RUN = new RegExp(`(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})+`, 'gu');
const utf8 = new TextDecoder('utf-8', { fatal: true });

// Latin text encoded wrongly twice: nothing but Â or Ã leads with their continuations.
const TWICE = new RegExp(`^(?:[\u00C2\u00C3]${CONT})+$`, 'u');

function decodeRun(run: string, depth = 0): string {
  const bytes = Uint8Array.from([...run].map(byteOf));
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return run;
  }
  return depth === 0 && TWICE.test(text) ? decodeRun(text, 1) : text;
}

/** "Ã©tÃ© 2016 â€“ donâ€™t" -> "été 2016 – don’t"; text without such runs is returned as it is. */
export function repairMojibake(s: string): string {
  // Every run starts with one of Â–ô (0xC2–0xF4): most text has none and costs one scan.
  if (!/[\u00C2-\u00F4]/u.test(s)) return s;
  return s.replace(RUN, (run) => decodeRun(run));
}

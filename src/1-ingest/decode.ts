// Bytes -> string with charset detection. Order: BOM, declared charset (HTTP header,
// <meta charset>, <?xml encoding?>), UTF-16 without BOM (NUL-byte pattern), strict UTF-8,
// then Windows-1252 (the usual charset of legacy Western news pages).

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the bytes were not valid in any expected charset and a fallback was used. */
  warning?: string;
}

import { decodeWindows1252, WINDOWS_1252_LABELS } from './windows-1252.js';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function bomEncoding(b: Uint8Array): { encoding: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 text without a BOM has a NUL in every other byte for Latin script. */
function sniffUtf16(b: Uint8Array): string | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** `<meta charset="x">`, `content="text/html; charset=x"` or `<?xml ... encoding="x"?>` in the first 2 KB. */
export function declaredCharset(b: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 2048));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function tryDecode(b: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    utf8Strict.decode(b);
    return true;
  } catch {
    return false;
  }
}

function supported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

export function decodeBytes(bytes: Uint8Array, hint?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const declared = (hint ?? declaredCharset(bytes))?.toLowerCase();
  if (declared && WINDOWS_1252_LABELS.has(declared) && !isValidUtf8(bytes)) {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
  if (declared && supported(declared) && !/^utf-?8$/.test(declared)) {
    const text = tryDecode(bytes, declared);
    if (text !== null) return { text, encoding: new TextDecoder(declared).encoding };
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Invalid UTF-8: either a legacy single-byte file or a few corrupt bytes in UTF-8.
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const replaced = (lossy.match(/\uFFFD/g) ?? []).length;
  const multibyte = (lossy.match(/[^\x00-\x7F\uFFFD]/g) ?? []).length;
  if (multibyte > replaced) {
    return { text: lossy, encoding: 'utf-8', warning: `${replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD` };
  }
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    warning: 'not valid UTF-8; decoded as Windows-1252',
  };
}

/** True when the bytes look like a binary file (image, archive, executable) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes) || sniffUtf16(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

// Which IP addresses a fetch may connect to. By default only public unicast space is
// allowed, so a URL cannot make Parallax talk to this machine, the LAN or cloud metadata.
import net from 'node:net';
import ipaddr from 'ipaddr.js';

const FORBIDDEN_V4 = new Set([
  'unspecified', 'broadcast', 'multicast', 'linkLocal', 'loopback', 'carrierGradeNat', 'private', 'reserved',
]);
const FORBIDDEN_V6 = new Set([
  'unspecified', 'linkLocal', 'multicast', 'loopback', 'uniqueLocal', 'deprecatedSiteLocal', 'reserved',
  'discard',
]);

const RANGE_WORDS: Record<string, string> = {
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT (100.64.0.0/10)',
  private: 'private',
  reserved: 'reserved',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'site-local',
  discard: 'discard-only',
};

/** Strips URL brackets and an IPv6 zone id ("[fe80::1%eth0]" → "fe80::1"). */
function bare(address: string): string {
  const a = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const pct = a.indexOf('%');
  return pct >= 0 ? a.slice(0, pct) : a;
}

/** The IPv4 address embedded in an IPv6 address (mapped, translated, NAT64, 6to4), if any. */
function embeddedV4(v6: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = v6.parts;
  const range = v6.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145' || (range === 'rfc6052' && p[0] === 0x64 && p[2] === 0)) {
    return new ipaddr.IPv4([p[6]! >> 8, p[6]! & 0xff, p[7]! >> 8, p[7]! & 0xff]);
  }
  if (range === '6to4') return new ipaddr.IPv4([p[1]! >> 8, p[1]! & 0xff, p[2]! >> 8, p[2]! & 0xff]);
  // IPv4-compatible (deprecated) ::a.b.c.d — other than :: and ::1, which are classified as IPv6.
  if (p.slice(0, 6).every((x) => x === 0) && range === 'unicast') {
    return new ipaddr.IPv4([p[6]! >> 8, p[6]! & 0xff, p[7]! >> 8, p[7]! & 0xff]);
  }
  return null;
}

/**
 * Why an address may not be fetched without --allow-private, in words ("loopback",
 * "private", "link-local", …), or null when it is public. Text that is not an IP
 * address is reported as "not an IP address" (callers fail closed).
 */
export function forbiddenReason(address: string): string | null {
  const a = bare(address);
  if (!net.isIP(a)) return 'not an IP address';
  const ip = ipaddr.parse(a);
  if (ip.kind() === 'ipv4') {
    const range = (ip as ipaddr.IPv4).range();
    return FORBIDDEN_V4.has(range) ? (RANGE_WORDS[range] ?? range) : null;
  }
  const v6 = ip as ipaddr.IPv6;
  const range = v6.range();
  if (FORBIDDEN_V6.has(range)) return RANGE_WORDS[range] ?? range;
  const v4 = embeddedV4(v6);
  if (v4 && FORBIDDEN_V4.has(v4.range())) {
    const r = v4.range();
    return `${RANGE_WORDS[r] ?? r} (IPv4 ${v4.toString()} embedded in IPv6)`;
  }
  return null;
}

/** True for loopback, private, link-local, unique-local, CGNAT, multicast, unspecified, reserved. */
export function isForbiddenAddress(address: string): boolean {
  return forbiddenReason(address) !== null;
}

/** True when `host` (as in URL.hostname, brackets allowed) is an IP literal. */
export function isIpLiteral(host: string): boolean {
  return net.isIP(bare(host)) !== 0;
}

export { bare as bareAddress };

// IP_ADDRESS. IPv4 by one anchored regex (the lookbehind keeps a long digit or dot run from
// being re-tried at every position); IPv6 by jumping from ':' to ':' and expanding over hex,
// colons and dots, as the email detector jumps from '@', then parsing the run strictly.
import type { Candidate, ContextWords, Detector } from '../types';
import { gluedAt, gluedBefore } from './word-edges';

const CONTEXT: ContextWords = {
  positive: ['ip', 'ipv4', 'ipv6', 'direccion ip', 'ip address', 'endereco ip', 'host', 'servidor', 'server', 'conexion', 'connection', 'login', 'acceso', 'access'],
  // A Colombian cédula "1.168.135.187" is an IPv4 by shape: identity words near it decide.
  // Versions written like addresses: "la actualización 3.8.1.5", "App iOS 6.2.0.14".
  negative: ['version', 'versao', 'build', 'release', 'firmware', 'actualizacion', 'atualizacao', 'update', 'ios', 'android', 'oid', 'mascara', 'netmask', 'subnet mask', 'mask', 'cedula', 'documento', 'dni', 'identificacion', 'c.c', 'cc', 'nit', 'rut', 'cpf'],
};

/** A routable address in a reply points at a person's connection or device. */
export const SCORE_PUBLIC = 0.8;
/**
 * Private, link-local and carrier-grade NAT ranges do not reach the internet, and the same
 * few (192.168.1.1, 10.0.0.1...) fill every router manual: in a how-to ("abre 192.168.1.1 en
 * el navegador") they identify nobody, so they stay below the default threshold. A personal
 * cue ("mi IP", "your IP address", "desde la IP") lifts one above it (PRIVATE_CONTEXT).
 * Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) score
 * as public: they stand in for real addresses in examples, macros and tests.
 */
export const SCORE_PRIVATE = 0.4;
/** What a personal cue adds to a private address: 0.4 + 0.35 clears the default 0.5. */
const PRIVATE_BOOST = 0.35;

/** Whose address it is, or where someone connected from; "la IP del router" is neither. */
const PRIVATE_CONTEXT: ContextWords = {
  positive: [
    'mi ip', 'tu ip', 'su ip', 'mi direccion ip', 'tu direccion ip', 'su direccion ip', 'desde la ip', 'desde mi ip', 'desde tu ip', 'desde su ip',
    'ip del cliente', 'ip de origen', 'conectado desde', 'conectada desde', 'accedio desde', 'acceso desde', 'inicio de sesion desde',
    'my ip', 'your ip', 'his ip', 'her ip', 'their ip', 'my ip address', 'your ip address', 'from ip', 'from the ip', 'from my ip', 'from your ip',
    // "her home IP", "mi IP de casa", "IP residencial": a person's own connection.
    'home ip', 'ip de casa', 'ip de mi casa', 'ip de su casa', 'ip residencial', 'ip da minha casa',
    'customer ip', 'client ip', 'source ip', 'logged in from', 'login from', 'connected from', 'signed in from', 'accessed from',
    'meu ip', 'seu ip', 'minha ip', 'sua ip', 'meu endereco ip', 'seu endereco ip', 'do ip', 'a partir do ip', 'ip do cliente', 'ip de origem', 'acessou de', 'conectado de',
  ],
  negative: CONTEXT.negative,
};
/** Loopback, unspecified, broadcast, multicast and netmasks identify nobody: below the default threshold. */
export const SCORE_NOBODY = 0.3;
/** "v1.2.3.4": a version glued to its v. */
const SCORE_VERSION = 0.1;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// Not inside a longer dotted run ("1.2.3.4.5") and not after hex + ':' (IPv6 tails are parsed there).
const IPV4 = new RegExp(`(?<![\\d.]|[0-9A-Fa-f]:)${OCTET}(?:\\.${OCTET}){3}(?!\\.?\\d)`, 'g');

export type Range = 'public' | 'private' | 'nobody';

export function ipv4Octets(value: string): number[] | undefined {
  const parts = value.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const p of parts) {
    if (!/^(?:0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return undefined;
    octets.push(Number(p));
  }
  return octets;
}

function isNetmask(o: readonly number[]): boolean {
  const bits = ((o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3]) >>> 0;
  const inverted = ~bits >>> 0;
  // Contiguous ones from the left (255.255.255.0, 255.255.240.0...): inverted + 1 is a power of two.
  return o[0] === 255 && (inverted & (inverted + 1)) === 0;
}

export function ipv4Range(o: readonly number[]): Range {
  const [a, b] = o;
  if (a === 0 || a === 127 || a >= 224 || isNetmask(o)) return 'nobody';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  return 'public';
}

/** Parses an IPv6 address strictly (RFC 4291 text forms, no zone); returns its 8 groups. */
export function ipv6Groups(value: string): number[] | undefined {
  if (value.length < 2 || value.length > 45) return undefined;
  const halves = value.split('::');
  if (halves.length > 2) return undefined;
  const parseSide = (side: string, allowV4: boolean): number[] | undefined => {
    if (side === '') return [];
    const parts = side.split(':');
    const out: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (allowV4 && i === parts.length - 1 && p.includes('.')) {
        const v4 = ipv4Octets(p);
        if (!v4) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else return undefined;
    }
    return out;
  };
  if (halves.length === 1) {
    const all = parseSide(value, true);
    return all && all.length === 8 ? all : undefined;
  }
  const head = parseSide(halves[0], false);
  const tail = parseSide(halves[1], true);
  if (!head || !tail || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

export function ipv6Range(g: readonly number[]): Range {
  const zeroPrefix = g.slice(0, 5).every((x) => x === 0);
  if (zeroPrefix && g[5] === 0xffff) return ipv4Range([g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255]);
  if (g.slice(0, 7).every((x) => x === 0) && g[7] <= 1) return 'nobody'; // :: and ::1
  if (g[0] >= 0xff00) return 'nobody'; // multicast
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xfe00) === 0xfc00) return 'private'; // link-local, unique local
  return 'public';
}

const SCORES: Record<Range, number> = { public: SCORE_PUBLIC, private: SCORE_PRIVATE, nobody: SCORE_NOBODY };

function contextFor(range: Range): Pick<Candidate, 'context' | 'contextBoost'> {
  return range === 'private' ? { context: PRIVATE_CONTEXT, contextBoost: PRIVATE_BOOST } : { context: CONTEXT, contextBoost: 0.15 };
}

function isV6Char(c: number): boolean {
  return (c >= 48 && c <= 58) /* 0-9 : */ || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;
}

const MAX_V6 = 45;

/** Right after "]" or right before "[": glued to a redaction label ("[EMAIL]") that replaced a word. */
function besideLabel(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 93 || text.charCodeAt(end) === 91;
}

function findIpv6(text: string): Candidate[] {
  const out: Candidate[] = [];
  let consumedTo = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', Math.max(colon + 1, consumedTo))) {
    let s = colon;
    while (s > 0 && colon - s <= MAX_V6 && isV6Char(text.charCodeAt(s - 1))) s--;
    let e = colon + 1;
    while (e < text.length && e - s <= MAX_V6 && isV6Char(text.charCodeAt(e))) e++;
    if (e - s > MAX_V6) {
      // Hex and colon soup: skip to its end, never expand from inside it again.
      while (e < text.length && isV6Char(text.charCodeAt(e))) e++;
      consumedTo = e;
      continue;
    }
    consumedTo = e;
    // Trailing sentence punctuation and a single trailing ':' ("IP: fe80::1:") are not the address.
    while (e > colon + 1 && text.charCodeAt(e - 1) === 46) e--;
    if (e - s >= 3 && text.charCodeAt(e - 1) === 58 && text.charCodeAt(e - 2) !== 58) e--;
    while (s < colon && text.charCodeAt(s) === 46) s++;
    if (gluedBefore(text, s) || gluedAt(text, e) || besideLabel(text, s, e)) continue;
    const value = text.slice(s, e);
    const groups = ipv6Groups(value);
    // Two hex groups at least, so "a::b"-like fragments and bare "::" stay quiet, and a
    // digit somewhere, so "cafe::bad" prose is not an address.
    if (!groups || !/\d/.test(value) || (value.match(/[0-9A-Fa-f]+/g) ?? []).length < 2) continue;
    const range = ipv6Range(groups);
    out.push({ entity: 'IP_ADDRESS', subtype: 'IPV6', start: s, end: e, score: SCORES[range], detector: 'ip', reasons: ['shape:ipv6', `range:${range}`], ...contextFor(range) });
  }
  return out;
}

function findIpv4(text: string, taken: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let k = 0; // `taken` is sorted by start: walk it alongside the matches
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(text); m; m = IPV4.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < taken.length && taken[k].end <= start) k++;
    if (k < taken.length && taken[k].start <= start) continue; // the tail of an IPv6 address
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (gluedAt(text, end) || besideLabel(text, start, end)) continue;
    const glued = gluedBefore(text, start);
    // "v1.2.3.4" is a version; any other letter glued on ("abc1.2.3.4") is not an address.
    if (glued && !(before === 118 || before === 86)) continue;
    const octets = ipv4Octets(m[0]);
    if (!octets) continue;
    const range = ipv4Range(octets);
    const score = glued ? SCORE_VERSION : SCORES[range];
    out.push({ entity: 'IP_ADDRESS', subtype: 'IPV4', start, end, score, detector: 'ip', reasons: ['shape:ipv4', glued ? 'version' : `range:${range}`], ...contextFor(range) });
  }
  return out;
}

export const ipDetector: Detector = {
  id: 'ip',
  entities: ['IP_ADDRESS'],
  detect(text) {
    const v6 = text.includes(':') ? findIpv6(text) : [];
    return [...v6, ...findIpv4(text, v6)].sort((a, b) => a.start - b.start);
  },
};

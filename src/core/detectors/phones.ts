// PHONE_NUMBER. libphonenumber's own text search (findNumbers) runs at ~1.5 MB/s, far below the
// 20 MB/s budget, so we find cheap candidates with a linear scanner (digit groups joined by
// + ( ) . - and single spaces) and only validate those with libphonenumber's `max` metadata.
import parsePhoneNumber, { type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { Metadata } from 'libphonenumber-js/core';
import metadataMax from 'libphonenumber-js/metadata.max.json';
import type { Candidate, ContextWords, Detector, DetectorOptions } from '../types';
import { gluedAt, gluedBefore, isCellDelimiter, isMaskChar } from './word-edges';
import { NUMERIC_LOOKALIKE_WORDS } from './lookalikes';

const CONTEXT: ContextWords = {
  positive: [
    // es
    'telefono', 'tel', 'tlf', 'tfno', 'tlfno', 'telf', 'movil', 'celular', 'cel', 'celu', 'whatsapp', 'wsp', 'fijo', 'fax',
    // Chile and Peru say "fono" (and "fono fijo", "fono contacto").
    'fono',
    'llamar', 'llamanos', 'llamenos', 'llame', 'llama', 'llamada', 'numero de contacto', 'marcar',
    // "Contacto: 0034 612 50 25 32": a contact label right before a number means a phone.
    'contacto',
    // "llámame al", "llámenme al", "márcame": the customer asking to be called.
    'llamame', 'llameme', 'llamenme', 'llamarme', 'llamarnos', 'marcame', 'marqueme', 'contactame', 'contactenme',
    // Whose number, or the line being moved: "mi número es", "número a portar".
    'mi numero', 'tu numero', 'su numero', 'numero a portar', 'portar', 'portabilidad', 'linea',
    // en
    'phone', 'mobile', 'cell', 'call', 'contact number', 'contact', 'landline', 'sms', 'text me', 'reach me at', 'dial', 'call me', 'call us', 'call back', 'my number', 'your number',
    // pt
    'telefone', 'contato', 'ligar', 'ligue', 'ligacao', 'meu numero', 'seu numero', 'portabilidade', 'me liga', 'me ligue', 'liguem',
  ],
  // Identity and account numbers belong to other detectors: a phone-shaped run next to these
  // words is not a phone.
  negative: [
    ...NUMERIC_LOOKALIKE_WORDS,
    'dni', 'nie', 'nif', 'ruc', 'cuit', 'cuil', 'curp', 'rfc', 'cpf', 'cnpj', 'rut', 'nit', 'cedula', 'ssn',
    'pasaporte', 'passport', 'tarjeta', 'card', 'cuenta', 'account', 'iban', 'clabe', 'cbu', 'cvu',
    // "Tu número de cliente es ...": the noun after "número" says what it numbers; it ends
    // nearer the value than "tu número", so it wins.
    'numero de cliente', 'numero de socio', 'numero de afiliado', 'numero de usuario', 'numero de contrato',
    'numero de poliza', 'numero de pedido', 'numero de cuenta', 'numero de documento', 'numero de expediente',
    'customer id', 'member id', 'member number', 'account number', 'numero do cliente',
  ],
};

/** E.164 allows 15 digits; national forms add a trunk prefix and Argentina's mobile "15". */
const MAX_DIGITS = 15;
const MIN_DIGITS = 7;
/** Longest written form we consider ("(+54 9) 011 15-2345-6789" is 24 chars). */
const MAX_RUN_CHARS = 26;

/** Written with its country code: hardly anything else looks like that. */
export const SCORE_INTERNATIONAL = 0.85;
/** National form with phone-like grouping: "91 123 45 67", "(11) 96123-4567". */
export const SCORE_FORMATTED = 0.65;
/** A bare digit run that validates: order and ID numbers look the same, so modest. */
export const SCORE_BARE = 0.55;
/** A bare 7-8 digit run: needs a context word ("tel", "celular") to be reported. */
export const SCORE_SHORT_BARE = 0.45;
/**
 * Grouped in a way no region writes its numbers ("612 34 56 7": a Spanish mobile missing a
 * digit that happens to validate in Peru): more likely a typo or another code than a phone,
 * so it needs a context word.
 */
export const SCORE_ODD_GROUPING = 0.45;

const SPACE = 32;
const PLUS = 43;
const OPEN = 40;
const CLOSE = 41;
const DOT = 46;
const DASH = 45;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSeparator(c: number): boolean {
  return c === SPACE || c === DOT || c === DASH || c === OPEN || c === CLOSE;
}

export interface PhoneRun {
  start: number;
  end: number;
  raw: string;
  digits: string;
  /** Starts with "+". */
  international: boolean;
}

/** A phone label right before a colon ("tlf:", "Tel.:", "cel:", "phone:"), on a word edge. */
const PHONE_LABEL_BEFORE = /(?:^|[^\p{L}\p{N}])(?:tel|tlf|tfno|tlfno|telf|fono|cel|movil|m[oó]vil|celular|whatsapp|wsp|phone|mobile|cell|telefone|tel[eé]fono)\.?:$/iu;

/** Chars before a run that make it part of another token: "ORD-6113...", "#123...", "v1.2", "3/". */
function badLeftNeighbour(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if (gluedBefore(text, start) || c === 35 /* # */ || c === 47 /* / */ || c === 92 /* \ */ || c === 64 /* @ */ || c === 36 /* $ */ || c === 0x20ac /* € */ || c === 0xa3 /* £ */) return true;
  // A separator glued to a word or number before it: "ORD-612345678", "1.234.567", "10:30",
  // or to a redaction label: "[CREDENCIAL].533...".
  if (c === 44 && isCellDelimiter(text, start - 1)) return false;
  if (c === DASH || c === DOT || c === 58 /* : */ || c === 44 /* , */ || c === 95 /* _ */ || c === PLUS) {
    // "tlf:612345678", "cel:5512345678": a phone label glued by its colon is a label, not a token.
    if (c === 58 && PHONE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
    return gluedBefore(text, start - 1) || text.charCodeAt(start - 2) === 93 /* ] */;
  }
  if (c === 93) return true;
  return false;
}

/** Chars after a run that make it part of another token: "612345678abc", "12/05", "1.234,56", "10:30". */
function badRightNeighbour(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const c = text.charCodeAt(end);
  if (gluedAt(text, end) || c === 47 || c === 92 || c === 64 || c === 37 /* % */ || c === 0x20ac || c === 0xa3) return true;
  if (c === 44 && isCellDelimiter(text, end)) return false;
  if (c === 44 || c === 58 || c === DOT || c === DASH) return end + 1 < text.length && (isDigit(text.charCodeAt(end + 1)) || isMaskChar(text.charCodeAt(end + 1)));
  return false;
}

const RUN_START = /[0-9]|[+(](?=[0-9+])/g;

/**
 * Finds digit runs that could be written phone numbers. One forward pass: the regex engine
 * jumps to the next digit, and every char is looked at a bounded number of times, so a
 * 100k-digit run costs one walk to its end.
 */
export function phoneRuns(text: string): PhoneRun[] {
  const runs: PhoneRun[] = [];
  const n = text.length;
  RUN_START.lastIndex = 0;
  // test(), not exec(): no match array per digit run (every match is one char long).
  while (RUN_START.test(text)) {
    const start = RUN_START.lastIndex - 1;
    let digitCount = 0;
    let lastDigitEnd = start;
    let seps = 0; // consecutive separators
    let tooLong = false;
    let international = false;
    let j = start;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        seps = 0;
        digitCount++;
        lastDigitEnd = j + 1;
      } else if (d === PLUS && digitCount === 0 && !international) {
        international = true;
      } else if (isSeparator(d)) {
        // Two separators at most (") ", " -"); ". ", " - " and double spaces end a number
        // (sentence ends and lists of numbers), they never sit inside one.
        if (++seps > 2) break;
        const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
        if (next === SPACE && (d === SPACE || d === DOT || (d === DASH && text.charCodeAt(j - 1) === SPACE))) break;
      } else break;
      // Digit soup (a 100k-digit run, a card number): walk on to where the run would end
      // anyway and skip it whole, never re-scanning inside it.
      if (j - start >= MAX_RUN_CHARS || digitCount > MAX_DIGITS) tooLong = true;
    }
    if (tooLong) {
      RUN_START.lastIndex = j;
      continue;
    }
    RUN_START.lastIndex = Math.max(j, start + 1);
    if (digitCount < MIN_DIGITS) continue;
    let s = start;
    // A leading "(" belongs to the number only when its ")" does too.
    if (text.charCodeAt(s) === OPEN && !text.slice(s, lastDigitEnd).includes(')')) s++;
    const e = lastDigitEnd;
    if (badLeftNeighbour(text, s)) {
      // Glued on the left ("Ref-12 612 345 678", "pwd(11) 96123-4567"): the first group belongs
      // to the other token, but a number may still start at the next group. Not after a
      // redaction label ("[CARD](11) ..."): the digits it replaced were one run with these.
      const nextGroup = s > 0 && text.charCodeAt(s - 1) === 93 ? -1 : text.slice(s, e).search(/(?<=[\d)]) /);
      if (nextGroup > 0) RUN_START.lastIndex = s + nextGroup + 1;
      continue;
    }
    if (badRightNeighbour(text, e)) continue;
    const raw = text.slice(s, e);
    runs.push({ start: s, end: e, raw, digits: raw.replace(/\D/g, ''), international });
  }
  return runs;
}

const DATE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.](?:\d{4}|\d{2}))$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Thousands grouping "1.234.567" is an amount when a currency is next to it. */
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const MONEY_BEFORE = /(?:[$€£]|\b(?:usd|eur|mxn|pen|ars|cop|clp|brl|s\/|r\$|us\$))\s{0,2}$/i;
const MONEY_AFTER = /^\s{0,2}(?:[$€£]|(?:usd|eur|mxn|pen|ars|cop|clp|brl|euros?|pesos?|soles|reais|reales|d[oó]lares|dollars?)\b)/i;
/** Check-digit shapes of national IDs (RUT 12.345.678-5, CPF 123.456.789-09, SSN 123-45-6789). */
const ID_SHAPE = /^(?:[\d.]{1,12}-\d|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{3}-\d{2}-\d{4})$/;
/** Dotted runs with a one-digit group are versions or OIDs ("1.2.840.113549", "10.4.2.1"). */
const VERSION_LIKE = /^\d{1,6}(?:\.\d{1,6}){2,}$/;

/** Look-alikes that must never become phones, whatever libphonenumber says. */
export function isLookalike(text: string, run: PhoneRun): boolean {
  const raw = run.raw;
  if (run.international) return false;
  if (DATE.test(raw) || IPV4.test(raw) || ID_SHAPE.test(raw)) return true;
  if (VERSION_LIKE.test(raw) && /(?:^|\.)\d(?:\.|$)/.test(raw)) return true;
  if (THOUSANDS.test(raw)) {
    if (MONEY_BEFORE.test(text.slice(Math.max(0, run.start - 6), run.start))) return true;
    if (MONEY_AFTER.test(text.slice(run.end, run.end + 10))) return true;
  }
  return false;
}

function groupLengths(s: string): string {
  return (s.match(/\d+/g) ?? []).map((g) => g.length).join(',');
}

/** The few numbering-plan fields the prefilter reads (libphonenumber's typings leave them untyped). */
interface PlanFields {
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  type(type: string): { pattern(): string } | undefined;
}

const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/**
 * A parse costs ~4 us (libphonenumber rebuilds its metadata view and regexes on every call),
 * and a number that fails every region costs one parse per region: together that ate the
 * throughput budget (3 MB/s on text dense with numbers). So each region's own patterns from
 * the same `max` metadata are compiled once and tried first, on the digits as written and
 * with the national prefix stripped as libphonenumber strips it; only regions that pass are
 * parsed. Being a superset of isValid, it never hides a number libphonenumber would accept.
 */
type RegionFilter = (digits: string) => boolean;
const regionFilters = new Map<string, RegionFilter>();

function compileRegionFilter(region: CountryCode): RegionFilter {
  const metadata = new Metadata(metadataMax);
  metadata.selectNumberingPlan(region);
  const plan = metadata.numberingPlan as unknown as PlanFields | undefined;
  if (!plan) return () => true;
  const typePatterns = NUMBER_TYPES.map((t) => plan.type(t)?.pattern()).filter((p): p is string => !!p);
  const general = new RegExp(`^(?:${plan.nationalNumberPattern()})$`);
  const typed = typePatterns.length ? new RegExp(`^(?:${typePatterns.map((p) => `(?:${p})`).join('|')})$`) : general;
  const matches = (national: string) => general.test(national) && typed.test(national);
  const prefixSource = plan.nationalPrefixForParsing();
  const prefix = prefixSource ? new RegExp(`^(?:${prefixSource})`) : undefined;
  const transform = plan.nationalPrefixTransformRule();
  return (digits) => {
    if (matches(digits)) return true;
    const m = prefix?.exec(digits);
    if (!prefix || !m || m[0].length === 0) return false;
    const rest = digits.slice(m[0].length);
    if (matches(rest)) return true;
    return !!transform && m[1] !== undefined && matches(m[0].replace(prefix, transform) + rest);
  };
}

function regionFilter(region: CountryCode): RegionFilter {
  let filter = regionFilters.get(region);
  if (!filter) {
    try {
      filter = compileRegionFilter(region);
    } catch {
      filter = () => true; // unknown region: let libphonenumber decide
    }
    regionFilters.set(region, filter);
  }
  return filter;
}

function parseIn(value: string, region?: CountryCode): PhoneNumber | undefined {
  try {
    return parsePhoneNumber(value, { defaultCountry: region, extract: false });
  } catch {
    return undefined;
  }
}

/**
 * Mexico dropped the mobile "1" after +52 in 2019 and libphonenumber now rejects
 * "+52 1 55 ..."; customers still write it, so we retry without it.
 */
function parseInternational(digits: string): PhoneNumber | undefined {
  const p = parseIn('+' + digits);
  if (p?.isValid()) return p;
  if (digits.startsWith('521') && digits.length === 13) {
    const q = parseIn('+52' + digits.slice(3));
    if (q?.isValid()) return q;
  }
  return undefined;
}

/**
 * "(201) 555-0123" and "201-555-0123" are written the North American way; many such numbers
 * are also valid Mexican numbers (same length), and MX comes before US in the default regions.
 */
const NANP_SHAPE = /^(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}$/;

/**
 * How people group numbers: as the region's national or international format does, or in
 * groups of two or more digits (many write "612 345 678" where the plan says "612 34 56 78").
 * A group of one digit other than the first ("1 800...", "9 11...") is a typo's mark.
 */
function usualGrouping(run: PhoneRun, p: PhoneNumber): boolean {
  const written = groupLengths(run.raw);
  if (!/,1(?:,|$)/.test(written) || written === groupLengths(p.formatNational())) return true;
  return written === groupLengths(p.formatInternational()).split(',').slice(1).join(',');
}

/**
 * The first region that validates, preferring one whose national format groups the digits
 * as written ("912 345 678" is Peruvian-style, "912 34 56 78" Spanish-style).
 */
function parseNational(run: PhoneRun, regions: readonly CountryCode[]): PhoneNumber | undefined {
  const order = NANP_SHAPE.test(run.raw) && regions.includes('US') ? ['US' as CountryCode, ...regions] : regions;
  const plausible = order.filter((region) => regionFilter(region)(run.digits));
  const written = plausible.length > 1 && /[ .()-]/.test(run.raw) ? groupLengths(run.raw) : '';
  let first: PhoneNumber | undefined;
  for (const region of plausible) {
    const p = parseIn(run.digits, region);
    if (!p?.isValid()) continue;
    if (!written) return p;
    first ??= p;
    if (groupLengths(p.formatNational()) === written) return p;
  }
  return first;
}

interface Validated {
  region?: string;
  /** Written with its country code (+CC, or the 00 / 011 international prefix). */
  international: boolean;
  /** Grouped as numbers are written (see usualGrouping). */
  usual: boolean;
}

// Support replies repeat the same lines (the company's own number in every signature), so a
// small cache of validations pays for itself. Bounded: cleared when full.
const CACHE_LIMIT = 4096;
const cache = new Map<string, Validated | null>();

function validate(run: PhoneRun, regions: readonly CountryCode[], regionsKey: string): Validated | null {
  // National verdicts depend on the written form (grouping, NANP shape) and the regions: the
  // raw text and the regions are the key, with nothing to compute before the lookup.
  const key = run.international ? `+${run.digits}` : `${run.raw}|${regionsKey}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let p: PhoneNumber | undefined;
  let international = true;
  if (run.international) p = parseInternational(run.digits);
  // "00" is the international prefix in all our default regions but the US, which dials 011.
  else if (run.digits.startsWith('00') && run.digits.length > 9) p = parseInternational(run.digits.slice(2));
  if (!p && !run.international) {
    international = false;
    p = parseNational(run, regions);
    // Mexico's retired mobile prefixes 044 (local) and 045 (long distance) before the
    // ten-digit number: customers still type them, libphonenumber no longer accepts them.
    if (!p && /^04[45]\d{10}$/.test(run.digits) && regions.includes('MX')) {
      p = parseIn(run.digits.slice(3), 'MX');
      if (p && !p.isValid()) p = undefined;
    }
    // 011 is also Buenos Aires' area code with its trunk 0, so it is tried after national forms.
    if (!p && run.digits.startsWith('011') && run.digits.length > 10 && regions.includes('US')) {
      p = parseInternational(run.digits.slice(3));
      international = !!p;
    }
  }
  const result = p ? { region: p.country, international, usual: international || usualGrouping(run, p) } : null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

function scoreOf(run: PhoneRun, found: Validated): number {
  if (found.international) return SCORE_INTERNATIONAL;
  if (!found.usual) return SCORE_ODD_GROUPING;
  if (/[ .()-]/.test(run.raw)) return SCORE_FORMATTED;
  return run.digits.length >= 9 ? SCORE_BARE : SCORE_SHORT_BARE;
}

function candidate(run: PhoneRun, found: Validated): Candidate {
  const score = scoreOf(run, found);
  return {
    entity: 'PHONE_NUMBER',
    subtype: found.region,
    start: run.start,
    end: run.end,
    score,
    detector: 'phones',
    reasons: [found.international ? 'libphonenumber:international' : `libphonenumber:${found.region ?? 'valid'}`, ...(found.usual ? [] : ['grouping:odd'])],
    context: CONTEXT,
    contextBoost: found.international ? 0.1 : 0.35,
  };
}

export const phonesDetector: Detector = {
  id: 'phones',
  entities: ['PHONE_NUMBER'],
  detect(text: string, options: DetectorOptions): Candidate[] {
    const runs = phoneRuns(text).filter((run) => !isLookalike(text, run));
    if (runs.length === 0) return [];
    const regions = options.phoneRegions.map((r) => r.toUpperCase() as CountryCode);
    const out: Candidate[] = [];
    const national: PhoneRun[] = [];
    const known = new Set<string>(regions);
    const fromText: CountryCode[] = [];
    for (const run of runs) {
      if (!run.international) {
        national.push(run);
        continue;
      }
      const found = validate(run, [], '');
      if (!found) continue;
      out.push(candidate(run, found));
      // The text's own +CC makes that region a candidate for its national-format numbers too.
      if (found.region && !known.has(found.region) && fromText.length < 3) {
        known.add(found.region);
        fromText.push(found.region as CountryCode);
      }
    }
    const all = fromText.length ? [...regions, ...fromText] : regions;
    const key = all.join(',');
    for (const run of national) {
      const found = validate(run, all, key);
      if (found) out.push(candidate(run, found));
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

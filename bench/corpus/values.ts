// Made-up values for the labelled corpus. Every value with a checksum gets a correct one,
// computed here and confirmed by the field's validators (stdnum, ibantools, libphonenumber
// 'max'); cards come from published test card lists. Nothing here is a real person's data.
//
// A `bad` variant is the same shape with a failing checksum: a hard negative.
import { stdnum } from 'stdnum';
import { composeIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type Rng = () => number;

/** mulberry32: small, seedable, enough for reproducible made-up numbers. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => String(Math.floor(rng() * 10))).join('');
const letters = (rng: Rng, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string =>
  Array.from({ length: n }, () => pick(rng, alphabet.split(''))).join('');

/** The first check character that makes `validate(body + c)` pass. */
function withCheck(body: string, alphabet: string, validate: (v: string) => boolean): string | undefined {
  for (const c of alphabet) if (validate(body + c)) return body + c;
  return undefined;
}

/** Retries a maker until it returns a value (for bodies whose check cannot be satisfied). */
function retry(make: () => string | undefined, what: string): string {
  for (let i = 0; i < 10000; i++) {
    const v = make();
    if (v) return v;
  }
  throw new Error(`could not make a valid ${what}`);
}

/** Changes one digit so that a checksum fails (and the shape stays). */
function breakDigit(value: string, stillValid: (v: string) => boolean, rng: Rng): string {
  const positions = [...value].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  for (let tries = 0; tries < 100; tries++) {
    const i = pick(rng, positions.slice(-3));
    const d = (Number(value[i]) + 1 + Math.floor(rng() * 8)) % 10;
    const bad = value.slice(0, i) + d + value.slice(i + 1);
    if (!stillValid(bad)) return bad;
  }
  throw new Error('could not break checksum');
}

// ---------------------------------------------------------------- checksums (independent)

export function luhnValid(value: string): boolean {
  const ds = value.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < ds.length; i++) {
    let d = Number(ds[ds.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return ds.length >= 12 && sum % 10 === 0;
}

const ok = (r: { isValid: boolean }) => r.isValid;

/** Validators per subtype with a checksum (or a structural rule); used by the corpus test too. */
export const VALIDATORS: Record<string, (v: string) => boolean> = {
  CARD: luhnValid,
  IBAN: (v) => isValidIBAN(v.replace(/[\s.-]/g, '').toUpperCase()),
  AR_CBU: (v) => ok(stdnum.AR.cbu.validate(v)),
  MX_CLABE: (v) => ok(stdnum.MX.clabe.validate(v)),
  ES_DNI: (v) => ok(stdnum.ES.dni.validate(v.replace(/\./g, ''))),
  ES_NIE: (v) => ok(stdnum.ES.nie.validate(v)),
  ES_CIF: (v) => ok(stdnum.ES.cif.validate(v)),
  PE_RUC: (v) => ok(stdnum.PE.ruc.validate(v)),
  MX_CURP: (v) => ok(stdnum.MX.curp.validate(v)),
  MX_RFC: (v) => ok(stdnum.MX.rfc.validate(v)),
  AR_CUIT: (v) => ok(stdnum.AR.cuit.validate(v)),
  // stdnum rejects dotted RUTs, so compact first.
  CL_RUT: (v) => ok(stdnum.CL.rut.validate(v.replace(/\./g, ''))),
  CO_NIT: (v) => ok(stdnum.CO.nit.validate(v.replace(/\./g, ''))),
  BR_CPF: (v) => ok(stdnum.BR.cpf.validate(v)),
  BR_CNPJ: (v) => ok(stdnum.BR.cnpj.validate(v)),
  US_SSN: (v) => ok(stdnum.US.ssn.validate(v.replace(/ /g, '-'))),
  US_EIN: (v) => ok(stdnum.US.ein.validate(v)),
  US_ITIN: (v) => /^9\d{2}-?(5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])-?\d{4}$/.test(v),
};

/** Phone numbers must be valid for libphonenumber's 'max' metadata. */
export function phoneValid(value: string, region: string): boolean {
  const n = parsePhoneNumberFromString(value, region as never);
  return !!n && n.isValid();
}

// ---------------------------------------------------------------- cards

/** Published test card numbers (Stripe, Adyen, PayPal/Braintree docs). */
export const TEST_CARDS: Record<string, readonly string[]> = {
  VISA: ['4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '4000002500003155', '4000000760000002', '4000004840008001', '4000000320000021', '4000001520000001', '4000001700000003', '4000006040000068', '4917610000000000'],
  MASTERCARD: ['5555555555554444', '5200828282828210', '5105105105105100', '2223003122003222', '5454545454545454', '2222400070000005', '5577000055770004'],
  AMEX: ['378282246310005', '371449635398431', '378734493671000', '370000000000002'],
  DISCOVER: ['6011111111111117', '6011000990139424', '6011981111111113', '6445644564456445'],
  DINERS: ['3056930009020004', '36227206271667', '30569309025904', '38520000023237'],
  JCB: ['3566002020360505', '3530111333300000', '3566111111111113'],
  UNIONPAY: ['6200000000000005', '6200000000000047', '6205500000000000004'],
  MAESTRO: ['6759649826438453', '6771798021000008', '6799990100000000019'],
};

function groupCard(ds: string, sep: string): string {
  if (ds.length === 15) return [ds.slice(0, 4), ds.slice(4, 10), ds.slice(10)].join(sep);
  if (ds.length === 14) return [ds.slice(0, 4), ds.slice(4, 10), ds.slice(10)].join(sep);
  return ds.match(/.{1,4}/g)!.join(sep);
}

export function card(brand: string, fmt: string, rng: Rng): string {
  const list = TEST_CARDS[brand];
  if (!list) throw new Error(`unknown card brand ${brand}`);
  for (const n of list) if (!luhnValid(n)) throw new Error(`published test card fails Luhn: ${brand}`);
  let ds = pick(rng, list);
  if (fmt === 'bad') ds = breakDigit(ds, luhnValid, rng);
  if (fmt === 'raw') return ds;
  if (fmt === 'dash') return groupCard(ds, '-');
  return groupCard(ds, ' ');
}

// ---------------------------------------------------------------- bank accounts

const IBAN_BBAN: Record<string, (rng: Rng) => string> = {
  ES: (rng) => pick(rng, ['2100', '0049', '0182', '2038', '0081', '0128']) + digits(rng, 16),
  DE: (rng) => pick(rng, ['37040044', '50010517', '10020030']) + digits(rng, 10),
  FR: (rng) => pick(rng, ['30006', '20041', '30004']) + digits(rng, 5) + digits(rng, 11) + digits(rng, 2),
  PT: (rng) => pick(rng, ['0002', '0035', '0033']) + digits(rng, 4) + digits(rng, 11) + digits(rng, 2),
  GB: (rng) => pick(rng, ['NWBK', 'BARC', 'MIDL']) + digits(rng, 14),
  IT: (rng) => 'X' + digits(rng, 10) + digits(rng, 12),
};

export function iban(country: string, fmt: string, rng: Rng): string {
  const make = IBAN_BBAN[country];
  if (!make) throw new Error(`no IBAN maker for ${country}`);
  const electronic = retry(() => {
    const v = composeIBAN({ countryCode: country, bban: make(rng) });
    return v && isValidIBAN(v) ? v : undefined;
  }, `IBAN ${country}`);
  const value = fmt === 'bad' ? breakDigit(electronic, (v) => isValidIBAN(v), rng) : electronic;
  return fmt === 'raw' ? value : friendlyFormatIBAN(value) ?? value;
}

export function cbu(fmt: string, rng: Rng): string {
  const v = retry(() => {
    const block1 = withCheck(pick(rng, ['285', '011', '007', '017', '072']) + digits(rng, 4), '0123456789', (b) => {
      const w = [7, 1, 3, 9, 7, 1, 3];
      const s = w.reduce((acc, x, i) => acc + x * Number(b[i]), 0);
      return (10 - (s % 10)) % 10 === Number(b[7]);
    });
    if (!block1) return undefined;
    return withCheck(block1 + digits(rng, 13), '0123456789', VALIDATORS.AR_CBU);
  }, 'CBU');
  if (fmt === 'bad') return breakDigit(v, VALIDATORS.AR_CBU, rng);
  if (fmt === 'sp') return `${v.slice(0, 8)} ${v.slice(8)}`;
  return v;
}

export function clabe(fmt: string, rng: Rng): string {
  const v = retry(() => withCheck(pick(rng, ['002', '012', '014', '021', '072']) + pick(rng, ['180', '320', '580', '650', '010']) + digits(rng, 11), '0123456789', VALIDATORS.MX_CLABE), 'CLABE');
  if (fmt === 'bad') return breakDigit(v, VALIDATORS.MX_CLABE, rng);
  if (fmt === 'sp') return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6, 17)} ${v.slice(17)}`;
  return v;
}

// ---------------------------------------------------------------- national IDs

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function esDni(fmt: string, rng: Rng): string {
  const n = String(10000000 + Math.floor(rng() * 89999999));
  let letter = DNI_LETTERS[Number(n) % 23];
  if (fmt === 'bad') letter = DNI_LETTERS[(Number(n) + 1 + Math.floor(rng() * 20)) % 23];
  if (fmt === 'dash') return `${n}-${letter}`;
  if (fmt === 'dots') return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}-${letter}`;
  if (fmt === 'sp') return `${n} ${letter}`;
  if (fmt === 'lower') return n + letter.toLowerCase();
  return n + letter;
}

function esNie(fmt: string, rng: Rng): string {
  const prefix = pick(rng, ['X', 'Y', 'Z']);
  const body = digits(rng, 7);
  let letter = DNI_LETTERS[Number('XYZ'.indexOf(prefix) + body) % 23];
  if (fmt === 'bad') letter = DNI_LETTERS[(DNI_LETTERS.indexOf(letter) + 3) % 23];
  return fmt === 'dash' ? `${prefix}-${body}-${letter}` : prefix + body + letter;
}

function esCif(fmt: string, rng: Rng): string {
  const v = retry(() => withCheck(pick(rng, ['B', 'A', 'B', 'B']) + pick(rng, ['28', '08', '46', '41', '48']) + digits(rng, 5), '0123456789', VALIDATORS.ES_CIF), 'CIF');
  const out = fmt === 'bad' ? breakDigit(v, VALIDATORS.ES_CIF, rng) : v;
  return fmt === 'dash' ? `${out[0]}-${out.slice(1)}` : out;
}

function peDni(_fmt: string, rng: Rng): string {
  return String(Math.floor(rng() * 8)) + digits(rng, 7);
}

function peRuc(fmt: string, rng: Rng, company = false): string {
  const v = retry(() => withCheck((company ? '20' : '10') + (company ? digits(rng, 8) : String(1 + Math.floor(rng() * 7)) + digits(rng, 7)), '0123456789', VALIDATORS.PE_RUC), 'RUC');
  return fmt === 'bad' ? breakDigit(v, VALIDATORS.PE_RUC, rng) : v;
}

const CURP_STATES = ['DF', 'JC', 'NL', 'PL', 'MC', 'GT', 'VZ', 'YN', 'QT', 'CH', 'SL', 'OC'];
const CURP_HEADS = ['GOMR', 'PERL', 'HELM', 'RAMA', 'LOSE', 'MARS', 'CAGD', 'FUVE', 'TOJA', 'DIAL', 'SAOB', 'VEGM'];
function yymmdd(rng: Rng, from = 1950, to = 2004): { yy: string; mm: string; dd: string; year: number } {
  const year = from + Math.floor(rng() * (to - from + 1));
  const mm = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
  const dd = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
  return { yy: String(year % 100).padStart(2, '0'), mm, dd, year };
}

function mxCurp(fmt: string, rng: Rng): string {
  const v = retry(() => {
    const d = yymmdd(rng);
    const body = pick(rng, CURP_HEADS) + d.yy + d.mm + d.dd + pick(rng, ['H', 'M']) + pick(rng, CURP_STATES) + letters(rng, 3, 'BCDFGHJKLMNPRSTVZ') + (d.year < 2000 ? '0' : 'A');
    return withCheck(body, '0123456789', VALIDATORS.MX_CURP);
  }, 'CURP');
  return fmt === 'bad' ? v.slice(0, 17) + ((Number(v[17]) + 3) % 10) : v;
}

function mxRfc(fmt: string, rng: Rng, company = false): string {
  const v = retry(() => {
    const d = yymmdd(rng, company ? 1980 : 1950, company ? 2020 : 2004);
    const head = company ? pick(rng, ['ABC', 'TEC', 'SIN', 'CMA', 'GFS']) : pick(rng, CURP_HEADS);
    const body = head + d.yy + d.mm + d.dd + letters(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ123456789');
    return withCheck(body, '0123456789A', VALIDATORS.MX_RFC);
  }, 'RFC');
  if (fmt === 'bad') {
    const last = v[v.length - 1];
    const alt = '0123456789A'.split('').find((c) => c !== last && !VALIDATORS.MX_RFC(v.slice(0, -1) + c));
    return v.slice(0, -1) + (alt ?? '');
  }
  return v;
}

function arCuit(fmt: string, rng: Rng, company = false): string {
  const v = retry(() => withCheck((company ? pick(rng, ['30', '33']) : pick(rng, ['20', '27', '23'])) + String(1 + Math.floor(rng() * 4)) + digits(rng, 7), '0123456789', VALIDATORS.AR_CUIT), 'CUIT');
  const out = fmt === 'bad' ? breakDigit(v, VALIDATORS.AR_CUIT, rng) : v;
  return fmt === 'raw' ? out : `${out.slice(0, 2)}-${out.slice(2, 10)}-${out.slice(10)}`;
}

function arDni(fmt: string, rng: Rng): string {
  const n = String(14000000 + Math.floor(rng() * 30000000));
  return fmt === 'raw' ? n : `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}`;
}

function rutDv(body: string): string {
  let sum = 0;
  let w = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += Number(body[i]) * w;
    w = w === 7 ? 2 : w + 1;
  }
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
}

function clRut(fmt: string, rng: Rng): string {
  const body = String(5000000 + Math.floor(rng() * 22000000));
  let dv = rutDv(body);
  if (fmt === 'bad') dv = dv === '0' ? '1' : dv === 'K' ? '2' : String((Number(dv) + 1) % 10);
  if (fmt === 'raw') return `${body}-${dv}`;
  const dotted = body.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${dotted}-${dv}`;
}

function coCc(fmt: string, rng: Rng): string {
  const n = pick(rng, ['10', '52', '79', '80', '11']) + digits(rng, 8);
  return fmt === 'raw' ? n : n.replace(/\B(?=(\d{3})+$)/g, '.');
}

function coNit(fmt: string, rng: Rng): string {
  const v = retry(() => withCheck(pick(rng, ['900', '800', '901', '830']) + digits(rng, 6), '0123456789', VALIDATORS.CO_NIT), 'NIT');
  const out = fmt === 'bad' ? breakDigit(v, VALIDATORS.CO_NIT, rng) : v;
  if (fmt === 'raw') return out;
  if (fmt === 'dash') return `${out.slice(0, 9)}-${out.slice(9)}`;
  return `${out.slice(0, 3)}.${out.slice(3, 6)}.${out.slice(6, 9)}-${out.slice(9)}`;
}

function brCpf(fmt: string, rng: Rng): string {
  const v = retry(() => {
    const body = digits(rng, 9);
    for (const c1 of '0123456789') {
      const full = withCheck(body + c1, '0123456789', VALIDATORS.BR_CPF);
      if (full) return full;
    }
    return undefined;
  }, 'CPF');
  const out = fmt === 'bad' ? breakDigit(v, VALIDATORS.BR_CPF, rng) : v;
  return fmt === 'raw' ? out : `${out.slice(0, 3)}.${out.slice(3, 6)}.${out.slice(6, 9)}-${out.slice(9)}`;
}

function brCnpj(fmt: string, rng: Rng): string {
  const v = retry(() => {
    const base = digits(rng, 8) + '0001';
    for (const c1 of '0123456789') {
      const full = withCheck(base + c1, '0123456789', VALIDATORS.BR_CNPJ);
      if (full) return full;
    }
    return undefined;
  }, 'CNPJ');
  const out = fmt === 'bad' ? breakDigit(v, VALIDATORS.BR_CNPJ, rng) : v;
  return fmt === 'raw' ? out : `${out.slice(0, 2)}.${out.slice(2, 5)}.${out.slice(5, 8)}/${out.slice(8, 12)}-${out.slice(12)}`;
}

function usSsn(fmt: string, rng: Rng): string {
  // `bad`: areas the SSA never issues (000, 666, 9xx) - the shape without the number.
  const area = fmt === 'bad' ? pick(rng, ['000', '666', '900', '987']) : String(1 + Math.floor(rng() * 664)).padStart(3, '0');
  const group = String(1 + Math.floor(rng() * 98)).padStart(2, '0');
  const serial = String(1 + Math.floor(rng() * 9998)).padStart(4, '0');
  if (fmt === 'raw') return area + group + serial;
  if (fmt === 'sp') return `${area} ${group} ${serial}`;
  return `${area}-${group}-${serial}`;
}

function usEin(_fmt: string, rng: Rng): string {
  return retry(() => {
    const v = `${pick(rng, ['12', '27', '45', '46', '81', '83', '94'])}-${digits(rng, 7)}`;
    return VALIDATORS.US_EIN(v) ? v : undefined;
  }, 'EIN');
}

function usItin(_fmt: string, rng: Rng): string {
  return `9${digits(rng, 2)}-${pick(rng, ['70', '78', '83', '88', '90', '94'])}-${digits(rng, 4)}`;
}

// ---------------------------------------------------------------- phones

/** Valid bases per region and kind; the last digits are varied and re-validated. */
const PHONE_BASES: Record<string, { mobile: string; fixed: string; vary: number }> = {
  ES: { mobile: '+34612345678', fixed: '+34912345678', vary: 6 },
  PE: { mobile: '+51912345678', fixed: '+5114123456', vary: 5 },
  MX: { mobile: '+525512345678', fixed: '+523312345678', vary: 6 },
  AR: { mobile: '+5491123456789', fixed: '+541143211234', vary: 6 },
  CO: { mobile: '+573211234567', fixed: '+576012345678', vary: 6 },
  CL: { mobile: '+56961234567', fixed: '+56221234567', vary: 6 },
  BR: { mobile: '+5511961234567', fixed: '+551132345678', vary: 6 },
  // 555-0100..0199 are reserved for fiction.
  US: { mobile: '+12015550123', fixed: '+12025550143', vary: 2 },
};

export function phone(region: string, kind: 'mobile' | 'fixed', fmt: string, rng: Rng): string {
  const base = PHONE_BASES[region];
  if (!base) throw new Error(`no phone base for ${region}`);
  const e164 = retry(() => {
    const b = base[kind];
    const v = b.slice(0, b.length - base.vary) + digits(rng, base.vary);
    return phoneValid(v, region) ? v : undefined;
  }, `phone ${region}`);
  const n = parsePhoneNumberFromString(e164)!;
  switch (fmt) {
    case 'e164':
      return e164;
    case 'nat':
      return n.formatNational();
    case '00':
      return '00' + n.formatInternational().slice(1);
    case 'dash':
      return n.formatNational().replace(/[()]/g, '').trim().replace(/\s+/g, '-');
    case 'raw':
      return String(n.nationalNumber);
    // Mexico's old mobile prefixes, still typed by customers: 044/045 + number, +52 1 + number.
    case 'mx044':
      return '044 ' + n.formatNational();
    case 'mx045':
      return '045 ' + n.formatNational();
    case 'mx1':
      return '+52 1 ' + n.formatNational();
    case 'intl':
    default:
      return n.formatInternational();
  }
}

// ---------------------------------------------------------------- passports, keys

function passport(country: string, rng: Rng): string {
  switch (country) {
    case 'ES':
      return letters(rng, 3) + digits(rng, 6);
    case 'MX':
      return 'G' + digits(rng, 8);
    case 'BR':
      return letters(rng, 2) + digits(rng, 6);
    case 'US':
      return pick(rng, ['', 'A', 'C']) + digits(rng, 8) + '';
    default:
      return letters(rng, 1) + digits(rng, 7);
  }
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function apiKey(kind: string, rng: Rng): string {
  switch (kind) {
    case 'STRIPE':
      return 'sk_test_' + letters(rng, 24, BASE62);
    case 'GH':
      return 'ghp_' + letters(rng, 36, BASE62);
    case 'AWS':
      return 'AKIA' + letters(rng, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    case 'GOOGLE':
      return 'AIza' + letters(rng, 35, BASE62 + '_-');
    case 'HEX':
      return letters(rng, 32, '0123456789abcdef');
    case 'SLACK':
      return 'xoxb-' + digits(rng, 11) + '-' + digits(rng, 12) + '-' + letters(rng, 24, BASE62);
    default:
      throw new Error(`unknown key kind ${kind}`);
  }
}

/** An order or reference number that passes Luhn but is no card (starts with 1 or 9): a hard negative. */
function luhnNumber(length: number, rng: Rng): string {
  const body = pick(rng, ['1', '9']) + digits(rng, length - 2);
  for (const c of '0123456789') if (luhnValid('0000000000' + body + c)) return body + c;
  throw new Error('unreachable: one Luhn check digit always fits');
}

// ---------------------------------------------------------------- placeholder dispatch

/** Fills one `{KIND}` or `{KIND:fmt}` placeholder of a corpus template. */
export function valueFor(kind: string, fmt: string, rng: Rng): string {
  const cardBrands: Record<string, string> = { VISA: 'VISA', MC: 'MASTERCARD', AMEX: 'AMEX', DISC: 'DISCOVER', DINERS: 'DINERS', JCB: 'JCB', UP: 'UNIONPAY', MAESTRO: 'MAESTRO' };
  if (cardBrands[kind]) return card(cardBrands[kind], fmt, rng);
  let m = /^IBAN_([A-Z]{2})$/.exec(kind);
  if (m) return iban(m[1], fmt, rng);
  m = /^PHONE_([A-Z]{2})(_FIX)?$/.exec(kind);
  if (m) return phone(m[1], m[2] ? 'fixed' : 'mobile', fmt, rng);
  m = /^PASS_([A-Z]{2})$/.exec(kind);
  if (m) return passport(m[1], rng);
  m = /^KEY_([A-Z]+)$/.exec(kind);
  if (m) return apiKey(m[1], rng);
  switch (kind) {
    case 'CBU': return cbu(fmt, rng);
    case 'CLABE': return clabe(fmt, rng);
    case 'ES_DNI': return esDni(fmt, rng);
    case 'ES_NIE': return esNie(fmt, rng);
    case 'ES_CIF': return esCif(fmt, rng);
    case 'PE_DNI': return peDni(fmt, rng);
    case 'PE_RUC': return peRuc(fmt, rng);
    case 'PE_RUC20': return peRuc(fmt, rng, true);
    case 'MX_CURP': return mxCurp(fmt, rng);
    case 'MX_RFC': return mxRfc(fmt, rng);
    case 'MX_RFCM': return mxRfc(fmt, rng, true);
    case 'AR_CUIT': return arCuit(fmt, rng);
    case 'AR_CUIT30': return arCuit(fmt, rng, true);
    case 'AR_DNI': return arDni(fmt, rng);
    case 'CL_RUT': return clRut(fmt, rng);
    case 'CO_CC': return coCc(fmt, rng);
    case 'CO_NIT': return coNit(fmt, rng);
    case 'BR_CPF': return brCpf(fmt, rng);
    case 'BR_CNPJ': return brCnpj(fmt, rng);
    case 'US_SSN': return usSsn(fmt, rng);
    case 'US_EIN': return usEin(fmt, rng);
    case 'US_ITIN': return usItin(fmt, rng);
    case 'LUHN': return luhnNumber(Number(fmt || 10), rng);
    case 'OTP6': return digits(rng, 6);
    case 'OTP4': return digits(rng, 4);
    case 'CVV': return digits(rng, 3);
    default:
      throw new Error(`unknown placeholder {${kind}}`);
  }
}

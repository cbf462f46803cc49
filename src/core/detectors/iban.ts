// IBAN_CODE: IBANs (ibantools: mod-97 plus the national check digits it knows, e.g. the
// Spanish "DC"), the Argentine CBU and the Mexican CLABE (stdnum).
// Subtype: IBAN for every country (the country is a reason, `country:ES`), AR_CBU, MX_CLABE.
import { countrySpecs, validateIBAN } from 'ibantools';
import { stdnum } from 'stdnum';
import type { Candidate, ContextWords, Detector } from '../types';
import { isWordChar } from '../text';
import { NUMERIC_LOOKALIKE_WORDS } from './lookalikes';
import { SHARED_CHAIN_OPTIONS, chainWindows, findNumberChains, isDigitCode, isRepeated, withoutStackTraces } from './numbers';

export const BANK_ACCOUNT_CONTEXT: ContextWords = {
  positive: [
    'iban', 'cbu', 'clabe', 'clabe interbancaria', 'cuenta', 'cuenta bancaria', 'numero de cuenta', 'transferencia',
    'transferir', 'deposito', 'banco', 'alias', 'account', 'bank account', 'account number', 'bank', 'wire', 'transfer',
    'conta', 'conta bancaria', 'swift', 'bic',
  ],
  negative: NUMERIC_LOOKALIKE_WORDS,
};

/** Letters and digits of one IBAN, at most one space or dash between them. */
function isIbanChar(c: number): boolean {
  return isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Reads an IBAN of exactly `length` characters from `start`, allowing single spaces or dashes
 * between characters (the grouped print form). Returns its end offset, or -1.
 */
function readIban(text: string, start: number, length: number): number {
  let count = 0;
  let i = start;
  while (count < length && i < text.length) {
    const c = text.charCodeAt(i);
    if (isIbanChar(c)) {
      count++;
      i++;
    } else if ((c === 32 || c === 45 || c === 0xa0) && count > 0 && i + 1 < text.length && isIbanChar(text.charCodeAt(i + 1))) {
      i++;
    } else return -1;
  }
  if (count < length) return -1;
  // "ES91 2100 0418 4502 0005 13321": one character too many is another number.
  return i < text.length && isWordChar(text.charCodeAt(i)) ? -1 : i;
}

// An upper-case country code then two check digits, not glued to a word ("es91..." is not
// looked at). The country is checked against ibantools' registry before anything else is read.
const IBAN_START = /(?<![A-Za-z0-9_])[A-Z]{2}\d\d/g;

function findIbans(text: string): Candidate[] {
  const out: Candidate[] = [];
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m; m = IBAN_START.exec(text)) {
    const country = m[0].slice(0, 2);
    const spec = countrySpecs[country];
    if (!spec?.chars) continue;
    const end = readIban(text, m.index, spec.chars);
    if (end < 0) continue;
    const value = text.slice(m.index, end);
    const electronic = value.replace(/[\s-]/g, '').toUpperCase();
    const { valid } = validateIBAN(electronic);
    if (!valid) continue;
    out.push({
      entity: 'IBAN_CODE',
      subtype: 'IBAN',
      start: m.index,
      end,
      score: 0.95,
      detector: 'iban',
      reasons: ['mod97', `country:${country}`],
      context: BANK_ACCOUNT_CONTEXT,
      contextBoost: 0.05,
      contextPenalty: 0.1,
    });
    IBAN_START.lastIndex = end;
  }
  return out;
}

/** BCRA weights of the CBU's two blocks (bank+branch, account), check digit last. */
function cbuBlockValid(block: string, weights: readonly number[]): boolean {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(block[i]) * weights[i];
  return (10 - (sum % 10)) % 10 === Number(block[weights.length]);
}

/**
 * stdnum.AR.cbu turns a check digit of 0 into "10" and so rejects about one valid CBU in
 * five; only those (a block whose check digit is 0) are re-checked here.
 */
function cbuWithZeroCheckDigit(v: string): boolean {
  if (v[7] !== '0' && v[21] !== '0') return false;
  return cbuBlockValid(v.slice(0, 8), [7, 1, 3, 9, 7, 1, 3]) && cbuBlockValid(v.slice(8), [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]);
}

interface DomesticAccount {
  subtype: 'AR_CBU' | 'MX_CLABE';
  digits: number;
  validate(value: string): boolean;
}

// A bare 18- or 22-digit run is ambiguous (tracking numbers are that long), so these score
// below the threshold and need a word like "CBU", "CLABE", "cuenta" or "transferencia".
const DOMESTIC: readonly DomesticAccount[] = [
  { subtype: 'AR_CBU', digits: 22, validate: (v) => stdnum.AR.cbu.validate(v).isValid || cbuWithZeroCheckDigit(v) },
  { subtype: 'MX_CLABE', digits: 18, validate: (v) => stdnum.MX.clabe.validate(v).isValid },
];

function findDomesticAccounts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const chain of findNumberChains(text, SHARED_CHAIN_OPTIONS)) {
    for (const w of chainWindows(chain, { minDigits: 18, maxDigits: 22, maxPieces: 6 })) {
      const account = DOMESTIC.find((d) => d.digits === w.compact.length);
      if (!account || isRepeated(w.compact) || !withoutStackTraces(() => account.validate(w.compact))) continue;
      out.push({
        entity: 'IBAN_CODE',
        subtype: account.subtype,
        start: w.start,
        end: w.end,
        score: 0.45,
        detector: 'iban',
        reasons: [`checksum:${account.subtype}`],
        context: BANK_ACCOUNT_CONTEXT,
        contextBoost: 0.45,
      });
    }
  }
  return out;
}

export const ibanDetector: Detector = {
  id: 'iban',
  entities: ['IBAN_CODE'],
  detect(text) {
    return [...findIbans(text), ...findDomesticAccounts(text)];
  },
};

// Shared scanning for the checksum detectors (cards, bank accounts, national IDs).
// One linear pass with charCodeAt: no regex runs over digit runs, so a 100k-digit run costs
// one walk and produces nothing (its piece is too long to be any number we know).
import { isWordChar } from '../text';

/** Digits joined by single joiner characters, e.g. "12.345.678-9" or "4111-1111". */
export interface NumberPiece {
  start: number;
  end: number;
  /** Digits (and a trailing check letter, if accepted), upper-cased: "123456789" / "12345678K". */
  compact: string;
  /** Digits as '9', letters as themselves, joiners kept: "99.999.999-K". */
  shape: string;
  /** More digits than `maxPieceDigits`: no window may include it. */
  tooLong: boolean;
}

/** Pieces separated by exactly one spacer character ("600 123 456" is three pieces). */
export interface NumberChain {
  pieces: NumberPiece[];
  /** The chain touches a letter, another number, a mask or a currency sign at its left. */
  gluedLeft: boolean;
  gluedRight: boolean;
}

export interface ChainOptions {
  /** Characters that join digits inside one piece (e.g. ".-/" for IDs, "-" for cards). */
  joiners: string;
  /** Characters that separate pieces of one chain (e.g. " " and NBSP). */
  spacers: string;
  /** Longer pieces are marked tooLong (and never validated). */
  maxPieceDigits: number;
  /** After a piece, accept "-K"/"-k"-style check letters from this set (upper case). */
  checkLetters?: string;
}

const NBSP = 0xa0;

/** Cards (<= 19) and CBUs (22) share one scan, so they use the same piece limit. */
export const SHARED_MAX_PIECE_DIGITS = 22;

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function has(set: string, code: number): boolean {
  // The sets are a few ASCII characters: indexOf on a tiny string is the fastest test.
  return code < 128 ? set.indexOf(String.fromCharCode(code)) !== -1 : code === NBSP && set.includes('\u00a0');
}

/** Characters that show a number was already masked or is an amount or a signed value. */
function isMaskOrSign(c: number): boolean {
  return c === 42 /* * */ || c === 0x2022 /* • */ || c === 0x25cf /* ● */ || c === 43 /* + */ || c === 36 /* $ */ || c === 0x20ac /* € */ || c === 0xa3 /* £ */ || c === 37 /* % */ || c === 35; /* # */
}

/** "ORD-4111…", "v2.12345678", "3,1234" : a joiner glued to a word on the far side. */
function isGlueMark(c: number): boolean {
  return c === 45 /* - */ || c === 46 /* . */ || c === 44 /* , */ || c === 47; /* / */
}

export function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const p = text.charCodeAt(start - 1);
  if (isWordChar(p) || isMaskOrSign(p)) return true;
  if (isGlueMark(p) && start >= 2) {
    const pp = text.charCodeAt(start - 2);
    return isWordChar(pp) || isMaskOrSign(pp);
  }
  return false;
}

export function gluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const n = text.charCodeAt(end);
  if (isWordChar(n) || isMaskOrSign(n)) return true;
  if (isGlueMark(n) && end + 1 < text.length) {
    const nn = text.charCodeAt(end + 1);
    return isWordChar(nn) || isMaskOrSign(nn);
  }
  return false;
}

// Cards and bank accounts scan the same text with the same options one after the other:
// remember the last answer (strings compare by identity first, so the check is cheap).
let memo: { text: string; key: string; chains: NumberChain[] } | undefined;

export function findNumberChains(text: string, options: ChainOptions): NumberChain[] {
  const key = `${options.joiners}|${options.spacers}|${options.maxPieceDigits}|${options.checkLetters ?? ''}`;
  if (memo && memo.text === text && memo.key === key) return memo.chains;
  const chains = scanNumberChains(text, options);
  memo = { text, key, chains };
  return chains;
}

/**
 * Finds chains of digit pieces. Linear: each character is looked at a bounded number of
 * times. A piece's compact and shape are only built when it is short enough to matter.
 */
function scanNumberChains(text: string, options: ChainOptions): NumberChain[] {
  const { joiners, spacers, maxPieceDigits, checkLetters = '' } = options;
  const chains: NumberChain[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const chainStart = i;
    const pieces: NumberPiece[] = [];
    // Read pieces while a single spacer is followed by a digit.
    for (;;) {
      const pieceStart = i;
      let digits = 0;
      let end = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigitCode(c)) {
          digits++;
          i++;
          end = i;
        } else if (has(joiners, c) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) {
          i++;
        } else break;
      }
      let withLetter = false;
      if (checkLetters && i + 2 <= n && text.charCodeAt(i) === 45) {
        const l = text.charCodeAt(i + 1);
        const upper = l >= 97 && l <= 122 ? l - 32 : l;
        if (upper >= 65 && upper <= 90 && checkLetters.includes(String.fromCharCode(upper)) && !(i + 2 < n && isWordChar(text.charCodeAt(i + 2)))) {
          withLetter = true;
          i += 2;
          end = i;
        }
      }
      const tooLong = digits > maxPieceDigits;
      let compact = '';
      let shape = '';
      if (!tooLong) {
        for (let k = pieceStart; k < end; k++) {
          const c = text.charCodeAt(k);
          if (isDigitCode(c)) {
            compact += text[k];
            shape += '9';
          } else if (withLetter && k === end - 1) {
            const letter = text[k].toUpperCase();
            compact += letter;
            shape += letter;
          } else shape += text[k];
        }
      }
      pieces.push({ start: pieceStart, end, compact, shape, tooLong });
      if (i + 1 < n && has(spacers, text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    const last = pieces[pieces.length - 1];
    chains.push({ pieces, gluedLeft: gluedBefore(text, chainStart), gluedRight: gluedAfter(text, last.end) });
    i = Math.max(i, last.end);
  }
  return chains;
}

export interface NumberWindow {
  start: number;
  end: number;
  /** Concatenated compacts of the pieces. */
  compact: string;
  /** Shapes joined by a single space: "9999 9999 9999 9999". */
  shape: string;
  /** Index of the first and last piece in the chain. */
  first: number;
  last: number;
}

/**
 * Every run of consecutive pieces whose digit count is within [minDigits, maxDigits], skipping
 * windows that touch a glued chain end or include a too-long piece. Bounded per piece, so
 * linear in the number of pieces.
 */
export function* chainWindows(chain: NumberChain, minDigits: number, maxDigits: number): Generator<NumberWindow> {
  const { pieces } = chain;
  for (let a = 0; a < pieces.length; a++) {
    if (a === 0 && chain.gluedLeft) continue;
    let compact = '';
    let shape = '';
    for (let b = a; b < pieces.length; b++) {
      const p = pieces[b];
      if (p.tooLong) break;
      compact += p.compact;
      shape += (b > a ? ' ' : '') + p.shape;
      if (compact.length > maxDigits) break;
      if (compact.length < minDigits) continue;
      if (b === pieces.length - 1 && chain.gluedRight) continue;
      yield { start: pieces[a].start, end: p.end, compact, shape, first: a, last: b };
    }
  }
}

/** Luhn (mod 10) over a string of ASCII digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** True when every character is the same ("00000000", "11111111111"): test patterns, not IDs. */
export function isRepeated(value: string): boolean {
  for (let i = 1; i < value.length; i++) if (value[i] !== value[0]) return false;
  return true;
}

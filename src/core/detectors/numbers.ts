// Shared scanning for the checksum detectors (cards, bank accounts, national IDs).
// One linear pass with charCodeAt: no regex runs over digit runs, so a 100k-digit run costs
// one walk and produces nothing (its piece is too long to be any number we know).
import { isWordChar } from '../text';
import { isCellDelimiter } from './word-edges';
import { PerScan } from './per-scan';

/** Digits joined by single joiner characters, e.g. "12.345.678-9" or "4111-1111". */
export interface NumberPiece {
  start: number;
  end: number;
  /** Length of the compact value: digits, plus one for an accepted check letter. */
  length: number;
  /** Ends in an accepted check letter ("-K"). */
  withLetter: boolean;
  /** More digits than `maxPieceDigits`: no window may include it. */
  tooLong: boolean;
}

/** Pieces separated by exactly one spacer character ("600 123 456" is three pieces). */
export interface NumberChain {
  text: string;
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
  /** Chains with fewer digits (outside too-long pieces) are not returned. */
  minChainDigits: number;
  /** After a piece, accept "-K"/"-k"-style check letters from this set (upper case). */
  checkLetters?: string;
}

const NBSP = 0xa0;

/** Cards (13-19 digits) and CBU/CLABE (18, 22) share one scan of grouped digits. */
export const SHARED_CHAIN_OPTIONS: ChainOptions = { joiners: '-', spacers: ' \u00a0', maxPieceDigits: 22, minChainDigits: 13 };

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A lookup table for a small set of separator characters (ASCII and NBSP). */
function charSet(chars: string): (code: number) => boolean {
  const ascii = new Uint8Array(128);
  for (const ch of chars) if (ch.charCodeAt(0) < 128) ascii[ch.charCodeAt(0)] = 1;
  const nbsp = chars.includes('\u00a0');
  return (code) => (code < 128 ? ascii[code] === 1 : nbsp && code === NBSP);
}

const charSets = new Map<string, (code: number) => boolean>();
function charSetOf(chars: string): (code: number) => boolean {
  let set = charSets.get(chars);
  if (!set) charSets.set(chars, (set = charSet(chars)));
  return set;
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
  if (isGlueMark(p) && start >= 2 && !isCellDelimiter(text, start - 1)) {
    const pp = text.charCodeAt(start - 2);
    return isWordChar(pp) || isMaskOrSign(pp);
  }
  return false;
}

export function gluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const n = text.charCodeAt(end);
  if (isWordChar(n) || isMaskOrSign(n)) return true;
  if (isGlueMark(n) && end + 1 < text.length && !isCellDelimiter(text, end)) {
    const nn = text.charCodeAt(end + 1);
    return isWordChar(nn) || isMaskOrSign(nn);
  }
  return false;
}

// Cards and bank accounts scan the same text with the same options one after the other:
// remember the answer for the current scan (strings compare by identity first: cheap).
const memo = new PerScan<NumberChain[]>();

export function findNumberChains(text: string, options: ChainOptions): NumberChain[] {
  const key = `${options.joiners}|${options.spacers}|${options.maxPieceDigits}|${options.minChainDigits}|${options.checkLetters ?? ''}`;
  return memo.get(text, key, () => {
    const chains: NumberChain[] = [];
    scanNumberChains(text, options, (chain) => chains.push(chain));
    return chains;
  });
}

/**
 * Hands each chain to `visit` as it is found, for a single user of these options: the
 * chains die young instead of living, all of them, until the last is handled (on digit-dense
 * text, tens of thousands of objects the garbage collector would copy).
 */
export function forEachNumberChain(text: string, options: ChainOptions, visit: (chain: NumberChain) => void): void {
  scanNumberChains(text, options, visit);
}

/** '9' repeated, by length: the shape of a piece of plain digits, the commonest case. */
const NINES: readonly string[] = Array.from({ length: 65 }, (_, n) => '9'.repeat(n));
const NON_DIGITS = /[^0-9]/g;
const DIGITS = /[0-9]/g;

/** The piece is digits only (no joiner, no check letter): its text is its compact form. */
function plainDigits(p: NumberPiece): boolean {
  return p.length === p.end - p.start && !p.withLetter && p.length < NINES.length;
}

// Strings are built by one slice and one replace, not char by char: appending to a short
// string copies it, and digit-dense text has tens of thousands of pieces.

/** Digits (and check letter) upper-cased: "123456789", "12345678K". */
function pieceCompact(text: string, p: NumberPiece): string {
  if (plainDigits(p)) return text.slice(p.start, p.end);
  const digits = text.slice(p.start, p.withLetter ? p.end - 1 : p.end).replace(NON_DIGITS, '');
  return p.withLetter ? digits + text[p.end - 1].toUpperCase() : digits;
}

/** Digits as '9', a check letter as itself, joiners kept: "99.999.999-K". */
function pieceShape(text: string, p: NumberPiece): string {
  if (plainDigits(p)) return NINES[p.length];
  const shape = text.slice(p.start, p.withLetter ? p.end - 1 : p.end).replace(DIGITS, '9');
  return p.withLetter ? shape + text[p.end - 1].toUpperCase() : shape;
}

const NEXT_DIGIT = /[0-9]/g;

/** The runs of ASCII digits of a text, ascending: `starts[k]` to `ends[k]`, for k < count. */
export interface DigitRuns {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const digitRunsMemo = new PerScan<DigitRuns>();

/**
 * Every run of digits of the text, found once per scan (the regex engine skips prose to the
 * next digit several times faster than a charCodeAt loop) and shared by the card and
 * bank-account chains, the ID chains and the ID anchors.
 */
export function digitRuns(text: string): DigitRuns {
  return digitRunsMemo.get(text, '', () => {
    let starts = new Int32Array(1024);
    let ends = new Int32Array(1024);
    let count = 0;
    NEXT_DIGIT.lastIndex = 0;
    while (NEXT_DIGIT.test(text)) {
      const start = NEXT_DIGIT.lastIndex - 1;
      let end = start + 1;
      while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
      if (count === starts.length) {
        const grownStarts = new Int32Array(count * 2);
        const grownEnds = new Int32Array(count * 2);
        grownStarts.set(starts);
        grownEnds.set(ends);
        starts = grownStarts;
        ends = grownEnds;
      }
      starts[count] = start;
      ends[count] = end;
      count++;
      NEXT_DIGIT.lastIndex = end;
    }
    return { starts, ends, count };
  });
}

/**
 * Finds chains of digit pieces. Linear: each character is looked at a bounded number of
 * times, and only chains with enough digits to matter are materialised (a text full of
 * "1.1.1." or dates allocates nothing).
 */
function scanNumberChains(text: string, options: ChainOptions, visit: (chain: NumberChain) => void): void {
  const { joiners, spacers, maxPieceDigits, minChainDigits, checkLetters = '' } = options;
  const n = text.length;
  const isJoiner = charSetOf(joiners);
  const isSpacer = charSetOf(spacers);
  // Raw pieces of the current chain: [start, end, length, withLetter, tooLong] per piece,
  // the first `used` entries of one reused array (emptying it would free its store, and
  // every digit run of the text would allocate a new one).
  const raw: number[] = [];
  let used = 0;
  let i = 0;
  const runs = digitRuns(text);
  let run = 0;
  while (i < n) {
    // The next digit: a chain always stops on a non-digit, so that digit starts a run.
    while (run < runs.count && runs.starts[run] < i) run++;
    if (run === runs.count) return;
    i = runs.starts[run];
    const chainStart = i;
    used = 0;
    let usefulDigits = 0;
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
        } else if (isJoiner(c) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) {
          i++;
        } else break;
      }
      let withLetter = 0;
      if (checkLetters && i + 2 <= n && text.charCodeAt(i) === 45) {
        const l = text.charCodeAt(i + 1);
        const upper = l >= 97 && l <= 122 ? l - 32 : l;
        if (upper >= 65 && upper <= 90 && checkLetters.includes(String.fromCharCode(upper)) && !(i + 2 < n && isWordChar(text.charCodeAt(i + 2)))) {
          withLetter = 1;
          i += 2;
          end = i;
        }
      }
      const tooLong = digits > maxPieceDigits ? 1 : 0;
      if (!tooLong) usefulDigits += digits;
      raw[used] = pieceStart;
      raw[used + 1] = end;
      raw[used + 2] = digits + withLetter;
      raw[used + 3] = withLetter;
      raw[used + 4] = tooLong;
      used += 5;
      if (i + 1 < n && isSpacer(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    const lastEnd = raw[used - 4];
    if (usefulDigits >= minChainDigits) {
      const pieces: NumberPiece[] = [];
      for (let k = 0; k < used; k += 5) pieces.push({ start: raw[k], end: raw[k + 1], length: raw[k + 2], withLetter: raw[k + 3] === 1, tooLong: raw[k + 4] === 1 });
      visit({ text, pieces, gluedLeft: gluedBefore(text, chainStart), gluedRight: gluedAfter(text, lastEnd) });
    }
    i = Math.max(i, lastEnd);
  }
}

/**
 * Consecutive pieces of a chain whose digit count is within limits. Its compact form is built
 * when first read: most windows of a digit-dense text are rejected on their shape alone.
 */
export class NumberWindow {
  #compact: string | undefined;

  constructor(
    readonly chain: NumberChain,
    /** Index of the first and last piece in the chain. */
    readonly first: number,
    readonly last: number,
    /** Digits plus an accepted check letter: the compact form's length. */
    readonly length: number,
    /** Shapes joined by a single space: "9999 9999 9999 9999". */
    readonly shape: string,
  ) {}

  get start(): number {
    return this.chain.pieces[this.first].start;
  }

  get end(): number {
    return this.chain.pieces[this.last].end;
  }

  /** Concatenated compacts of the pieces. */
  get compact(): string {
    if (this.#compact === undefined) {
      let compact = '';
      for (let k = this.first; k <= this.last; k++) compact += pieceCompact(this.chain.text, this.chain.pieces[k]);
      this.#compact = compact;
    }
    return this.#compact;
  }
}

/**
 * Shapes of windows of plain-digit pieces, by their lengths ("999 99 9999"): one string per
 * grouping, so a text's thousands of phone-like numbers share a few shapes, which a Map
 * hashes once. Bounded: a text cannot make it grow without limit.
 */
const plainShapes = new Map<number, string>();
const PLAIN_SHAPES_LIMIT = 4096;

function plainShape(pieces: readonly NumberPiece[], first: number, last: number): string | undefined {
  let key = 0;
  for (let k = first; k <= last; k++) {
    if (!plainDigits(pieces[k]) || pieces[k].length > 31) return undefined;
    key = key * 32 + pieces[k].length;
  }
  key = key * 8 + (last - first);
  let shape = plainShapes.get(key);
  if (shape === undefined) {
    shape = NINES[pieces[first].length];
    for (let k = first + 1; k <= last; k++) shape += ' ' + NINES[pieces[k].length];
    if (plainShapes.size >= PLAIN_SHAPES_LIMIT) plainShapes.clear();
    plainShapes.set(key, shape);
  }
  return shape;
}

/** Longer chains (space-separated groups) are tried piece by piece only. */
export const LONG_CHAIN_PIECES = 48;

export interface WindowLimits {
  minDigits: number;
  maxDigits: number;
  /** At most this many space-separated pieces per window ("4111 1111 1111 1111" is 4). */
  maxPieces: number;
}

/**
 * Every run of consecutive pieces whose length is within limits, skipping windows that touch
 * a glued chain end or include a too-long piece. At most maxPieces windows per piece, and
 * strings are only built for windows in range, so "1 1 1 1 ..." costs a few additions.
 */
export function chainWindows(chain: NumberChain, limits: WindowLimits): NumberWindow[] {
  const { pieces } = chain;
  const out: NumberWindow[] = [];
  // A chain of hundreds of space-separated groups is a dump of numbers, not prose: only its
  // pieces are tried one by one (a list of compact cards still works), never combinations.
  const maxPieces = pieces.length > LONG_CHAIN_PIECES ? 1 : limits.maxPieces;
  // Each piece is in up to maxPieces windows: build its shape once, when first needed.
  const shapes: (string | undefined)[] = [];
  for (let a = 0; a < pieces.length; a++) {
    if (a === 0 && chain.gluedLeft) continue;
    let length = 0;
    for (let b = a; b < pieces.length && b - a < maxPieces; b++) {
      const p = pieces[b];
      if (p.tooLong) break;
      length += p.length;
      if (length > limits.maxDigits) break;
      if (length < limits.minDigits) continue;
      if (b === pieces.length - 1 && chain.gluedRight) continue;
      let shape = plainShape(pieces, a, b);
      if (shape === undefined) {
        shape = '';
        for (let k = a; k <= b; k++) shape += (k > a ? ' ' : '') + (shapes[k] ??= pieceShape(chain.text, pieces[k]));
      }
      out.push(new NumberWindow(chain, a, b, length, shape));
    }
  }
  return out;
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

/**
 * stdnum reports an invalid value by building an Error; capturing its stack trace is most of
 * the cost (about 6 µs per call in V8), which adds up on number-heavy text. We never read
 * the stack, so turn it off around validation.
 */
export function withoutStackTraces<T>(fn: () => T): T {
  const E = Error as { stackTraceLimit?: number };
  const limit = E.stackTraceLimit;
  E.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    E.stackTraceLimit = limit;
  }
}

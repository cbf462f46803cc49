// Refuses team-written regular expressions that could backtrack catastrophically or scan a
// megabyte too slowly. Conservative by design: a refused pattern can be rewritten (the
// message says how); an accepted one runs in time linear in the text, times a small bound.
//
// The checker parses the pattern (JavaScript syntax) into a small tree and asks:
// - backreferences?                       -> refused (matching them is NP-hard in general)
// - a variable repetition whose characters can also start what follows it, inside another
//   repetition ((a+)+, (.*a){20}, (a{1,2}){1,20})        -> nested quantifier
// - alternatives that can start with the same character under a repetition ((a|a)*, (a|ab){5})
//                                                          -> overlapping alternation
// - repetitions in a row that can take the same characters (\d{0,40}\d{0,40}): each start
//   position tries every split, so their ranges multiply; refused above MAX_AMBIGUITY
// - unbounded quantifiers (*, +, {n,})   -> refused: each attempt must stop after a bounded
//   number of characters, or a long digit run is re-scanned from every position
// - repetition counts, the longest possible match and the pattern's length above limits.

export const MAX_PATTERN_LENGTH = 300;
export const MAX_REPEAT = 100;
export const MAX_MATCH_LENGTH = 256;
/** Most ways one start position may split the text among ambiguous repetitions. */
export const MAX_AMBIGUITY = 256;
export const ALLOWED_FLAGS = 'imsu';

export type UnsafeReason =
  | 'too-long'
  | 'invalid'
  | 'flags'
  | 'backreference'
  | 'nested-quantifier'
  | 'overlapping-alternation'
  | 'ambiguous-repetition'
  | 'unbounded-quantifier'
  | 'repeat-too-large'
  | 'match-too-long'
  | 'empty-match';

export interface PatternVerdict {
  safe: boolean;
  reason?: UnsafeReason;
  /** English explanation naming the construct and how to rewrite it. */
  message?: string;
}

// ---- character sets as sorted, disjoint code point ranges --------------------------------
type Ranges = readonly (readonly [number, number])[];
const MAX_CP = 0x10ffff;

function normalise(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
function union(...sets: Ranges[]): Ranges {
  return normalise(sets.flatMap((s) => s.map(([a, b]) => [a, b] as [number, number])));
}
function complement(set: Ranges): Ranges {
  const out: [number, number][] = [];
  let from = 0;
  for (const [a, b] of set) {
    if (a > from) out.push([from, a - 1]);
    from = b + 1;
  }
  if (from <= MAX_CP) out.push([from, MAX_CP]);
  return out;
}
function intersects(x: Ranges, y: Ranges): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i][1] < y[j][0]) i++;
    else if (y[j][1] < x[i][0]) j++;
    else return true;
  }
  return false;
}
const cp = (c: string) => c.codePointAt(0) as number;
const DIGITS: Ranges = [[48, 57]];
const WORD: Ranges = normalise([[48, 57], [65, 90], [95, 95], [97, 122]]);
const SPACE: Ranges = normalise([[9, 13], [32, 32], [160, 160], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]]);
const LINE_ENDS: Ranges = normalise([[10, 10], [13, 13], [0x2028, 0x2029]]);
const ANY: Ranges = [[0, MAX_CP]];
const EMPTY: Ranges = [];

function caseFolded(set: Ranges): Ranges {
  const extra: [number, number][] = [];
  for (const [a, b] of set) {
    const lo = Math.max(a, 65), hi = Math.min(b, 90);
    if (lo <= hi) extra.push([lo + 32, hi + 32]);
    const lo2 = Math.max(a, 97), hi2 = Math.min(b, 122);
    if (lo2 <= hi2) extra.push([lo2 - 32, hi2 - 32]);
  }
  // Non-ASCII letters fold too; treat any non-ASCII member as possibly overlapping its case pair.
  return extra.length ? union(set, extra) : set;
}

// ---- the tree --------------------------------------------------------------------------
type Node =
  | { type: 'alt'; alts: Node[] }
  | { type: 'seq'; items: Node[] }
  | { type: 'char'; set: Ranges }
  | { type: 'group'; body: Node; zeroWidth: boolean }
  | { type: 'repeat'; body: Node; min: number; max: number }
  | { type: 'assert' }
  | { type: 'backref' };

class Unsafe extends Error {
  constructor(readonly reason: UnsafeReason, message: string) {
    super(message);
  }
}

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly flags: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Unsafe('invalid', `unexpected ')' at ${this.i}`);
    return node;
  }

  private get unicode(): boolean {
    return this.flags.includes('u');
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0] : { type: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { type: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal '{' outside u mode
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same risk
    return this.quantified({ type: 'repeat', body: atom, min, max });
  }

  private atom(): Node {
    const c = this.src[this.i];
    if (c === '(') return this.group();
    if (c === '[') return { type: 'char', set: this.charClass() };
    if (c === '.') {
      this.i++;
      return { type: 'char', set: this.flags.includes('s') ? ANY : complement(LINE_ENDS) };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { type: 'assert' };
    }
    if (c === '\\') return this.escape(false) as Node;
    const code = this.unicode ? cp(this.src.slice(this.i)) : this.src.charCodeAt(this.i);
    this.i += code > 0xffff ? 2 : 1;
    return { type: 'char', set: this.fold([[code, code]]) };
  }

  private fold(set: Ranges): Ranges {
    return this.flags.includes('i') ? caseFolded(set) : set;
  }

  private group(): Node {
    this.i++; // (
    let zeroWidth = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) { this.i += 2; zeroWidth = true; }
    else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) { this.i += 3; zeroWidth = true; }
    else if (this.src.startsWith('?<', this.i)) {
      const close = this.src.indexOf('>', this.i);
      this.i = close + 1;
    }
    const body = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsafe('invalid', 'unclosed group');
    this.i++;
    return { type: 'group', body, zeroWidth };
  }

  /** Parses an escape; in a class, returns its set (assertions are not allowed there). */
  private escape(inClass: boolean): Node | Ranges {
    const c = this.src[this.i + 1];
    this.i += 2;
    const set = (s: Ranges): Node | Ranges => (inClass ? s : { type: 'char', set: s });
    switch (c) {
      case 'd': return set(DIGITS);
      case 'D': return set(complement(DIGITS));
      case 'w': return set(WORD);
      case 'W': return set(complement(WORD));
      case 's': return set(SPACE);
      case 'S': return set(complement(SPACE));
      case 'b': return inClass ? [[8, 8]] : { type: 'assert' };
      case 'B': return inClass ? [[66, 66]] : { type: 'assert' };
      case 'n': return set([[10, 10]]);
      case 'r': return set([[13, 13]]);
      case 't': return set([[9, 9]]);
      case 'f': return set([[12, 12]]);
      case 'v': return set([[11, 11]]);
      case '0': return set([[0, 0]]);
      case 'c': this.i++; return set(ANY);
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
        if (!hex) return set([[120, 120]]);
        this.i += 2;
        const n = parseInt(hex[0], 16);
        return set(this.fold([[n, n]]));
      }
      case 'u': {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(this.src.slice(this.i));
        const plain = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
        const m = this.unicode && braced ? braced : plain;
        if (!m) return set([[117, 117]]);
        this.i += m[0].length;
        const n = parseInt(m === braced ? braced[1] : m[0], 16);
        return set(this.fold([[n, n]]));
      }
      case 'p':
      case 'P':
        if (this.unicode && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
        // A property class may hold any character: the conservative answer.
        return set(ANY);
      case 'k':
        if (!inClass && this.src[this.i] === '<') {
          throw new Unsafe('backreference', 'backreferences (\\k<name>) are not allowed: match each part explicitly');
        }
        return set([[107, 107]]);
      default:
        if (c !== undefined && /[1-9]/.test(c) && !inClass) {
          throw new Unsafe('backreference', `backreferences (\\${c}) are not allowed: match each part explicitly`);
        }
        return set(this.fold(c === undefined ? EMPTY : [[cp(c), cp(c)]]));
    }
  }

  private charClass(): Ranges {
    this.i++; // [
    let negated = false;
    if (this.src[this.i] === '^') { negated = true; this.i++; }
    const parts: Ranges[] = [];
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classAtom();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length && lo.length === 1 && lo[0][0] === lo[0][1]) {
        this.i++;
        const hi = this.classAtom();
        if (hi.length === 1 && hi[0][0] === hi[0][1]) {
          parts.push([[lo[0][0], hi[0][0]]]);
          continue;
        }
        parts.push(lo, [[45, 45]], hi);
        continue;
      }
      parts.push(lo);
    }
    if (this.src[this.i] !== ']') throw new Unsafe('invalid', 'unclosed character class');
    this.i++;
    const set = this.fold(union(...parts));
    return negated ? complement(set) : set;
  }

  private classAtom(): Ranges {
    if (this.src[this.i] === '\\') return this.escape(true) as Ranges;
    const code = this.unicode ? cp(this.src.slice(this.i)) : this.src.charCodeAt(this.i);
    this.i += code > 0xffff ? 2 : 1;
    return [[code, code]];
  }
}

// ---- analysis --------------------------------------------------------------------------
function nullable(n: Node): boolean {
  switch (n.type) {
    case 'char': return false;
    case 'seq': return n.items.every(nullable);
    case 'alt': return n.alts.some(nullable);
    case 'group': return n.zeroWidth || nullable(n.body);
    case 'repeat': return n.min === 0 || nullable(n.body);
    default: return true;
  }
}

function first(n: Node): Ranges {
  switch (n.type) {
    case 'char': return n.set;
    case 'alt': return union(...n.alts.map(first));
    case 'group': return n.zeroWidth ? EMPTY : first(n.body);
    case 'repeat': return n.max === 0 ? EMPTY : first(n.body);
    case 'seq': {
      const sets: Ranges[] = [];
      for (const item of n.items) {
        sets.push(first(item));
        if (!nullable(item)) break;
      }
      return union(...sets);
    }
    default: return EMPTY;
  }
}

function maxLength(n: Node): number {
  switch (n.type) {
    case 'char': return 1;
    case 'seq': return n.items.reduce((sum, item) => sum + maxLength(item), 0);
    case 'alt': return Math.max(...n.alts.map(maxLength));
    case 'group': return n.zeroWidth ? 0 : maxLength(n.body);
    case 'repeat': return n.max === 0 ? 0 : n.max * maxLength(n.body);
    default: return 0;
  }
}

/**
 * Walks the tree with the set of characters that may follow each node (`follow`) and the
 * number of enclosing repetitions that can run more than once (`loops`).
 */
interface Walk {
  /** Product of the ranges of repetitions whose characters can also follow them. */
  ambiguity: number;
}

function walk(n: Node, follow: Ranges, loops: number, state: Walk): void {
  switch (n.type) {
    case 'seq':
      n.items.forEach((item, k) => {
        const rest: Node = { type: 'seq', items: n.items.slice(k + 1) };
        walk(item, nullable(rest) ? union(first(rest), follow) : first(rest), loops, state);
      });
      return;
    case 'alt':
      if (loops > 0) {
        for (let a = 0; a < n.alts.length; a++) {
          if (nullable(n.alts[a])) {
            throw new Unsafe('overlapping-alternation', 'an alternative can match empty text inside a repetition: remove the empty alternative or make the repetition optional instead');
          }
          for (let b = a + 1; b < n.alts.length; b++) {
            if (intersects(first(n.alts[a]), first(n.alts[b]))) {
              throw new Unsafe('overlapping-alternation', 'alternatives that can start with the same character inside a repetition, as in (a|a)* or (a|ab){5}: make each alternative start differently');
            }
          }
        }
      }
      for (const alt of n.alts) walk(alt, follow, loops, state);
      return;
    case 'group':
      // A lookaround is tried at every position on its own: judge it as its own pattern.
      walk(n.body, n.zeroWidth ? EMPTY : follow, n.zeroWidth ? 0 : loops, state);
      return;
    case 'repeat': {
      const ambiguous = n.min !== n.max && intersects(first(n.body), follow);
      if (ambiguous && loops > 0) {
        throw new Unsafe('nested-quantifier', 'a repetition inside another repetition can split the same text in many ways, as in (a+)+ or (.*a){20}: repeat a fixed-length part or separate the parts with a character the inner one cannot match');
      }
      if (ambiguous) {
        state.ambiguity *= Math.min(n.max, MAX_REPEAT + 1) - n.min + 1;
        if (state.ambiguity > MAX_AMBIGUITY) {
          throw new Unsafe('ambiguous-repetition', 'repetitions in a row can take the same characters, as in \\d{0,40}\\d{0,40}, so every split is tried: merge them into one repetition or separate them with a character they cannot match');
        }
      }
      const loopsInside = loops + (n.max > 1 ? 1 : 0);
      const bodyFollow = n.max > 1 ? union(first(n.body), follow) : follow;
      walk(n.body, bodyFollow, loopsInside, state);
      return;
    }
    default:
      return;
  }
}

function checkBounds(n: Node): void {
  switch (n.type) {
    case 'seq': n.items.forEach(checkBounds); return;
    case 'alt': n.alts.forEach(checkBounds); return;
    case 'group': checkBounds(n.body); return;
    case 'repeat':
      if (n.max === Infinity) {
        throw new Unsafe('unbounded-quantifier', `unbounded quantifier (*, + or {n,}): give an upper bound such as {1,${Math.min(MAX_REPEAT, 32)}}, so a long run of text is not re-scanned from every position`);
      }
      if (n.max > MAX_REPEAT) throw new Unsafe('repeat-too-large', `repetition count ${n.max} is over ${MAX_REPEAT}`);
      checkBounds(n.body);
      return;
    default:
      return;
  }
}

function refuse(reason: UnsafeReason, message: string): PatternVerdict {
  return { safe: false, reason, message };
}

/** Decides whether a team-written pattern may run on agents' replies. Pure and fast. */
export function checkPattern(source: string, flags = ''): PatternVerdict {
  if (source.length > MAX_PATTERN_LENGTH) return refuse('too-long', `pattern is ${source.length} characters long; at most ${MAX_PATTERN_LENGTH}`);
  if (!/^[imsu]*$/.test(flags) || new Set(flags).size !== flags.length) return refuse('flags', `flags "${flags}": only i, m, s and u are allowed, each once`);
  try {
    new RegExp(source, flags);
  } catch (error) {
    return refuse('invalid', `not a valid regular expression: ${(error as Error).message}`);
  }
  try {
    const tree = new Parser(source, flags).parse();
    walk(tree, EMPTY, 0, { ambiguity: 1 });
    checkBounds(tree);
    if (maxLength(tree) > MAX_MATCH_LENGTH) return refuse('match-too-long', `a match can be longer than ${MAX_MATCH_LENGTH} characters`);
    if (nullable(tree)) return refuse('empty-match', 'the pattern can match empty text');
  } catch (error) {
    if (error instanceof Unsafe) return refuse(error.reason, error.message);
    throw error;
  }
  return { safe: true };
}

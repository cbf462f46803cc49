// NATIONAL_ID: personal and company identity/tax numbers of Spain, Latin America and the US.
// Three cheap candidate finders (digit chains, letter+digits, CURP/RFC-like), then each
// candidate's written shape picks the few IDs it could be, and stdnum validates those.
// Where is X detected? national-ids/<country>.ts lists its IDs, shapes, scores and words.
import type { Candidate, ContextWords, Detector } from '../../types';
import { WINDOW_AFTER, WINDOW_BEFORE } from '../../context';
import { execNotAfter, fold } from '../../text';
import { groupedAlternation } from '../../alternation';
import { CueWords } from '../cue-words';
import { NUMERIC_LOOKALIKE_WORDS } from '../lookalikes';
import { chainWindows, digitRuns, forEachNumberChain, gluedAfter, gluedBefore, withoutStackTraces } from '../numbers';
import type { IdFamily, IdSpec } from './spec';
import { countryHints } from './country-hints';
import { SPAIN } from './es';
import { PERU } from './pe';
import { MEXICO } from './mx';
import { ARGENTINA } from './ar';
import { CHILE } from './cl';
import { COLOMBIA } from './co';
import { BRAZIL } from './br';
import { UNITED_STATES } from './us';
import { ECUADOR } from './ec';
import { URUGUAY } from './uy';
import { PARAGUAY } from './py';
import { VENEZUELA } from './ve';

/**
 * In order of preference when the same value is valid as several IDs with equal scores and
 * the user's regions do not decide (the agents' markets first; CO_CC, a bare run, last).
 */
export const NATIONAL_ID_SPECS: readonly IdSpec[] = [
  ...SPAIN, ...PERU, ...MEXICO, ...ARGENTINA, ...CHILE, ...BRAZIL, ...UNITED_STATES,
  ...ECUADOR, ...URUGUAY, ...PARAGUAY, ...VENEZUELA, ...COLOMBIA.filter((s) => s.subtype !== 'CO_CC'),
  ...COLOMBIA.filter((s) => s.subtype === 'CO_CC'),
];

/** Below this base score a candidate is shape-only: it is reported only near a positive word. */
const SHAPE_ONLY = 0.5;

const contextOf = new Map<string, ContextWords>(
  NATIONAL_ID_SPECS.map((s) => [s.subtype, { positive: s.words, negative: [...NUMERIC_LOOKALIKE_WORDS, ...(s.otherIdWords ?? [])] }]),
);

function indexByLength(family: IdFamily): Map<number, IdSpec[]> {
  const index = new Map<number, IdSpec[]>();
  for (const spec of NATIONAL_ID_SPECS) {
    if (spec.family !== family) continue;
    for (const n of spec.lengths) index.set(n, [...(index.get(n) ?? []), spec]);
  }
  return index;
}
const BY_FAMILY: Record<IdFamily, Map<number, IdSpec[]>> = {
  digits: indexByLength('digits'),
  lettered: indexByLength('lettered'),
  alpha: indexByLength('alpha'),
};

/** "X-1234567-L" -> "A-9999999-A"; "12.531.909-K" keeps check letters as written. */
function letterShape(value: string): string {
  return value.replace(/[0-9]/g, '9').replace(/[A-Za-z\u00d1\u00f1&]/g, 'A');
}

/** "1.234.567 €", "$ 12.345.678": amounts written with thousands dots. */
function isCurrencyCode(c: number): boolean {
  return c === 36 /* $ */ || c === 0x20ac /* € */ || c === 0xa3; /* £ */
}

/** "1.234.567 €", "$ 12.345.678": amounts written with thousands dots. */
function nextToCurrency(text: string, start: number, end: number): boolean {
  const before = start > 0 && text.charCodeAt(start - 1) === 32 ? start - 2 : start - 1;
  const after = text.charCodeAt(end) === 32 ? end + 1 : end;
  return (before >= 0 && isCurrencyCode(text.charCodeAt(before))) || isCurrencyCode(text.charCodeAt(after));
}

// Shape-only values need a positive word near them. Rather than judging every 8-digit number
// of a long text, find all such words once (lazily, on the first shape-only value) with one
// accent- and case-insensitive alternation, then look them up by position.
const ACCENTS: Record<string, string> = { a: '[aáàâä]', e: '[eéèêë]', i: '[iíìîï]', o: '[oóòôö]', u: '[uúùûü]', n: '[nñ]', c: '[cç]' };

/**
 * The first letter is taken plain: no ID word starts with an accented letter in any spelling
 * ("identificación", never "ídentificación"), and a plain first letter lets the cue search
 * start only at word starts (startChars in alternation.ts).
 */
function wordPattern(word: string): string {
  return [...word].map((ch, i) => (i > 0 && ACCENTS[ch]) || (ch === ' ' ? '\\s+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
}

const SHAPE_ONLY_WORDS = new Set(NATIONAL_ID_SPECS.filter((s) => s.shapes.some((x) => x.score < SHAPE_ONLY)).flatMap((s) => s.words));
const WORDS_OF = new Map(NATIONAL_ID_SPECS.map((s) => [s.subtype, new Set(s.words)]));
// Searched at word starts through the shared cue pass (cue-words.ts); the left edge is also
// checked by execNotAfter (CUE_EDGE): a leading lookbehind would run at every position.
const CUE_WORDS = [...SHAPE_ONLY_WORDS].sort((a, b) => b.length - a.length).map(wordPattern);
const CUE = new CueWords(CUE_WORDS, `(?:${groupedAlternation(CUE_WORDS, true)})(?:e?s)?(?![a-z0-9])`);
const CUE_EDGE = /[a-z0-9]/i;

interface Cue {
  start: number;
  end: number;
  /** The list word it is (folded, singular). */
  word: string;
}

function listWord(found: string): string {
  const w = fold(found).replace(/\s+/g, ' ');
  if (SHAPE_ONLY_WORDS.has(w)) return w;
  if (SHAPE_ONLY_WORDS.has(w.slice(0, -1))) return w.slice(0, -1);
  return w.slice(0, -2);
}

/** Cue words in text[from, to) (the whole text by default), in order. */
function findCues(text: string, from = 0, to = text.length): Cue[] {
  const cues: Cue[] = [];
  const part = from > 0 || to < text.length ? text.slice(Math.max(0, from), to) : text;
  const offset = Math.max(0, from);
  // A slice is searched on its own (the shared pass is for whole texts).
  const re = part === text ? CUE : CUE.global;
  re.lastIndex = 0;
  for (let m = execNotAfter(re, part, CUE_EDGE); m; m = execNotAfter(re, part, CUE_EDGE)) cues.push({ start: offset + m.index, end: offset + m.index + m[0].length, word: listWord(m[0]) });
  return cues;
}

/** Is one of `words` inside the context window of text[start, end)? */
function cueNear(cues: readonly Cue[], start: number, end: number, words: ReadonlySet<string>): boolean {
  const from = start - WINDOW_BEFORE;
  const to = end + WINDOW_AFTER;
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < cues.length && cues[k].start < to; k++) {
    const c = cues[k];
    if ((c.end <= start || c.start >= end) && words.has(c.word)) return true;
  }
  return false;
}

interface ShapeMatch {
  spec: IdSpec;
  score: number;
}

// Shapes repeat endlessly ("99999999", "99.999.999-9"): which IDs a shape can be is computed
// once. Bounded: a text cannot make it grow without limit.
const shapeCache: Record<IdFamily, Map<string, readonly ShapeMatch[]>> = { digits: new Map(), lettered: new Map(), alpha: new Map() };
const SHAPE_CACHE_LIMIT = 4096;

function specsForShape(family: IdFamily, shape: string, length: number): readonly ShapeMatch[] {
  const cache = shapeCache[family];
  const cached = cache.get(shape);
  if (cached) return cached;
  const matches: ShapeMatch[] = [];
  for (const spec of BY_FAMILY[family].get(length) ?? []) {
    const hit = spec.shapes.find((s) => s.pattern.test(shape));
    if (hit) matches.push({ spec, score: hit.score });
  }
  if (cache.size >= SHAPE_CACHE_LIMIT) cache.clear();
  cache.set(shape, matches);
  return matches;
}

/** The value's compact form, read only when some ID has the value's shape (a NumberWindow builds it then). */
interface Compactable {
  readonly compact: string;
}

interface Emitter {
  (family: IdFamily, shape: string, length: number, value: Compactable, start: number, end: number): void;
}

/** Scoring copies a candidate's reasons, so one array per ID serves all its candidates. */
const REASONS_OF = new Map(NATIONAL_ID_SPECS.map((s) => [s.subtype, [`${s.checked ? 'checksum' : 'shape'}:${s.subtype}`]]));

/** Up to this many shape-only values look for cue words around themselves; then the whole text is indexed once. */
const LOCAL_CUE_LOOKUPS = 1024;

/**
 * Equal-scored IDs of one value (8 bare digits after "DNI": Peru or Argentina?) are emitted
 * so that the merge keeps the likeliest: first the country the text itself points to
 * (CUIL, ANSES, +54, "vos" forms for Argentina; RUC, SUNAT, S/, +51 for Peru: see
 * country-hints.ts), then the order of the user's regions.
 */
function byRegion(matches: readonly ShapeMatch[], regions: readonly string[], hints: () => ReadonlyMap<string, number>): readonly ShapeMatch[] {
  if (matches.length < 2) return matches;
  const countries = new Set(matches.map((m) => m.spec.subtype.slice(0, 2)));
  if (countries.size < 2) return matches;
  const h = hints();
  const rank = (m: ShapeMatch) => {
    const i = regions.indexOf(m.spec.subtype.slice(0, 2));
    return i === -1 ? regions.length : i;
  };
  return [...matches].sort((a, b) => (h.get(b.spec.subtype.slice(0, 2)) ?? 0) - (h.get(a.spec.subtype.slice(0, 2)) ?? 0) || rank(a) - rank(b));
}

function makeEmitter(text: string, out: Candidate[], regions: readonly string[]): Emitter {
  let cues: Cue[] | undefined;
  let localLookups = 0;
  const cueAround = (start: number, end: number, words: ReadonlySet<string>): boolean => {
    if (!cues && localLookups < LOCAL_CUE_LOOKUPS) {
      localLookups++;
      return cueNear(findCues(text, start - WINDOW_BEFORE, end + WINDOW_AFTER), start, end, words);
    }
    cues ??= findCues(text);
    return cueNear(cues, start, end, words);
  };
  // Repeated values (a signature, a pasted table) are validated once per text.
  const verdicts = new Map<string, boolean>();
  const isValid = (spec: IdSpec, compact: string): boolean => {
    const key = `${spec.subtype}:${compact}`;
    let ok = verdicts.get(key);
    if (ok === undefined) {
      ok = withoutStackTraces(() => spec.validate(compact));
      verdicts.set(key, ok);
    }
    return ok;
  };
  let hints: Map<string, number> | undefined;
  const textHints = () => (hints ??= countryHints(text));
  // The order depends only on the shape's matches (one cached array per shape), the text's
  // hints and the regions: sort once per shape, not once per number.
  const ordered = new Map<readonly ShapeMatch[], readonly ShapeMatch[]>();
  const inOrder = (matches: readonly ShapeMatch[]): readonly ShapeMatch[] => {
    if (matches.length < 2) return matches;
    let sorted = ordered.get(matches);
    if (!sorted) ordered.set(matches, (sorted = byRegion(matches, regions, textHints)));
    return sorted;
  };
  return (family, shape, length, value, start, end) => {
    for (const { spec, score } of inOrder(specsForShape(family, shape, length))) {
      // A shape-only value can only pass with one of its words near it: test that first, so
      // every 8-digit number in a reply is neither validated nor a candidate. (Scoring still
      // weighs it against look-alike words; this only skips hopeless ones.)
      if (score < SHAPE_ONLY) {
        if (!cueAround(start, end, WORDS_OF.get(spec.subtype) as Set<string>)) continue;
      }
      if (!isValid(spec, value.compact)) continue;
      out.push({
        entity: 'NATIONAL_ID',
        subtype: spec.subtype,
        start,
        end,
        score,
        detector: 'national-ids',
        reasons: REASONS_OF.get(spec.subtype) as string[],
        context: contextOf.get(spec.subtype) as ContextWords,
        contextBoost: score < SHAPE_ONLY ? 0.35 : 0.25,
      });
    }
  };
}

const ID_CHAINS = { joiners: '.-/', spacers: ' \u00a0', maxPieceDigits: 16, minChainDigits: 6, checkLetters: 'ABCDEFGHIJK' };

function findDigitIds(text: string, emit: Emitter): void {
  // Check letters: K for Chile's RUT, A-K for Peru's CUI.
  forEachNumberChain(text, ID_CHAINS, (chain) => {
    for (const w of chainWindows(chain, { minDigits: 6, maxDigits: 16, maxPieces: 4 })) {
      if (nextToCurrency(text, w.start, w.end)) continue;
      emit('digits', w.shape, w.length, w, w.start, w.end);
    }
  });
}

// 8 digits (or "12.345.678") then a letter, or a letter then 7-8 digits then a check char.
// Only dashes inside the letter-first form and only an upper-case letter after a space:
// otherwise "o 12345678" or "12345678 y" (Spanish "or", "and") would be read as IDs.
// No leading lookbehind: findByRegex checks the left edge.
const LETTERED = /\b(?:(?:\d{8}|\d{1,2}\.\d{3}\.\d{3})(?:-?[A-Za-z]| [A-Z])(?![A-Za-z0-9_])|[A-Za-z]-?\d{7,8}-?[0-9A-Za-z](?![A-Za-z0-9_]))/y;
// CURP (18) or RFC (3-4 letters, YYMMDD, optional 3-char homoclave). Upper case only.
const ALPHA = /(?:[A-Z]{4}\d{6}[A-Z]{6}[0-9A-Z]\d|[A-Z\u00d1&]{3,4}[ -]?\d{6}(?:[ -]?[A-Z0-9]{3})?)(?![A-Za-z0-9_&\u00d1\u00f1])/y;

/**
 * Both patterns hold a digit run that starts six digits in a row, or a dotted "1.234.567"
 * group, and they start at most two (LETTERED: a letter and a dash) or three to five
 * (ALPHA: up to four letters and a separator) chars before that run. So rather than trying
 * them at every word start, they run, sticky, only just before such runs (from the digit
 * runs every scan finds once).
 */
function anchorRuns(text: string): number[] {
  const { starts, ends, count } = digitRuns(text);
  const runs: number[] = [];
  const runOf = (k: number, length: number, exact: boolean) => k < count && starts[k] === ends[k - 1] + 1 && (exact ? ends[k] - starts[k] === length : ends[k] - starts[k] >= length);
  for (let k = 0; k < count; k++) {
    // Six digits, or "d.ddd.ddd": a dot, exactly three digits, a dot, three or more.
    const dotted = text.charCodeAt(ends[k]) === 46 && runOf(k + 1, 3, true) && text.charCodeAt(ends[k + 1]) === 46 && runOf(k + 2, 3, false);
    if (ends[k] - starts[k] >= 6 || dotted) runs.push(starts[k]);
  }
  return runs;
}

/**
 * What `re` as a global regex would find from 0 (leftmost, not overlapping), trying only
 * `before[0]..before[1]` chars before each anchor run: every match starts there.
 */
export function matchesBeforeRuns(text: string, re: RegExp, runs: readonly number[], before: readonly [number, number]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const run of runs) {
    // Windows of nearby runs may overlap: a position is tried again only if nothing matched it.
    for (let at = Math.max(from, run - before[1]); at <= run - before[0]; at++) {
      if (at < from) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      out.push(m);
      from = at + m[0].length;
    }
  }
  return out;
}

export const LETTERED_SEARCH = { LETTERED, ALPHA, anchorRuns } as const;

function findByRegex(text: string, re: RegExp, runs: readonly number[], before: readonly [number, number], family: IdFamily, emit: Emitter): void {
  for (const m of matchesBeforeRuns(text, re, runs, before)) {
    const start = m.index;
    const end = start + m[0].length;
    if (gluedBefore(text, start) || gluedAfter(text, end)) continue;
    const compact = m[0].replace(/[ .\-/]/g, '').toUpperCase();
    emit(family, letterShape(m[0]), compact.length, { compact }, start, end);
  }
}

export const nationalIdsDetector: Detector = {
  id: 'national-ids',
  entities: ['NATIONAL_ID'],
  detect(text, options) {
    const out: Candidate[] = [];
    const emit = makeEmitter(text, out, options?.phoneRegions ?? []);
    findDigitIds(text, emit);
    const runs = anchorRuns(text);
    findByRegex(text, LETTERED, runs, [0, 2], 'lettered', emit);
    findByRegex(text, ALPHA, runs, [3, 5], 'alpha', emit);
    return out;
  },
};

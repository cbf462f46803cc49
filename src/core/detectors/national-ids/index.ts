// NATIONAL_ID: personal and company identity/tax numbers of Spain, Latin America and the US.
// Three cheap candidate finders (digit chains, letter+digits, CURP/RFC-like), then each
// candidate's written shape picks the few IDs it could be, and stdnum validates those.
// Where is X detected? national-ids/<country>.ts lists its IDs, shapes, scores and words.
import type { Candidate, ContextWords, Detector } from '../../types';
import { judgeContext } from '../../context';
import { NUMERIC_LOOKALIKE_WORDS } from '../lookalikes';
import { chainWindows, findNumberChains, gluedAfter, gluedBefore } from '../numbers';
import type { IdFamily, IdSpec } from './spec';
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
 * In order of preference when the same value is valid as several IDs with equal scores
 * (the agents' markets first; CO_CC, a bare digit run, last).
 */
export const NATIONAL_ID_SPECS: readonly IdSpec[] = [
  ...SPAIN, ...PERU, ...MEXICO, ...ARGENTINA, ...CHILE, ...BRAZIL, ...UNITED_STATES,
  ...ECUADOR, ...URUGUAY, ...PARAGUAY, ...VENEZUELA, ...COLOMBIA.filter((s) => s.subtype !== 'CO_CC'),
  ...COLOMBIA.filter((s) => s.subtype === 'CO_CC'),
];

/** Below this base score a candidate is shape-only: it is reported only near a positive word. */
const SHAPE_ONLY = 0.5;

const contextOf = new Map<string, ContextWords>(
  NATIONAL_ID_SPECS.map((s) => [s.subtype, { positive: s.words, negative: NUMERIC_LOOKALIKE_WORDS }]),
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
function nextToCurrency(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /[$€£]\s?$/.test(before) || /^\s?[$€£]/.test(after);
}

interface Emitter {
  (family: IdFamily, shape: string, compact: string, start: number, end: number): void;
}

function makeEmitter(text: string, out: Candidate[]): Emitter {
  return (family, shape, compact, start, end) => {
    const specs = BY_FAMILY[family].get(compact.length);
    if (!specs) return;
    for (const spec of specs) {
      const shapeMatch = spec.shapes.find((s) => s.pattern.test(shape));
      if (!shapeMatch || !spec.validate(compact)) continue;
      const context = contextOf.get(spec.subtype) as ContextWords;
      // A shape-only value can only pass with a positive word near it: test that here, so
      // every 8-digit number in a reply does not become a candidate.
      if (shapeMatch.score < SHAPE_ONLY && judgeContext(text, start, end, context).direction !== 1) continue;
      out.push({
        entity: 'NATIONAL_ID',
        subtype: spec.subtype,
        start,
        end,
        score: shapeMatch.score,
        detector: 'national-ids',
        reasons: [`${spec.checked ? 'checksum' : 'shape'}:${spec.subtype}`],
        context,
        contextBoost: shapeMatch.score < SHAPE_ONLY ? 0.35 : 0.25,
      });
    }
  };
}

function findDigitIds(text: string, emit: Emitter): void {
  // Check letters: K for Chile's RUT, A-K for Peru's CUI.
  const chains = findNumberChains(text, { joiners: '.-/', spacers: ' \u00a0', maxPieceDigits: 16, checkLetters: 'ABCDEFGHIJK' });
  for (const chain of chains) {
    for (const w of chainWindows(chain, 6, 16)) {
      if (nextToCurrency(text, w.start, w.end)) continue;
      emit('digits', w.shape, w.compact, w.start, w.end);
    }
  }
}

// A letter then 7-8 digits then a check char, or 8 digits (or "12.345.678") then a letter.
const LETTERED = /(?<![A-Za-z0-9_])(?:(?:\d{8}|\d{1,2}\.\d{3}\.\d{3})[ -]?[A-Za-z]|[A-Za-z][ -]?\d{7,8}[ -]?[0-9A-Za-z])(?![A-Za-z0-9_])/g;
// CURP (18) or RFC (3-4 letters, YYMMDD, optional 3-char homoclave). Upper case only.
const ALPHA = /(?<![A-Za-z0-9_&\u00d1\u00f1])(?:[A-Z]{4}\d{6}[A-Z]{6}[0-9A-Z]\d|[A-Z\u00d1&]{3,4}[ -]?\d{6}(?:[ -]?[A-Z0-9]{3})?)(?![A-Za-z0-9_&\u00d1\u00f1])/g;

function findByRegex(text: string, re: RegExp, family: IdFamily, emit: Emitter): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (gluedBefore(text, start) || gluedAfter(text, end)) continue;
    emit(family, letterShape(m[0]), m[0].replace(/[ .\-/]/g, '').toUpperCase(), start, end);
  }
}

export const nationalIdsDetector: Detector = {
  id: 'national-ids',
  entities: ['NATIONAL_ID'],
  detect(text) {
    const out: Candidate[] = [];
    const emit = makeEmitter(text, out);
    findDigitIds(text, emit);
    findByRegex(text, LETTERED, 'lettered', emit);
    findByRegex(text, ALPHA, 'alpha', emit);
    return out;
  },
};

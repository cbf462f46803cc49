// Context words: Presidio looks only before the match and by substring; we look on both
// sides, on whole (accent-folded) words, and let the nearest word win.
import type { ContextWords } from './types';
import { fold } from './text';
import { groupedAlternation } from './alternation';
import { isCellDelimiter } from './detectors/word-edges';
import { headerCellAbove } from './table-rows';

export const WINDOW_BEFORE = 64;
export const WINDOW_AFTER = 32;

const compiled = new WeakMap<readonly string[], RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation per word list; plurals (-s/-es) match too. Linear: no nested quantifiers. */
function regexFor(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  let re = compiled.get(words);
  if (!re) {
    const alternation = groupedAlternation(
      [...new Set(words.map((w) => fold(w).trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')),
      false,
    );
    re = new RegExp(`(?<![a-z0-9])(?:${alternation})(?:e?s)?(?![a-z0-9])`, 'g');
    compiled.set(words, re);
  }
  return re;
}

/** The word nearestIn found last (one call per candidate side: no object per call). */
let nearestWord: string | undefined;

/** Distance from the value to the nearest occurrence of any word in a folded window (Infinity: none); the word in `nearestWord`. */
function nearestIn(re: RegExp | undefined, window: string, side: 'before' | 'after'): number {
  let distance = Infinity;
  nearestWord = undefined;
  if (!re) return distance;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const d = side === 'before' ? window.length - (m.index + m[0].length) : m.index;
    if (d < distance) {
      distance = d;
      nearestWord = m[0];
    }
    if (side === 'after') break;
  }
  return distance;
}

export interface ContextVerdict {
  positive?: string;
  negative?: string;
  /** +1 positive wins, -1 negative wins, 0 neither. */
  direction: -1 | 0 | 1;
}

const NO_VERDICT: ContextVerdict = Object.freeze({ direction: 0 });

// Redaction labels ("[ID NUMBER]", "[TELÉFONO]") are our own output, not the customer's
// words: they must not act as context, or redacting twice would find new things.
const REDACTION_LABEL = /\[[A-ZÁÉÍÓÚÑÃÕÇÊ -]{2,24}\]/g;

// "in case you need it", "en caso de que": the idiom, not a support case, so not the
// look-alike word "case"/"caso" that would lower a value after it.
const CASE_IDIOM = /(?<![a-z])(?:in|en)\s+cas[eo](?![a-z])/g;

function windowText(raw: string): string {
  const folded = fold(raw.includes('[') ? raw.replace(REDACTION_LABEL, (m) => ' '.repeat(m.length)) : raw);
  return folded.includes('cas') ? folded.replace(CASE_IDIOM, (m) => ' '.repeat(m.length)) : folded;
}

const extraCache = new Map<string, readonly string[]>();
function withExtra(words: readonly string[], extra: readonly string[]): readonly string[] {
  if (!extra.length) return words;
  const key = extra.join('\u0000') + '\u0001' + words.length;
  let merged = extraCache.get(key);
  if (!merged) {
    if (extraCache.size > 64) extraCache.clear();
    merged = [...words, ...extra];
    extraCache.set(key, merged);
  }
  return merged;
}

const BLANK_LINE = /\n[ \t\r]*\n/g;

/** Set by beforeWindow: the value stands in a pasted spreadsheet row. */
let valueInRow = false;

/** A char that may delimit cells: a tab, or a ',' / ';' not followed by a space (prose's are). */
const MAYBE_CELL = /\t|[,;](?! )/g;

/**
 * The words before a value: up to WINDOW_BEFORE chars, never from an earlier paragraph (a
 * blank line between: "Total facturado $48,720.00\n\nContacto: +52 ..." is not an amount's
 * phone). In a pasted spreadsheet row (sets `valueInRow`), only the value's own cell and the
 * one before it ("telefono,612...") count, never the lines above: the row's header names
 * its column instead (judgeContext). Native string searches on the short window only: a
 * long line costs no more than a short one.
 */
function beforeWindow(text: string, start: number, end: number): string {
  const from = Math.max(0, start - WINDOW_BEFORE);
  let window = text.slice(from, start);
  let offset = from;
  let newline = window.lastIndexOf('\n');
  if (newline !== -1) {
    BLANK_LINE.lastIndex = 0;
    let paragraph = 0;
    for (let m = BLANK_LINE.exec(window); m; m = BLANK_LINE.exec(window)) {
      paragraph = m.index + m[0].length - 1;
      BLANK_LINE.lastIndex = m.index + 1;
    }
    if (paragraph > 0) {
      window = window.slice(paragraph);
      offset += paragraph;
      newline -= paragraph;
    }
  }
  // The last two cell delimiters of the value's line, found forwards (two kept).
  let last = -1;
  let beforeLast = -1;
  MAYBE_CELL.lastIndex = newline + 1;
  for (let m = MAYBE_CELL.exec(window); m; m = MAYBE_CELL.exec(window)) {
    if (!isCell(text, offset + m.index)) continue;
    beforeLast = last;
    last = m.index;
  }
  const cells = last === -1 ? 0 : beforeLast === -1 ? 1 : 2;
  if (cells === 2) {
    valueInRow = true;
    return window.slice(beforeLast + 1);
  }
  valueInRow = cells > 0 || (end < text.length && isCell(text, end));
  return valueInRow && newline !== -1 ? window.slice(newline + 1) : window;
}

/** A tab, or a ',' / ';' that delimits the cells of a pasted spreadsheet row (word-edges.ts). */
function isCell(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 9 || ((c === 44 || c === 59) && text.charCodeAt(at + 1) !== 32 && isCellDelimiter(text, at));
}

/** The words after a value: to the end of its line, and of its cell in a row. */
function afterWindow(text: string, end: number): string {
  let window = text.slice(end, end + WINDOW_AFTER);
  const newline = window.indexOf('\n');
  if (newline !== -1) window = window.slice(0, newline);
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if ((c === 9 || c === 44 || c === 59) && isCell(text, end + i)) return window.slice(0, i);
  }
  return window;
}

/**
 * Looks around text[start, end) for context words. Words before the value decide first
 * (that is how replies introduce data: "Teléfono: ..."); only when there are none do the
 * words after it on the same line count, so "reembolso" on the next line cannot cancel
 * "teléfono de contacto" right before the number.
 */
export function judgeContext(text: string, start: number, end: number, words: ContextWords, extraPositive: readonly string[] = []): ContextVerdict {
  const posRe = regexFor(withExtra(words.positive, extraPositive));
  const negRe = regexFor(words.negative);
  const before = windowText(beforeWindow(text, start, end));
  let pos = nearestIn(posRe, before, 'before');
  let positive = nearestWord;
  let neg = nearestIn(negRe, before, 'before');
  let negative = nearestWord;
  if (pos === Infinity && neg === Infinity && valueInRow) {
    // A table's column name: any of the list's words in it counts, a positive one first
    // ("clabe_reembolso" is a CLABE column, whatever else it says).
    const header = headerCellAbove(text, start, end);
    if (header !== undefined) {
      const cell = windowText(header);
      if (nearestIn(posRe, cell, 'after') !== Infinity) return { positive: nearestWord, direction: 1 };
      if (nearestIn(negRe, cell, 'after') !== Infinity) return { negative: nearestWord, direction: -1 };
    }
  }
  if (pos === Infinity && neg === Infinity) {
    const after = windowText(afterWindow(text, end));
    pos = nearestIn(posRe, after, 'after');
    positive = nearestWord;
    neg = nearestIn(negRe, after, 'after');
    negative = nearestWord;
  }
  if (pos === Infinity && neg === Infinity) return NO_VERDICT;
  return { positive, negative, direction: pos <= neg ? 1 : -1 };
}

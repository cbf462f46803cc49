// Small text helpers shared by detectors and scoring. No regex here may backtrack
// catastrophically: every pattern is linear (no nested quantifiers over the same chars).

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-cases and strips diacritics ("Teléfono" -> "telefono"), for context matching. */
export function fold(text: string): string {
  // NFD changes nothing in ASCII, and most context windows are ASCII: skip it there.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Keeps ASCII letters and digits, upper-cased: "12.345.678-K" -> "12345678K". */
export function compact(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '');
}

/** True when the char code is an ASCII letter or digit (word-ish neighbour). */
export function isAlnumCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when text[start-1] or text[end] would glue the match to a longer token. */
export function gluedToWord(text: string, start: number, end: number): boolean {
  return (start > 0 && isWordChar(text.charCodeAt(start - 1))) || (end < text.length && isWordChar(text.charCodeAt(end)));
}

/** ASCII letters, digits, underscore and Latin-1/Latin Extended letters. */
export function isWordChar(code: number): boolean {
  return isAlnumCode(code) || code === 95 || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** 1-based line and column (UTF-16 units) of an offset; `lineStarts` from lineStartsOf. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

/** Normal form used to compare a value with allow-list entries. */
export function allowListKey(value: string): string {
  const c = compact(value);
  // Numbers compare by their digits and letters only ("+34 900 123 456" == "34900123456").
  if (/\d/.test(value) && c.length >= 4) return c;
  return fold(value.trim());
}

/** What execNotAfter needs of a global regex (a RegExp, or a CueWords searched through the shared pass). */
export interface Searcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * `re.exec(text)` from `re.lastIndex`, skipping matches right after a character of `edge`
 * (a one-character class): the matches a leading `(?<!edge)` would give. V8 tries a leading
 * lookbehind at every position; without it, the engine skips ahead to the pattern's first
 * characters, 2-3x faster on long text. `re` must be global or sticky and not unicode.
 */
export function execNotAfter(re: Searcher, text: string, edge: RegExp): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || !edge.test(text[m.index - 1])) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

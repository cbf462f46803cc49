// Is a match glued to a word? text.ts's isWordChar knows ASCII and Latin-1/Extended-A, which
// lets "203.0.113.7Ẹ" or "612345678ж" through; these look at the whole code point, in any
// script (a lone surrogate is not a letter).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}_]$/u;

function isLetterOrDigitCode(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** The code point ending at text[index - 1] is a letter, digit, mark or '_'. */
export function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetterOrDigitCode(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return isLetterOrDigitCode(low);
}

/** The code point starting at text[index] is a letter, digit, mark or '_'. */
export function wordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return isLetterOrDigitCode(text.codePointAt(index) ?? 0);
}

/** Mask characters left by redaction ("****", "•••"): a value glued to one was glued to a word. */
export function isMaskChar(code: number): boolean {
  return code === 42 /* * */ || code === 0x2022 /* • */ || code === 0x25cf /* ● */;
}

/** Glued to a word, or to a mask that replaced one (keeps redaction idempotent). */
export function gluedBefore(text: string, index: number): boolean {
  return index > 0 && (isMaskChar(text.charCodeAt(index - 1)) || wordBefore(text, index));
}

export function gluedAt(text: string, index: number): boolean {
  return index < text.length && (isMaskChar(text.charCodeAt(index)) || wordAt(text, index));
}

/** Lines longer than this are not read as pasted spreadsheet rows. */
const MAX_ROW = 4000;
let rowMemo: { text: string; from: number; to: number; delimiter: number; row: boolean } | undefined;

/**
 * A ',' or ';' that separates the cells of a pasted CSV row ("Ana Ruiz,GOMR610104MDFTJR04,
 * 5512741374,ana@x.example"): the line has three or more of them and none is followed by a
 * space, as prose lists and decimal commas in a sentence are. Such a delimiter does not glue
 * the values beside it. One answer per line (memoised), so a long row is read once.
 */
export function isCellDelimiter(text: string, at: number): boolean {
  const d = text.charCodeAt(at);
  if (d !== 44 /* , */ && d !== 59 /* ; */) return false;
  if (rowMemo && rowMemo.text === text && rowMemo.delimiter === d && at >= rowMemo.from && at < rowMemo.to) return rowMemo.row;
  let from = at;
  let to = at;
  while (from > 0 && at - from < MAX_ROW && text.charCodeAt(from - 1) !== 10) from--;
  while (to < text.length && to - at < MAX_ROW && text.charCodeAt(to) !== 10) to++;
  let cells = 0;
  let row = to - from < MAX_ROW;
  for (let i = from; row && i < to; i++) {
    if (text.charCodeAt(i) !== d) continue;
    if (text.charCodeAt(i + 1) === 32) row = false;
    cells++;
  }
  row = row && cells >= 3;
  rowMemo = { text, from, to, delimiter: d, row };
  return row;
}

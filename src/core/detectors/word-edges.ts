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

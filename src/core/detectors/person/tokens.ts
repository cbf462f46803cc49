// Words of a reply with the little the PERSON detector needs to know about each: its shape
// (Capitalised, ALL CAPS, lower case, an initial "J.") and what separates it from the word
// before (one space, a line break, a sentence end...). One linear pass.

export type Shape = 'cap' | 'upper' | 'lower' | 'initial';

/** What lies between a token and the previous one. */
export type Gap =
  | 'space' // exactly one space: the words may belong to one name
  | 'dot' // ". " after an abbreviation or initial ("Sr. Pérez", "J. Smith")
  | 'comma' // a comma (and spaces)
  | 'colon' // a colon (and spaces): "Nombre: Ana"
  | 'sentence' // . ! ? ¡ ¿ … or ; : a new sentence starts
  | 'line' // a line break
  | 'other'; // anything else (brackets, quotes, several spaces, tabs, symbols)

export interface Token {
  start: number;
  end: number;
  shape: Shape;
  gap: Gap;
  /** Glued to an address, handle or placeholder ("@ana", "ana.perez@", "[Nombre]"). */
  glued: boolean;
}

// Letters with their combining marks, joined by in-word apostrophes or hyphens ("O'Brien",
// "García-Pérez"). Linear: a joiner is required between repetitions and is not a letter.
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Longest token we consider as part of a name; longer letter runs are never names. */
const MAX_TOKEN = 40;

function shapeOf(word: string, text: string, end: number): Shape {
  const first = word[0];
  if (first === first.toLowerCase()) return 'lower';
  if (word.length === 1) return text[end] === '.' ? 'initial' : 'upper';
  // The first letter is upper case, so any difference after upper-casing is a lower-case letter.
  return word !== word.toUpperCase() ? 'cap' : 'upper';
}

function gapOf(text: string, from: number, to: number, afterInitialOrShort: boolean): Gap {
  const len = to - from;
  if (len === 1 && (text[from] === ' ' || text[from] === '\u00a0')) return 'space';
  if (len > 12) {
    // Scan only the gap itself: lastIndexOf could run far past it and make the pass quadratic.
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return 'line';
    return 'other';
  }
  const gap = text.slice(from, to);
  if (gap.includes('\n')) return 'line';
  if (afterInitialOrShort && (gap === '. ' || gap === '.\u00a0')) return 'dot';
  // "Atte., Milagros", "Att., Bruna": an abbreviated sign-off, then its comma.
  if (afterInitialOrShort && /^\.,\s?$/.test(gap)) return 'comma';
  if (/[.!?¡¿…;]/.test(gap)) return 'sentence';
  if (/^\s*:\s*$/.test(gap)) return 'colon';
  if (/^\s*,\s*$/.test(gap)) return 'comma';
  return 'other';
}

/** Glue characters that make a word part of an address, handle, path or placeholder. */
const GLUE_BEFORE = '@/\\_#.=[{<0123456789';
const GLUE_AFTER = '@/\\_]}>0123456789';

function isGlued(text: string, start: number, end: number): boolean {
  if (start > 0 && GLUE_BEFORE.includes(text[start - 1])) return true;
  if (end >= text.length) return false;
  const after = text[end];
  if (GLUE_AFTER.includes(after)) return true;
  // "Luana#2024", "Ana$99": a symbol and more word after it make a password or a handle.
  if ((after === '#' || after === '$' || after === '&') && end + 1 < text.length && isWordStart(text.charCodeAt(end + 1))) return true;
  // A dot followed by more word ("ana.perez").
  return after === '.' && end + 1 < text.length && isWordStart(text.charCodeAt(end + 1));
}

function isWordStart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevAbbrev = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    let word = m[0];
    // A possessive belongs to the sentence, not to the name ("Jane's" -> "Jane").
    if (word.length > 2 && /['’]s$/.test(word)) word = word.slice(0, -2);
    const end = start + word.length;
    const shape = word.length > MAX_TOKEN ? 'lower' : shapeOf(word, text, end);
    const gap: Gap = tokens.length === 0 ? (text.lastIndexOf('\n', start - 1) >= 0 ? 'line' : 'sentence') : gapOf(text, prevEnd, start, prevAbbrev);
    tokens.push({ start, end, shape, gap, glued: isGlued(text, start, end) });
    prevEnd = end;
    // Short capitalised words followed by a dot are abbreviations ("Sr.", "Dra.", "Lic.").
    prevAbbrev = shape === 'initial' || (text[end] === '.' && word.length <= 5 && shape === 'cap');
    if (m[0].length !== word.length) WORD.lastIndex = start + m[0].length;
  }
  return tokens;
}

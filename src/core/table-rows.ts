// Pasted spreadsheet rows: "RUT;Nombre;Correo;Celular" then one line per person. A value in
// such a row is named by its column's header, not by the words of the lines around it, so
// context judging (context.ts) reads the header cell above the value. Everything here looks
// at bounded stretches of text and is memoised per scan, so a 10,000-row paste is read once.
import { isCellDelimiter } from './detectors/word-edges';
import { PerScan } from './detectors/per-scan';

/** Lines longer than this are not read as rows (as in word-edges.ts). */
const MAX_LINE = 4000;

interface Row {
  delimiter: number;
  cells: number;
}

const TAB = 9;

/** Start of the line holding `at`, or -1 when it starts more than MAX_LINE chars back. */
function lineStartOf(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= MAX_LINE; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return at <= MAX_LINE ? 0 : -1;
}

function lineEndOf(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_LINE);
  for (let i = from; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit === text.length ? limit : -1;
}

/** The line [start, end) as a row: three or more tab-separated cells, or a comma/semicolon row (word-edges.ts). */
function rowOf(text: string, start: number, end: number): Row | undefined {
  let tabs = 0;
  let comma = -1;
  let semicolon = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === TAB) tabs++;
    else if (c === 44 && comma === -1) comma = i;
    else if (c === 59 && semicolon === -1) semicolon = i;
  }
  if (tabs >= 2) return { delimiter: TAB, cells: tabs + 1 };
  for (const at of [comma, semicolon]) {
    if (at === -1 || !isCellDelimiter(text, at)) continue;
    const d = text.charCodeAt(at);
    let cells = 1;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === d) cells++;
    return { delimiter: d, cells };
  }
  return undefined;
}

/** Per scan: line start -> start of the first line of its table (same delimiter and cell count). */
const tops = new PerScan<Map<number, number>>();

function tableTop(text: string, lineStart: number, row: Row): number {
  const memo = tops.get(text, '', () => new Map());
  const chain: number[] = [];
  let line = lineStart;
  let top: number;
  for (;;) {
    const known = memo.get(line);
    if (known !== undefined) {
      top = known;
      break;
    }
    chain.push(line);
    const previous = line > 0 ? lineStartOf(text, line - 1) : -1;
    const above = previous === -1 ? undefined : rowOf(text, previous, line - 1);
    if (!above || above.delimiter !== row.delimiter || above.cells !== row.cells) {
      top = line;
      break;
    }
    line = previous;
  }
  for (const l of chain) memo.set(l, top);
  return top;
}

/**
 * The header cell above the value at text[start, end): the value sits in a row of a table
 * whose first line has no digits (column names), on a later line. Undefined otherwise.
 */
export function headerCellAbove(text: string, start: number, end: number): string | undefined {
  const lineStart = lineStartOf(text, start);
  if (lineStart <= 0) return undefined;
  const lineEnd = lineEndOf(text, end);
  if (lineEnd === -1) return undefined;
  const row = rowOf(text, lineStart, lineEnd);
  if (!row) return undefined;
  const top = tableTop(text, lineStart, row);
  if (top === lineStart) return undefined;
  const topEnd = lineEndOf(text, top);
  const header = text.slice(top, topEnd);
  if (/[0-9]/.test(header)) return undefined;
  let column = 0;
  for (let i = lineStart; i < start; i++) if (text.charCodeAt(i) === row.delimiter) column++;
  return header.split(String.fromCharCode(row.delimiter))[column];
}

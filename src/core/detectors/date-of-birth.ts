// DATE_OF_BIRTH: a date is only a birth date when a cue says so ("fecha de nacimiento",
// "DOB", "born on", "data de nascimento"): support replies are full of order, delivery and
// ticket dates, so a date without its cue is never a finding.
import type { Candidate, Detector } from '../types';
import { execNotAfter } from '../text';
import { groupedAlternation } from '../alternation';
import { CueWords } from './cue-words';

const MONTHS_ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const MONTHS_PT = 'janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTH_WORD = `(?:${MONTHS_ES}|${MONTHS_PT}|${MONTHS_EN})\\.?`;

/** The date shapes people write; every alternative starts with a digit or a month name and is bounded. */
const DATE = new RegExp(
  [
    '(?<dmy>\\d{1,2})[/.-](?<dmm>\\d{1,2})[/.-](?<dmyy>\\d{4}|\\d{2})',
    '(?<ymdy>\\d{4})[/.-](?<ymdm>\\d{1,2})[/.-](?<ymdd>\\d{1,2})',
    `(?<wd>\\d{1,2})(?:º|°|st|nd|rd|th)?\\s(?:de\\s)?(?<wm>${MONTH_WORD})(?:,?\\s(?:de|del)\\s|,?\\s)(?<wy>\\d{4})`,
    `(?<mw>${MONTH_WORD})\\s(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s(?<my>\\d{4})`,
  ]
    .map((a) => `(?:${a})`)
    .join('|'),
  'giu',
);
const DATE_EDGE_BEFORE = /[\p{L}\p{N}/.-]$/u;
const DATE_EDGE_AFTER = /^(?:[\p{L}\p{N}]|[/.-]\d)/u;

// Cues are rare, dates are everywhere: find the cues (one non-unicode pass) and look for a
// date only in the few chars around each.
const CUE_WORDS = [
    // Form keys too: "fecha_nacimiento = ...", "date_of_birth: ...".
    'fecha[\\s_]+(?:de[\\s_]+)?nacimiento', 'fec(?:ha)?\\.?\\s?(?:de\\s)?nac(?:imiento)?\\.?', 'f\\.\\s?nac\\.?', 'nacid[oa]\\s+(?:el|en)', 'naci[oó]\\s+el', 'naci[oó]', 'nac[ií]\\s+el',
    'dob', 'd\\.o\\.b\\.?', 'date[\\s_]+of[\\s_]+birth', 'birth[\\s_]?date', 'born\\s+on', 'born',
    'data[\\s_]+(?:de[\\s_]+)?nascimento', 'dt\\.?\\s+nasc\\.?', 'nascid[oa]\\s+em', 'nasceu\\s+em', 'nasci\\s+em',
    // A birthday written with its year is the date of birth: "meu aniversário é dia 21/09/1995".
    'anivers[aá]rio', 'cumplea[ñn]os', 'birthday',
];
// Searched at word starts through the shared cue pass (cue-words.ts); execNotAfter (CUE_EDGE)
// checks the wider left edge. A leading lookbehind would run at every position.
const CUE = new CueWords(CUE_WORDS, `(?:${groupedAlternation(CUE_WORDS, true)})(?![A-Za-z\\u00C0-\\u024F])`);
const CUE_EDGE = /[A-Za-z\u00C0-\u024F]/i;
/**
 * Between a cue and its date: words and punctuation, but no sentence end, line break or other
 * number; a longer aside when a colon introduces the date ("Mi fecha de nacimiento, por si la
 * piden para verificar la cuenta: 9 de febrero de 1993").
 */
const GAP_AFTER_CUE = /^(?:[^.\n\d]{0,30}|[^.\n\d:]{0,56}:\s{0,2})$/;
const LEADERS = /[.·…_]{3,}/g;
/** Between a date and a cue that follows it: "12/05/1985 (fecha de nacimiento)". */
const GAP_BEFORE_CUE = /^\s{0,2}[([,-]?\s{0,2}$/;
const WINDOW = 48;

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['enero', 'janeiro', 'january', 'jan'],
  ['febrero', 'fevereiro', 'february', 'feb'],
  ['marzo', 'marco', 'march', 'mar'],
  ['abril', 'april', 'apr'],
  ['mayo', 'maio', 'may'],
  ['junio', 'junho', 'june', 'jun'],
  ['julio', 'julho', 'july', 'jul'],
  ['agosto', 'august', 'aug'],
  ['septiembre', 'setiembre', 'setembro', 'september', 'sep', 'sept'],
  ['octubre', 'outubro', 'october', 'oct'],
  ['noviembre', 'novembro', 'november', 'nov'],
  ['diciembre', 'dezembro', 'december', 'dec'],
];
const MONTH_NUMBER = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

function monthOf(word: string): number | undefined {
  return MONTH_NUMBER.get(word.toLowerCase().replace(/\.$/, '').replace('ç', 'c'));
}

function plausible(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > new Date().getFullYear()) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of next month = last day
}

function fullYear(y: string): number {
  // Two-digit years on a birth date are last century unless they can't be.
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n <= new Date().getFullYear() % 100 ? 2000 + n : 1900 + n;
}

/** Checks the parsed parts; numeric dd/mm and mm/dd are both accepted (the US writes the latter). */
export function isPlausibleDate(groups: Record<string, string | undefined>): boolean {
  const g = groups;
  if (g.dmy !== undefined) {
    const a = Number(g.dmy);
    const b = Number(g.dmm);
    const y = fullYear(g.dmyy ?? '');
    return plausible(a, b, y) || plausible(b, a, y);
  }
  if (g.ymdy !== undefined) return plausible(Number(g.ymdd), Number(g.ymdm), Number(g.ymdy));
  if (g.wd !== undefined) return plausible(Number(g.wd), monthOf(g.wm ?? '') ?? 0, Number(g.wy));
  if (g.mw !== undefined) return plausible(Number(g.md), monthOf(g.mw) ?? 0, Number(g.my));
  return false;
}

interface DateMatch {
  start: number;
  end: number;
}

/** Plausible calendar dates in text[from, to), not glued to other digits or letters. */
function datesIn(text: string, from: number, to: number): DateMatch[] {
  const window = text.slice(from, to);
  const out: DateMatch[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(window); m; m = DATE.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (DATE_EDGE_BEFORE.test(text.slice(Math.max(0, start - 1), start)) || DATE_EDGE_AFTER.test(text.slice(end, end + 2))) continue;
    if (m.groups && isPlausibleDate(m.groups)) out.push({ start, end });
  }
  return out;
}

export const dateOfBirthDetector: Detector = {
  id: 'date-of-birth',
  entities: ['DATE_OF_BIRTH'],
  detect(text) {
    const out: Candidate[] = [];
    let doneTo = 0;
    CUE.lastIndex = 0;
    for (let c = execNotAfter(CUE, text, CUE_EDGE); c; c = execNotAfter(CUE, text, CUE_EDGE)) {
      const cueStart = c.index;
      const cueEnd = cueStart + c[0].length;
      // The date after the cue: the first one, if nothing but words separates them.
      const after = datesIn(text, cueEnd, cueEnd + WINDOW + 24)[0];
      // Dotted leaders of a printed form ("Fecha de nacimiento ...... 19/01/1983") are a gap.
      let date = after && GAP_AFTER_CUE.test(text.slice(cueEnd, after.start).replace(LEADERS, ' ')) ? after : undefined;
      if (!date) {
        const before = datesIn(text, Math.max(doneTo, cueStart - WINDOW), cueStart).pop();
        date = before && GAP_BEFORE_CUE.test(text.slice(before.end, cueStart)) ? before : undefined;
      }
      if (!date || date.start < doneTo) continue;
      out.push({ entity: 'DATE_OF_BIRTH', start: date.start, end: date.end, score: 0.85, detector: 'date-of-birth', reasons: ['cue:birth'] });
      doneTo = date.end;
    }
    return out;
  },
};

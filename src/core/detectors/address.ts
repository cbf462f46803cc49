// STREET_ADDRESS: a street word, a capitalised street name and a house number, in the ways
// Spain, Latin America, Brazil and the US write them. Without a number there is no finding:
// "la Plaza Mayor" or "Main Street" alone is a place, not someone's address.
import type { Candidate, ContextWords, Detector } from '../types';
import { execNotAfter } from '../text';
import { groupedAlternation, topLevelBranches } from '../alternation';
import { CueWords } from './cue-words';

const CONTEXT: ContextWords = {
  positive: ['direccion', 'domicilio', 'vivo en', 'entrega', 'entregar en', 'enviar a', 'envio a', 'address', 'ship to', 'shipping', 'deliver to', 'lives at', 'endereco', 'morada', 'entregar no'],
  // The company's own premises (also covered by allow-lists).
  negative: ['nuestra tienda', 'nuestras oficinas', 'nuestra oficina', 'nuestra sede', 'our office', 'our store', 'our offices', 'headquarters', 'nossa loja', 'nosso escritorio'],
};

const L = '\\p{Lu}'; // a capital starts a name word
const W = "[\\p{L}'’.-]{0,24}";
/** Lower-case words allowed inside a street name: "Paseo de la Castellana", "Rua dos Pinheiros". */
const CONNECTOR = '(?:de|del|la|las|los|el|y|da|do|dos|das|e|of|the)';
const NAME_WORD = `(?:${L}${W}|${CONNECTOR}(?=\\s))`;
/**
 * A capitalised word, maybe after connectors ("de la Unión"), then up to five more words.
 * Each word is bounded and separated by one space, so matching stays linear.
 */
const NAME = `(?:${CONNECTOR}\\s){0,3}${L}${W}(?:\\s${NAME_WORD}){0,5}`;
/** Streets named after a date, all over Latin America: "9 de Julio", "5 de Mayo", "7 de Setembro". */
const MONTHS = 'Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Janeiro|Fevereiro|Março|Maio|Junho|Julho|Setembro|Outubro|Novembro|Dezembro';
const DATE_NAME = `\\d{1,2}\\sde\\s(?:${MONTHS})(?![\\p{L}])`;

// Street words before the name (es/pt). Abbreviations need their dot or slash.
const STREET_WORDS = [
  'calle', 'c/', 'c\\.', 'cl\\.', 'avenida', 'av\\.', 'avda\\.', 'av', 'paseo', 'p[º°]', 'pasaje', 'psje\\.', 'pje\\.', 'plaza', 'pza\\.',
  'ronda', 'camino', 'carretera', 'ctra\\.', 'carrera', 'cra\\.', 'kr\\.', 'transversal', 'diagonal', 'jir[oó]n', 'jr\\.',
  'bulevar', 'blvd\\.', 'boulevard', 'calzada', 'calz\\.', 'prolongaci[oó]n', 'prol\\.', 'traves[ií]a', 'glorieta', 'privada', 'cerrada', 'andador',
  'rua', 'r\\.', 'alameda', 'travessa', 'estrada', 'rodovia', 'pra[cç]a', 'largo', 'ladeira',
  // Catalan, Galician and Argentine forms: "Carrer de Mallorca", "Rúa do Vilar", "Bv. San Juan".
  'carrer', 'avinguda', 'passeig', 'rambla', 'travessera', 'pl\\.', 'pla[cç]a', 'r[uú]a', 'bv\\.', 'bvar\\.', 'bvd\\.',
];
// Case-sensitive matching keeps "capitalised street name" meaningful, so the street word
// itself is spelled in its lower, Capitalised and UPPER forms.
const STREET_WORD = STREET_WORDS.map((w) => `${w}|${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`).join('|');
/**
 * Where a street word stands: found through the shared cue pass (cue-words.ts), several times
 * faster than the full pattern at every position; the full pattern then runs only from these spots.
 */
const STREET_HINT = new CueWords(STREET_WORDS, `(?:${groupedAlternation(STREET_WORDS, true)})(?=\\s)`);
/** The left edge of a street word or PO box, checked by execNotAfter (a leading lookbehind runs at every position). */
const WORD_EDGE = /[A-Za-z0-9\u00C0-\u024F]/i;

/** Colombian and Mexican numbered streets: "Carrera 7", "Calle 100 Bis", "Calle 5 Sur". */
const NUMBERED_NAME = '\\d{1,3}(?:\\s?[A-Z](?![\\p{L}]))?(?:\\s(?:Bis|Sur|Norte|Este|Oeste|Sur\\s?Este))?';

/** House number: "12", ", 45", "No. 123", "nº 5", "# 45-12", "1500-B", "s/n". */
const HOUSE_NUMBER = '(?:,\\s?|\\s)(?:(?:[Nn]\\.?[º°oO]\\.?|[Nn][uú]m\\.?|[Nn][uú]mero|[Nn]o\\.|#)\\s?)?(?:\\d{1,5}(?:\\s?[A-Za-z](?![\\p{L}\\d]))?(?:\\s?-\\s?\\d{1,4})?|s/n)';
/** After a numbered street: Colombian "# 45-12", or a plain house number "Calle 50 nº 742" (La Plata). */
const NUMBER_SIGN = '\\s?(?:#|[Nn]\\.?[º°oO]\\.?|[Nn]o\\.)\\s?(?:\\d{1,3}[A-Za-z]?(?:\\s(?:Sur|Norte|Este|Oeste|Bis))?\\s?-\\s?\\d{1,4}|\\d{1,5}(?![\\d-]))';

/**
 * Floor, door, flat, unit, shop or office: "3º B", "piso 12", "bajo", "3r 2a" (Catalan floor
 * and door), "int. 3", "local 4", "sala 3". The neighbourhood (Mexican colonia, Peruvian
 * urbanización, barrio) is like the city: it follows the address but is not part of it.
 */
const EXTRA = [
  // "3º B", "2º izda.", "1º dcha", "2ª izquierda", "4ª planta": the dot only after an abbreviation.
  `\\d{1,2}\\.?\\s?[º°ª](?:\\s?[A-Z](?![\\p{L}]|\\.[\\p{L}\\p{N}]))?(?:\\s?(?:(?:[Ii]zq|[Ii]zda|[Dd]cha|[Dd]ch|[Dd]rcha|[Ii]zqda|[Cc]tro)(?:\\.|(?![\\p{L}]))|(?:[Ii]zquierda|[Dd]erecha|[Cc]entro|[Pp]lanta|[Pp]iso)(?![\\p{L}])))?`,
  '\\d{1,2}(?:r|n|t|er|o)\\s\\d{1,2}[aª](?![\\p{L}\\d])',
  '(?:[Bb]ajo|[Ee]ntresuelo|[Ee]ntlo\\.|[Ss]emis[oó]tano|[Ss][oó]tano|[ÁáAa]tico|[Pp]rincipal|[Pp]ral\\.)(?:\\s?[A-Z0-9](?![\\p{L}\\d]))?(?![\\p{L}\\d])',
  '(?:[Pp]iso|[Pp]lanta|[Aa]ndar)\\s\\d{1,3}[º°ª]?',
  // Mexican streets split by a cardinal axis: "Av. Constitución 2050 Pte.", "Calle 5 Ote."
  '(?:Pte|Ote|Nte)\\.|(?:Poniente|Oriente|Norte|Sur)(?![\\p{L}])',
  '(?:[Dd]epto|[Dd]pto|[Dd]ep|[Aa]pto|[Aa]pt|[Aa]p(?=\\.)|[Aa]partamento|[Dd]epartamento|[Ii]nt|[Ii]nterior|[Oo]f|[Oo]ficina|[Ss]uite|[Ss]te|[Uu]nit|[Bb]loco|[Bb]l|[Cc]asa|[Pp]uerta|[Pp]ta|[Ee]scalera|[Ee]sc|[Ll]ocal|[Ss]ala|[Ll]oja|[Tt]orre|[Bb]loque|[Pp]ortal|[Cc]onjunto|[Cc]j|[Mm]z|[Mm]anzana|[Ll]ote|[Ll]t|[Pp]arcela)(?![\\p{L}])\\.?\\s?#?\\s?[A-Z0-9][A-Z0-9-]{0,5}(?![\\p{L}\\d])',
].join('|');
const EXTRAS = `(?:,?\\s(?:${EXTRA})){0,3}`;

const LATIN = new RegExp(
  `(?:${STREET_WORD})\\s{1,2}(?:(?<numbered>${NUMBERED_NAME})(?:${NUMBER_SIGN})|(?:${DATE_NAME}|${NAME})${HOUSE_NUMBER})${EXTRAS}(?![\\p{L}\\p{N}])`,
  'uy',
);

/**
 * Dictated and hurried messages have no capitals: "la direccion es av rivadavia 5420 piso 3
 * depto b". The same shape, case-insensitive, with any words as the name (one to four),
 * tried only where the capitalised pattern fails, and scored low: it counts only with an
 * address word before it ("dirección", "vivo en", "address").
 */
const LOWER_NAME = "[\\p{L}'’.-]{2,24}(?:\\s[\\p{L}'’.-]{1,24}){0,3}";
const LATIN_LOWER = new RegExp(
  `(?:${STREET_WORDS.join('|')})\\s{1,2}(?:(?<numbered>${NUMBERED_NAME})(?:${NUMBER_SIGN})|(?:${DATE_NAME}|${LOWER_NAME})${HOUSE_NUMBER})${EXTRAS}(?![\\p{L}\\p{N}])`,
  'iuy',
);

// US: number first, name, a street suffix, an optional direction and unit.
const US_SUFFIX = '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl)';
/**
 * US addresses are found from their suffix word, which is rarer than digits: after a space
 * (checked in detect()), through the shared cue pass (cue-words.ts), case-sensitive.
 */
const US_SUFFIX_WORDS = topLevelBranches(US_SUFFIX.slice(3, -1));
const US_HINT = new CueWords(US_SUFFIX_WORDS, `(?:${groupedAlternation(US_SUFFIX_WORDS, false)})(?![A-Za-z])`, false);
const SPACE_BEFORE = /\s/;
// Abbreviated suffixes take their dot ("Main St."); "Terrace." ends a sentence.
const US = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])\\d{1,6}\\s(?:[NSEW]\\.?\\s)?${L}${W}(?:\\s${L}${W}){0,3}\\s${US_SUFFIX}(?:\\.(?<=(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Pkwy|Hwy|Cir|Sq|Trl)\\.))?(?:\\s(?:NW|NE|SW|SE|N|S|E|W)\\.?)?(?:,?\\s(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor)\\.?\\s?#?\\s?[A-Z0-9-]{1,6}|#\\s?[A-Z0-9-]{1,6}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

const PO_WORDS = ['P\\.?\\s?O\\.?\\s?Box', 'Post\\s+Office\\s+Box', 'Apartado(?:\\s+de\\s+correos|\\s+postal)?', 'Casilla(?:\\s+de\\s+correos?)?', 'Caixa\\s+Postal'];
const PO_BOX = new CueWords(PO_WORDS, `(?:${PO_WORDS.join('|')})\\s{1,2}(?:n[º°o]\\.?\\s?|#\\s?)?\\d{1,7}(?![A-Za-z0-9\\u00C0-\\u024F])`);

function address(start: number, end: number, score: number, reason: string): Candidate {
  return { entity: 'STREET_ADDRESS', start, end, score, detector: 'address', reasons: [reason], context: CONTEXT };
}

function trimEnd(text: string, start: number, end: number): number {
  // Spaces and commas the optional parts consumed are separators, not part of the address.
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return end;
}

function found(text: string, start: number, matched: string, score: number, reason: string): Candidate {
  const end = trimEnd(text, start, start + matched.length);
  // Extras (floor, flat, colonia) make it unmistakably an address.
  const rich = /\d\s?[º°ª]|\b(?:piso|depto|dpto|apto|apt|suite|unit|int|bajo|local|sala|loja)\b/i.test(matched);
  return address(start, end, rich ? score + 0.1 : score, reason);
}

export const addressDetector: Detector = {
  id: 'address',
  entities: ['STREET_ADDRESS'],
  detect(text) {
    const out: Candidate[] = [];
    STREET_HINT.lastIndex = 0;
    for (let h = execNotAfter(STREET_HINT, text, WORD_EDGE); h; h = execNotAfter(STREET_HINT, text, WORD_EDGE)) {
      LATIN.lastIndex = h.index;
      let m = LATIN.exec(text);
      let score = 0.7;
      let reason = 'shape:street';
      if (!m) {
        LATIN_LOWER.lastIndex = h.index;
        m = LATIN_LOWER.exec(text);
        score = 0.4;
        reason = 'shape:street-lowercase';
      }
      if (!m) continue;
      out.push(found(text, h.index, m[0], score, reason));
      STREET_HINT.lastIndex = Math.max(STREET_HINT.lastIndex, h.index + m[0].length);
    }
    let usDoneTo = 0;
    US_HINT.lastIndex = 0;
    for (let h = US_HINT.exec(text); h; h = US_HINT.exec(text)) {
      if (h.index === 0 || !SPACE_BEFORE.test(text[h.index - 1])) continue;
      const space = h.index - 1;
      const suffixEnd = h.index + h[0].length;
      // Number and name sit at most ~130 chars before the suffix: match in that window only.
      const from = Math.max(usDoneTo, space - 140);
      US.lastIndex = 0;
      const window = text.slice(from, suffixEnd + 40);
      for (let m = US.exec(window); m; m = US.exec(window)) {
        if (from + m.index + m[0].length < suffixEnd) continue;
        // The window cut may hide what precedes the number: check it in the full text.
        if (m.index === 0 && from > 0 && /[\p{L}\p{N}.,/-]/u.test(text[from - 1])) continue;
        out.push(found(text, from + m.index, m[0], 0.7, 'shape:us-street'));
        usDoneTo = from + m.index + m[0].length;
        US_HINT.lastIndex = Math.max(US_HINT.lastIndex, usDoneTo);
        break;
      }
    }
    PO_BOX.lastIndex = 0;
    for (let m = execNotAfter(PO_BOX, text, WORD_EDGE); m; m = execNotAfter(PO_BOX, text, WORD_EDGE)) out.push(found(text, m.index, m[0], 0.75, 'shape:po-box'));
    return out.sort((a, b) => a.start - b.start);
  },
};

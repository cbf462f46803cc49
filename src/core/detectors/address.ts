// STREET_ADDRESS: a street word, a capitalised street name and a house number, in the ways
// Spain, Latin America, Brazil and the US write them. Without a number there is no finding:
// "la Plaza Mayor" or "Main Street" alone is a place, not someone's address.
import type { Candidate, ContextWords, Detector } from '../types';

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

// Street words before the name (es/pt). Abbreviations need their dot or slash.
const STREET_WORD = [
  'calle', 'c/', 'c\\.', 'cl\\.', 'avenida', 'av\\.', 'avda\\.', 'av', 'paseo', 'p[º°]', 'pasaje', 'psje\\.', 'pje\\.', 'plaza', 'pza\\.',
  'ronda', 'camino', 'carretera', 'ctra\\.', 'carrera', 'cra\\.', 'kr\\.', 'transversal', 'diagonal', 'jir[oó]n', 'jr\\.',
  'bulevar', 'blvd\\.', 'boulevard', 'calzada', 'calz\\.', 'prolongaci[oó]n', 'prol\\.', 'traves[ií]a', 'glorieta', 'privada', 'cerrada', 'andador',
  'rua', 'r\\.', 'alameda', 'travessa', 'estrada', 'rodovia', 'pra[cç]a', 'largo', 'ladeira',
]
  // Case-sensitive matching keeps "capitalised street name" meaningful, so the street word
  // itself is spelled in its lower, Capitalised and UPPER forms.
  .map((w) => `${w}|${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`)
  .join('|');

/** Colombian and Mexican numbered streets: "Carrera 7", "Calle 100 Bis", "Calle 5 Sur". */
const NUMBERED_NAME = '\\d{1,3}(?:\\s?[A-Z](?![\\p{L}]))?(?:\\s(?:Bis|Sur|Norte|Este|Oeste|Sur\\s?Este))?';

/** House number: "12", ", 45", "No. 123", "nº 5", "# 45-12", "1500-B", "s/n". */
const HOUSE_NUMBER = '(?:,\\s?|\\s)(?:(?:[Nn][º°oO]\\.?|[Nn][uú]m\\.?|[Nn][uú]mero|[Nn]o\\.|#)\\s?)?(?:\\d{1,5}(?:\\s?[A-Za-z](?![\\p{L}\\d]))?(?:\\s?-\\s?\\d{1,4})?|s/n)';
const NUMBER_SIGN = '\\s?(?:#|[Nn][º°oO]\\.?|[Nn]o\\.)\\s?\\d{1,3}[A-Za-z]?\\s?-\\s?\\d{1,4}';

/** Floor, door, flat, unit, Mexican colonia, Peruvian urbanización. */
const EXTRA = [
  `\\d{1,2}\\s?[º°ª](?:\\s?[A-Z](?![\\p{L}]))?(?:\\s?(?:[Ii]zq(?:da)?|[Dd]cha|[Dd]ch|[Ii]zquierda|[Dd]erecha)\\.?)?`,
  '(?:[Pp]iso|[Pp]lanta|[Aa]ndar)\\s\\d{1,3}[º°ª]?',
  '(?:[Dd]epto|[Dd]pto|[Dd]ep|[Aa]pto|[Aa]pt|[Aa]partamento|[Dd]epartamento|[Ii]nt|[Ii]nterior|[Oo]f|[Oo]ficina|[Ss]uite|[Ss]te|[Uu]nit|[Bb]loco|[Bb]l|[Cc]asa|[Pp]uerta|[Pp]ta|[Ee]scalera|[Ee]sc)\\.?\\s?#?\\s?[A-Z0-9][A-Z0-9-]{0,5}(?![\\p{L}\\d])',
  `(?:[Cc]ol|[Cc]olonia|[Uu]rb|[Uu]rbanizaci[oó]n|[Bb]arrio|[Bb]airro|[Ff]racc|[Ff]raccionamiento)\\.?\\s${L}${W}(?:\\s(?:${L}${W}|${CONNECTOR}(?=\\s))){0,3}`,
].join('|');
const EXTRAS = `(?:,?\\s(?:${EXTRA})){0,3}`;

const LATIN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${STREET_WORD})\\s{1,2}(?:(?<numbered>${NUMBERED_NAME})(?:${NUMBER_SIGN})|${NAME}${HOUSE_NUMBER})${EXTRAS}(?![\\p{L}\\p{N}])`,
  'gu',
);

// US: number first, name, a street suffix, an optional direction and unit.
const US_SUFFIX = '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl)';
const US = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])\\d{1,6}\\s(?:[NSEW]\\.?\\s)?${L}${W}(?:\\s${L}${W}){0,3}\\s${US_SUFFIX}\\.?(?:\\s(?:NW|NE|SW|SE|N|S|E|W)\\.?)?(?:,?\\s(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor)\\.?\\s?#?\\s?[A-Z0-9-]{1,6}|#\\s?[A-Z0-9-]{1,6}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

const PO_BOX = /(?<![\p{L}\p{N}])(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Apartado(?:\s+de\s+correos|\s+postal)?|Casilla(?:\s+de\s+correos?)?|Caixa\s+Postal)\s{1,2}(?:n[º°o]\.?\s?|#\s?)?\d{1,7}(?![\p{L}\p{N}])/giu;

function address(start: number, end: number, score: number, reason: string): Candidate {
  return { entity: 'STREET_ADDRESS', start, end, score, detector: 'address', reasons: [reason], context: CONTEXT };
}

function trimEnd(text: string, start: number, end: number): number {
  // A trailing '.' ends the sentence unless it closes an abbreviation we matched ("Col.", "Apt.").
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return end;
}

export const addressDetector: Detector = {
  id: 'address',
  entities: ['STREET_ADDRESS'],
  detect(text) {
    const out: Candidate[] = [];
    for (const [re, score, reason] of [
      [LATIN, 0.7, 'shape:street'],
      [US, 0.7, 'shape:us-street'],
      [PO_BOX, 0.75, 'shape:po-box'],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = trimEnd(text, m.index, m.index + m[0].length);
        // Extras (floor, flat, colonia) make it unmistakably an address.
        const rich = /\d\s?[º°ª]|\b(?:piso|depto|dpto|apto|apt|suite|unit|col|colonia|int|urb)\b/i.test(m[0]);
        out.push(address(m.index, end, rich ? score + 0.1 : score, reason));
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

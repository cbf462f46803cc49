// PASSPORT: passport numbers have no checksum we can trust across countries and look like any
// other reference code, so only a cue ("pasaporte", "passport", "passaporte") followed by a
// plausible number is a finding; without the cue, nothing.
import type { Candidate, ContextWords, Detector } from '../types';
import { NUMERIC_LOOKALIKE_WORDS } from './lookalikes';

/** "pasaporte ... el pedido es 123456789": a look-alike word nearer than the cue wins. */
const CONTEXT: ContextWords = { positive: ['pasaporte', 'passport', 'passaporte'], negative: NUMERIC_LOOKALIKE_WORDS };

const CUE = /(?<![\p{L}])(?:pasaportes?|passports?|passaportes?)(?![\p{L}])/giu;

/**
 * After the cue: a few filler tokens ("nº", "number", "es", ":"), then the number: 1-3
 * letters and 6-9 digits (ES PAA123456, MX G12345678, BR AB123456, AR AAA123456) or 8-9
 * digits (US, UK style). Up to eight plain words may come first when a ':' or 'es'/'is'
 * closes them ("mi pasaporte porque soy venezolano: D4207009", "my passport number in case
 * you need it para verificar: G60676322"), or an aside in parentheses ("Pasaporte (lo mostró
 * por videollamada): O1219316"); the number may stand in parentheses itself. Everything is
 * bounded.
 */
const VALUE = /(?:(?:\s{1,3}\p{L}{1,20}){0,8}?(?:\s{0,2}\([^()\n]{1,40}\))?(?:\s{0,2}:|\s{1,2}(?:es|is|[eé]|era|was)(?![\p{L}])))??(?:\s{0,2}(?:n[º°o]\.?|n[uú]m(?:ero)?\.?|number|no\.?|nr\.?|#|de|del|do|da|es|is|[eé]|:|=|\.{2,}|-|mexicano|espa[nñ]ol|peruano|us|u\.s\.|brasileiro)(?![\p{L}])){0,4}\s{0,3}\(?(?<value>[A-Z]{1,3}\s?\d{6,9}|\d{8,9})(?![\p{L}\p{N}])/uy;

export const passportDetector: Detector = {
  id: 'passport',
  entities: ['PASSPORT'],
  detect(text) {
    const out: Candidate[] = [];
    CUE.lastIndex = 0;
    for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
      VALUE.lastIndex = m.index + m[0].length;
      const v = VALUE.exec(text);
      if (!v?.groups) continue;
      const end = VALUE.lastIndex;
      const start = end - v.groups.value.length;
      out.push({ entity: 'PASSPORT', start, end, score: 0.85, detector: 'passport', reasons: ['cue:passport'], context: CONTEXT, contextBoost: 0 });
      CUE.lastIndex = end;
    }
    return out;
  },
};

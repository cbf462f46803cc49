// Argentina: CUIT/CUIL (tax/labour, check digit), DNI (7-8 digits, no check: context only).
import { stdnum } from 'stdnum';
import { isRepeated } from '../numbers';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

export const ARGENTINA: readonly IdSpec[] = [
  {
    subtype: 'AR_CUIT',
    checked: true,
    family: 'digits',
    lengths: [11],
    shapes: [
      { pattern: /^99-9{8}-9$/, score: 0.8 },
      { pattern: /^99 9{8} 9$/, score: 0.6 },
      { pattern: /^9{11}$/, score: 0.5 },
    ],
    validate: (v) => stdnum.AR.cuit.validate(v).isValid,
    words: ['cuit', 'cuil', 'afip', 'anses', ...TAX_WORDS],
  },
  {
    // Dotted "12.345.678" is how Argentines write it. 8 bare digits are also a Peruvian DNI:
    // the user's regions (phoneRegions) decide, Peru first by default.
    subtype: 'AR_DNI',
    checked: false,
    family: 'digits',
    lengths: [7, 8],
    shapes: [
      { pattern: /^9{1,2}\.999\.999$/, score: 0.35 },
      { pattern: /^9{7,8}$/, score: 0.3 },
    ],
    validate: (v) => /^\d{7,8}$/.test(v) && !isRepeated(v) && stdnum.AR.dni.validate(v).isValid,
    words: ['dni', 'documento nacional de identidad', 'renaper', ...IDENTITY_WORDS],
  },
];

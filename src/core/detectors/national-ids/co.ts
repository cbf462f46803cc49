// Colombia: NIT (tax, check digit) and cédula de ciudadanía (no check: context only).
import { stdnum } from 'stdnum';
import { isRepeated } from '../numbers';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

export const COLOMBIA: readonly IdSpec[] = [
  {
    subtype: 'CO_NIT',
    checked: true,
    family: 'digits',
    lengths: [9, 10, 11],
    shapes: [
      { pattern: /^9{1,3}(?:\.999){2}-9$/, score: 0.55 },
      { pattern: /^9{8,10}-9$/, score: 0.45 },
      { pattern: /^9{9,10}$/, score: 0.25 },
    ],
    validate: (v) => !isRepeated(v.slice(0, -1)) && stdnum.CO.nit.validate(v).isValid,
    words: ['nit', 'dian', 'rut', ...TAX_WORDS],
  },
  {
    subtype: 'CO_CC',
    checked: false,
    family: 'digits',
    lengths: [6, 7, 8, 9, 10],
    shapes: [
      { pattern: /^9{1,3}(?:\.999){1,3}$/, score: 0.25 },
      { pattern: /^9{6,10}$/, score: 0.25 },
    ],
    validate: (v) => /^[1-9]\d{5,9}$/.test(v) && !isRepeated(v),
    words: ['cedula', 'cedula de ciudadania', 'c.c', 'c.c.', 'cc', ...IDENTITY_WORDS],
  },
];

// Uruguay: cédula de identidad (CI, check digit) and RUT (tax, 12 digits).
import { stdnum } from 'stdnum';
import { isRepeated } from '../numbers';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

export const URUGUAY: readonly IdSpec[] = [
  {
    subtype: 'UY_CI',
    checked: true,
    family: 'digits',
    lengths: [8],
    shapes: [
      { pattern: /^9\.999\.999-9$/, score: 0.6 },
      { pattern: /^9{7}-9$/, score: 0.4 },
      { pattern: /^9{8}$/, score: 0.25 },
    ],
    validate: (v) => !isRepeated(v) && stdnum.UY.cedula.validate(v).isValid,
    words: ['ci', 'c.i', 'cedula', 'cedula de identidad', ...IDENTITY_WORDS],
    otherIdWords: ['rut', 'run', 'rol unico', 'nit', 'ruc'],
  },
  {
    subtype: 'UY_RUT',
    checked: true,
    family: 'digits',
    lengths: [12],
    shapes: [
      { pattern: /^99[ -]?9{6}[ -]?999[ -]?9$/, score: 0.6 },
    ],
    validate: (v) => stdnum.UY.rut.validate(v).isValid,
    words: ['rut', 'dgi', ...TAX_WORDS],
  },
];

// Venezuela: RIF (V/E persons, J/G/P/C companies; letter + 8 digits + check digit).
import { stdnum } from 'stdnum';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

export const VENEZUELA: readonly IdSpec[] = [
  {
    subtype: 'VE_RIF',
    checked: true,
    family: 'lettered',
    lengths: [10],
    shapes: [{ pattern: /^A[ -]?9{8}[ -]?9$/, score: 0.75 }],
    validate: (v) => stdnum.VE.rif.validate(v).isValid,
    words: ['rif', 'seniat', 'cedula', ...IDENTITY_WORDS, ...TAX_WORDS],
  },
];

// Paraguay: RUC (cédula or company number + mod-11 check digit after a dash).
import { stdnum } from 'stdnum';
import { isRepeated } from '../numbers';
import { TAX_WORDS, type IdSpec } from './spec';

export const PARAGUAY: readonly IdSpec[] = [
  {
    subtype: 'PY_RUC',
    checked: true,
    family: 'digits',
    lengths: [6, 7, 8, 9],
    shapes: [{ pattern: /^9{5,8}-9$/, score: 0.4 }],
    validate: (v) => !isRepeated(v) && stdnum.PY.ruc.validate(v).isValid,
    words: ['ruc', 'set', ...TAX_WORDS],
    otherIdWords: ['rut', 'run', 'cui', 'nit', 'dni'],
  },
];

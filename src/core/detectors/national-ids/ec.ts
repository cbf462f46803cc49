// Ecuador: cédula (CI, province + mod-10 check) and RUC (CI + establishment, or company).
import { stdnum } from 'stdnum';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

export const ECUADOR: readonly IdSpec[] = [
  {
    subtype: 'EC_CI',
    checked: true,
    family: 'digits',
    lengths: [10],
    shapes: [
      { pattern: /^9{9}-9$/, score: 0.5 },
      { pattern: /^9{10}$/, score: 0.4 },
    ],
    validate: (v) => stdnum.EC.ci.validate(v).isValid,
    words: ['cedula', 'cedula de identidad', 'ci', 'c.i', ...IDENTITY_WORDS],
    otherIdWords: ['rut', 'run', 'nit', 'ruc', 'cedula de ciudadania', 'c.c'],
  },
  {
    subtype: 'EC_RUC',
    checked: true,
    family: 'digits',
    lengths: [13],
    shapes: [
      { pattern: /^9{10}-?999$/, score: 0.6 },
      { pattern: /^9{13}$/, score: 0.55 },
    ],
    validate: (v) => stdnum.EC.ruc.validate(v).isValid,
    words: ['ruc', 'sri', ...TAX_WORDS],
  },
];

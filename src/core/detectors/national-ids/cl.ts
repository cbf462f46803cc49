// Chile: RUT / RUN (same number and mod-11 check, K for 10).
import { stdnum } from 'stdnum';
import { isRepeated } from '../numbers';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

export const CHILE: readonly IdSpec[] = [
  {
    // stdnum rejects dotted RUTs ("12.531.909-2"), so it gets the compact value.
    subtype: 'CL_RUT',
    checked: true,
    family: 'digits',
    lengths: [8, 9],
    shapes: [
      { pattern: /^9{1,2}\.999\.999-[9K]$/, score: 0.75 },
      { pattern: /^9{7,8}-[9K]$/, score: 0.45 },
      { pattern: /^9{8,9}$/, score: 0.25 },
    ],
    validate: (v) => !isRepeated(v.slice(0, -1)) && stdnum.CL.rut.validate(v).isValid,
    words: ['rut', 'run', 'rol unico tributario', 'rol unico nacional', 'sii', ...IDENTITY_WORDS, ...TAX_WORDS],
  },
];

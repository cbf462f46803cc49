// Peru: DNI (8 digits, no check: context only), CUI (DNI + check digit or letter), RUC.
import { stdnum } from 'stdnum';
import { isRepeated } from '../numbers';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

const DNI_WORDS = ['dni', 'documento nacional de identidad', 'reniec', ...IDENTITY_WORDS];

export const PERU: readonly IdSpec[] = [
  {
    subtype: 'PE_DNI',
    checked: false,
    family: 'digits',
    lengths: [8],
    shapes: [{ pattern: /^9{8}$/, score: 0.3 }],
    validate: (v) => /^\d{8}$/.test(v) && !isRepeated(v),
    words: DNI_WORDS,
  },
  {
    // stdnum.PE.cui also accepts the bare 8-digit DNI (no check): require the check char.
    subtype: 'PE_CUI',
    checked: true,
    family: 'digits',
    lengths: [9],
    shapes: [
      { pattern: /^9{8}-[9A-K]$/, score: 0.45 },
      { pattern: /^9{9}$/, score: 0.25 },
    ],
    validate: (v) => v.length === 9 && !isRepeated(v.slice(0, 8)) && stdnum.PE.cui.validate(v).isValid,
    words: ['cui', 'codigo unico de identificacion', 'digito verificador', ...DNI_WORDS],
    otherIdWords: ['rut', 'run', 'nit', 'ruc'],
  },
  {
    subtype: 'PE_RUC',
    checked: true,
    family: 'digits',
    lengths: [11],
    shapes: [{ pattern: /^9{11}$/, score: 0.55 }],
    validate: (v) => stdnum.PE.ruc.validate(v).isValid,
    words: ['ruc', 'sunat', ...TAX_WORDS],
  },
];

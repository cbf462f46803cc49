// Mexico: CURP (personal), RFC (tax; persons 13 chars, companies 12, 10 without homoclave).
import { stdnum } from 'stdnum';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

export const MEXICO: readonly IdSpec[] = [
  {
    subtype: 'MX_CURP',
    checked: true,
    family: 'alpha',
    lengths: [18],
    shapes: [{ pattern: /^A{4}9{6}A{6}[9A]9$/, score: 0.95 }],
    validate: (v) => stdnum.MX.curp.validate(v).isValid,
    words: ['curp', 'clave unica de registro de poblacion', ...IDENTITY_WORDS],
  },
  {
    subtype: 'MX_RFC',
    checked: true,
    family: 'alpha',
    lengths: [10, 12, 13],
    shapes: [
      // With homoclave the last char is a check digit.
      { pattern: /^A{3,4}[ -]?9{6}[ -]?[9A]{3}$/, score: 0.85 },
      // Without homoclave it is a name abbreviation and a date: context only.
      { pattern: /^A{4}[ -]?9{6}$/, score: 0.35 },
    ],
    validate: (v) => stdnum.MX.rfc.validate(v).isValid,
    words: ['rfc', 'sat', 'registro federal de contribuyentes', 'homoclave', ...TAX_WORDS],
  },
];

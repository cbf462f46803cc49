// Brazil: CPF (persons) and CNPJ (companies), two check digits each.
import { stdnum } from 'stdnum';
import { isRepeated } from '../numbers';
import { TAX_WORDS, type IdSpec } from './spec';

export const BRAZIL: readonly IdSpec[] = [
  {
    // stdnum.BR.cpf accepts repeated digits ("111.111.111-11"); they are test patterns.
    subtype: 'BR_CPF',
    checked: true,
    family: 'digits',
    lengths: [11],
    shapes: [
      { pattern: /^999\.999\.999-99$/, score: 0.85 },
      { pattern: /^9{9}-99$/, score: 0.6 },
      { pattern: /^9{11}$/, score: 0.45 },
    ],
    validate: (v) => !isRepeated(v) && stdnum.BR.cpf.validate(v).isValid,
    words: ['cpf', 'cadastro de pessoas fisicas', 'documento', 'identidade'],
  },
  {
    subtype: 'BR_CNPJ',
    checked: true,
    family: 'digits',
    lengths: [14],
    shapes: [
      { pattern: /^99\.999\.999\/9999-99$/, score: 0.9 },
      { pattern: /^9{8}\/9{4}-99$/, score: 0.8 },
      { pattern: /^9{14}$/, score: 0.5 },
    ],
    validate: (v) => !isRepeated(v) && stdnum.BR.cnpj.validate(v).isValid,
    words: ['cnpj', 'cadastro nacional da pessoa juridica', ...TAX_WORDS],
  },
];

// Spain: DNI, NIE, NIF (K/L/M), CIF, NSS (Seguridad Social).
import { stdnum } from 'stdnum';
import { IDENTITY_WORDS, TAX_WORDS, type IdSpec } from './spec';

const DNI_WORDS = ['dni', 'nif', 'documento nacional de identidad', ...IDENTITY_WORDS];

export const SPAIN: readonly IdSpec[] = [
  {
    subtype: 'ES_DNI',
    checked: true,
    family: 'lettered',
    lengths: [9],
    shapes: [
      { pattern: /^9{8}[ -]?A$/, score: 0.85 },
      { pattern: /^99?\.999\.999[ -]?A$/, score: 0.85 },
    ],
    validate: (v) => /^\d{8}[A-Z]$/.test(v) && stdnum.ES.dni.validate(v).isValid,
    words: DNI_WORDS,
  },
  {
    subtype: 'ES_NIE',
    checked: true,
    family: 'lettered',
    lengths: [9],
    shapes: [{ pattern: /^A[ -]?9{7}[ -]?A$/, score: 0.85 }],
    validate: (v) => /^[XYZ]/.test(v) && stdnum.ES.nie.validate(v).isValid,
    words: ['nie', 'tie', 'numero de identidad de extranjero', 'extranjero', ...DNI_WORDS],
  },
  {
    // K (under 14), L (living abroad), M (foreigners without NIE): the DNI letter algorithm.
    // stdnum.ES.dni accepts any K/L/M value without checking; stdnum.ES.nif checks it.
    subtype: 'ES_NIF',
    checked: true,
    family: 'lettered',
    lengths: [9],
    shapes: [{ pattern: /^A[ -]?9{7}[ -]?A$/, score: 0.8 }],
    validate: (v) => /^[KLM]/.test(v) && stdnum.ES.nif.validate(v).isValid,
    words: ['nif', ...DNI_WORDS, ...TAX_WORDS],
  },
  {
    subtype: 'ES_CIF',
    checked: true,
    family: 'lettered',
    lengths: [9],
    shapes: [{ pattern: /^A[ -]?9{7}[ -]?[9A]$/, score: 0.75 }],
    validate: (v) => /^[ABCDEFGHJNPQRSUVW]/.test(v) && stdnum.ES.cif.validate(v).isValid,
    words: ['cif', 'nif', 'empresa', 'sociedad', ...TAX_WORDS],
  },
  {
    // Province (2) + number (8) + mod-97 control (2); written "28/12345678/40" or spaced.
    subtype: 'ES_NSS',
    checked: true,
    family: 'digits',
    lengths: [12],
    shapes: [
      { pattern: /^99([/ -])9{8}\1(?:99)$/, score: 0.6 },
      { pattern: /^9{12}$/, score: 0.5 },
    ],
    validate: (v) => stdnum.ES.nss.validate(v).isValid,
    words: ['nss', 'seguridad social', 'numero de la seguridad social', 'afiliacion', 'numero de afiliacion', 'naf'],
  },
];

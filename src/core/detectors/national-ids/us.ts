// United States: SSN (structure only), ITIN (9xx with a reserved group), EIN (context).
import { stdnum } from 'stdnum';
import { TAX_WORDS, type IdSpec } from './spec';

/** ITIN: area 9xx, group 50-65, 70-88, 90-92 or 94-99 (IRS). */
const ITIN = /^9\d\d(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])\d{4}$/;

// SSNs and ITINs are written alike (AAA-GG-SSSS); the dashed form is the surest sign.
const SSN_SHAPES = [
  { pattern: /^999-99-9999$/, score: 0.55 },
  { pattern: /^999 99 9999$/, score: 0.4 },
  { pattern: /^9{9}$/, score: 0.25 },
];

export const UNITED_STATES: readonly IdSpec[] = [
  {
    // stdnum checks area (not 000, 666, 9xx), group (not 00) and known advertising numbers
    // (078-05-1120, 219-09-9999...); it does not reject serial 0000, so we do.
    subtype: 'US_SSN',
    checked: false,
    family: 'digits',
    lengths: [9],
    shapes: SSN_SHAPES,
    validate: (v) => !v.endsWith('0000') && stdnum.US.ssn.validate(v).isValid,
    words: ['ssn', 'social security', 'social security number', 'seguro social', 'numero de seguro social', 'ss number'],
  },
  {
    subtype: 'US_ITIN',
    checked: false,
    family: 'digits',
    lengths: [9],
    shapes: SSN_SHAPES,
    validate: (v) => ITIN.test(v),
    words: ['itin', 'individual taxpayer identification number', 'taxpayer', ...TAX_WORDS],
    // "I typed his SSN wrong the first time (900-70-7163)": a 9xx number called an SSN is a
    // mistyped SSN, not an ITIN.
    otherIdWords: ['ssn', 'social security', 'social security number', 'seguro social'],
  },
  {
    subtype: 'US_EIN',
    checked: false,
    family: 'digits',
    lengths: [9],
    shapes: [
      { pattern: /^99-9{7}$/, score: 0.35 },
      { pattern: /^9{9}$/, score: 0.2 },
    ],
    validate: (v) => stdnum.US.ein.validate(v).isValid,
    words: ['ein', 'fein', 'employer identification number', 'employer id', ...TAX_WORDS],
  },
];

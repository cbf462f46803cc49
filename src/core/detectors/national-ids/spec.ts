// What a national ID is to the detector: the shapes people write it in, how it validates,
// and the words that announce it. One file per country lists its IDs.
//
// A shape is the written value with digits as '9', letters as 'A' (or kept, for check
// letters the digit scanner accepts: "99.999.999-K"), separators as written and one space
// between space-separated pieces. Each shape carries the base score of a checksum-valid
// value written that way: a distinctive, validated shape scores high on its own; a
// shape-only match (8 bare digits) stays low and needs a context word.

/** Which candidate finder sees the ID. */
export type IdFamily =
  /** Digit chains, optionally ending in "-K": "12.531.909-2", "536-90-4399". */
  | 'digits'
  /** A letter before and/or after 7-8 digits: "12345678Z", "X-1234567-L", "V-11470283-4". */
  | 'lettered'
  /** Upper-case letters, six date digits and more: CURP, RFC. */
  | 'alpha';

export interface IdShape {
  pattern: RegExp;
  score: number;
}

export interface IdSpec {
  subtype: string;
  /** Has a check digit/letter (else only structure: SSN areas, 8 bare DNI digits...). */
  checked: boolean;
  family: IdFamily;
  /** Lengths of the compact value (digits and letters), for indexing. */
  lengths: readonly number[];
  shapes: readonly IdShape[];
  /** Gets the compact, upper-cased value. */
  validate(compact: string): boolean;
  /** Accent-folded, lower-case words that announce this ID. */
  words: readonly string[];
  /**
   * Words that name another ID written in the same shape ("RUT 6.657.499-8" is a Chilean RUT
   * with a wrong check digit, not a Uruguayan CI): near the value they count against it.
   */
  otherIdWords?: readonly string[];
}

/** Shared words for personal identity documents. */
export const IDENTITY_WORDS: readonly string[] = [
  'documento', 'documento de identidad', 'numero de documento', 'nro de documento', 'identificacion', 'identidad',
  'id number', 'national id', 'identity number', 'identity card',
];

/** Shared words for tax numbers. */
export const TAX_WORDS: readonly string[] = [
  'identificacion fiscal', 'numero fiscal', 'contribuyente', 'razon social', 'tax id', 'tax number', 'tin',
];

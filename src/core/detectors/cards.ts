// CREDIT_CARD (Luhn + issuer ranges) and the card's CVV and expiry date (CREDENTIAL).
// Card numbers come from one linear pass over digit chains (numbers.ts); a chain of spaced
// groups is tried window by window, so "4111 1111 1111 1111 123" still yields the card.
import type { Candidate, ContextWords, Detector } from '../types';
import { fold, isWordChar } from '../text';
import { NUMERIC_LOOKALIKE_WORDS } from './lookalikes';
import { groupedAlternation } from '../alternation';
import { CueWords } from './cue-words';
import type { Searcher } from '../text';
import { SHARED_CHAIN_OPTIONS, chainWindows, findNumberChains, luhnValid, type NumberWindow } from './numbers';

export type CardBrand = 'VISA' | 'MASTERCARD' | 'AMEX' | 'DISCOVER' | 'DINERS' | 'JCB' | 'UNIONPAY' | 'MAESTRO';

interface IssuerRange {
  brand: CardBrand;
  /** Inclusive prefix range, compared on the first `low.length` digits. */
  low: string;
  high: string;
  minLength: number;
  maxLength: number;
  /** Only these lengths (Visa: 13, 16, 19). */
  lengths?: readonly number[];
}

// Most specific first: Maestro's 6759 must win over no-match, Discover's 65 over nothing else.
// Sources: ISO/IEC 7812 registrations as summarised by the card networks' developer docs.
const ISSUER_RANGES: readonly IssuerRange[] = [
  ...['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763'].map(
    (p): IssuerRange => ({ brand: 'MAESTRO', low: p, high: p, minLength: 13, maxLength: 19 }),
  ),
  // Maestro UK and Adyen's Maestro test cards (6771..., 6799...) fill the rest of 67.
  { brand: 'MAESTRO', low: '67', high: '67', minLength: 13, maxLength: 19 },
  { brand: 'AMEX', low: '34', high: '34', minLength: 15, maxLength: 15 },
  { brand: 'AMEX', low: '37', high: '37', minLength: 15, maxLength: 15 },
  { brand: 'DINERS', low: '300', high: '305', minLength: 14, maxLength: 19 },
  { brand: 'DINERS', low: '3095', high: '3095', minLength: 14, maxLength: 19 },
  { brand: 'DINERS', low: '36', high: '36', minLength: 14, maxLength: 19 },
  // 14 digits too: PayPal/Braintree's Diners test card is 3852 000002 3237.
  { brand: 'DINERS', low: '38', high: '39', minLength: 14, maxLength: 19 },
  { brand: 'JCB', low: '3528', high: '3589', minLength: 16, maxLength: 19 },
  { brand: 'VISA', low: '4', high: '4', minLength: 13, maxLength: 19, lengths: [13, 16, 19] },
  { brand: 'MASTERCARD', low: '51', high: '55', minLength: 16, maxLength: 16 },
  { brand: 'MASTERCARD', low: '2221', high: '2720', minLength: 16, maxLength: 16 },
  { brand: 'DISCOVER', low: '6011', high: '6011', minLength: 16, maxLength: 19 },
  { brand: 'DISCOVER', low: '644', high: '649', minLength: 16, maxLength: 19 },
  { brand: 'DISCOVER', low: '65', high: '65', minLength: 16, maxLength: 19 },
  { brand: 'UNIONPAY', low: '62', high: '62', minLength: 16, maxLength: 19 },
];

/** The card brand whose issuer range and length fit these digits, if any. */
export function cardBrand(digits: string): CardBrand | undefined {
  for (const r of ISSUER_RANGES) {
    const prefix = digits.slice(0, r.low.length);
    if (prefix < r.low || prefix > r.high) continue;
    if (digits.length < r.minLength || digits.length > r.maxLength) continue;
    if (r.lengths && !r.lengths.includes(digits.length)) continue;
    return r.brand;
  }
  return undefined;
}

export const CARD_CONTEXT: ContextWords = {
  positive: [
    'tarjeta', 'tarjeta de credito', 'tarjeta de debito', 'numero de tarjeta', 'credito', 'debito', 'plastico',
    'card', 'credit card', 'debit card', 'card number',
    'cartao', 'cartao de credito',
    'visa', 'mastercard', 'master card', 'amex', 'american express', 'discover', 'diners', 'jcb', 'unionpay', 'maestro',
  ],
  negative: NUMERIC_LOOKALIKE_WORDS,
};

/** A card word (accent-folded) shortly before a CVV cue or expiry date makes it about a card. */
const CARD_WORD = new RegExp(`(?<![a-z0-9])(?:${[...CARD_CONTEXT.positive].sort((a, b) => b.length - a.length).join('|')})(?:e?s)?(?![a-z0-9])`);
const CARD_WORD_BEFORE = 80;

/** A card word in the 80 chars before the cue, or between the cue and its value. */
function cardWordBefore(text: string, cueStart: number, valueStart: number): boolean {
  return CARD_WORD.test(fold(text.slice(Math.max(0, cueStart - CARD_WORD_BEFORE), valueStart)));
}

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

/** How people write card numbers: compact, groups of 4, Amex 4-6-5, Diners 4-6-4. */
function isUsualGrouping(shape: string): boolean {
  if (shape.includes(' ') && shape.includes('-')) return false;
  const s = shape.replace(/-/g, ' ');
  return /^9{13,19}$/.test(s) || /^(?:9999 ){2,4}9{1,4}$/.test(s) || /^9999 999999 9{4,5}$/.test(s);
}

interface CardWindow {
  window: NumberWindow;
  brand?: CardBrand;
  score: number;
  grouped: boolean;
}

function judgeWindow(w: NumberWindow, whole: boolean): CardWindow | undefined {
  if (!luhnValid(w.compact)) return undefined;
  const brand = cardBrand(w.compact);
  const grouped = w.shape.length !== w.compact.length;
  if (!brand) return { window: w, score: 0.3, grouped };
  const usual = isUsualGrouping(w.shape);
  // Part of a longer run of groups ("4111 1111 1111 1111 123", or the account part of a CBU
  // written 8+14) is less sure than a number standing alone.
  const score = whole ? (usual ? (grouped ? 0.92 : 0.9) : 0.7) : usual ? 0.75 : 0.6;
  return { window: w, brand, score, grouped };
}

function cardCandidate(c: CardWindow): Candidate {
  const { window: w, brand } = c;
  const reasons = ['luhn', brand ? `issuer:${brand}` : 'issuer:unknown'];
  // A compact run next to "tracking"/"pedido" is more likely that than a card; a grouped,
  // brand-valid card is written as a card, so a look-alike word only dents it.
  const contextPenalty = !brand ? 0.4 : c.grouped && c.score >= 0.9 ? 0.3 : 0.55;
  return {
    entity: 'CREDIT_CARD',
    subtype: brand,
    start: w.start,
    end: w.end,
    score: c.score,
    detector: 'cards',
    reasons,
    context: CARD_CONTEXT,
    contextBoost: brand ? 0.08 : 0.35,
    contextPenalty,
  };
}

/** Card numbers: the best non-overlapping valid windows of each chain. */
function findCards(text: string): Candidate[] {
  const out: Candidate[] = [];
  const chains = findNumberChains(text, SHARED_CHAIN_OPTIONS);
  for (const chain of chains) {
    const valid: CardWindow[] = [];
    for (const w of chainWindows(chain, { minDigits: MIN_DIGITS, maxDigits: MAX_DIGITS, maxPieces: 6 })) {
      const whole = w.first === 0 && w.last === chain.pieces.length - 1;
      const judged = judgeWindow(w, whole);
      // Part of a longer run of groups is a card only if its brand says so: a Luhn-valid tail
      // of a mistyped card ("6205 [5000 0000 0000 005]") is not one.
      if (judged && (judged.brand || whole)) valid.push(judged);
    }
    if (valid.length === 0) continue;
    // Best first; a window is kept if none of its pieces is taken (windows span <= 6 pieces,
    // so this stays linear on a megabyte of "1234 5678 ...").
    valid.sort((a, b) => b.score - a.score || b.window.compact.length - a.window.compact.length || a.window.start - b.window.start);
    const taken = new Uint8Array(chain.pieces.length);
    for (const v of valid) {
      const { first, last } = v.window;
      let free = true;
      for (let p = first; p <= last && free; p++) free = taken[p] === 0;
      if (!free) continue;
      taken.fill(1, first, last + 1);
      out.push(cardCandidate(v));
    }
  }
  return out;
}

// Cue words are found through the shared cue pass (cue-words.ts); the value after them is
// read with a sticky regex from the cue's end, so no pattern is tried at every position.
const CVV_WORDS = ['cvv2?', 'cvc2?', 'c[oó]digo de seguridad', 'c[oó]d\\. de seguridad', 'c[oó]digo de verificaci[oó]n', 'c[oó]digo de atr[aá]s', 'c[oó]digo de detr[aá]s', 'd[ií]gitos de atr[aá]s', 'd[ií]gitos de detr[aá]s', 'security code'];
// At word starts only (scanCues checks the wider left edge).
const CVV_CUE = new CueWords(CVV_WORDS, groupedAlternation(CVV_WORDS, true));
const CVV_STRONG = /^(?:cvv2?|cvc2?)$/i;
// Up to four short words may sit between cue and value: "código de seguridad de mi tarjeta es 456".
// Not after a sentence end: in "CVC . Old card ending in 1111" (a removed value, then the
// next sentence) 1111 is not the CVC.
const CVV_VALUE = /(?![\p{L}\p{N}])(?:[\s:=#(),-]{0,4}(?:\p{L}{1,10}[\s:]{1,3}){0,4}|[\s:=#(),.-]{0,4})(\d{3,4})(?![\p{L}\p{N}]|[/.,:-]\d)/uy;

// Portuguese 'validade'/'vencimento', Argentine 'vto.', Spanish chat's 'cad' (caducidad) too.
const EXPIRY_WORDS = ['vencimiento', 'vencimento', 'vence', 'venc\\.', 'vto\\.?', 'caducidad', 'caduca', 'expiration', 'expiraci[oó]n', 'expires', 'expiry', 'expira', 'exp\\.?', 'valid thru', 'valid through', 'valid until', 'v[aá]lid[ao] hasta', 'validade', 'good thru', 'cad(?![A-Za-z])\\.?'];
const EXPIRY_CUE = new CueWords(EXPIRY_WORDS, groupedAlternation(EXPIRY_WORDS, true));
const EXPIRY_VALUE = /(?![\p{L}\p{N}])[\s:=(),.-]{0,4}(?:(?:el|en|on|is|es|date|fecha|de|in|the)[\s:]{1,3}){0,3}((?:0[1-9]|1[0-2]) ?[/-] ?(?:20\d\d|\d\d))(?![\p{L}\p{N}]|[/.-]\d)/uy;

/** How close (chars) a card number must be for its CVV/expiry to count without card words. */
const NEAR_CARD = 160;

/**
 * Is a card (score >= 0.5) within NEAR_CARD chars of [start, end)? The cards are sorted by
 * start once, with the furthest end so far, so a long text with many cards and many cues
 * does not compare every cue with every card.
 */
function cardProximity(cards: readonly Candidate[]): (start: number, end: number) => boolean {
  const strong = cards.filter((c) => c.score >= 0.5).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const c of strong) maxEnd.push(maxEnd.length ? Math.max(c.end, maxEnd[maxEnd.length - 1]) : c.end);
  return (start, end) => {
    // Cards that start early enough: a prefix of `strong`.
    let lo = 0;
    let hi = strong.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strong[mid].start - end < NEAR_CARD) lo = mid + 1;
      else hi = mid;
    }
    // Among them, one that ends late enough; none is left once the furthest end is too early.
    for (let i = lo - 1; i >= 0 && maxEnd[i] > start - NEAR_CARD; i--) {
      if (start - strong[i].end < NEAR_CARD) return true;
    }
    return false;
  };
}

function findCardSecrets(text: string, cards: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const nearAnyCard = cardProximity(cards);
  const scanCues = (cue: Searcher, value: RegExp, subtype: 'CARD_CVV' | 'CARD_EXPIRY', strong: (word: string) => boolean) => {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
      value.lastIndex = m.index + m[0].length;
      const v = value.exec(text);
      if (!v) continue;
      const end = value.lastIndex;
      const start = end - v[1].length;
      const near = nearAnyCard(start, end);
      // Without a card nearby, "vence 12/27" may be a subscription: a card word before decides.
      const sure = strong(m[0]) || near || cardWordBefore(text, m.index, start);
      out.push({
        entity: 'CREDENTIAL',
        subtype,
        start,
        end,
        score: sure ? (subtype === 'CARD_CVV' ? 0.9 : 0.85) : 0.4,
        detector: 'cards',
        reasons: [`cue:${subtype === 'CARD_CVV' ? 'cvv' : 'expiry'}`, ...(near ? ['near:card'] : [])],
      });
      cue.lastIndex = Math.max(cue.lastIndex, end);
    }
  };
  // The shared cue pass makes a text without these words cost nothing here: no pre-test needed.
  scanCues(CVV_CUE, CVV_VALUE, 'CARD_CVV', (w) => CVV_STRONG.test(w));
  scanCues(EXPIRY_CUE, EXPIRY_VALUE, 'CARD_EXPIRY', () => false);
  return out;
}

export const cardsDetector: Detector = {
  id: 'cards',
  entities: ['CREDIT_CARD', 'CREDENTIAL'],
  detect(text) {
    const cards = findCards(text);
    return [...cards, ...findCardSecrets(text, cards)];
  },
};

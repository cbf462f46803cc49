// Context words: Presidio looks only before the match and by substring; we look on both
// sides, on whole (accent-folded) words, and let the nearest word win.
import type { ContextWords } from './types';
import { fold } from './text';
import { groupedAlternation } from './alternation';

export const WINDOW_BEFORE = 64;
export const WINDOW_AFTER = 32;

const compiled = new WeakMap<readonly string[], RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation per word list; plurals (-s/-es) match too. Linear: no nested quantifiers. */
function regexFor(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  let re = compiled.get(words);
  if (!re) {
    const alternation = groupedAlternation(
      [...new Set(words.map((w) => fold(w).trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')),
      false,
    );
    re = new RegExp(`(?<![a-z0-9])(?:${alternation})(?:e?s)?(?![a-z0-9])`, 'g');
    compiled.set(words, re);
  }
  return re;
}

/** The word nearestIn found last (one call per candidate side: no object per call). */
let nearestWord: string | undefined;

/** Distance from the value to the nearest occurrence of any word in a folded window (Infinity: none); the word in `nearestWord`. */
function nearestIn(re: RegExp | undefined, window: string, side: 'before' | 'after'): number {
  let distance = Infinity;
  nearestWord = undefined;
  if (!re) return distance;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const d = side === 'before' ? window.length - (m.index + m[0].length) : m.index;
    if (d < distance) {
      distance = d;
      nearestWord = m[0];
    }
    if (side === 'after') break;
  }
  return distance;
}

export interface ContextVerdict {
  positive?: string;
  negative?: string;
  /** +1 positive wins, -1 negative wins, 0 neither. */
  direction: -1 | 0 | 1;
}

const NO_VERDICT: ContextVerdict = Object.freeze({ direction: 0 });

// Redaction labels ("[ID NUMBER]", "[TELÉFONO]") are our own output, not the customer's
// words: they must not act as context, or redacting twice would find new things.
const REDACTION_LABEL = /\[[A-ZÁÉÍÓÚÑÃÕÇÊ -]{2,24}\]/g;

function windowText(raw: string): string {
  return fold(raw.includes('[') ? raw.replace(REDACTION_LABEL, (m) => ' '.repeat(m.length)) : raw);
}

const extraCache = new Map<string, readonly string[]>();
function withExtra(words: readonly string[], extra: readonly string[]): readonly string[] {
  if (!extra.length) return words;
  const key = extra.join('\u0000') + '\u0001' + words.length;
  let merged = extraCache.get(key);
  if (!merged) {
    if (extraCache.size > 64) extraCache.clear();
    merged = [...words, ...extra];
    extraCache.set(key, merged);
  }
  return merged;
}

/**
 * Looks around text[start, end) for context words. Words before the value decide first
 * (that is how replies introduce data: "Teléfono: ..."); only when there are none do the
 * words after it on the same line count, so "reembolso" on the next line cannot cancel
 * "teléfono de contacto" right before the number.
 */
export function judgeContext(text: string, start: number, end: number, words: ContextWords, extraPositive: readonly string[] = []): ContextVerdict {
  const posRe = regexFor(withExtra(words.positive, extraPositive));
  const negRe = regexFor(words.negative);
  const before = windowText(text.slice(Math.max(0, start - WINDOW_BEFORE), start));
  let pos = nearestIn(posRe, before, 'before');
  let positive = nearestWord;
  let neg = nearestIn(negRe, before, 'before');
  let negative = nearestWord;
  if (pos === Infinity && neg === Infinity) {
    let afterRaw = text.slice(end, end + WINDOW_AFTER);
    const nl = afterRaw.indexOf('\n');
    if (nl !== -1) afterRaw = afterRaw.slice(0, nl);
    const after = windowText(afterRaw);
    pos = nearestIn(posRe, after, 'after');
    positive = nearestWord;
    neg = nearestIn(negRe, after, 'after');
    negative = nearestWord;
  }
  if (pos === Infinity && neg === Infinity) return NO_VERDICT;
  return { positive, negative, direction: pos <= neg ? 1 : -1 };
}

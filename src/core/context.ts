// Context words: Presidio looks only before the match and by substring; we look on both
// sides, on whole (accent-folded) words, and let the nearest word win.
import type { ContextWords } from './types';
import { fold } from './text';

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
    const alternation = [...new Set(words.map((w) => fold(w).trim()).filter(Boolean))]
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
      .join('|');
    re = new RegExp(`(?<![a-z0-9])(?:${alternation})(?:e?s)?(?![a-z0-9])`, 'g');
    compiled.set(words, re);
  }
  return re;
}

/** Distance in chars from the match to the nearest occurrence of any word, or Infinity. */
function nearest(maybeRe: RegExp | undefined, before: string, after: string): { distance: number; word?: string } {
  if (!maybeRe) return { distance: Infinity };
  const re = maybeRe;
  let best: { distance: number; word?: string } = { distance: Infinity };
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const d = before.length - (m.index + m[0].length);
    if (d < best.distance) best = { distance: d, word: m[0] };
  }
  re.lastIndex = 0;
  for (let m = re.exec(after); m; m = re.exec(after)) {
    // Words after the value count a little less than words before it.
    const d = m.index * 1.5;
    if (d < best.distance) best = { distance: d, word: m[0] };
    break;
  }
  return best;
}

export interface ContextVerdict {
  positive?: string;
  negative?: string;
  /** +1 positive wins, -1 negative wins, 0 neither. */
  direction: -1 | 0 | 1;
}

/** Looks around text[start, end) for context words. */
export function judgeContext(text: string, start: number, end: number, words: ContextWords, extraPositive: readonly string[] = []): ContextVerdict {
  const before = fold(text.slice(Math.max(0, start - WINDOW_BEFORE), start));
  const after = fold(text.slice(end, end + WINDOW_AFTER));
  const positiveWords = extraPositive.length ? [...words.positive, ...extraPositive] : words.positive;
  const pos = nearest(regexFor(positiveWords), before, after);
  const neg = nearest(regexFor(words.negative), before, after);
  if (pos.distance === Infinity && neg.distance === Infinity) return { direction: 0 };
  const direction = pos.distance <= neg.distance ? 1 : -1;
  return { positive: pos.word, negative: neg.word, direction };
}

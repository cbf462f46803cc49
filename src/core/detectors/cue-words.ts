// Cue words of several detectors (credential cues, ID words, street words and US street
// suffixes, CVV and expiry words, birth-date words, PO boxes, API-key prefixes) are found in
// ONE regex pass per text, not one pass each. On the bench's 4 MB of replies the separate
// passes took ~85 ms, the shared one ~25: V8 enters a word-list alternation at every word
// start whatever the list, so one big list costs little more than one small one. Each list
// then runs its own pattern, sticky, only where one of its words may start, and gets
// exactly the matches its own global search would give (see cue-words.test.ts). The memos
// hold the last scanned text until the next scan begins (per-scan.ts).
import { groupedAlternation, startChars, topLevelBranches } from '../alternation';
import type { Searcher } from '../text';
import { PerScan } from './per-scan';

const starts: string[] = [];
let pass: RegExp | undefined;
/** Candidate starts, ascending, with the code of the char at each (always ASCII). */
interface Candidates {
  at: Int32Array;
  first: Uint8Array;
  count: number;
}

const memo = new PerScan<Candidates>();

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where some registered cue word may start, ascending: every match of the shared pass, and
 * the word starts inside each match (a consumed match hides the cues that start within it,
 * "documento" inside "número de documento"). All detectors of one scan share it.
 */
function candidateStarts(text: string): Candidates {
  return memo.get(text, String(starts.length), () => passOver(text));
}

/**
 * The shared pass's alternation, grouped by first letter (a trie). If two lists' first
 * letters overlap in a way grouping cannot handle ("[sr]k_" beside "s..."), it falls back to
 * the plain alternation, which is correct but much slower: a unit test guards against that.
 */
export function sharedPassSource(): { source: string; grouped: boolean } {
  const source = groupedAlternation(starts, true);
  return { source, grouped: starts.length < 2 || source !== starts.join('|') };
}

function passOver(text: string): Candidates {
  pass ??= new RegExp(`\\b(?:${sharedPassSource().source})`, 'gi');
  let at = new Int32Array(64);
  let first = new Uint8Array(64);
  let count = 0;
  const push = (i: number) => {
    if (count === at.length) {
      const grownAt = new Int32Array(at.length * 2);
      const grownFirst = new Uint8Array(at.length * 2);
      grownAt.set(at);
      grownFirst.set(first);
      at = grownAt;
      first = grownFirst;
    }
    at[count] = i;
    first[count++] = text.charCodeAt(i);
  };
  pass.lastIndex = 0;
  for (let m = pass.exec(text); m; m = pass.exec(text)) {
    push(m.index);
    const end = m.index + m[0].length;
    for (let i = m.index + 1; i < end; i++) {
      if (isAlnum(text.charCodeAt(i)) && !(isAlnum(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 95)) push(i);
    }
  }
  return { at, first, count };
}

/** Leading lookbehinds only narrow where an alternative matches: the shared pass drops them. */
function withoutLeadingLookbehind(alternative: string): string {
  return alternative.replace(/^\(\?<[!=][^()]*\)/, '');
}

/**
 * A non-unicode pattern `\b(?:source)` (case-insensitive unless told otherwise) that starts
 * with one of the word alternatives `words`, searched like a global regex (`lastIndex`,
 * `exec`) but through the shared pass. Declare these at module load: the shared pass is
 * built on first use (a late declaration rebuilds it).
 */
export class CueWords implements Searcher {
  lastIndex = 0;
  /** The same pattern as a plain global regex, for searching a slice of a text. */
  readonly global: RegExp;
  readonly #sticky: RegExp;
  /** 1 for the ASCII codes a match can start with: other candidates are not even tried. */
  readonly #first = new Uint8Array(128);
  /** This list's candidates (those with a possible first letter), per scan. */
  readonly #mine = new PerScan<{ at: Int32Array; count: number }>();

  /**
   * `words`: alternatives every match begins with (each starts with an ASCII letter or digit,
   * checked); `source`: the whole pattern, `words` and what follows them.
   */
  constructor(words: readonly string[], source: string, ignoreCase = true) {
    for (const ch of startChars(words)) {
      for (const c of ignoreCase ? [ch.toLowerCase(), ch.toUpperCase()] : [ch]) this.#first[c.charCodeAt(0)] = 1;
    }
    // The shared pass ignores case whatever the list does: it only has to find a superset.
    starts.push(...words.flatMap((w) => topLevelBranches(w)).map(withoutLeadingLookbehind));
    pass = undefined; // rebuilt with these words on first use (the memo key is the word count)
    const flags = ignoreCase ? 'i' : '';
    this.#sticky = new RegExp(`\\b(?:${source})`, `y${flags}`);
    this.global = new RegExp(`\\b(?:${source})`, `g${flags}`);
  }

  exec(text: string): RegExpExecArray | null {
    const { at, count } = this.#mine.get(text, String(starts.length), () => {
      const all = candidateStarts(text);
      const mine = new Int32Array(all.count);
      let n = 0;
      for (let k = 0; k < all.count; k++) if (this.#first[all.first[k]] === 1) mine[n++] = all.at[k];
      return { at: mine, count: n };
    });
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < this.lastIndex) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < count; k++) {
      this.#sticky.lastIndex = at[k];
      const m = this.#sticky.exec(text);
      if (m) {
        this.lastIndex = this.#sticky.lastIndex;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}

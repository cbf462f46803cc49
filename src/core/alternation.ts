// Big word alternations ("calle|camino|carrera|...") run at every position of a long text, and
// V8 tries each alternative in turn there. Grouping the alternatives by their first character
// ("c(?:alle|amino|arrera)|...") lets it reject most positions after one test.

/** Length of the atom at `i`: an escape, a class or one character (groups are not atoms here). */
function atomLength(source: string, i: number): number {
  if (source[i] === '\\') return 2;
  if (source[i] !== '[') return 1;
  for (let k = i + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']') return k - i + 1;
  }
  return source.length - i;
}

/** Index of the ')' closing the group opened at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i += atomLength(source, i)) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level branches of a regex source: "a|(?:b|c)d" -> ["a", "(?:b|c)d"]. */
export function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i += atomLength(source, i)) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')') depth--;
    else if (source[i] === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** True when the source has a capturing group (numbered or named). */
function captures(source: string): boolean {
  for (let i = 0; i < source.length; i += atomLength(source, i)) {
    if (source[i] === '(' && !/^\?(?::|=|!|<=|<!)/.test(source.slice(i + 1, i + 4))) return true;
  }
  return false;
}

/**
 * "(?:a|b)X" -> ["aX", "bX"]: the same matches tried in the same order (backtracking tries
 * a then X, then b then X). Only when X captures nothing, so group numbers stay the same.
 */
function distributed(branch: string): string[] {
  if (!branch.startsWith('(?:')) return [branch];
  const close = groupEnd(branch, 0);
  const rest = branch.slice(close + 1);
  if (close < 0 || /^[?*+{]/.test(rest) || captures(rest)) return [branch];
  return topLevelBranches(branch.slice(3, close)).flatMap((b) => distributed(b + rest));
}

/** Characters of a first atom when it is one literal letter/digit or a plain class; else undefined. */
function firstChars(atom: string): string | undefined {
  if (/^[A-Za-z0-9]$/.test(atom)) return atom;
  if (atom[0] !== '[' || atom[atom.length - 1] !== ']') return undefined;
  let inner = atom.slice(1, -1);
  // Digit and letter ranges ("4-8") are spelled out; escapes and negation are not handled.
  inner = inner.replace(/([0-9a-zA-Z])-([0-9a-zA-Z])/g, (m, a: string, b: string) => {
    if (a > b || b.charCodeAt(0) - a.charCodeAt(0) > 25) return m;
    let all = '';
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) all += String.fromCharCode(c);
    return all;
  });
  if (!inner || /[-\\^[\]]/.test(inner)) return undefined;
  return inner;
}

/** Case-folded like a non-unicode /i regex would, for the Latin letters our word lists use. */
function foldChar(ch: string, ignoreCase: boolean): string | undefined {
  if (!ignoreCase) return ch;
  const lower = ch.toLowerCase();
  // 'İ', 'ı', 'ſ' and the like fold differently in regexes than in toLowerCase: refuse them.
  return lower.length === 1 && ch.charCodeAt(0) <= 0xff && lower.charCodeAt(0) <= 0xff ? lower : undefined;
}

/**
 * `alternatives.join('|')` with the alternatives that start with the same character grouped.
 * It matches exactly what the plain alternation matches, with the same preference: groups are
 * made only when their first characters are pairwise disjoint (after case folding when
 * `ignoreCase`), so at any position at most one group can start, and inside a group the
 * original order is kept. A leading "(?:a|b)" is distributed first. Otherwise (an
 * alternative starting with a lookaround, an escape or a quantified atom) the plain
 * alternation is returned.
 */
export function groupedAlternation(alternatives: readonly string[], ignoreCase: boolean): string {
  const plain = alternatives.join('|');
  const groups = new Map<string, { atom: string; rests: string[] }>();
  const owner = new Map<string, string>(); // folded char -> group key
  for (const alternative of alternatives.flatMap(distributed)) {
    if (!alternative || topLevelBranches(alternative).length > 1) return plain;
    const atom = alternative.slice(0, atomLength(alternative, 0));
    const chars = firstChars(atom);
    const rest = alternative.slice(atom.length);
    // A quantified first atom ("a?b") would let the alternative start with another character.
    if (chars === undefined || /^[?*+{]/.test(rest)) return plain;
    const folded: string[] = [];
    for (const ch of chars) {
      const f = foldChar(ch, ignoreCase);
      if (f === undefined) return plain;
      folded.push(f);
    }
    const key = [...new Set(folded)].sort().join('');
    for (const f of folded) {
      if ((owner.get(f) ?? key) !== key) return plain; // overlapping first characters
      owner.set(f, key);
    }
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { atom, rests: [] }));
    group.rests.push(rest);
  }
  // The rests of a group are an alternation too: group them the same way (a trie).
  return [...groups.values()].map((g) => (g.rests.length === 1 ? g.atom + g.rests[0] : `${g.atom}(?:${groupedAlternation(g.rests, ignoreCase)})`)).join('|');
}

/**
 * The characters the alternatives can start with (as written), for lists searched with `\b`
 * first (cue-words.ts). Each alternative must start with an ASCII letter or digit (after any
 * leading lookbehind): V8 then enters the alternation only at word starts, about twice as
 * fast on long text as trying it at every position. Such a match starts with a word
 * character, so `\b` only asks that the character before it is not one, which the callers'
 * left-edge check (a wider set, with accented letters) asks anyway. Throws when an
 * alternative could start with anything else, where `\b` would change the matches: a word
 * list edit then fails loudly at load, in every test, not silently in a reply.
 */
export function startChars(alternatives: readonly string[]): string {
  let all = '';
  for (const alternative of alternatives.flatMap((a) => topLevelBranches(a)).flatMap(distributed)) {
    let rest = alternative;
    while (/^\(\?<[!=]/.test(rest)) rest = rest.slice(groupEnd(rest, 0) + 1);
    const atom = rest.slice(0, atomLength(rest, 0));
    const chars = firstChars(atom);
    if (!rest || chars === undefined || !/^[A-Za-z0-9]+$/.test(chars) || /^[?*{]/.test(rest.slice(atom.length))) {
      throw new Error(`startChars: "${alternative}" may not start with a letter or digit`);
    }
    all += chars;
  }
  return all;
}

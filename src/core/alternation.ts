// Big word alternations ("calle|camino|carrera|...") run at every position of a long text, and
// V8 tries each alternative in turn there. Grouping the alternatives by their first character
// ("c(?:alle|amino|arrera)|...") lets it reject most positions after one test.

/** The first atom of a regex alternative when it is one literal letter/digit or a plain class; else undefined. */
function firstAtom(alternative: string): { atom: string; chars: string } | undefined {
  const c = alternative[0];
  if (c === undefined) return undefined;
  if (/[A-Za-z0-9]/.test(c)) return { atom: c, chars: c };
  if (c !== '[') return undefined;
  const close = alternative.indexOf(']');
  const inner = alternative.slice(1, close);
  // Plain members only (no ranges, escapes or negation): the set is exactly its characters.
  if (close < 2 || /[-\\^[\]]/.test(inner)) return undefined;
  return { atom: alternative.slice(0, close + 1), chars: inner };
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
 * original order is kept. Otherwise (an alternative starting with a group, an escape or a
 * quantified atom) the plain alternation is returned.
 */
export function groupedAlternation(alternatives: readonly string[], ignoreCase: boolean): string {
  const plain = alternatives.join('|');
  const groups = new Map<string, { atom: string; rests: string[] }>();
  const owner = new Map<string, string>(); // folded char -> group key
  for (const alternative of alternatives) {
    const first = firstAtom(alternative);
    // An alternative must be one branch: a '|' anywhere (even nested) is left alone.
    if (!first || alternative.includes('|')) return plain;
    const rest = alternative.slice(first.atom.length);
    // A quantified first atom ("a?b") would let the alternative start with another character.
    if (/^[?*+{]/.test(rest)) return plain;
    const folded: string[] = [];
    for (const ch of first.chars) {
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
    if (!group) groups.set(key, (group = { atom: first.atom, rests: [] }));
    group.rests.push(rest);
  }
  // The rests of a group are an alternation too: group them the same way (a trie).
  return [...groups.values()].map((g) => (g.rests.length === 1 ? g.atom + g.rests[0] : `${g.atom}(?:${groupedAlternation(g.rests, ignoreCase)})`)).join('|');
}

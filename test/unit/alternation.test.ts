import assert from 'node:assert/strict';
import fc from 'fast-check';
import { groupedAlternation, startChars } from '../../src/core/alternation';
import { execNotAfter } from '../../src/core/text';

function matches(source: string, flags: string, text: string): string[] {
  const re = new RegExp(`(?:${source})(?![a-z])`, flags);
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('groupedAlternation', () => {
  it('groups words by their first character', () => {
    assert.equal(groupedAlternation(['calle', 'c\\.', 'avenida', 'av'], true), 'c(?:alle|\\.)|a(?:v(?:enida|))');
  });

  it('keeps the plain alternation when first characters overlap or are not plain', () => {
    assert.equal(groupedAlternation(['[oó]rden', 'otro'], true), '[oó]rden|otro');
    assert.equal(groupedAlternation(['(?<!x)ac', 'ad'], true), '(?<!x)ac|ad');
    assert.equal(groupedAlternation(['(?:a|b)(c)', 'ad'], true), '(?:a|b)(c)|ad');
    assert.equal(groupedAlternation(['a?b', 'ac'], true), 'a?b|ac');
    assert.equal(groupedAlternation(['ab|cd', 'ae'], true), 'ab|cd|ae');
    assert.equal(groupedAlternation(['\\d1', '12'], true), '\\d1|12');
  });

  it('spreads a leading non-capturing group over its branches, and spells out ranges', () => {
    assert.equal(groupedAlternation(['(?:a|b)c', 'ad'], true), 'a(?:c|d)|bc');
    assert.equal(groupedAlternation(['[4-6]x', 'ab'], true), '[4-6]x|ab');
    assert.equal(groupedAlternation(['[4-6]x', '5y'], true), '[4-6]x|5y');
  });

  it('is case-sensitive unless told otherwise', () => {
    assert.equal(groupedAlternation(['Calle', 'calle', 'CALLE'], false), 'C(?:alle|ALLE)|calle');
    assert.equal(groupedAlternation(['Calle', 'calle'], true), 'C(?:a(?:l(?:l(?:e(?:|)))))');
  });

  it('matches exactly what the plain alternation matches, with the same preference', () => {
    const word = fc.stringMatching(/^(?:[abc]|\[[aá]\]|\[bc\]|\[a-b\]|\(\?:a\|b\)|\(\?:a\|\[bc\]c\)|\(\?<!a\)){1,4}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.stringMatching(/^[abcáAB ]{0,60}$/), fc.boolean(), (words, text, ignoreCase) => {
        const flags = ignoreCase ? 'gi' : 'g';
        assert.deepEqual(matches(groupedAlternation(words, ignoreCase), flags, text), matches(words.join('|'), flags, text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('startChars (lists searched at word starts)', () => {
  it('accepts alternatives that start with an ASCII letter or digit, after any lookbehind', () => {
    assert.equal(startChars(['calle', 'c/', 'av\\.', '(?<!boarding\\s)pass', '[cC]vv2?', '(?:dni|nie)', '4g|5g']), 'ccapcCdn45');
  });

  it('refuses an alternative that could start with anything else, where \\b would change the matches', () => {
    for (const bad of ['[ií]dentidad', '#cvv', '(?:a|-b)', 'a?b', 'x*y', '\\s+calle', '.x', '']) {
      assert.throws(() => startChars(['calle', bad]), /may not start with a letter or digit/, bad);
    }
  });

  it('with the left-edge check, matches what a leading lookbehind matches', () => {
    const word = fc.stringMatching(/^[a-c1][a-cá ]{0,3}$/);
    const edge = /[A-Za-z0-9_\u00C0-\u024F]/i;
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.stringMatching(/^[abcá1_ .\-B]{0,60}$/), (words, text) => {
        const source = groupedAlternation(words, true);
        const slow = new RegExp(`(?<![A-Za-z0-9_\\u00C0-\\u024F])(?:${source})`, 'gi');
        startChars(words);
        const fast = new RegExp(`\\b(?:${source})`, 'gi');
        const found: string[] = [];
        for (let m = execNotAfter(fast, text, edge); m; m = execNotAfter(fast, text, edge)) {
          found.push(`${m.index}:${m[0]}`);
          if (!m[0]) fast.lastIndex++;
        }
        const expected = [...text.matchAll(slow)].map((m) => `${m.index}:${m[0]}`);
        assert.deepEqual(found, expected);
      }),
      { numRuns: 2000 },
    );
  });
});

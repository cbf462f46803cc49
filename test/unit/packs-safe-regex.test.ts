// Team-written patterns: the safety checker refuses what could backtrack catastrophically,
// and what it accepts runs in time linear in the text inside scan().
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan, type CustomPattern } from '../../src/core';
import { compileCustomPatterns } from '../../src/core/detectors/custom';
import { checkPattern, MAX_PATTERN_LENGTH } from '../../src/core/safe-regex';

function refused(pattern: string, reason: string, flags = ''): void {
  const verdict = checkPattern(pattern, flags);
  assert.equal(verdict.safe, false, `${pattern} was accepted`);
  assert.equal(verdict.reason, reason, `${pattern}: ${verdict.message}`);
  assert.ok(verdict.message && verdict.message.length > 20);
}

function accepted(pattern: string, flags = ''): void {
  const verdict = checkPattern(pattern, flags);
  assert.equal(verdict.safe, true, `${pattern} refused: ${verdict.message}`);
}

/** Time of one global match pass of `pattern` over `text`, in ms. */
function timeMatches(pattern: string, flags: string, text: string): number {
  const re = new RegExp(pattern, flags + 'g');
  const started = performance.now();
  let count = 0;
  for (let m = re.exec(text); m && count < 2000; m = re.exec(text)) {
    count++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return performance.now() - started;
}

describe('safe-regex: refusals', () => {
  it('nested quantifiers: (a+)+, (.*a){20}, (a{1,2}){1,20}, (\\d+\\s?)+', () => {
    refused('(a+)+', 'nested-quantifier');
    refused('(.*a){20}', 'nested-quantifier');
    refused('(a{1,2}){1,20}', 'nested-quantifier');
    refused('(?:\\d+\\s?)+x', 'nested-quantifier');
    refused('(?:a?b?){10}', 'nested-quantifier');
  });

  it('overlapping alternation under a quantifier: (a|a)*, (a|ab){5}, (\\d|\\w){3}, (|a){4}', () => {
    refused('(a|a)*', 'overlapping-alternation');
    refused('(a|ab){5}', 'overlapping-alternation');
    refused('(?:\\d|\\w){3}', 'overlapping-alternation');
    refused('(?:|a){4}', 'overlapping-alternation');
    refused('(?:A|a){3}', 'overlapping-alternation', 'i');
    accepted('(?:A|b){3}', 'i');
  });

  it('repetitions in a row over the same characters, whose splits multiply: \\d{0,40}\\d{0,40}\\d{0,40}', () => {
    refused('\\d{0,40}\\d{0,40}\\d{0,40}Z', 'ambiguous-repetition');
    refused('\\w{0,40}\\d{0,40}[a-c]{0,40}1{1,40}Z', 'ambiguous-repetition');
    accepted('\\d{1,8}\\d{1,8}');
    accepted('\\w{1,20}\\s{0,3}\\w{1,20}');
  });

  it('backreferences, numbered and named', () => {
    refused('(a)\\1', 'backreference');
    refused('(?<x>a)\\k<x>', 'backreference');
  });

  it('excessive length, unbounded and too large repetitions, long matches, empty matches, bad flags, invalid syntax', () => {
    refused('a'.repeat(MAX_PATTERN_LENGTH + 1), 'too-long');
    refused('ORD-\\d+', 'unbounded-quantifier');
    refused('x\\d{3,}', 'unbounded-quantifier');
    refused('\\d{1,500}', 'repeat-too-large');
    refused('(?:\\w{100}){3}', 'match-too-long');
    refused('\\d{0,5}', 'empty-match');
    refused('a', 'flags', 'g');
    refused('a', 'flags', 'ii');
    refused('(unclosed', 'invalid');
  });

  it('accepts the patterns teams actually write', () => {
    accepted('\\bACM-\\d{6}\\b');
    accepted('(?<![0-9])\\d{8}[A-Z](?![0-9A-Z])');
    accepted('(?:\\d{3}[ -]?){3}\\d{3}');
    accepted('(?:\\d{1,3}\\.){3}\\d{1,3}');
    accepted('socio\\s{1,3}n[ºo°]\\s{0,2}\\d{4,8}', 'iu');
    accepted('[A-Z]{2}\\d{2}(?: ?\\d{4}){4,7}');
    accepted('(?:TKT|ORD)-\\d{5}');
  });

  it('what it accepts stays fast on adversarial text', () => {
    const digits = '1'.repeat(1_000_000);
    const spaced = '123 '.repeat(250_000);
    for (const [pattern, flags] of [['(?:\\d{3}[ -]?){3}\\d{3}x', ''], ['\\d{1,100}@', ''], ['(?:\\d{1,3}\\.){3}\\d{1,3}', ''], ['[a-z0-9]{1,64}@[a-z]{2,20}', 'i']] as const) {
      assert.ok(checkPattern(pattern, flags).safe, pattern);
      for (const text of [digits, spaced]) {
        const ms = timeMatches(pattern, flags, text);
        assert.ok(ms < 1500, `${pattern} took ${ms.toFixed(0)} ms on 1 MB`);
      }
    }
  });

  it('property: never throws, and whatever it accepts runs fast on backtracking bait', () => {
    const atoms = fc.constantFrom('a', 'b', '\\d', '\\w', '.', '[a-c]', '[^x]', '\\s', '(', ')', '|', '*', '+', '?', '{2}', '{1,3}', '{2,}', '{0,40}', '(?:', '(?=', '(?<!', '\\1', '\\k<n>', '^', '$', '\\b', '[', ']', '{', '}', '\\', '-');
    // Well-formed patterns built from groups, alternations and quantifiers: the risky shapes.
    const { pattern } = fc.letrec<{ pattern: string }>((tie) => ({
      pattern: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('a', 'b', 'ab', '\\d', '\\w', '.', '[a-c]', '[^x]', '\\s', '1'),
        fc.tuple(tie('pattern'), tie('pattern')).map(([x, y]) => x + y),
        fc.tuple(tie('pattern'), tie('pattern')).map(([x, y]) => `(?:${x}|${y})`),
        fc.tuple(tie('pattern'), fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{0,20}', '{2,}', '{5,40}')).map(([x, q]) => `(?:${x})${q}`),
      ),
    }));
    const bait = ['a'.repeat(20_000) + '!', '1'.repeat(20_000) + 'x', 'ab'.repeat(10_000) + '\u0000'];
    fc.assert(
      // A trailing Z never matches the bait, so every attempt backtracks through all its choices.
      fc.property(fc.oneof(fc.array(atoms, { maxLength: 16 }).map((parts) => parts.join('')), pattern.map((p) => `${p}Z`)), fc.constantFrom('', 'i', 'u', 'su'), (source, flags) => {
        const verdict = checkPattern(source, flags);
        if (!verdict.safe) return;
        for (const text of bait) {
          const ms = timeMatches(source, flags, text);
          assert.ok(ms < 1000, `${source} /${flags} accepted but took ${ms.toFixed(0)} ms on ${text.length} chars`);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('custom patterns in scan()', () => {
  const member: CustomPattern = { id: 'acme/member', entity: 'NATIONAL_ID', subtype: 'ACME_MEMBER', pattern: '\\bACM-\\d{6}\\b', score: 0.4, context: ['socio'] };

  it('finds a team pattern, scored by its context words', () => {
    const withContext = scan('Número de socio ACM-123456, gracias.', { customPatterns: [member] });
    const found = withContext.find((f) => f.detector === 'custom:acme/member');
    assert.ok(found, JSON.stringify(withContext));
    assert.equal(found.entity, 'NATIONAL_ID');
    assert.equal(found.subtype, 'ACME_MEMBER');
    assert.equal('Número de socio ACM-123456, gracias.'.slice(found.start, found.end), 'ACM-123456');
    assert.ok(found.reasons.includes('context:+socio'));
    // Without the context word the base score (0.4) is under the default minimum.
    assert.equal(scan('Referencia ACM-123456.', { customPatterns: [member] }).filter((f) => f.detector.startsWith('custom')).length, 0);
  });

  it('honours the allow-list and the entity filter', () => {
    const opts = { customPatterns: [{ ...member, score: 0.9 }] };
    assert.equal(scan('socio ACM-123456', { ...opts, allowList: ['ACM-123456'] }).length, 0);
    assert.equal(scan('socio ACM-123456', { ...opts, entities: ['EMAIL_ADDRESS'] }).length, 0);
  });

  it('never runs an unsafe pattern, even when passed straight to scan()', () => {
    const evil: CustomPattern = { id: 'evil', entity: 'CREDENTIAL', pattern: '(a+)+$', score: 0.9 };
    const started = Date.now();
    assert.deepEqual(scan('a'.repeat(40) + '!', { customPatterns: [evil] }).filter((f) => f.detector === 'custom:evil'), []);
    assert.ok(Date.now() - started < 500);
    assert.deepEqual(compileCustomPatterns([evil]).refused.map((r) => r.verdict.reason), ['nested-quantifier']);
  });

  it('caps matches per pattern so a pattern matching everywhere cannot flood the editor', () => {
    const digit: CustomPattern = { id: 'digit', entity: 'NATIONAL_ID', pattern: '\\d', score: 0.9 };
    const found = compileCustomPatterns([digit]).detector.detect('1 '.repeat(5000), { lang: 'es', phoneRegions: [] });
    assert.equal(found.length, 1000);
  });
});

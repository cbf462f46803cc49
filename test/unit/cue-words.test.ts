import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CueWords, sharedPassSource } from '../../src/core/detectors/cue-words';
import { DETECTORS } from '../../src/core/detectors';
import { beginScan } from '../../src/core/detectors/per-scan';

/** Every match of a global-regex-like searcher from 0, with the loop's own lastIndex jumps. */
function all(re: { lastIndex: number; exec(text: string): RegExpExecArray | null }, text: string, jump: (m: RegExpExecArray) => number | undefined): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}:${m.slice(1).findIndex((g) => g !== undefined)}`);
    const to = jump(m);
    if (to !== undefined) re.lastIndex = to;
  }
  return out;
}

describe('CueWords (the shared cue-word pass)', () => {
  // Other lists share the pass, as the detectors' lists do in a scan.
  const others = [new CueWords(['numero de (?:documento|pedido)', 'calle'], '(?:numero de (?:documento|pedido)|calle)'), new CueWords(['co[dn]\\w*'], 'co[dn]\\w*')];

  it('finds a cue that starts inside a longer cue of another list', () => {
    const doc = new CueWords(['documento'], 'documento(?![a-z])');
    beginScan();
    const text = 'Numero de documento: 1234. numero de pedido 5';
    assert.deepEqual(all(doc, text, () => undefined), ['10:documento:-1']);
    assert.deepEqual(all(others[0], text, () => undefined), ['0:Numero de documento:-1', '27:numero de pedido:-1']);
  });

  it('gives exactly what the same pattern gives as a global regex, lastIndex jumps included', () => {
    const word = fc.constantFrom('codigo', 'código', 'cod', 'con', 'clave', 'de', 'documento', 'numero', 'calle', 'pin', 'pinto', '_pin', 'x1', 'ñpin', '12', 'Clave', 'CODIGO');
    const sep = fc.constantFrom(' ', '  ', ': ', '-', '.', '\n', '', 'é');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    const lists: [string[], string][] = [
      [['c[oó]digo', 'clave'], '(c[oó]digo)|(clave)(?![a-z])'],
      [['pin', 'clave\\s+de'], '(?:pin|clave\\s+de)\\b'],
      [['(?<!_)pin', 'documento', 'numero\\s+de\\s+documento'], '(?:(?<!_)pin|numero\\s+de\\s+documento|documento)'],
    ];
    const searchers = lists.map(([words, source]) => ({ cue: new CueWords(words, source), plain: new RegExp(`\\b(?:${source})`, 'gi') }));
    fc.assert(
      fc.property(text, fc.nat(5), fc.boolean(), (t, back, skipAhead) => {
        beginScan();
        // The detectors move lastIndex back into a match ("a longer cue may start inside") or past a value.
        const jump = (m: RegExpExecArray) => (skipAhead ? m.index + m[0].length + back : back % 2 ? m.index + 1 : undefined);
        for (const { cue, plain } of searchers) assert.deepEqual(all(cue, t, jump), all(plain, t, jump), t);
      }),
      { numRuns: 1500 },
    );
  });

  it('groups the detectors\' lists into one trie (a plain alternation would be correct but slow)', () => {
    assert.ok(DETECTORS.length > 0);
    assert.equal(sharedPassSource().grouped, true);
  });

  it('refuses words that may start with something other than an ASCII letter or digit', () => {
    assert.throws(() => new CueWords(['[ií]dentidad'], '[ií]dentidad'), /may not start with a letter or digit/);
  });
});

// The scan pipeline's own shortcuts (overlap merging by clusters, folding without NFD for
// ASCII, redaction fixes built on first read) must give exactly what the plain versions give.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeOverlaps, redactionFixes, scan } from '../../src/core';
import { fold } from '../../src/core/text';

interface Item {
  start: number;
  end: number;
  score: number;
  id: number;
}

/** The reference: greedy by rank over all items, each kept only if it overlaps no kept item. */
function naiveMerge(items: readonly Item[]): Item[] {
  const ranked = [...items].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Item[] = [];
  for (const item of ranked) {
    if (kept.some((k) => k.start < item.end && item.start < k.end)) continue;
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const items = fc
  .array(fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 15 }), score: fc.constantFrom(0.5, 0.6, 0.7, 0.9, 1) }), { maxLength: 40 })
  .map((rows) => rows.map((r, id) => ({ start: r.start, end: r.start + r.length, score: r.score, id })));

describe('scan pipeline', () => {
  it('mergeOverlaps keeps what a greedy pass over all items keeps, ties in input order', () => {
    fc.assert(
      fc.property(items, (list) => {
        assert.deepEqual(mergeOverlaps(list).map((i) => i.id), naiveMerge(list).map((i) => i.id));
      }),
      { numRuns: 500 },
    );
  });

  it('mergeOverlaps stays fast on 200k overlapping candidates', () => {
    const many: Item[] = [];
    for (let i = 0; i < 200_000; i++) many.push({ start: i * 2, end: i * 2 + 5, score: 0.5 + (i % 5) / 10, id: i });
    const started = Date.now();
    const kept = mergeOverlaps(many);
    assert.ok(kept.length > 0);
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });

  it('fold gives the same result with and without the ASCII shortcut', () => {
    const slow = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (const s of ['Teléfono DE Contacto', 'TARJETA 4111', 'İstanbul', 'Ñandú', 'e\u0301', '', 'ID Number:', '\uD800x']) assert.equal(fold(s), slow(s));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(s) === slow(s)));
  });

  it('builds the redaction fixes of a finding when first read, as redactionFixes would', () => {
    const text = 'Mi tarjeta es 4111 1111 1111 1111 y mi correo ana.ruiz@example.com';
    const findings = scan(text, { lang: 'es' });
    assert.equal(findings.length, 2);
    for (const f of findings) {
      assert.deepEqual(f.fixes, redactionFixes(text, f, 'es'));
      assert.equal(f.fixes, f.fixes, 'built once');
      assert.deepEqual(JSON.parse(JSON.stringify(f)).fixes, redactionFixes(text, f, 'es'));
      // A spread copies the data, not the prototype's accessor: copies set their fixes explicitly.
      assert.equal(Object.hasOwn({ ...f }, 'fixes'), false);
      assert.deepEqual(Object.keys({ ...f }).sort(), ['detector', 'end', 'entity', 'kind', 'message', 'reasons', 'score', 'severity', 'start', 'subtype']);
    }
    findings[0].fixes = [];
    assert.deepEqual(findings[0].fixes, []);
  });
});

describe('redactAll with the findings of a previous scan', () => {
  it('gives what it gives when it scans itself (the editor passes its last scan)', async () => {
    const { redactAll } = await import('../../src/core');
    for (const text of ['Tk8#mR2qLz+1 201 555 0123 y tarjeta 4111 1111 1111 1111', 'Mi DNI es 12345678Z, teléfono +34 612 34 56 78.', 'nada que ver']) {
      const options = { lang: 'es' as const };
      assert.deepEqual(redactAll(text, options, { operator: 'label' }, scan(text, options)), redactAll(text, options, { operator: 'label' }));
    }
  });
});

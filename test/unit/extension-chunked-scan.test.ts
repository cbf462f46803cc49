// The editor's incremental scan must find exactly what a whole-text scan finds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { guessLang, scan } from '../../src/core';
import type { Finding } from '../../src/core';
import { newChunkCache, scanInChunks, splitIntoChunks } from '../../src/extension/chunked-scan';

const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.entity}@${f.start}-${f.end}:${f.score}`);

function wholeScan(text: string): Finding[] {
  return scan(text, { lang: guessLang(text), uiLang: 'en' });
}

const fragments = fc.constantFrom(
  'Hola Ana, ',
  'write to jane@example.com ',
  'correo: soporte.cliente@empresa.example.',
  'tarjeta 4111 1111 1111 1111 ',
  'pedido ORD-61131 ',
  '\n',
  '\n\n',
  'x'.repeat(300),
  ' ',
  'gracias por escribirnos. ',
);

describe('extension: chunked scan', () => {
  it('cuts after blank lines, then newlines, then spaces, covering the text exactly', () => {
    const text = 'a'.repeat(10) + '\n\n' + 'b'.repeat(10) + '\n' + 'c'.repeat(30);
    const chunks = splitIntoChunks(text, 16);
    assert.ok(chunks.every((c) => c.end - c.start <= 16));
    assert.equal(chunks.map((c) => text.slice(c.start, c.end)).join(''), text);
    for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = '𝟏'.repeat(40);
    for (const c of splitIntoChunks(text, 7)) {
      const code = text.charCodeAt(c.end - 1);
      assert.ok(c.end === text.length || !(code >= 0xd800 && code <= 0xdbff), `cut at ${c.end}`);
    }
  });

  it('finds what a whole-text scan finds, with any chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fragments, { maxLength: 60 }), fc.integer({ min: 64, max: 3000 }), async (parts, maxChunk) => {
        const text = parts.join('');
        const { findings } = await scanInChunks(text, { uiLang: 'en' }, newChunkCache(), { maxChunk });
        assert.deepEqual(brief(findings), brief(wholeScan(text)));
      }),
      { numRuns: 150 },
    );
  });

  it('rescans only the chunks around an edit', async () => {
    const paragraph = (i: number) => `Paragraph ${i}: write to jane${i}@example.com about the order.\n\n`;
    const text = Array.from({ length: 200 }, (_, i) => paragraph(i)).join('');
    const cache = newChunkCache();
    const first = await scanInChunks(text, { uiLang: 'en' }, cache);
    assert.equal(first.stats.scanned, first.stats.chunks);
    const edited = text.replace('Paragraph 100:', 'Paragraph 100 (edited):');
    const second = await scanInChunks(edited, { uiLang: 'en' }, cache);
    // The edited chunk plus the neighbours whose margins (128 before, 352 after) reach into it.
    assert.ok(second.stats.scanned <= 8 && second.stats.scanned * 5 < second.stats.chunks, `rescanned ${second.stats.scanned} of ${second.stats.chunks} chunks`);
    assert.deepEqual(brief(second.findings), brief(wholeScan(edited)));
  });

  it('shifts fix edits to document offsets', async () => {
    const text = 'x\n\n'.repeat(2000) + 'write to jane@example.com';
    const { findings } = await scanInChunks(text, { uiLang: 'en' }, newChunkCache());
    const f = findings.find((x) => x.entity === 'EMAIL_ADDRESS');
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), 'jane@example.com');
    for (const fix of f.fixes) assert.deepEqual([fix.edits[0].start, fix.edits[0].end], [f.start, f.end]);
  });

  it('yields between slices and stops when cancelled', async () => {
    const text = 'write to jane@example.com\n\n'.repeat(3000);
    let yields = 0;
    let clock = 0;
    await assert.rejects(
      scanInChunks(text, {}, newChunkCache(), {
        now: () => (clock += 5),
        sliceBudgetMs: 10,
        yieldToEditor: async () => {
          yields++;
        },
        isCancelled: () => yields >= 3,
      }),
      /cancelled/,
    );
    assert.equal(yields, 3);
  });

  it('a new option set does not reuse findings scanned with the old one', async () => {
    const cache = newChunkCache();
    const text = 'write to jane@example.com';
    assert.equal((await scanInChunks(text, {}, cache)).findings.length, 1);
    assert.equal((await scanInChunks(text, { allowList: ['jane@example.com'] }, cache)).findings.length, 0);
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ScanOptions } from '../../src/core';
import { passportDetector } from '../../src/core/detectors/passport';
import { expectGold } from '../support/expect-gold';

const PASSPORT: ScanOptions = { entities: ['PASSPORT'] };
const detect = (text: string) => passportDetector.detect(text, { lang: 'es', phoneRegions: [] });

describe('PASSPORT', () => {
  it('finds numbers after the cue in es/en/pt', () => {
    expectGold('Nº de pasaporte: [[PASSPORT:PAA123456]]', PASSPORT);
    expectGold('Pasaporte mexicano [[PASSPORT:G12345678]], vigente.', PASSPORT);
    expectGold('Número de pasaporte es [[PASSPORT:AB1234567]].', PASSPORT);
    expectGold('Passport number [[PASSPORT:123456789]] (US).', PASSPORT);
    expectGold('passport no. [[PASSPORT:XDA 123456]]', PASSPORT);
    expectGold('Passaporte: [[PASSPORT:FZ123456]]', PASSPORT);
  });
  it('an aside in parentheses before the colon, or the number itself in parentheses', () => {
    expectGold('Pasaporte (lo mostró por videollamada): [[PASSPORT:O1219316]]', PASSPORT);
    expectGold('• Passport / pasaporte (UK): [[PASSPORT:Z1775697]]', PASSPORT);
    expectGold('Aportó pasaporte ([[PASSPORT:TFG259372]]) porque el DNI estaba caducado.', PASSPORT);
    expectGold('pasaporte = [[PASSPORT:E1807372]]', PASSPORT);
    expectGold('Pasaporte .......... [[PASSPORT:IHF508001]]', PASSPORT);
  });
  it('a few plain words between the cue and a ":" or "es"/"is"', () => {
    expectGold('Quiero registrar mi pasaporte porque soy venezolano: [[PASSPORT:D4207009]].', PASSPORT);
    expectGold('The passport I travel with is [[PASSPORT:X12345678]].', PASSPORT);
    expectGold('Mi pasaporte venció hace un mes y el pedido es 123456789; el pasaporte nuevo llega en mayo.', PASSPORT);
    expectGold('Mi pasaporte y el pedido es 123456789.', PASSPORT);
  });
  it('without the cue, nothing; with the cue, only a plausible number right after it', () => {
    expectGold('Pedido PAA123456 y el ticket 123456789.', PASSPORT);
    expectGold('Su pasaporte vence pronto; pedido 123456789.', PASSPORT);
    expectGold('Pasaporte 1234567 (muy corto), pasaporte ABCD123456 (4 letras), passport 1234567890 (10 dígitos).', PASSPORT);
    expectGold('Renueve su pasaporte en https://example.gob/pasaporte.', PASSPORT);
  });
  it('hostile input returns quickly', () => {
    const t0 = performance.now();
    for (const bait of ['pasaporte '.repeat(20_000), `pasaporte ${'1'.repeat(100_000)}`, 'passport: nº de '.repeat(10_000), '𝐏𝐀𝐀𝟏𝟐𝟑𝟒𝟓𝟔 pasaporte \ud800 PAA123456']) detect(bait);
    assert.ok(performance.now() - t0 < 1000);
    assert.deepEqual(detect(`pasaporte ${'1'.repeat(100_000)}`), []);
  });
  it('property: never throws, offsets within bounds, the value ends with a digit', () => {
    const parts = fc.constantFrom('pasaporte', 'Passport', 'nº', ':', ' ', 'PAA', '123456', '789', 'de', 'es', '\ud800', '𝟏', 'X');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 20 }).map((a) => a.join('')), (text) => {
        for (const c of detect(text)) {
          assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
          assert.match(text.slice(c.start, c.end), /\d$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

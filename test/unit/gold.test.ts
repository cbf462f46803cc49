import assert from 'node:assert/strict';
import { parseGold, markFindings } from '../support/gold';

describe('gold notation', () => {
  it('parses inline spans into offsets on the plain text', () => {
    const g = parseGold('Mi tarjeta es [[CREDIT_CARD:4111 1111 1111 1111]] y el DNI [[NATIONAL_ID/ES_DNI:12345678Z]].');
    assert.equal(g.text, 'Mi tarjeta es 4111 1111 1111 1111 y el DNI 12345678Z.');
    assert.deepEqual(g.spans.map((s) => [s.entity, s.subtype, g.text.slice(s.start, s.end)]), [
      ['CREDIT_CARD', undefined, '4111 1111 1111 1111'],
      ['NATIONAL_ID', 'ES_DNI', '12345678Z'],
    ]);
  });
  it('round-trips through markFindings', () => {
    const marked = 'Hola [[PERSON:María]], su IP es [[IP_ADDRESS:192.0.2.1]].';
    const g = parseGold(marked);
    assert.equal(markFindings(g.text, g.spans), marked);
  });
  it('rejects unknown entities', () => {
    assert.throws(() => parseGold('[[CARD:4111]]'), /unknown entity CARD/);
  });
});

import assert from 'node:assert/strict';
import { judgeContext } from '../../src/core/context';

const words = { positive: ['teléfono', 'tel', 'id number'], negative: ['reembolso', 'pedido'] };
function verdict(text: string, value: string) {
  const start = text.indexOf(value);
  return judgeContext(text, start, start + value.length, words).direction;
}

describe('context words', () => {
  it('match whole accent-folded words on either side, plurals included', () => {
    assert.equal(verdict('Mi TELEFONO es 600 000 000', '600 000 000'), 1);
    assert.equal(verdict('600 000 000 (teléfonos de casa)', '600 000 000'), 1);
    assert.equal(verdict('hotel 600 000 000', '600 000 000'), 0, '"tel" inside "hotel" is not a word');
  });
  it('let the words before the value decide before the words after it', () => {
    assert.equal(verdict('Teléfono de contacto: 600 000 000 y el reembolso sale mañana', '600 000 000'), 1);
    assert.equal(verdict('Pedido 600 000 000, teléfono aparte', '600 000 000'), -1);
  });
  it('ignore words on the next line after the value', () => {
    assert.equal(verdict('600 000 000\nreembolso aprobado', '600 000 000'), 0);
  });
  it('nearest word before the value wins', () => {
    assert.equal(verdict('Teléfono del pedido 600 000 000', '600 000 000'), -1);
    assert.equal(verdict('Pedido enviado. Teléfono 600 000 000', '600 000 000'), 1);
  });
  it('do not take our own redaction labels as context', () => {
    assert.equal(verdict('[ID NUMBER].-código 482913', '482913'), 0);
  });
});

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
  it('do not reach into an earlier paragraph', () => {
    assert.equal(verdict('Reembolso aprobado.\n\nLlámenos al 600 000 000', '600 000 000'), 0);
    assert.equal(verdict('Reembolso aprobado.\nTeléfono 600 000 000', '600 000 000'), 1);
  });
  it('in a pasted row, read the value\'s cell and the one before it, and its column header', () => {
    const table = 'id;nombre;teléfono;nota\n1;Ana;600 000 000;pedido\n2;Luis;600 000 001;x';
    assert.equal(verdict(table, '600 000 000'), 1, 'the header names the column');
    assert.equal(verdict(table, '600 000 001'), 1, 'every row, not only the first');
    const noHeader = 'reembolso pedido\n1;Ana;600 000 000;x;y\n';
    assert.equal(verdict(noHeader, '600 000 000'), 0, 'the line above is not a header: its words do not count');
    assert.equal(verdict('a,b,teléfono,600 000 000,pedido', '600 000 000'), 1, 'the cell before');
    assert.equal(verdict('a,pedido,c,600 000 000,x', '600 000 000'), 0, 'two cells before is another value');
    assert.equal(verdict('x\ty\t600 000 000\treembolso', '600 000 000'), 0, 'tabs delimit cells; the next cell is another value');
  });
  it('read a header cell that names the entity as positive, whatever else it says', () => {
    assert.equal(verdict('nombre,x,teléfono_reembolso,y\nAna,1,600 000 000,2', '600 000 000'), 1);
    assert.equal(verdict('nombre,x,reembolso,y\nAna,1,600 000 000,2', '600 000 000'), -1);
  });
  it('take "in case" and "en caso" as idioms, not as a support case', () => {
    const lookalike = { positive: ['passport', 'pasaporte'], negative: ['case', 'caso'] };
    const at = (text: string, value: string) => judgeContext(text, text.indexOf(value), text.indexOf(value) + value.length, lookalike).direction;
    assert.equal(at('my passport number in case you need it: G60676322', 'G60676322'), 1);
    assert.equal(at('pasaporte, en caso de que lo necesiten: G60676322', 'G60676322'), 1);
    assert.equal(at('passport? the case number is 123456789', '123456789'), -1);
  });
});

import assert from 'node:assert/strict';
import { scan } from '../../src/core';
import { expectGold } from '../support/expect-gold';

describe('EMAIL_ADDRESS', () => {
  it('finds addresses and trims sentence punctuation', () => {
    expectGold('Escríbanos a [[EMAIL_ADDRESS:soporte.cliente+ticket@example.com]].');
    expectGold('Contact [[EMAIL_ADDRESS:jane_doe@mail.example.co.uk]], or call us.');
  });
  it('stays quiet on handles, versions and masked addresses', () => {
    expectGold('Síguenos en @example y usa la versión 2.3.1@beta.');
    expectGold('Enviado a j***@example.com como pidió.');
    expectGold('user@localhost is not a routable address, nor is a@b.c1');
  });
  it('costs one pass on a 50k-character line without @', () => {
    assert.deepEqual(scan('a'.repeat(50_000), { entities: ['EMAIL_ADDRESS'] }), []);
    assert.equal(scan(`${'a'.repeat(50_000)}@example.com`, { entities: ['EMAIL_ADDRESS'] }).length, 1);
  });
});

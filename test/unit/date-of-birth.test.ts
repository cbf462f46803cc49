import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ScanOptions } from '../../src/core';
import { dateOfBirthDetector } from '../../src/core/detectors/date-of-birth';
import { expectGold } from '../support/expect-gold';

const DOB: ScanOptions = { entities: ['DATE_OF_BIRTH'] };
const detect = (text: string) => dateOfBirthDetector.detect(text, { lang: 'es', phoneRegions: [] });

describe('DATE_OF_BIRTH', () => {
  it('finds dates after Spanish cues, in every written shape', () => {
    expectGold('Fecha de nacimiento: [[DATE_OF_BIRTH:12/05/1985]].', DOB);
    expectGold('Nació el [[DATE_OF_BIRTH:12 de mayo de 1985]] en Lima.', DOB);
    expectGold('F. Nac.: [[DATE_OF_BIRTH:1985-05-12]]', DOB);
    expectGold('Nacida el [[DATE_OF_BIRTH:1º de septiembre de 1990]], según el DNI.', DOB);
    expectGold('Fecha de nacimiento (dd-mm-aaaa): [[DATE_OF_BIRTH:03-11-1978]]', DOB);
  });
  it('finds English and Portuguese cues, and a cue right after the date', () => {
    expectGold('DOB [[DATE_OF_BIRTH:05/12/1985]]', DOB);
    expectGold('Date of birth: [[DATE_OF_BIRTH:May 12, 1985]]', DOB);
    expectGold('He was born on [[DATE_OF_BIRTH:12th May 1985]] in Ohio.', DOB);
    expectGold('Data de nascimento: [[DATE_OF_BIRTH:12 de maio de 1985]]', DOB);
    expectGold('Cliente: [[DATE_OF_BIRTH:12/05/1985]] (fecha de nacimiento), Lima.', DOB);
    expectGold('DOB: [[DATE_OF_BIRTH:02/29/1984]] (US order, a leap day)', DOB);
  });
  it('form keys, dotted leaders and a birthday with its year', () => {
    expectGold('fecha_nacimiento = [[DATE_OF_BIRTH:1996-11-28]]', DOB);
    expectGold('  Fecha de nacimiento .... [[DATE_OF_BIRTH:19/01/1983]]', DOB);
    expectGold('e meu aniversário é dia [[DATE_OF_BIRTH:21/09/1995]], caso precisem', DOB);
  });
  it('a date without its cue is not a finding: support text is full of dates', () => {
    expectGold('Su pedido del 12/05/2024 llegó el 2024-05-14; la garantía vence el 12 de mayo de 2026.', DOB);
    expectGold('Your order shipped on May 12, 2024 and arrives 05/14/2024.', DOB);
    expectGold('Fecha de nacimiento: no la tenemos. El pedido llegó el 12/05/2020.', DOB);
  });
  it('only the date nearest the cue, and only real calendar dates', () => {
    expectGold('Fecha de nacimiento [[DATE_OF_BIRTH:12/05/1985]], pedido 13/05/2024.', DOB);
    expectGold('Fecha de nacimiento 31/02/1985 o 45/13/1985 o 12/05/2999.', DOB);
    expectGold('Nacido el 1.2.3.4 (versión) y DOB 12/05/1985/7.', DOB);
  });
  it('hostile input returns quickly', () => {
    const t0 = performance.now();
    for (const bait of ['1/'.repeat(50_000), '12/05/'.repeat(20_000), 'fecha de nacimiento '.repeat(10_000), '1'.repeat(100_000), 'mayo '.repeat(20_000), '𝟏𝟐/𝟎𝟓/𝟏𝟗𝟖𝟓 DOB \ud800 12/05/1985 \udfff']) detect(bait);
    assert.ok(performance.now() - t0 < 2000);
    assert.equal(detect('DOB \ud800 12/05/1985 \udfff').length, 1);
  });
  it('property: never throws, offsets within bounds', () => {
    const parts = fc.constantFrom('DOB', 'fecha de nacimiento', 'nació el', '12', '/', '-', '.', '05', '1985', 'mayo', 'de', 'May', ',', ' ', '\n', '\ud800', '𝟏');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 25 }).map((a) => a.join('')), (text) => {
        for (const c of detect(text)) assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
      }),
      { numRuns: 2000 },
    );
  });
  it('a longer aside before the date when a colon introduces it', () => {
    expectGold('Mi fecha de nacimiento, por si hace falta para la verificación: [[DATE_OF_BIRTH:3 de abril de 1988]].', DOB);
    // Without the colon the aside stays short: a later date is another date.
    expectGold('Fecha de nacimiento pendiente de confirmar por el titular y el pedido llegó el 3 de abril de 2024.', DOB);
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findPhoneNumbersInText, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import parsePhoneNumber from 'libphonenumber-js/max';
import { DEFAULT_PHONE_REGIONS, type ScanOptions } from '../../src/core';
import { phonesDetector, phoneRuns, SCORE_BARE, SCORE_FORMATTED, SCORE_INTERNATIONAL, SCORE_ODD_GROUPING, SCORE_SHORT_BARE } from '../../src/core/detectors/phones';
import { expectGold } from '../support/expect-gold';

const PHONES: ScanOptions = { entities: ['PHONE_NUMBER'] };
const detect = (text: string, phoneRegions: readonly string[] = DEFAULT_PHONE_REGIONS) => phonesDetector.detect(text, { lang: 'es', phoneRegions });

describe('PHONE_NUMBER', () => {
  describe("libphonenumber's example mobile numbers, for every default region", () => {
    for (const region of DEFAULT_PHONE_REGIONS) {
      const example = getExampleNumber(region as CountryCode, examples);
      if (!example) throw new Error(`no example number for ${region}`);
      const national = example.formatNational();
      const international = example.formatInternational();
      it(`${region}: national "${national}" after a context word`, () => {
        expectGold(`Mi teléfono es [[PHONE_NUMBER/${region}:${national}]], gracias.`, PHONES);
      });
      it(`${region}: international "${international}" without context`, () => {
        expectGold(`Escribió desde el [[PHONE_NUMBER/${region}:${international}]] ayer.`, PHONES);
        expectGold(`Reach me at [[PHONE_NUMBER/${region}:${example.number}]].`, PHONES);
      });
    }
  });

  describe('positives in replies', () => {
    it('finds Spanish replies with national and international numbers', () => {
      expectGold('Llámanos al [[PHONE_NUMBER/ES:+34 612 34 56 78]] o al [[PHONE_NUMBER/ES:91 123 45 67]].', PHONES);
      expectGold('Su celular [[PHONE_NUMBER/PE:912 345 678]] quedó registrado.', PHONES);
      expectGold('WhatsApp: [[PHONE_NUMBER/MX:55 1234 5678]]', PHONES);
      expectGold('Teléfono fijo: [[PHONE_NUMBER/ES:0034 912 345 678]]', PHONES);
      expectGold('Mi móvil es [[PHONE_NUMBER/ES:(+34) 612 345 678]].', PHONES);
    });
    it('a contact label or Argentine "celu" right before a number says phone, over a label on the line above', () => {
      expectGold('Cliente: Rocío Valverde / DNI 63.198.887-Q\nContacto: [[PHONE_NUMBER:0034 612 50 25 32]] (prefiere WhatsApp)', PHONES);
      expectGold('dni 42261550 el celu es [[PHONE_NUMBER:+54 9 11 2358 3395]] y el de mi vieja', PHONES);
    });
    it('finds English and Portuguese replies', () => {
      expectGold('Please call me at [[PHONE_NUMBER/US:(201) 555-0123]] after 5pm.', PHONES);
      expectGold('My cell is [[PHONE_NUMBER/US:201-555-0123]], thanks.', PHONES);
      expectGold('Meu telefone é [[PHONE_NUMBER/BR:(11) 96123-4567]], pode ligar.', PHONES);
      expectGold('Contact number: [[PHONE_NUMBER/GB:+44 20 7946 0958]].', PHONES);
    });
    it("Chile's 'fono', phone labels glued by a colon, Mexico's retired 044/045 prefixes", () => {
      // Without 'fono' the RUT before it would be the nearest word and silence the number.
      expectGold('Mi RUT lo tienen. Fono [[PHONE_NUMBER/CL:9 6123 4567]].', PHONES);
      expectGold('datos:x;tlf:[[PHONE_NUMBER/ES:612345678]];cp:28045', PHONES);
      expectGold('cel:[[PHONE_NUMBER/MX:5512345678]] o Tel.:[[PHONE_NUMBER/ES:912345678]]', PHONES);
      expectGold('márcame al [[PHONE_NUMBER/MX:044 55 1234 5678]] o al [[PHONE_NUMBER/MX:045 33 1234 5678]]', PHONES);
      // Still glued: a code or a time before the colon is not a label.
      expectGold('REF:612345678 a las 10:612345678', PHONES);
    });
    it('ends a number at sentence ends and list separators', () => {
      expectGold('Tel [[PHONE_NUMBER/ES:612 345 678]]. [[PHONE_NUMBER/ES:91 123 45 67]] es el fijo.', PHONES);
      expectGold('Tel: [[PHONE_NUMBER/ES:612 345 678]] / [[PHONE_NUMBER/ES:612 345 679]]', PHONES);
      expectGold('Call [[PHONE_NUMBER/US:(201) 555-0123]] - [[PHONE_NUMBER/US:(201) 555-0124]]', PHONES);
      // Glued on the left, the first group belongs to the other token; the number may start after it.
      expectGold('AB-12 [[PHONE_NUMBER/ES:612 345 678]] y pwd(11) [[PHONE_NUMBER/ES:96123-4567]]', PHONES);
      // Glued to a redaction label or a mask, digits are what is left of a redacted value.
      expectGold('[TARJETA](11) 96123-4567, ****612345678, +34 612 34 56 78:****', PHONES);
    });
    it('scores by how the number is written', () => {
      const score = (text: string) => detect(text)[0]?.score;
      assert.equal(score('+34 612 34 56 78'), SCORE_INTERNATIONAL);
      assert.equal(score('612 34 56 78'), SCORE_FORMATTED);
      assert.equal(score('612345678'), SCORE_BARE);
      assert.equal(score('12345678'), SCORE_SHORT_BARE); // a Lima landline, or a DNI
      assert.ok(SCORE_BARE <= 0.7 && SCORE_SHORT_BARE < 0.5, 'bare runs stay modest so cards and IDs win the merge');
    });
    it('an odd grouping (a one-digit group after the first) is a typo: it needs a phone word', () => {
      const score = (text: string) => detect(text)[0]?.score;
      // "612 34 56 7" is a Spanish mobile missing a digit; the same 8 digits validate in Peru.
      assert.equal(score('612 34 56 7'), SCORE_ODD_GROUPING);
      assert.ok(SCORE_ODD_GROUPING < 0.5);
      expectGold('El segundo número que nos indicas, 612 34 56 7, parece incompleto.', PHONES);
      expectGold('Mi celular: [[PHONE_NUMBER/PE:612 34 56 7]]', PHONES);
      // Leading one-digit groups are how some plans are written: "1 800", "9 11".
      expectGold('Llame al [[PHONE_NUMBER/US:1 201 555 0123]] o al [[PHONE_NUMBER/ES:612 345 678]].', { ...PHONES, phoneRegions: ['ES', 'US'] });
    });
    it('"mi número", "número a portar" are phone words: they outweigh an ID word on the line above', () => {
      expectGold('• DNI del titular: 45678912\n• Número a portar: [[PHONE_NUMBER/PE:987 654 321]]', PHONES);
      expectGold('DNI 45678912, mi número es [[PHONE_NUMBER/PE:987 654 321]]', PHONES);
    });
        it('reports a bare 7-8 digit run only with a phone word nearby', () => {
      expectGold('El número 12345678 no aparece.', PHONES);
      expectGold('Mi tel: [[PHONE_NUMBER/PE:12345678]]', PHONES);
    });
    it('uses the regions in order, then the ones the text itself names with +CC', () => {
      // 06 12 34 56 78 is a French mobile: not valid in any default region...
      expectGold('Su número 06 12 34 56 78.', PHONES);
      // ...but found once the reply shows a +33 number.
      expectGold('Llame al [[PHONE_NUMBER/FR:+33 6 12 34 56 78]] o al [[PHONE_NUMBER/FR:06 12 34 56 78]].', PHONES);
      expectGold('Tel [[PHONE_NUMBER/FR:06 12 34 56 78]]', { ...PHONES, phoneRegions: ['FR'] });
    });
  });

  describe('look-alikes stay quiet', () => {
    it('dates, times, amounts and versions', () => {
      expectGold('Su pedido salió el 12/05/2024 a las 10:30 y llega el 2024-05-12 o el 13.05.2024.', PHONES);
      expectGold('El importe es 1.234,56 € y el reembolso de $ 2.345.678 MXN; total 612.345.678 pesos.', PHONES);
      expectGold('Actualice a la versión 10.4.2.1 o a la v6.1.2.345.', PHONES);
      expectGold('Server 192.168.100.200 answered; OID 1.2.840.113549.', PHONES);
    });
    it('order, ticket and tracking numbers', () => {
      expectGold('Su pedido 612345678 ya salió. Ticket #912345678. Ref ORD-612345678.', PHONES);
      expectGold('Your order 2015550123 shipped; tracking number 2015550124.', PHONES);
      expectGold('Número de seguimiento: 5512345678', PHONES);
      // What "número" numbers is said by the noun after it, nearer the value than "tu número".
      expectGold('Tu número de cliente es 5512-0098-33 y tu número de socio, 612 345 678.', PHONES);
    });
    it('card numbers, national IDs and bank accounts', () => {
      expectGold('Tarjeta 4111 1111 1111 1111, Amex 3782 822463 10005.', PHONES);
      expectGold('DNI 12345678Z, RUT 12.345.678-5, CPF 123.456.789-09, SSN 123-45-6789, CUIT 20-12345678-3.', PHONES);
      expectGold('Cuenta 612345678 del cliente; DNI 912345678.', PHONES);
    });
  });

  describe('quirks of libphonenumber-js (max metadata)', () => {
    it('quirk: the default region changes what is valid (201 555 0123 is Mexican as well as American)', () => {
      assert.equal(parsePhoneNumber('2015550123', 'MX')?.isValid(), true);
      assert.equal(parsePhoneNumber('2015550123', 'AR')?.isValid(), false);
      // So MX (before US in the default regions) wins for a plain grouping, US for the NANP shape.
      expectGold('Tel [[PHONE_NUMBER/MX:201 555 0123]]', PHONES);
      expectGold('Tel [[PHONE_NUMBER/US:(201) 555-0123]]', PHONES);
      expectGold('Tel [[PHONE_NUMBER/US:201 555 0123]]', { ...PHONES, phoneRegions: ['US', 'MX'] });
    });
    it('quirk: 912 345 678 is a Madrid landline and a Peruvian mobile; the written grouping picks', () => {
      assert.equal(parsePhoneNumber('912345678', 'ES')?.isValid(), true);
      assert.equal(parsePhoneNumber('912345678', 'PE')?.isValid(), true);
      expectGold('Tel [[PHONE_NUMBER/PE:912 345 678]]', PHONES);
      expectGold('Tel [[PHONE_NUMBER/ES:912 34 56 78]]', PHONES);
      expectGold('Tel [[PHONE_NUMBER/ES:912345678]]', PHONES); // bare: the first region wins
    });
    it('quirk: Mexico dropped the "1" after +52 and libphonenumber rejects it; we retry without it', () => {
      assert.equal(parsePhoneNumber('+5215512345678')?.isValid(), false);
      assert.equal(parsePhoneNumber('+525512345678')?.isValid(), true);
      expectGold('Celular [[PHONE_NUMBER/MX:+52 1 55 1234 5678]]', PHONES);
      // The abolished 044 mobile prefix is not accepted either, and we leave it so.
      assert.equal(parsePhoneNumber('0445512345678', 'MX')?.isValid(), false);
    });
    it('quirk: Argentine mobiles need the 9 after +54; national forms with 0 and 15 are turned into it', () => {
      assert.equal(parsePhoneNumber('+541123456789')?.getType(), 'FIXED_LINE');
      assert.equal(parsePhoneNumber('+5491123456789')?.getType(), 'MOBILE');
      assert.equal(parsePhoneNumber('011 15-2345-6789', 'AR')?.number, '+5491123456789');
      assert.equal(parsePhoneNumber('11 15 2345 6789', 'AR')?.number, '+5491123456789');
      expectGold('Cel [[PHONE_NUMBER/AR:011 15-2345-6789]] o [[PHONE_NUMBER/AR:+54 9 11 2345 6789]] o [[PHONE_NUMBER/AR:11 15 2345 6789]]', PHONES);
    });
    it('quirk: Peruvian mobiles are 9 digits starting with 9; a Lima landline is 1 + 7 digits (so 8-digit DNIs validate)', () => {
      assert.equal(parsePhoneNumber('912345678', 'PE')?.getType(), 'MOBILE');
      assert.equal(parsePhoneNumber('812345678', 'PE')?.isValid(), false);
      assert.equal(parsePhoneNumber('12345678', 'PE')?.getType(), 'FIXED_LINE');
      assert.equal(parsePhoneNumber('(01) 234 5678', 'PE')?.isValid(), true);
    });
    it('quirk: findPhoneNumbersInText answers per default region (same digits, other country or nothing)', () => {
      // We don't use it for scanning (measured ~1.5 MB/s on mixed support text, budget 20 MB/s).
      const text = 'Llámenos al 912 345 678 o al 612 34 56 78.';
      const countries = (region: CountryCode) => findPhoneNumbersInText(text, region).map((m) => m.number.country);
      assert.deepEqual(countries('ES'), ['ES', 'ES']);
      assert.deepEqual(countries('PE'), ['PE']);
      assert.deepEqual(countries('US'), []);
    });
  });

  describe('hostile input', () => {
    it('walks a 100k-digit run once and finds nothing in it', () => {
      const t0 = performance.now();
      assert.deepEqual(detect('1'.repeat(100_000)), []);
      const text = `Tel 612 345 678, ${'9'.repeat(100_000)}, 612 345 679`;
      assert.deepEqual(detect(text).map((c) => text.slice(c.start, c.end)), ['612 345 678', '612 345 679']);
      assert.ok(performance.now() - t0 < 500);
    });
    it('handles separator soup, astral digits and lone surrogates quickly', () => {
      const t0 = performance.now();
      assert.deepEqual(detect('1 '.repeat(50_000)), []);
      assert.deepEqual(detect('1.'.repeat(50_000)), []);
      assert.deepEqual(detect('(1'.repeat(50_000)), []);
      assert.deepEqual(detect('+1-'.repeat(30_000)), []);
      assert.deepEqual(detect('𝟔𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖 '.repeat(5_000)), []);
      // Lone surrogates are not letters: the digits between them are still a number, at the right offsets.
      const broken = 'Tel \ud800612345678\udfff '.repeat(100);
      const found = detect(broken);
      assert.equal(found.length, 100);
      assert.ok(found.every((c) => broken.slice(c.start, c.end) === '612345678'));
      assert.ok(performance.now() - t0 < 1000);
    });
    it('finds 10k distinct numbers in 1 MB in well under a second', () => {
      let text = '';
      for (let i = 0; i < 10_000; i++) text += `Tel 6${String(10_000_000 + i * 7919).slice(0, 8)} y pedido ${i}.\n`.padEnd(100, ' ');
      const t0 = performance.now();
      const found = detect(text);
      assert.ok(performance.now() - t0 < 1000);
      assert.ok(found.length >= 9_000);
    });
    it('property: never throws, offsets within bounds, spans start and end on digits or + (', () => {
      const alphabet = fc.constantFrom(...'0123456789 +-.()/:,#€$abcTel\n\ud83d'.split(''));
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
          for (const c of detect(text)) {
            assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
            assert.match(text.slice(c.start, c.end), /^[+(0-9].*[0-9]$/s);
          }
          for (const r of phoneRuns(text)) assert.ok(r.start >= 0 && r.end <= text.length);
        }),
        { numRuns: 2000 },
      );
    });
  });
  it('"llámenme al", "call me at" beat an order word further back (holdout3 class)', () => {
    expectGold('GUÍA 2087541963 SIN MOVIMIENTO.\nLLÁMENME AL [[PHONE_NUMBER:3211955981]]', PHONES);
    expectGold('Order ORD-1187 never came. Call me at [[PHONE_NUMBER/US:(201) 555-0147]] please.', PHONES);
  });
});

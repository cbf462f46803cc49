import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan, type Entity } from '../../src/core';
import { cardBrand, cardsDetector } from '../../src/core/detectors/cards';
import { expectGold } from '../support/expect-gold';

const CARD_ENTITIES: Entity[] = ['CREDIT_CARD', 'CREDENTIAL'];
const only = { entities: CARD_ENTITIES };
const detectorOptions = { lang: 'es' as const, phoneRegions: ['ES'] };

/** An independent Luhn, so the detector's own is not checked against itself. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Appends the Luhn check digit to a made-up body. */
function withCheckDigit(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhn(body + c)) return body + c;
  throw new Error('unreachable');
}

/** How the card is printed: Amex 4-6-5, 14-digit Diners 4-6-4, everything else in fours. */
function grouped(card: string, sep = ' '): string {
  if (card.length === 15 || card.length === 14) return [card.slice(0, 4), card.slice(4, 10), card.slice(10)].join(sep);
  return card.match(/.{1,4}/g)!.join(sep);
}

// Published test numbers (Stripe, Adyen, PayPal/Braintree docs).
const TEST_CARDS: [string, string][] = [
  ['4111111111111111', 'VISA'],
  ['4242424242424242', 'VISA'],
  ['4000056655665556', 'VISA'],
  ['4012888888881881', 'VISA'],
  ['4222222222222', 'VISA'],
  ['5555555555554444', 'MASTERCARD'],
  ['5105105105105100', 'MASTERCARD'],
  ['5200828282828210', 'MASTERCARD'],
  ['2223003122003222', 'MASTERCARD'],
  ['378282246310005', 'AMEX'],
  ['371449635398431', 'AMEX'],
  ['6011111111111117', 'DISCOVER'],
  ['6011000990139424', 'DISCOVER'],
  ['3056930009020004', 'DINERS'],
  ['36227206271667', 'DINERS'],
  ['30569309025904', 'DINERS'],
  ['3566002020360505', 'JCB'],
  ['3530111333300000', 'JCB'],
  ['6200000000000005', 'UNIONPAY'],
  ['6205500000000000004', 'UNIONPAY'],
  ['6759649826438453', 'MAESTRO'],
  ['6799998900000099990', 'MAESTRO'],
  ['38520000023237', 'DINERS'],
];

describe('CREDIT_CARD', () => {
  describe('published test numbers', () => {
    for (const [card, brand] of TEST_CARDS) {
      it(`${brand} ${card}: passes Luhn and is found compact, spaced and dashed`, () => {
        assert.ok(luhn(card), `${card} should pass Luhn`);
        assert.equal(cardBrand(card), brand);
        expectGold(`Pago con [[CREDIT_CARD/${brand}:${card}]] hoy.`, only);
        expectGold(`Card: [[CREDIT_CARD/${brand}:${grouped(card)}]].`, only);
        expectGold(`Número ([[CREDIT_CARD/${brand}:${grouped(card, '-')}]])`, only);
      });
    }
    it('scores a brand-valid number high without any context word', () => {
      const [f] = scan('4111 1111 1111 1111', only);
      assert.ok(f.score >= 0.9, `score ${f.score}`);
      assert.deepEqual(f.reasons.slice(0, 2), ['luhn', 'issuer:VISA']);
      assert.equal(f.detector, 'cards');
    });
  });

  describe('issuer ranges', () => {
    it('knows the Mastercard 2-series bounds (2221-2720)', () => {
      assert.equal(cardBrand(withCheckDigit('222100000000000')), 'MASTERCARD');
      assert.equal(cardBrand(withCheckDigit('272099000000000')), 'MASTERCARD');
      assert.equal(cardBrand(withCheckDigit('222099000000000')), undefined);
      assert.equal(cardBrand(withCheckDigit('272100000000000')), undefined);
    });
    it('checks lengths per brand (Amex 15, Visa 13/16/19)', () => {
      assert.equal(cardBrand(withCheckDigit('3782822463100')), undefined); // 14-digit "Amex"
      assert.equal(cardBrand(withCheckDigit('41111111111111')), undefined); // 15-digit "Visa"
      assert.equal(cardBrand(withCheckDigit('411111111111111111')), 'VISA'); // 19 digits
    });
    it('keeps a Luhn-valid number of unknown range low unless a card word is near', () => {
      const storeCard = withCheckDigit('810012345678901');
      assert.ok(luhn(storeCard));
      expectGold(`Referencia ${storeCard} registrada.`, only);
      expectGold(`Su tarjeta de la tienda es [[CREDIT_CARD:${storeCard}]].`, only);
    });
  });

  describe('not cards', () => {
    it('rejects Luhn-invalid numbers, whatever their brand prefix', () => {
      for (const [card] of TEST_CARDS) {
        // A middle digit, so no shorter valid card hides inside the run either.
        const broken = card.slice(0, 6) + ((Number(card[6]) + 1) % 10) + card.slice(7);
        assert.ok(!luhn(broken));
        expectGold(`Tarjeta ${grouped(broken)} rechazada.`, only);
      }
    });
    it('ignores already-masked forms', () => {
      expectGold('Tarjeta **** **** **** 4242, XXXX-XXXX-XXXX-1234, •••• 4242, terminada en 4242 (ending in 4242).', only);
      expectGold('BIN visible: 411111******1111 y 4111 11** **** 1111.', only);
    });
    it('ignores digits glued to letters or to other digits', () => {
      expectGold('ORD-4111111111111111, SKU4111111111111111, 4111111111111111A, 41111111111111111.', only);
      expectGold('id_4111111111111111 y 4111111111111111.50 y 4111111111111111,00', only);
    });
    it('keeps a grouped brand-valid card near "pedido", drops a compact one near "tracking"', () => {
      expectGold('Su pedido se pagó con [[CREDIT_CARD/VISA:4111 1111 1111 1111]].', only);
      expectGold('El pedido [[CREDIT_CARD/VISA:4111 1111 1111 1111]] ya salió.', only);
      // The hard case: a tracking number that happens to pass Luhn and a Visa prefix.
      expectGold('Tracking number 4111111111111111, llega el lunes.', only);
      expectGold('Número de seguimiento: 4242424242424242.', only);
    });
    it('stays quiet on amounts, dates, phones, versions and order numbers', () => {
      expectGold('Total 1.234.567,89 € el 12/05/2024; llame al +34 600 123 456 o al (555) 123-4567.', only);
      expectGold('Versión 4.1.1.1, factura F-2024-000123, pedido #4111111111, IP 10.0.0.1.', only);
    });
  });

  describe('windows inside a run of groups', () => {
    it('finds the card when a CVV or another group follows with one space', () => {
      expectGold('[[CREDIT_CARD/VISA:4111 1111 1111 1111]] 123', only);
      expectGold('1234 [[CREDIT_CARD/MASTERCARD:5555 5555 5555 4444]]', only);
    });
    it('finds two cards written one after the other', () => {
      expectGold('[[CREDIT_CARD/VISA:4111 1111 1111 1111]] [[CREDIT_CARD/VISA:4242 4242 4242 4242]]', only);
    });
  });

  describe('CVV and expiry (CREDENTIAL)', () => {
    it('finds a CVV after its cue words', () => {
      expectGold('Mi tarjeta [[CREDIT_CARD/VISA:4111 1111 1111 1111]], CVV: [[CREDENTIAL/CARD_CVV:123]].', only);
      expectGold('cvc2 [[CREDENTIAL/CARD_CVV:4321]] y CVV2 es [[CREDENTIAL/CARD_CVV:987]]', only);
      expectGold('El código de seguridad de mi tarjeta es [[CREDENTIAL/CARD_CVV:456]].', only);
      expectGold('Card 4242 ... security code [[CREDENTIAL/CARD_CVV:321]]', only);
      expectGold('Mi tarjeta es [[CREDIT_CARD/VISA:4012 8888 8888 1881]] y el código de atrás es [[CREDENTIAL/CARD_CVV:594]].', only);
    });
    it('does not take 5 digits, masks, dates or a bare "security code" without a card', () => {
      expectGold('CVV 12345, CVV: ***, cvv 12/27', only);
      expectGold('Your security code 123 expires soon.', only);
    });
    it('finds an expiry date after its cue words near a card', () => {
      expectGold('Visa [[CREDIT_CARD/VISA:4111 1111 1111 1111]] vence [[CREDENTIAL/CARD_EXPIRY:12/27]]', only);
      expectGold('Tarjeta terminada en 4242, fecha de caducidad: [[CREDENTIAL/CARD_EXPIRY:03/2029]].', only);
      expectGold('card exp. [[CREDENTIAL/CARD_EXPIRY:11/26]], valid thru [[CREDENTIAL/CARD_EXPIRY:11/26]]', only);
      expectGold('Mi tarjeta expira el [[CREDENTIAL/CARD_EXPIRY:01-28]].', only);
      // Chat shorthand for "caducidad", next to the card; not the prefix of a longer word.
      expectGold('la tarjeta es la [[CREDIT_CARD/VISA:4000 0007 6000 0002]] cad [[CREDENTIAL/CARD_EXPIRY:09/27]] y listo', only);
      // A removed CVC leaves its cue before the next sentence: that sentence's number is not a CVC.
      expectGold('exp , CVC . Old card ending in 1111', only);
      expectGold('CVV. [[CREDENTIAL/CARD_CVV:123]]', only);
      expectGold('CVV: [[CREDENTIAL/CARD_CVV:123]]', only);
      expectGold('la tarjeta [[CREDIT_CARD/VISA:4111 1111 1111 1111]] y el codigo de detras es [[CREDENTIAL/CARD_CVV:795]]', only);
      expectGold('[[CREDIT_CARD/VISA:4111 1111 1111 1111]] — cód. de seguridad [[CREDENTIAL/CARD_CVV:154]]', only);
      expectGold('Visa [[CREDIT_CARD/VISA:4111 1111 1111 1111]], cadena 09/27 de envíos', only);
    });
    it('Portuguese and Argentine expiry cues (validade, vencimento, vto.)', () => {
      expectGold('Quero pagar com o cartão [[CREDIT_CARD/MASTERCARD:5200 8282 8282 8210]], validade [[CREDENTIAL/CARD_EXPIRY:11/26]].', only);
      expectGold('Cartão de crédito, vencimento [[CREDENTIAL/CARD_EXPIRY:04/29]].', only);
      expectGold('Tarjeta [[CREDIT_CARD/VISA:4111 1111 1111 1111]] vto. [[CREDENTIAL/CARD_EXPIRY:10/28]]', only);
      expectGold('A validade do plano é 12/27 e o vencimento da fatura 05/08.', only);
    });
    it('leaves subscriptions and full dates alone', () => {
      expectGold('Su suscripción vence 12/27 y la oferta expira el 12/05/2027.', only);
      expectGold('Tarjeta: la promoción vence el 12/05/2027.', only);
    });
    it('declares both entities', () => {
      assert.deepEqual([...cardsDetector.entities].sort(), ['CREDENTIAL', 'CREDIT_CARD']);
    });
  });

  describe('adversarial input', () => {
    const timed = (text: string): { ms: number; found: number } => {
      const t0 = performance.now();
      const found = cardsDetector.detect(text, detectorOptions).length;
      return { ms: performance.now() - t0, found };
    };
    it('returns nothing for a 100k-digit run, spaced or dashed digit floods (and quickly)', () => {
      for (const text of ['4'.repeat(100_000), '4111 '.repeat(20_000), '4111-'.repeat(20_000), '1 '.repeat(50_000), '4111111111111111'.repeat(5_000)]) {
        const { ms, found } = timed(text);
        assert.equal(found, 0);
        assert.ok(ms < 1000, `${ms} ms`);
      }
    });
    it('stays linear on 1 MB of pseudo-random 4-digit groups (many Luhn-valid windows)', () => {
      let x = 12345;
      let text = '';
      while (text.length < 1_000_000) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        text += String(x % 10_000).padStart(4, '0') + ' ';
      }
      const { ms } = timed(text);
      assert.ok(ms < 1000, `${ms} ms`);
    });
    it('survives cue floods', () => {
      for (const text of ['cvv '.repeat(50_000), 'exp 1'.repeat(50_000), 'vence 12/'.repeat(30_000)]) assert.ok(timed(text).ms < 1000);
    });
    it('does not read astral digits as digits, and survives lone surrogates', () => {
      expectGold('𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 ４１１１１１１１１１１１１１１１', only);
      expectGold('\uD800[[CREDIT_CARD/VISA:4111 1111 1111 1111]]\uDC00 \uDFFF', only);
    });
    it('property: never throws, offsets in bounds, the inserted card is found as written', () => {
      const cards = TEST_CARDS.flatMap(([c]) => [c, grouped(c), grouped(c, '-')]);
      const noise = fc.string({ unit: 'binary', maxLength: 80 });
      fc.assert(
        fc.property(noise, fc.constantFrom(...cards), noise, (before, card, after) => {
          const text = `${before}\n${card}\n${after}`;
          const found = cardsDetector.detect(text, detectorOptions);
          for (const c of found) assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
          assert.ok(found.some((c) => c.entity === 'CREDIT_CARD' && text.slice(c.start, c.end) === card));
        }),
        { numRuns: 300 },
      );
    });
    it('property: scan() keeps a grouped card among support words and digits', () => {
      const word = fc.constantFrom('hola', 'pedido', 'gracias', '12', '2024', '-', '*', '•', 'x', '𝟏', '\uD800', '.', ',', 'tarjeta', 'order', '\n', ' ');
      const text = fc.array(word, { maxLength: 30 }).map((w) => w.join(' '));
      fc.assert(
        fc.property(text, fc.constantFrom(...TEST_CARDS.map(([c]) => grouped(c))), text, (before, card, after) => {
          const full = `${before}\n${card}\n${after}`;
          const found = scan(full, only);
          for (const f of found) assert.ok(f.start >= 0 && f.end <= full.length && f.start < f.end);
          assert.ok(found.some((f) => f.entity === 'CREDIT_CARD' && full.slice(f.start, f.end) === card), full);
        }),
        { numRuns: 200 },
      );
    });
  });
});

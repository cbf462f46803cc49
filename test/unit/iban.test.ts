import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ValidationErrorsIBAN, countrySpecs, electronicFormatIBAN, validateIBAN } from 'ibantools';
import { stdnum } from 'stdnum';
import { scan } from '../../src/core';
import { cardBrand } from '../../src/core/detectors/cards';
import { ibanDetector } from '../../src/core/detectors/iban';
import { luhnValid } from '../../src/core/detectors/numbers';
import { expectGold } from '../support/expect-gold';

const only = { entities: ['IBAN_CODE' as const] };
const detectorOptions = { lang: 'es' as const, phoneRegions: ['ES'] };

/** Independent ISO 13616 check digits: move country + "00" to the end, letters to numbers, 98 - mod 97. */
function ibanCheckDigits(country: string, bban: string): string {
  const digits = (bban + country + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return String(98 - rest).padStart(2, '0');
}

/** Independent CBU (BCRA): weights 7139713 on bank+branch, 3971... on the account. */
function cbuCheck(block: string, weights: number[]): string {
  const sum = [...block].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return String((10 - (sum % 10)) % 10);
}
function makeCbu(bankBranch: string, account: string): string {
  return bankBranch + cbuCheck(bankBranch, [7, 1, 3, 9, 7, 1, 3]) + account + cbuCheck(account, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]);
}

/** Independent CLABE: weights 3,7,1 over 17 digits, control = (10 - sum mod 10) mod 10. */
function makeClabe(first17: string): string {
  const sum = [...first17].reduce((acc, d, i) => acc + ((Number(d) * [3, 7, 1][i % 3]) % 10), 0);
  return first17 + String((10 - (sum % 10)) % 10);
}

// Published examples: ibantools docs, Wikipedia's IBAN article, the ECBS/SWIFT registry.
const IBANS = [
  'ES91 2100 0418 4502 0005 1332',
  'GB82 WEST 1234 5698 7654 32',
  'DE89 3704 0044 0532 0130 00',
  'NL91 ABNA 0417 1643 00',
  'FR14 2004 1010 0505 0001 3M02 606',
  'BE68 5390 0754 7034',
];

describe('IBAN_CODE', () => {
  describe('IBAN', () => {
    it('finds published IBANs grouped and compact, subtype IBAN, country as a reason', () => {
      for (const iban of IBANS) {
        assert.equal(ibanCheckDigits(iban.slice(0, 2), iban.replace(/ /g, '').slice(4)), iban.slice(2, 4), iban);
        const compact = iban.replace(/ /g, '');
        expectGold(`Transfiera a [[IBAN_CODE/IBAN:${iban}]] o a [[IBAN_CODE/IBAN:${compact}]].`, only);
        const [f] = scan(compact, only);
        assert.ok(f.score >= 0.9);
        assert.ok(f.reasons.includes(`country:${iban.slice(0, 2)}`));
      }
    });
    it('rejects a wrong mod-97 check', () => {
      expectGold('IBAN ES92 2100 0418 4502 0005 1332 y DE88370400440532013000', only);
    });
    it('measures ibantools: it validates the Spanish BBAN check digits (DC)', () => {
      // Same bank, branch and account with DC 46 instead of 45, and IBAN check digits
      // recomputed so that only the national check fails.
      const bban = '21000418460200051332';
      const iban = `ES${ibanCheckDigits('ES', bban)}${bban}`;
      assert.deepEqual(validateIBAN(iban).errorCodes, [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]);
      expectGold(`Cuenta ${iban}`, only);
    });
    it('quirk: ibantools checks national check digits only for some countries (ES, FR yes; DE, GB no)', () => {
      assert.equal(typeof countrySpecs.ES.bban_validation_func, 'function');
      assert.equal(typeof countrySpecs.FR.bban_validation_func, 'function');
      assert.equal(countrySpecs.DE.bban_validation_func, undefined);
      assert.equal(countrySpecs.GB.bban_validation_func, undefined);
    });
    it('quirk: ibantools.validateIBAN wants the electronic form (no spaces, upper case)', () => {
      assert.equal(validateIBAN('ES91 2100 0418 4502 0005 1332').valid, false);
      assert.equal(validateIBAN('es9121000418450200051332').valid, false);
      assert.equal(validateIBAN(electronicFormatIBAN('es91 2100 0418 4502 0005 1332') as string).valid, true);
    });
    it('ignores IBANs glued to words or one character too long, masked ones and lower-case country codes', () => {
      expectGold('XES9121000418450200051332, ES91210004184502000513321, ES91 2100 0418 4502 0005 13321', only);
      expectGold('ES91 **** **** **** **** 1332, ES91 2100 ···· ···· ···· 1332, es9121000418450200051332', only);
    });
    it('stays an IBAN next to look-alike words', () => {
      expectGold('Reembolso del pedido 123 a [[IBAN_CODE/IBAN:ES91 2100 0418 4502 0005 1332]].', only);
    });
  });

  describe('AR_CBU', () => {
    it('finds the stdnum example CBU with a context word, compact or 8+14', () => {
      expectGold('Mi CBU es [[IBAN_CODE/AR_CBU:2850590940090418135201]].', only);
      expectGold('Transferencia a la cuenta [[IBAN_CODE/AR_CBU:28505909 40090418135201]]', only);
    });
    it('an 8+14 CBU whose account part looks like a 14-digit Diners card stays a CBU', () => {
      const cbu = makeCbu('0075266', '3928610543435');
      assert.equal(cbu.slice(8), '39286105434351');
      assert.equal(cardBrand(cbu.slice(8)), 'DINERS');
      assert.ok(luhnValid(cbu.slice(8)));
      expectGold(`Mi CBU para débito es [[IBAN_CODE/AR_CBU:${cbu.slice(0, 8)} ${cbu.slice(8)}]].`, { entities: ['IBAN_CODE', 'CREDIT_CARD'] });
    });
    it('a bare 22-digit run stays below the threshold (tracking numbers are that long)', () => {
      expectGold('2850590940090418135201', only);
      expectGold('Tracking 2850590940090418135201', only);
    });
    it('rejects a wrong check digit', () => {
      expectGold('CBU 2850590940090418135202 y CBU 2810590940090418135201', only);
    });
    it('quirk: stdnum.AR.cbu rejects CBUs whose check digit is 0; the detector still finds them', () => {
      const cbu = makeCbu('0110002', '0000000000001'); // first check digit 0 by construction
      assert.equal(cbu[7], '0');
      assert.equal(stdnum.AR.cbu.validate(cbu).isValid, false);
      expectGold(`CBU: [[IBAN_CODE/AR_CBU:${cbu}]]`, only);
      const other = makeCbu('2850590', '4009041813520');
      assert.equal(other, '2850590940090418135201');
    });
  });

  describe('MX_CLABE', () => {
    it('finds CLABEs (stdnum examples and a computed one) near a context word', () => {
      for (const clabe of ['002010077777777771', '032180000118359719', '014027000005555558', makeClabe('00218001234567890')]) {
        assert.equal(stdnum.MX.clabe.validate(clabe).isValid, true, clabe);
        expectGold(`Deposite a la CLABE [[IBAN_CODE/MX_CLABE:${clabe}]] por favor.`, only);
      }
    });
    it('needs context, and rejects a wrong control digit or an unknown bank', () => {
      expectGold('Número 002010077777777771 registrado.', only);
      expectGold('CLABE 002010077777777772 y CLABE 999010077777777771', only);
    });
  });

  describe('adversarial input', () => {
    it('returns quickly with nothing on digit and letter floods', () => {
      for (const text of ['ES91' + '1'.repeat(100_000), '1'.repeat(100_000), 'ES91 '.repeat(20_000), 'AB12'.repeat(25_000), 'ES91 2100 '.repeat(10_000)]) {
        const t0 = performance.now();
        assert.deepEqual(ibanDetector.detect(text, detectorOptions), []);
        assert.ok(performance.now() - t0 < 1000);
      }
    });
    it('survives astral digits and lone surrogates', () => {
      expectGold('ES𝟗𝟏 2100 0418 4502 0005 1332 \uD800', only);
      expectGold('\uDC00[[IBAN_CODE/IBAN:ES9121000418450200051332]]\uD800', only);
    });
    it('property: never throws, offsets in bounds, an inserted IBAN is found as written', () => {
      const noise = fc.string({ unit: 'binary', maxLength: 80 });
      const ibans = IBANS.flatMap((i) => [i, i.replace(/ /g, '')]);
      fc.assert(
        fc.property(noise, fc.constantFrom(...ibans), noise, (before, iban, after) => {
          const text = `${before}\n${iban}\n${after}`;
          const found = ibanDetector.detect(text, detectorOptions);
          for (const c of found) assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
          assert.ok(found.some((c) => text.slice(c.start, c.end) === iban));
        }),
        { numRuns: 300 },
      );
    });
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stdnum } from 'stdnum';
import { scan } from '../../src/core';
import { LETTERED_SEARCH, matchesBeforeRuns, nationalIdsDetector } from '../../src/core/detectors/national-ids';
import { expectGold } from '../support/expect-gold';

const only = { entities: ['NATIONAL_ID' as const] };
const detectorOptions = { lang: 'es' as const, phoneRegions: ['ES'] };

// Independent check-digit calculators, so made-up numbers can be turned into valid ones
// without asking the code under test (or stdnum) for the answer.
const digitsOf = (s: string): number[] => [...s].map(Number);
const weighted = (s: string, weights: number[]): number => digitsOf(s).reduce((acc, d, i) => acc + d * weights[i], 0);

const dniLetter = (n: string): string => 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
const nieLetter = (prefix: 'X' | 'Y' | 'Z', n: string): string => dniLetter('XYZ'.indexOf(prefix) + n);
const nss = (province: string, body: string): string => province + body + String(Number(province + body) % 97).padStart(2, '0');
const cui = (dni: string): string => dni + '65432110987'[weighted(dni, [3, 2, 7, 6, 5, 4, 3, 2]) % 11];
const ruc = (front10: string): string => front10 + String((11 - (weighted(front10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 10);
function cuit(front10: string): string {
  const c = (11 - (weighted(front10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return front10 + (c === 10 ? '9' : String(c));
}
function rutCheck(body: string): string {
  const rev = [...body].reverse();
  const s = rev.reduce((acc, d, i) => acc + Number(d) * [2, 3, 4, 5, 6, 7][i % 6], 0);
  const c = 11 - (s % 11);
  return c === 11 ? '0' : c === 10 ? 'K' : String(c);
}
function nitCheck(body: string): string {
  const w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const s = [...body].reverse().reduce((acc, d, i) => acc + Number(d) * w[i], 0) % 11;
  return String(s < 2 ? s : 11 - s);
}
function mod11Br(s: string, first: number): string {
  const sum = digitsOf(s).reduce((acc, d, i) => acc + d * (first - i), 0);
  const r = 11 - (sum % 11);
  return String(r >= 10 ? 0 : r);
}
const cpf = (nine: string): string => {
  const ten = nine + mod11Br(nine, 10);
  return ten + mod11Br(ten, 11);
};
function cnpj(twelve: string): string {
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const d = (s: string, w: number[]) => {
    const r = weighted(s, w) % 11;
    return String(r < 2 ? 0 : 11 - r);
  };
  const thirteen = twelve + d(twelve, w1);
  return thirteen + d(thirteen, [6, ...w1]);
}
const formatCpf = (v: string) => `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`;
const formatCnpj = (v: string) => `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}`;
/** Replaces the last character by another digit (or letter), breaking any check. */
const breakCheck = (v: string): string => v.slice(0, -1) + (/\d/.test(v.at(-1) as string) ? String((Number(v.at(-1)) + 1) % 10) : v.at(-1) === 'A' ? 'B' : 'A');

describe('NATIONAL_ID', () => {
  describe('Spain', () => {
    const dni = '12345678' + dniLetter('12345678');
    const nie = 'X1234567' + nieLetter('X', '1234567');
    it('ES_DNI: compact, dashed, spaced and dotted; checksum-invalid is not a DNI', () => {
      // "y" and "o" are Spanish words, not check letters or NIE prefixes.
      expectGold('DNI [[NATIONAL_ID/PE_DNI:12345678]] y [[NATIONAL_ID/PE_DNI:45678912]] o [[NATIONAL_ID/PE_DNI:87654321]]', only);
      assert.equal(dni, '12345678Z');
      expectGold(`DNI [[NATIONAL_ID/ES_DNI:${dni}]], o [[NATIONAL_ID/ES_DNI:12345678-Z]], [[NATIONAL_ID/ES_DNI:12345678 Z]] y [[NATIONAL_ID/ES_DNI:12.345.678-Z]].`, only);
      expectGold('Mi [[NATIONAL_ID/ES_DNI:54362315K]] (ejemplo de stdnum), y en minúscula [[NATIONAL_ID/ES_DNI:54362315k]].', only);
      expectGold('DNI 12345678A, 54362315Z', only);
    });
    it('ES_NIE and ES_NIF (K/L/M)', () => {
      expectGold(`NIE [[NATIONAL_ID/ES_NIE:${nie}]] y [[NATIONAL_ID/ES_NIE:X-2482300-W]]; NIF [[NATIONAL_ID/ES_NIF:M1234567L]] y [[NATIONAL_ID/ES_NIF:K-1234567-L]]`, only);
      expectGold(`NIE ${breakCheck(nie)}, NIF M1234567X, K1234567X`, only);
    });
    it('ES_CIF (stdnum examples) and its invalid variants', () => {
      expectGold('CIF [[NATIONAL_ID/ES_CIF:B58378431]], [[NATIONAL_ID/ES_CIF:J99216582]] y [[NATIONAL_ID/ES_CIF:Q2876031B]].', only);
      expectGold('CIF B58378432, J99216583, Q2876031C', only);
    });
    it('ES_NSS: mod-97 with a province; slashed or spaced scores alone, compact near a word', () => {
      const a = nss('28', '12345678');
      const b = nss('08', '87654321');
      assert.equal(a, '281234567840');
      expectGold(`Afiliación [[NATIONAL_ID/ES_NSS:${a.slice(0, 2)}/${a.slice(2, 10)}/${a.slice(10)}]] y [[NATIONAL_ID/ES_NSS:${b.slice(0, 2)} ${b.slice(2, 10)} ${b.slice(10)}]]`, only);
      expectGold(`[[NATIONAL_ID/ES_NSS:${b.slice(0, 2)}/${b.slice(2, 10)}/${b.slice(10)}]]`, only);
      expectGold(`NSS ${breakCheck(a)} y 77/12345678/40 (provincia 77 no existe)`, only);
    });
  });

  describe('Peru', () => {
    it('PE_DNI: 8 digits only with a context word', () => {
      expectGold('Mi DNI es [[NATIONAL_ID/PE_DNI:45678912]].', only);
      expectGold('Número 45678912 registrado.', only);
      expectGold('Pedido 45678912, DNI pendiente.', only);
    });
    it('PE_CUI: DNI + check digit (computed and stdnum example)', () => {
      const v = cui('45678912');
      expectGold(`DNI [[NATIONAL_ID/PE_CUI:${v.slice(0, 8)}-${v.slice(8)}]] y CUI [[NATIONAL_ID/PE_CUI:10117410-2]]`, only);
      expectGold(`DNI ${v.slice(0, 8)}-${breakCheck(v).slice(8)}`, only);
    });
    it('PE_RUC: prefix and mod-11, found without context', () => {
      const v = ruc('1045678912');
      expectGold(`RUC [[NATIONAL_ID/PE_RUC:${v}]], empresa [[NATIONAL_ID/PE_RUC:20512333797]].`, only);
      expectGold(`[[NATIONAL_ID/PE_RUC:${v}]]`, only);
      expectGold(`RUC ${breakCheck(v)} y 99512333797`, only);
    });
  });

  describe('Mexico', () => {
    it('MX_CURP (stdnum example); a wrong check digit or date is not one', () => {
      expectGold('CURP: [[NATIONAL_ID/MX_CURP:BOXW310820HNERXN09]].', only);
      expectGold('[[NATIONAL_ID/MX_CURP:BOXW310820HNERXN09]]', only);
      expectGold('CURP BOXW310820HNERXN08 y BOXW311320HNERXN09', only);
    });
    it('MX_RFC: persons (13) and companies (12) alone, 10 characters only with "RFC"', () => {
      expectGold('RFC [[NATIONAL_ID/MX_RFC:GODE561231GR8]], empresa [[NATIONAL_ID/MX_RFC:MAB9307148T4]], [[NATIONAL_ID/MX_RFC:GODE 561231 GR8]]', only);
      expectGold('RFC sin homoclave [[NATIONAL_ID/MX_RFC:COMG600703]]', only);
      expectGold('Clave COMG600703 en el sistema.', only);
      expectGold('RFC GODE561231GR9, GODE561331GR8', only);
    });
  });

  describe('Argentina', () => {
    it('AR_CUIT/CUIL: dashed scores alone, compact too; a wrong check is not one', () => {
      const v = cuit('2045678912');
      expectGold(`CUIL [[NATIONAL_ID/AR_CUIT:${v.slice(0, 2)}-${v.slice(2, 10)}-${v.slice(10)}]] y [[NATIONAL_ID/AR_CUIT:20-05536168-2]]`, only);
      expectGold(`[[NATIONAL_ID/AR_CUIT:${v.slice(0, 2)}-${v.slice(2, 10)}-${v.slice(10)}]]`, only);
      expectGold(`CUIT ${v.slice(0, 2)}-${v.slice(2, 10)}-${breakCheck(v).slice(10)}`, only);
    });
    it('AR_DNI: dotted 12.345.678 only with a context word, never as an amount', () => {
      expectGold('DNI [[NATIONAL_ID/AR_DNI:23.456.789]]', only);
      expectGold('Documento nro. [[NATIONAL_ID/AR_DNI:7.654.321]]', only);
      expectGold('Son 23.456.789 unidades.', only);
      expectGold('DNI: pagó $ 23.456.789 y 23.456.789 € y 1.234.567,89 €', only);
    });
  });

  describe('Chile, Colombia, Ecuador, Uruguay, Paraguay, Venezuela', () => {
    it('CL_RUT: dotted (stdnum rejects dots, so compact first), dashed with context, K check', () => {
      let body = '10000000';
      while (rutCheck(body) !== 'K') body = String(Number(body) + 1);
      expectGold(`RUT [[NATIONAL_ID/CL_RUT:12.531.909-2]], RUN [[NATIONAL_ID/CL_RUT:${body}-K]], [[NATIONAL_ID/CL_RUT:${body.slice(0, 2)}.${body.slice(2, 5)}.${body.slice(5)}-k]]`, only);
      expectGold('[[NATIONAL_ID/CL_RUT:12.531.909-2]]', only);
      expectGold('RUT 12.531.909-3', only);
    });
    it('CO_NIT (check digit) and CO_CC (cédula: context only)', () => {
      const nit = '900123456' + nitCheck('900123456');
      expectGold(`NIT [[NATIONAL_ID/CO_NIT:${nit.slice(0, 3)}.${nit.slice(3, 6)}.${nit.slice(6, 9)}-${nit.slice(9)}]]`, only);
      expectGold(`NIT ${nit.slice(0, 3)}.${nit.slice(3, 6)}.${nit.slice(6, 9)}-${breakCheck(nit).slice(9)}`, only);
      expectGold('Cédula de ciudadanía [[NATIONAL_ID/CO_CC:1020304050]], C.C. [[NATIONAL_ID/CO_CC:52.345.678]]', only);
      expectGold('Radicado 1020304050 del 12/05/2024', only);
    });
    it('EC_CI needs a word, EC_RUC does not (stdnum examples)', () => {
      expectGold('Cédula [[NATIONAL_ID/EC_CI:1714307103]]; RUC [[NATIONAL_ID/EC_RUC:1792060346001]]', only);
      expectGold('1714307103 y [[NATIONAL_ID/EC_RUC:1792060346001]]', only);
      // A wrong Ecuadorian check digit: with "cédula" it may still be a Colombian cédula
      // (no check digit), never an EC_CI.
      assert.ok(!scan('Cédula 1714307104', only).some((f) => f.subtype === 'EC_CI'));
    });
    it('UY_CI (1.234.567-2) and UY_RUT', () => {
      expectGold('CI [[NATIONAL_ID/UY_CI:1.234.567-2]] y RUT [[NATIONAL_ID/UY_RUT:21-100342-001-7]]', only);
      expectGold('CI 1.234.567-3', only);
    });
    it('PY_RUC with its word; VE_RIF alone', () => {
      expectGold('RUC [[NATIONAL_ID/PY_RUC:80028061-0]]; RIF [[NATIONAL_ID/VE_RIF:V-11470283-4]] y [[NATIONAL_ID/VE_RIF:V114702834]]', only);
      expectGold('RIF V-11470283-3', only);
    });
  });

  describe('Brazil and the US', () => {
    it('BR_CPF and BR_CNPJ: formatted alone, repeated digits never', () => {
      const a = cpf('123456789');
      const b = cnpj('112223330001');
      expectGold(`CPF [[NATIONAL_ID/BR_CPF:${formatCpf(a)}]], [[NATIONAL_ID/BR_CPF:390.533.447-05]], CNPJ [[NATIONAL_ID/BR_CNPJ:${formatCnpj(b)}]] e [[NATIONAL_ID/BR_CNPJ:16.727.230/0001-97]]`, only);
      expectGold(`[[NATIONAL_ID/BR_CPF:${formatCpf(a)}]]`, only);
      expectGold(`CPF ${formatCpf(breakCheck(a))}, 111.111.111-11, CNPJ ${formatCnpj(breakCheck(b))}`, only);
    });
    it('US_SSN: dashed alone, compact only with a word; invalid areas, groups, serials and advertising numbers are not', () => {
      expectGold('SSN [[NATIONAL_ID/US_SSN:536-90-4399]], social security number [[NATIONAL_ID/US_SSN:536904399]]', only);
      expectGold('[[NATIONAL_ID/US_SSN:536-90-4399]]', only);
      expectGold('Ref 536904399.', only);
      expectGold('SSN 078-05-1120, 219-09-9999, 000-12-3456, 666-12-3456, 123-00-4567, 123-45-0000', only);
    });
    it('US_ITIN (9xx with a reserved group) and US_EIN (context)', () => {
      expectGold('ITIN [[NATIONAL_ID/US_ITIN:912-70-1234]]; 912-40-1234 is neither', only);
      // A 9xx number the customer calls an SSN is a mistyped SSN, not an ITIN.
      expectGold('I typed his SSN wrong the first time (900-70-7163), please ignore that one.', only);
      expectGold('EIN [[NATIONAL_ID/US_EIN:12-3456789]]', only);
      expectGold('Reference 12-3456789 is nothing on its own.', only);
      expectGold('EIN 00-3456789', only);
    });
  });

  describe('look-alikes and overlaps', () => {
    it('stays quiet on order/ticket/invoice numbers, amounts, dates and phones', () => {
      expectGold('Pedido 45678912, ticket #45678912, factura 2024-000123, importe 1.234.567,89 €.', only);
      expectGold('Fechas 12/05/2024, 2024-05-12, 12.05.2024; teléfonos +34 612 345 678, 612345678, (01) 234-5678.', only);
      expectGold('Versión 12.345.678, v1.12345678, IP 192.168.100.200', only);
    });
    it('a Spanish 9-digit phone with "DNI" nearby is not a DNI (a DNI has a letter)', () => {
      expectGold('Sin DNI a mano, llámeme al 612 345 678.', only);
    });
    it('picks one ID when the same digits validate as several (CUIT vs RUC vs CPF)', () => {
      const found = scan('CUIT 20055361682', only);
      assert.equal(found.length, 1);
      assert.equal(found[0].subtype, 'AR_CUIT');
    });
    it('a RUT with a wrong check digit is not taken for another country\'s ID of the same shape', () => {
      assert.notEqual(rutCheck('6657499'), '8');
      assert.equal(stdnum.UY.cedula.validate('66574998').isValid, true);
      expectGold('Mi RUT es 6.657.499-8 y su página dice que es inválido.', only);
    });
    it('8 bare digits after "DNI": the user\'s regions decide between Peru and Argentina', () => {
      expectGold('DNI [[NATIONAL_ID/PE_DNI:34073370]]', only);
      expectGold('DNI [[NATIONAL_ID/AR_DNI:34073370]]', { ...only, phoneRegions: ['AR', 'PE'] });
    });
    it('...unless the text itself points to one country (CUIL, +54, 011 lines, "vos" forms; RUC, S/, +51)', () => {
      expectGold('Mi mamá, DNI [[NATIONAL_ID/AR_DNI:34073370]], no puede pagar. Su fijo es 011 4351-1914.', only);
      expectGold('Tenés que mandarnos el DNI: [[NATIONAL_ID/AR_DNI:34073370]]. Fijate que esté vigente.', only);
      expectGold('Mi CUIL está en trámite; DNI [[NATIONAL_ID/AR_DNI:34073370]].', only);
      expectGold('DNI [[NATIONAL_ID/PE_DNI:34073370]], el cargo fue de S/ 119.00.', { ...only, phoneRegions: ['AR', 'PE'] });
      expectGold('Boleta con RUC de la empresa; mi DNI [[NATIONAL_ID/PE_DNI:34073370]]. Celular +51 912 311 417.', { ...only, phoneRegions: ['AR', 'PE'] });
      // A surname that is also a province (Mendoza) says nothing about the country.
      expectGold('Titular Ruth Mendoza Paredes, DNI [[NATIONAL_ID/PE_DNI:34073370]].', only);
    });
    it('a look-alike word nearer than the ID word lowers a shape-only value', () => {
      expectGold('DNI del cliente: ver pedido 45678912', only);
    });
  });

  describe('stdnum quirks (measured)', () => {
    it('quirk: stdnum.CL.rut rejects the dotted form, the compact form passes', () => {
      assert.equal(stdnum.CL.rut.validate('12.531.909-2').isValid, false);
      assert.equal(stdnum.CL.rut.validate('12531909-2').isValid, true);
    });
    it('quirk: stdnum.BR.cpf accepts repeated digits (111.111.111-11, 000.000.000-00)', () => {
      assert.equal(stdnum.BR.cpf.validate('11111111111').isValid, true);
      assert.equal(stdnum.BR.cpf.validate('00000000000').isValid, true);
      expectGold('CPF 111.111.111-11 e 000.000.000-00', only);
    });
    it('quirk: stdnum.PE.cui accepts a bare 8-digit DNI (no check digit)', () => {
      assert.equal(stdnum.PE.cui.validate('12345678').isValid, true);
    });
    it('quirk: stdnum.ES.dni accepts K/L/M values with any letter; stdnum.ES.nif checks them', () => {
      assert.equal(stdnum.ES.dni.validate('K1234567X').isValid, true);
      assert.equal(stdnum.ES.nif.validate('K1234567X').isValid, false);
    });
    it('quirk: stdnum.US.ssn does not reject serial 0000', () => {
      assert.equal(stdnum.US.ssn.validate('123-45-0000').isValid, true);
    });
    it('quirk: stdnum maps astral and full-width digits to ASCII; the detector does not read them', () => {
      assert.equal(stdnum.ES.dni.validate('𝟓4362315K').isValid, true);
      expectGold('DNI 𝟓𝟒𝟑𝟔𝟐𝟑𝟏𝟓K y ５４３６２３１５K', only);
    });
    it('quirk: stdnum.MX.rfc accepts a 10-character RFC without homoclave (no check digit)', () => {
      assert.equal(stdnum.MX.rfc.validate('COMG600703').isValid, true);
    });
  });

  describe('adversarial input', () => {
    it('returns quickly with nothing on digit, dot and letter floods', () => {
      const floods = ['1'.repeat(100_000), '12.'.repeat(30_000), '12345678 '.repeat(10_000), 'X1234567'.repeat(10_000), 'AAAA000000'.repeat(10_000), '1-'.repeat(50_000)];
      for (const text of floods) {
        const t0 = performance.now();
        assert.deepEqual(nationalIdsDetector.detect(text, detectorOptions), []);
        assert.ok(performance.now() - t0 < 1000);
      }
    });
    it('handles many real IDs in a row in bounded time', () => {
      const text = 'DNI 45678912, '.repeat(5_000);
      const t0 = performance.now();
      const found = nationalIdsDetector.detect(text, detectorOptions);
      assert.equal(new Set(found.map((c) => c.start)).size, 5_000);
      assert.ok(performance.now() - t0 < 1000);
    });
    it('survives lone surrogates next to an ID', () => {
      expectGold('\uD800[[NATIONAL_ID/ES_DNI:12345678Z]]\uDC00 \uDFFF', only);
    });
    it('property: never throws, offsets in bounds, an inserted ID is found as written', () => {
      const ids = ['12345678Z', 'X-2482300-W', 'B58378431', '20-05536168-2', '12.531.909-2', '390.533.447-05', '16.727.230/0001-97', '536-90-4399', 'BOXW310820HNERXN09', 'GODE561231GR8', 'V-11470283-4', '1792060346001'];
      const noise = fc.string({ unit: 'binary', maxLength: 60 });
      fc.assert(
        fc.property(noise, fc.constantFrom(...ids), noise, (before, id, after) => {
          const text = `${before}\n${id}\n${after}`;
          const found = nationalIdsDetector.detect(text, detectorOptions);
          for (const c of found) assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
          assert.ok(found.some((c) => text.slice(c.start, c.end) === id), id);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('NATIONAL_ID: letter-and-digit IDs are searched only before digit runs', () => {
  const { LETTERED, ALPHA, anchorRuns } = LETTERED_SEARCH;
  const globalMatches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => `${m.index}:${m[0]}`);
  const nearRuns = (re: RegExp, text: string, before: [number, number]) => matchesBeforeRuns(text, re, anchorRuns(text), before).map((m) => `${m.index}:${m[0]}`);
  // Digits, dots and dashes in the ID shapes, the letters and separators around them.
  const text = fc.array(fc.constantFrom('1', '2', '9', '0', '12345678', '1234567', '123456', '.', '-', ' ', 'K', 'Z', 'x', 'ABCD', 'Ñ', '&', 'MX', '_', '.234.567', 'X-', 'x-1234567', '-K', 'ABC-', 'ABCD ', 'VECJ'), { maxLength: 40 }).map((parts) => parts.join(''));

  it('finds exactly what the patterns find as global regexes', () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(nearRuns(LETTERED, t, [0, 2]), globalMatches(LETTERED, t), t);
        assert.deepEqual(nearRuns(ALPHA, t, [3, 5]), globalMatches(ALPHA, t), t);
      }),
      { numRuns: 3000 },
    );
  });

  it('walks a 100k-digit run once', () => {
    const t = '1.234.' + '7'.repeat(100_000) + 'Z';
    assert.deepEqual(anchorRuns(t), [0, 6]);
  });
});

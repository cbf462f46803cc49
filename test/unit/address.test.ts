import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan, type ScanOptions } from '../../src/core';
import { addressDetector } from '../../src/core/detectors/address';
import { parseGold } from '../support/gold';
import { expectGold } from '../support/expect-gold';

const ADDR: ScanOptions = { entities: ['STREET_ADDRESS'] };
const detect = (text: string) => addressDetector.detect(text, { lang: 'es', phoneRegions: [] });

// Made-up addresses on well-known street names (or the White House), in the ways agents paste them.
const RECALL_SET = [
  'Enviar a [[STREET_ADDRESS:Calle Mayor 12]], Madrid.',
  'Dirección: [[STREET_ADDRESS:C/ Gran Vía, 45, 3º B]], 28013 Madrid',
  'Entregar en [[STREET_ADDRESS:Av. Javier Prado Este 1234]], San Isidro, Lima.',
  'Mi domicilio es [[STREET_ADDRESS:Jr. de la Unión 456]], Cercado de Lima.',
  'Dirección de entrega: [[STREET_ADDRESS:Carrera 7 # 45-12]], Bogotá.',
  'Vivo en la [[STREET_ADDRESS:Calle 100 #15-20]], apto en obra.',
  'Enviar a [[STREET_ADDRESS:Av. Insurgentes Sur 1602]], Col. Crédito Constructor, CDMX.',
  'Mi casa: [[STREET_ADDRESS:Pasaje Los Pinos 123]], Santiago.',
  'Endereço: [[STREET_ADDRESS:Rua Augusta, 1500]], São Paulo.',
  'Ship to [[STREET_ADDRESS:123 Main St]], Springfield.',
  'The office is at [[STREET_ADDRESS:1600 Pennsylvania Avenue NW]], Washington, DC.',
  'Send it to [[STREET_ADDRESS:PO Box 123]], Austin TX.',
  'Vivo en [[STREET_ADDRESS:Paseo de la Castellana 259, piso 12]].',
  'Dirección: [[STREET_ADDRESS:Av. Corrientes 1234, depto 5B]], CABA.',
  'Entrega en [[STREET_ADDRESS:Calle 5 Sur # 12-30]], Cali.',
  'Address: [[STREET_ADDRESS:350 Fifth Avenue, Suite 3400]], New York.',
  'Domicilio [[STREET_ADDRESS:Calle Alcalá Nº 45]], Madrid.',
  'Entregar no [[STREET_ADDRESS:Rua dos Pinheiros, 870, apto 12]].',
  'Apartado: [[STREET_ADDRESS:Apartado de correos 4512]].',
  'Mándalo a [[STREET_ADDRESS:Avenida Reforma 222]] por favor.',
  'En [[STREET_ADDRESS:Calz. de Tlalpan 1924]] está mi depa.',
  'Cambio mi dirección a [[STREET_ADDRESS:Av. Arequipa 2450, Int. 301]], Lince.',
];

describe('STREET_ADDRESS', () => {
  it('finds Spanish, Latin American, Brazilian and US street patterns', () => {
    for (const marked of RECALL_SET) expectGold(marked, ADDR);
  });

  it('recall on the set is at least 0.7 (exact spans)', () => {
    let hit = 0;
    let total = 0;
    for (const marked of RECALL_SET) {
      const { text, spans } = parseGold(marked);
      const found = scan(text, ADDR);
      for (const s of spans) {
        total++;
        if (found.some((f) => f.start === s.start && f.end === s.end)) hit++;
      }
    }
    assert.ok(hit / total >= 0.7, `recall ${hit}/${total}`);
  });

  it('Argentine dotted ordinals and "N.°", Mexican cardinal axes, Chilean "parcela"', () => {
    expectGold('Domicilio: [[STREET_ADDRESS:Calle 47 N.° 812, 2.° A]], La Plata', ADDR);
    expectGold('Mi domicilio: [[STREET_ADDRESS:Bv. Oroño 1345, 7.° C]], Rosario', ADDR);
    expectGold('Domicilio: [[STREET_ADDRESS:Av. Constitución 2050 Pte., int. 4]], Monterrey', ADDR);
    expectGold('Dirección: [[STREET_ADDRESS:Camino Los Olmos 2450, parcela 12]], Pirque', ADDR);
  });
  it('dictated lower-case addresses count only after an address word', () => {
    expectGold('la direccion es [[STREET_ADDRESS:av rivadavia 5420 piso 3 depto b]] caballito', ADDR);
    expectGold('vivo en [[STREET_ADDRESS:calle 5 de mayo 112 interior b]] colonia guadalupe', ADDR);
    expectGold('en la calle hay 2 perros que ladran toda la noche', ADDR);
  });
  it('takes floor, door, shop and office parts, not the neighbourhood', () => {
    expectGold('Instalación en [[STREET_ADDRESS:Calle de Bailén 7, bajo]], 46007 Valencia.', ADDR);
    expectGold('Vivo en [[STREET_ADDRESS:Ronda de Sant Antoni 52, 3r 2a]], Barcelona.', ADDR);
    expectGold('RFC X, [[STREET_ADDRESS:Calzada de Tlalpan 3120, local 4]], Coyoacán.', ADDR);
    expectGold('Endereço [[STREET_ADDRESS:Av. Sete de Setembro, 2340, sala 3]], Salvador.', ADDR);
    expectGold('Domicilio: [[STREET_ADDRESS:Calle Durango 214, int. 3]], Col. Roma Norte', ADDR);
    expectGold('Entrega en [[STREET_ADDRESS:Av. Los Próceres 220, Mz. B]], Urb. Santa Rosa, Lima.', ADDR);
  });

  it('floor and door abbreviations keep their dot, full words and US suffixes do not take the sentence\'s', () => {
    expectGold('Irán a [[STREET_ADDRESS:Calle del Doctor Fourquet 18, 2º izda.]], 28012 Madrid.', ADDR);
    expectGold('La nueva es [[STREET_ADDRESS:Calle del Doctor Fourquet 18, 2º izquierda]]. Mi móvil sigue igual.', ADDR);
    expectGold('Oficina en [[STREET_ADDRESS:Calle de Alcalá 41, 4ª planta]] · 28001 Madrid', ADDR);
    expectGold('Send it to my new place, [[STREET_ADDRESS:742 Evergreen Terrace]]. Thanks! Or to [[STREET_ADDRESS:12 Main St.]], Austin.', ADDR);
  });

  it('Catalan, Galician and Argentine street words; Colombian "# 1 Sur-50"', () => {
    expectGold('Con domicilio en [[STREET_ADDRESS:Carrer de Mallorca 401, local 2]], 08013 Barcelona.', ADDR);
    expectGold('Domicilio [[STREET_ADDRESS:Bv. San Juan 890, piso 2]], Córdoba. Entrega en [[STREET_ADDRESS:Passeig de Gràcia 21]].', ADDR);
    expectGold('¿A qué hora viene el técnico a la [[STREET_ADDRESS:Carrera 43A # 1 Sur-50]]?', ADDR);
  });

  it('a numbered street with a plain house number (La Plata: "Calle 50 nº 742")', () => {
    expectGold('Mi domicilio fiscal es [[STREET_ADDRESS:Calle 50 nº 742]], La Plata.', ADDR);
    expectGold('Dirección: [[STREET_ADDRESS:Calle 7 No. 1280]], La Plata.', ADDR);
  });

  it('needs a capitalised street name and a house number', () => {
    expectGold('La Plaza Mayor tiene 3 bares; la calle estaba cerrada 2 días; la tienda cerrada el 5 de mayo.', ADDR);
    expectGold('Main Street is nice. We shipped 123 boxes. Calle Mayor, sin número. En la Avenida 2024 hubo obras.', ADDR);
    expectGold('Su pedido 12 de la calle no llegó; Order 123 shipped on Main.', ADDR);
  });

  it('scores floor, flat or colonia higher, and the company\'s own premises low', () => {
    assert.ok(detect('C/ Gran Vía, 45, 3º B')[0].score > detect('Calle Mayor 12')[0].score);
    expectGold('Visite nuestra tienda en Calle Mayor 12, Madrid.', ADDR);
    expectGold('Our office: 123 Main St, Springfield.', { ...ADDR, minScore: 0.5 });
  });

  it('hostile input returns quickly', () => {
    const t0 = performance.now();
    const baits = [
      'Calle '.repeat(20_000), `Calle ${'A'.repeat(100_000)} 12`, `Calle ${'Aa '.repeat(30_000)}`, `${'1 '.repeat(50_000)}Main St`,
      '1'.repeat(100_000), 'Av. de la de la de la '.repeat(5_000), 'PO Box '.repeat(20_000), '𝐂𝐚𝐥𝐥𝐞 𝐌𝐚𝐲𝐨𝐫 𝟏𝟐 \ud800 Calle \udfff 12',
    ];
    for (const bait of baits) detect(bait);
    assert.ok(performance.now() - t0 < 2000);
  });

  it('property: never throws, offsets within bounds, spans contain a digit', () => {
    const parts = fc.constantFrom('Calle', 'calle', 'Av.', 'Rua', 'Mayor', 'de', 'la', 'Gran', 'Vía', '12', '#', '45-12', ',', ' ', 'St', 'Main', 'piso', '3º', 'B', '\ud800', '𝟏', 'Col.');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 25 }).map((a) => a.join(' ')), (text) => {
        for (const c of detect(text)) {
          assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
          assert.match(text.slice(c.start, c.end), /\d/);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('streets named after a date and the Brazilian "ap." flat (holdout3 classes)', () => {
    expectGold('Mudanza a [[STREET_ADDRESS:Av. 25 de Mayo 2210]], Salta.', ADDR);
    expectGold('Entregar en [[STREET_ADDRESS:Calle 16 de Septiembre 88]], Puebla.', ADDR);
    expectGold('Moro na [[STREET_ADDRESS:Rua 15 de Novembro, 310, ap. 42]], Curitiba.', ADDR);
    // A date in prose after a street word is not a street.
    expectGold('La calle 9 de julio estaba cortada.', ADDR);
  });
});

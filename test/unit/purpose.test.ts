import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { classifyPurpose, foldSameLength } from '../../src/core/purpose';

function cues(text: string): string[] {
  return classifyPurpose(text).evidence.map((e) => text.slice(e.start, e.end));
}

describe('purpose classifier', () => {
  const marketing = [
    ['Hola Ana, te puede interesar nuestro plan Pro.', 'te puede interesar'],
    ['¡Aprovecha! Solo esta semana.', 'Aprovecha'],
    ['Use the code SAVE10 for 20% off your next order.', '20% off'],
    ['Con el cupón BIENVENIDA tienes envío gratis.', 'cupón'],
    ['Descubre la promoción de Navidad.', 'promoción'],
    ['Upgrade to Premium today: limited time offer!', 'Upgrade to Premium'],
    ['Temos 15% de desconto para você.', '15% de desconto'],
    ['Aproveite a oferta imperdível!', 'Aproveite'],
  ];
  for (const [text, cue] of marketing) {
    it(`marketing: ${text}`, () => {
      const v = classifyPurpose(text);
      assert.equal(v.purpose, 'marketing');
      assert.ok(cues(text).includes(cue), `cues ${JSON.stringify(cues(text))}`);
    });
  }

  const service = [
    'Hola Ana, su pedido ORD-61131 salió hoy y llegará el jueves.',
    'We refunded the discount that was not applied to invoice 4411.',
    'No podemos ofrecer un descuento por el retraso, lo sentimos.',
    'After the upgrade to version 3.2 the app should sync again.',
    'Seu reembolso foi processado e aparecerá na fatura.',
    'Your premium support ticket has been escalated.',
  ];
  for (const text of service) {
    it(`service: ${text}`, () => {
      const v = classifyPurpose(text);
      assert.equal(v.purpose, 'service', `cues ${JSON.stringify(cues(text))}`);
      assert.deepEqual(v.evidence, []);
    });
  }

  // Written after the eval set (bench/corpus/purpose.txt) had been used to tune the cues.
  const later: [string, 'service' | 'marketing'][] = [
    ['Hola Sofía, tu devolución está aprobada. Y si te animas, hazte socia del club y llévate envío gratis siempre.', 'marketing'],
    ['Hi Tom, your ticket is closed. P.S. Our spring sale starts Friday — up to 50% off everything.', 'marketing'],
    ['Olá Marcos, o técnico chega amanhã. Aproveitando: temos planos de fibra com 3 meses grátis.', 'marketing'],
    ['Hi Patricia, thanks for the update. Did you know you can save 20% with annual billing?', 'marketing'],
    ['Hi Jennifer, your refund is on its way. While you are here: upgrade to Nubeo Premium today.', 'marketing'],
    ['Hola Pedro, hemos aplicado el descuento que le correspondía por el retraso en su factura de octubre.', 'service'],
    ['Hi Grace, the free replacement is on its way; no charge for shipping.', 'service'],
    ['Olá Júlia, a atualização para a versão 5 corrige o erro. Reinicie o app depois de atualizar.', 'service'],
    ['Hi Leo, to upgrade to the latest version, open Settings > Updates.', 'service'],
    ['Estimado cliente: le recordamos que su contrato vence el 30 de noviembre. Si desea renovarlo, responda a este correo.', 'service'],
    ['Hola Carmen, nuestro nuevo horario de atención es de 8:00 a 20:00.', 'service'],
  ];
  for (const [text, gold] of later) {
    it(`${gold}: ${text}`, () => assert.equal(classifyPurpose(text).purpose, gold, `cues ${JSON.stringify(cues(text))}`));
  }

  it('known limit: a coupon named in a service context still reads as an offer', () => {
    // "cupón" is a strong cue; telling "use the coupon X" from "the coupon you used" needs more than keywords.
    assert.equal(classifyPurpose('Hola Nuria, el cupón que usaste no se aplicó; ya te devolvimos la diferencia.').purpose, 'marketing');
  });

  it('an offer inside a service reply makes it marketing', () => {
    const text = 'Su pedido ya salió. Por cierto, le puede interesar nuestro seguro de envío.';
    assert.equal(classifyPurpose(text).purpose, 'marketing');
  });

  it('weak cues alone do not make marketing; three families together do', () => {
    assert.equal(classifyPurpose('Le aplicamos el descuento en la oferta.').purpose, 'service');
    assert.equal(classifyPurpose('Oferta: descuento en el plan premium.').purpose, 'marketing');
  });

  it('cues are whole words ("promocionar" inside a word does not count)', () => {
    assert.equal(classifyPurpose('El cupones-test no aplica; descuentosx.').purpose, 'marketing'); // "cupones" is a word here
    assert.equal(classifyPurpose('recuponado discountless').purpose, 'service');
  });

  it('foldSameLength keeps offsets', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => foldSameLength(s).length === s.length));
    assert.equal(foldSameLength('Promoción ÉXITO'), 'promocion exito');
  });

  it('never throws; evidence offsets are in bounds (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const e of classifyPurpose(s).evidence) assert.ok(e.start >= 0 && e.end <= s.length && e.start < e.end);
      }),
    );
  });

  it('is linear on adversarial input (1 MB of near-cues)', () => {
    const text = 'te puede interesa '.repeat(60_000) + '%'.repeat(100_000) + '9'.repeat(100_000);
    const t = performance.now();
    classifyPurpose(text);
    assert.ok(performance.now() - t < 1000, `${performance.now() - t} ms`);
  });
});

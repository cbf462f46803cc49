import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ConsentRegistry, UnavailableRegistry } from '../../src/core/consent';
import { applyEdits } from '../../src/core/redact';
import {
  analyzeReply,
  checkReply,
  defaultRulesConfig,
  mergeFindings,
  RULES,
  RULE_IDS,
  rulesConfigFrom,
  type CheckOptions,
  type ReplySnippet,
} from '../../src/core/rules';
import { scan } from '../../src/core/scan';
import type { Finding } from '../../src/core/types';

const NOW = new Date('2026-11-20T15:00:00Z');
const REGISTRY = ConsentRegistry.fromCsv(
  `customer_id,channel,purpose,status,updated_at,source
C-OK,email,any,granted,2026-10-01,web form
C-OK,whatsapp,any,granted,2026-10-01,whatsapp opt-in
C-OK,sms,any,granted,2026-10-01,web form
C-OK,phone,any,granted,2026-10-01,call
C-OK,chat,any,granted,2026-10-01,web form
C-OUT,email,marketing,granted,2026-01-01,web form
C-OUT,email,marketing,revoked,2026-11-02,unsubscribe link
C-OLD,email,marketing,granted,2025-02-01,import 2025
C-SVC,email,service,granted,2026-10-01,web form
`,
  'consent.csv',
);

const SNIPPETS: ReplySnippet[] = [
  { id: 'unsub-es', purpose: 'unsubscribe', channels: ['email'], locale: 'es', body: 'Si no desea recibir más mensajes, puede darse de baja aquí: ${unsubscribeUrl}' },
  { id: 'unsub-sms-es', purpose: 'unsubscribe', channels: ['sms', 'whatsapp'], locale: 'es', body: 'Responde BAJA para no recibir más mensajes.' },
  { id: 'unsub-en', purpose: 'unsubscribe', channels: ['email'], locale: 'en', body: 'To unsubscribe, follow ${1:this link}.' },
  { id: 'pay-es', purpose: 'secure-payment', channels: ['email', 'whatsapp', 'chat', 'sms'], locale: 'es', body: 'Por seguridad, realice el pago en nuestro enlace seguro: ${1:enlace}.' },
  { id: 'remote-es', purpose: 'remote-support-consent', channels: ['email', 'chat', 'whatsapp'], locale: 'es', body: '¿Autoriza la conexión remota para revisar solo ${1:el problema}? La sesión quedará registrada.' },
  { id: 'label-es', purpose: 'ad-label', channels: ['sms', 'whatsapp'], locale: 'es', jurisdiction: 'ES', body: 'Publicidad:' },
];

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return { registry: REGISTRY, now: NOW, snippets: SNIPPETS, rulesConfig: defaultRulesConfig(), ...extra };
}

function reply(header: Record<string, string>, body: string): string {
  const lines = Object.entries(header).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

function rulesOf(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.rule!).sort();
}

function only(text: string, rule: string, opts: CheckOptions = options()): Finding[] {
  const all = checkReply(text, opts);
  for (const f of all) assert.equal(f.kind, 'rule');
  return all.filter((f) => f.rule === rule);
}

const SERVICE_ES = 'Hola Ana, su pedido ORD-61131 salió hoy y llegará el jueves. Un saludo.';
const PROMO_ES = 'Hola Ana, aprovecha: 20% de descuento en el plan Pro este mes.';

describe('policy rules', () => {
  it('declares every rule id once, with docs, messages in es/en/pt and a default severity', () => {
    assert.deepEqual(RULES.map((r) => r.meta.id).sort(), [...RULE_IDS].sort());
    for (const r of RULES) {
      assert.match(r.meta.docs, /^docs\/rules\.md#/);
      for (const [id, m] of Object.entries(r.meta.messages)) for (const lang of ['es', 'en', 'pt'] as const) assert.ok(m[lang]?.length, `${r.meta.id}.${id}.${lang}`);
      assert.ok(r.meta.sources.length);
    }
  });

  it('a service reply on a consented channel yields no rule finding (every channel)', () => {
    for (const channel of ['email', 'sms', 'whatsapp', 'chat', 'phone']) {
      const text = reply({ customer: 'C-OK', channel, jurisdiction: 'ES', locale: 'es-ES' }, SERVICE_ES);
      assert.deepEqual(checkReply(text, options()), [], channel);
    }
  });

  it('a consented marketing email with label and opt-out yields no rule finding', () => {
    const text = reply({ customer: 'C-OK', channel: 'email', jurisdiction: 'ES', subject: 'Publicidad: novedades' }, PROMO_ES + '\nSi no desea recibir más mensajes, puede darse de baja aquí.');
    assert.deepEqual(checkReply(text, options()), []);
  });

  it('no channel (no front matter, no default): no rule findings, even with PII, offers and remote sessions', () => {
    assert.deepEqual(checkReply(PROMO_ES + ' Tarjeta 4111 1111 1111 1111. Envíenos su contraseña. Conectamos por AnyDesk.', options()), []);
  });

  describe('consent/missing', () => {
    it('fires for marketing without a record, on the customer field', () => {
      const text = reply({ customer: 'C-NEW', channel: 'email', jurisdiction: 'ES', subject: 'Publicidad' }, PROMO_ES + ' Darse de baja: responda a este correo.');
      const [f] = only(text, 'consent/missing');
      assert.equal(text.slice(f.start, f.end), 'C-NEW');
      assert.equal(f.severity, 'warning');
      assert.ok(!f.message.includes('C-NEW'));
    });
    it('fires when an offer is mixed into a reply declared as service', () => {
      const text = reply({ customer: 'C-SVC', channel: 'email', purpose: 'service' }, SERVICE_ES + ' Por cierto, te puede interesar nuestro seguro.');
      const a = analyzeReply(text, options());
      assert.equal(a.purpose, 'marketing');
      assert.equal(a.purposeSource, 'detected');
      assert.equal(only(text, 'consent/missing').length, 1);
    });
    it('fires for a business-initiated WhatsApp service message, not for a reply inside the window', () => {
      const outside = reply({ customer: 'C-NEW', channel: 'whatsapp' }, SERVICE_ES);
      assert.equal(only(outside, 'consent/missing').length, 1);
      const inside = reply({ customer: 'C-NEW', channel: 'whatsapp', last_customer_message: '2026-11-20T10:00:00Z' }, SERVICE_ES);
      assert.equal(only(inside, 'consent/missing').length, 0);
    });
    it('is quiet in opt-out regimes (MX) and for service email', () => {
      assert.equal(only(reply({ customer: 'C-NEW', channel: 'email', jurisdiction: 'MX' }, PROMO_ES + ' Darse de baja aquí.'), 'consent/missing').length, 0);
      assert.equal(only(reply({ customer: 'C-NEW', channel: 'email' }, SERVICE_ES), 'consent/missing').length, 0);
    });
    it('says "unknown" (info-level score) when the registry is offline, never passes as granted', () => {
      const text = reply({ customer: 'C-OK', channel: 'sms' }, PROMO_ES + ' Responde BAJA.');
      const [f] = only(text, 'consent/missing', options({ registry: new UnavailableRegistry('https://crm.example', 'sin conexión') }));
      assert.equal(f.subtype, 'unknown');
      assert.match(f.message, /sin conexión/);
    });
    it('asks for a customer id when the header has none', () => {
      const [f] = only(reply({ channel: 'email' }, PROMO_ES + ' Darse de baja aquí.'), 'consent/missing');
      assert.match(f.message, /customer:/);
    });
    it('stays silent with no registry configured', () => {
      assert.equal(only(reply({ customer: 'C-NEW', channel: 'email' }, PROMO_ES), 'consent/missing', options({ registry: undefined })).length, 0);
    });
    it('uses the defaults (status bar, --channel/--customer) when there is no front matter', () => {
      const fs = only(PROMO_ES + ' Darse de baja aquí.', 'consent/missing', options({ defaults: { channel: 'email', customer: 'C-NEW' } }));
      assert.equal(fs.length, 1);
      assert.equal(fs[0].start, 0);
    });
  });

  describe('consent/revoked', () => {
    it('fires as an error with the record date and source', () => {
      const text = reply({ customer: 'C-OUT', channel: 'email' }, PROMO_ES + ' Darse de baja aquí.');
      const [f] = only(text, 'consent/revoked');
      assert.equal(f.severity, 'error');
      assert.match(f.message, /2026-11-02/);
      assert.match(f.message, /unsubscribe link/);
      assert.ok(f.reasons.some((r) => r.startsWith('registry:consent.csv:')));
    });
    it('is quiet for a customer who granted consent', () => {
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email' }, PROMO_ES + ' Darse de baja aquí.'), 'consent/revoked').length, 0);
    });
  });

  describe('consent/expired', () => {
    it('fires for a grant older than 180 days; the pack can raise the limit', () => {
      const text = reply({ customer: 'C-OLD', channel: 'email' }, PROMO_ES + ' Darse de baja aquí.');
      assert.equal(only(text, 'consent/expired').length, 1);
      assert.equal(only(text, 'consent/expired', options({ rulesConfig: rulesConfigFrom({ consentMaxAgeDays: 1000 }) })).length, 0);
    });
  });

  describe('marketing/unsubscribe-missing', () => {
    it('fires on the first promotional cue and inserts the pack snippet for channel and locale', () => {
      const text = reply({ customer: 'C-OK', channel: 'email', locale: 'es-ES' }, PROMO_ES);
      const [f] = only(text, 'marketing/unsubscribe-missing');
      assert.equal(text.slice(f.start, f.end), 'aprovecha');
      const fix = f.fixes[0];
      assert.equal(fix.id, 'snippet.insert');
      assert.match(fix.snippet!, /darse de baja/);
      // Pack variables become placeholders the agent tabs through.
      assert.match(fix.snippet!, /\$\{\d+:unsubscribeUrl\}/);
      const fixed = applyEdits(text, fix.edits);
      assert.equal(only(fixed, 'marketing/unsubscribe-missing').length, 0);
    });
    it('accepts STOP/BAJA keywords on SMS only in capitals', () => {
      const base = { customer: 'C-OK', channel: 'sms' };
      assert.equal(only(reply(base, PROMO_ES + ' Responde BAJA para salir.'), 'marketing/unsubscribe-missing').length, 0);
      assert.equal(only(reply(base, PROMO_ES + ' La calidad baja.'), 'marketing/unsubscribe-missing').length, 1);
    });
    it('is quiet for service replies and when the pack does not require it', () => {
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email' }, SERVICE_ES), 'marketing/unsubscribe-missing').length, 0);
      const cfg = rulesConfigFrom({ unsubscribeRequired: false });
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email' }, PROMO_ES), 'marketing/unsubscribe-missing', options({ rulesConfig: cfg })).length, 0);
    });
  });

  describe('marketing/ad-label-missing', () => {
    it('ES email: "Publicidad" at the start of the subject; the fix adds it inside the subject', () => {
      const text = reply({ customer: 'C-OK', channel: 'email', jurisdiction: 'ES', subject: 'Novedades de noviembre' }, PROMO_ES + ' Darse de baja aquí.');
      const [f] = only(text, 'marketing/ad-label-missing');
      assert.equal(text.slice(f.start, f.end), 'Novedades de noviembre');
      const fixed = applyEdits(text, f.fixes[0].edits);
      assert.match(fixed, /subject: Publicidad: Novedades/);
      assert.equal(only(fixed, 'marketing/ad-label-missing').length, 0);
    });
    it('ES SMS: the first line must start with "Publicidad" or "Publi" (not "Publicación")', () => {
      const base = { customer: 'C-OK', channel: 'sms', jurisdiction: 'ES', locale: 'es-ES' };
      assert.equal(only(reply(base, 'Publi: ' + PROMO_ES + ' Responde BAJA.'), 'marketing/ad-label-missing').length, 0);
      const text = reply(base, 'Publicación: ' + PROMO_ES + ' Responde BAJA.');
      const [f] = only(text, 'marketing/ad-label-missing');
      assert.equal(f.fixes[0].id, 'snippet.insert');
      assert.equal(only(applyEdits(text, f.fixes[0].edits), 'marketing/ad-label-missing').length, 0);
    });
    it('PE email: "PUBLICIDAD" in the subject; with no subject the fix adds one', () => {
      const text = reply({ customer: 'C-OK', channel: 'email', jurisdiction: 'PE' }, PROMO_ES + ' Darse de baja aquí.');
      const [f] = only(text, 'marketing/ad-label-missing');
      const fixed = applyEdits(text, f.fixes[0].edits);
      assert.match(fixed, /subject: "PUBLICIDAD: "/);
      assert.equal(only(fixed, 'marketing/ad-label-missing').length, 0);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email', jurisdiction: 'PE', subject: 'Novedades - PUBLICIDAD' }, PROMO_ES + ' Darse de baja.'), 'marketing/ad-label-missing').length, 0);
    });
    it('is quiet where no label is required (MX, US) and for service replies', () => {
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email', jurisdiction: 'MX' }, PROMO_ES), 'marketing/ad-label-missing').length, 0);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email', jurisdiction: 'ES' }, SERVICE_ES), 'marketing/ad-label-missing').length, 0);
    });
  });

  describe('channel/pii-restricted', () => {
    it('a full card number on WhatsApp: error on the value, redaction fixes from redact.ts', () => {
      const text = reply({ customer: 'C-OK', channel: 'whatsapp', last_customer_message: '2026-11-20T14:00:00Z' }, 'Su tarjeta 4111 1111 1111 1111 quedó registrada.');
      const [f] = only(text, 'channel/pii-restricted');
      assert.equal(text.slice(f.start, f.end), '4111 1111 1111 1111');
      assert.equal(f.entity, 'CREDIT_CARD');
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.fixes.map((x) => x.id), ['redact.mask', 'redact.label', 'redact.remove']);
      assert.equal(applyEdits(text, f.fixes[0].edits).includes('**** **** **** 1111'), true);
    });
    it('bank accounts and national IDs on SMS; a card by email (PCI); nothing on the phone script', () => {
      const body = 'Cuenta ES91 2100 0418 4502 0005 1332, DNI 12345678Z.';
      assert.deepEqual(only(reply({ customer: 'C-OK', channel: 'sms' }, body), 'channel/pii-restricted').map((f) => f.entity), ['IBAN_CODE', 'NATIONAL_ID']);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email' }, body), 'channel/pii-restricted').length, 0);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email' }, 'Tarjeta 4111 1111 1111 1111.'), 'channel/pii-restricted').length, 1);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'phone' }, 'Tarjeta 4111 1111 1111 1111.'), 'channel/pii-restricted').length, 0);
    });
    it('a masked card is not PII, so it is not restricted', () => {
      assert.equal(only(reply({ customer: 'C-OK', channel: 'whatsapp' }, 'Su tarjeta **** **** **** 1111.'), 'channel/pii-restricted').length, 0);
    });
    it('follows the pack: restricting EMAIL_ADDRESS on chat uses the PII finding from scan()', () => {
      const cfg = rulesConfigFrom({ channelPolicies: { chat: { piiRestricted: ['EMAIL_ADDRESS'] } } });
      const text = reply({ customer: 'C-OK', channel: 'chat' }, 'Escriba a ana.perez@example.com');
      assert.equal(only(text, 'channel/pii-restricted', options({ rulesConfig: cfg })).length, 1);
    });
    it('mergeFindings reports a restricted value once (the rule replaces the PII finding)', () => {
      const text = reply({ customer: 'C-OK', channel: 'whatsapp' }, 'Tarjeta 4111 1111 1111 1111.');
      const pii = scan(text);
      const merged = mergeFindings(pii, checkReply(text, options({ pii })));
      assert.equal(merged.filter((f) => f.entity === 'CREDIT_CARD').length, 1);
      assert.equal(merged.find((f) => f.entity === 'CREDIT_CARD')!.kind, 'rule');
    });
  });

  describe('request/sensitive-data', () => {
    const base = { customer: 'C-OK', channel: 'whatsapp', last_customer_message: '2026-11-20T14:00:00Z', locale: 'es-PE' };
    const asks: [string, string][] = [
      ['Por favor, envíenos el número de su tarjeta para procesar el pago.', 'card'],
      ['Indíquenos el CVV que aparece al reverso.', 'cvv'],
      ['¿Nos puede dar su contraseña para revisar la cuenta?', 'password'],
      ['Dime el código que te llegó por SMS.', 'otp'],
      ['Please send us a photo of your passport.', 'document'],
      ['Envie o número do cartão, por favor.', 'card'],
    ];
    for (const [body, kind] of asks) {
      it(`fires: ${body}`, () => {
        const text = reply(base, body);
        const [f] = only(text, 'request/sensitive-data');
        assert.ok(f, 'no finding');
        assert.equal(f.subtype, kind);
      });
    }
    it('inserts the secure-payment snippet after the line', () => {
      const text = reply(base, asks[0][0]);
      const [f] = only(text, 'request/sensitive-data');
      assert.match(applyEdits(text, f.fixes[0].edits), /tarjeta para procesar el pago\.\nPor seguridad, realice el pago/);
    });
    const fine = [
      'Nunca le pediremos su contraseña ni el CVV.',
      'We will never ask for your password.',
      'Confírmenos los últimos 4 dígitos de su tarjeta.',
      'Su tarjeta terminada en 1111 fue actualizada.',
      'Su número de pedido es ORD-1.',
    ];
    for (const body of fine) {
      it(`quiet: ${body}`, () => assert.equal(only(reply(base, body), 'request/sensitive-data').length, 0));
    }
    it('national ID numbers count on WhatsApp but not by email', () => {
      const body = 'Indíquenos su número de documento para validar.';
      assert.equal(only(reply(base, body), 'request/sensitive-data').length, 1);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email' }, body), 'request/sensitive-data').length, 0);
    });
  });

  describe('remote-support/consent-missing', () => {
    const base = { customer: 'C-OK', channel: 'chat', locale: 'es-MX' };
    it('fires on a remote-session offer and inserts the consent snippet', () => {
      const text = reply(base, 'Podemos conectarnos por AnyDesk para revisar la configuración.');
      const [f] = only(text, 'remote-support/consent-missing');
      assert.equal(text.slice(f.start, f.end), 'AnyDesk');
      const fixed = applyEdits(text, f.fixes[0].edits);
      assert.equal(only(fixed, 'remote-support/consent-missing').length, 0);
    });
    it('fires in English and Portuguese', () => {
      assert.equal(only(reply(base, 'We can start a remote session now.'), 'remote-support/consent-missing').length, 1);
      assert.equal(only(reply(base, 'Podemos fazer um acesso remoto agora.'), 'remote-support/consent-missing').length, 1);
    });
    it('is quiet when the consent is asked for, or no remote session is offered', () => {
      assert.equal(only(reply(base, '¿Autoriza una sesión remota por TeamViewer?'), 'remote-support/consent-missing').length, 0);
      assert.equal(only(reply(base, SERVICE_ES), 'remote-support/consent-missing').length, 0);
    });
  });

  describe('whatsapp/window-closed', () => {
    it('fires more than 24 h after the last customer message, on that field', () => {
      const text = reply({ customer: 'C-OK', channel: 'whatsapp', last_customer_message: '2026-11-18T10:00:00Z' }, SERVICE_ES);
      const [f] = only(text, 'whatsapp/window-closed');
      assert.equal(text.slice(f.start, f.end), '2026-11-18T10:00:00Z');
      assert.match(f.message, /53 h/);
    });
    it('uses send_at when given, honours approved templates and the pack window', () => {
      const late = { customer: 'C-OK', channel: 'whatsapp', last_customer_message: '2026-11-18T10:00:00Z' };
      assert.equal(only(reply({ ...late, send_at: '2026-11-19T09:00:00Z' }, SERVICE_ES), 'whatsapp/window-closed').length, 0);
      assert.equal(only(reply({ ...late, template: 'order_update' }, SERVICE_ES), 'whatsapp/window-closed').length, 0);
      const cfg = rulesConfigFrom({ channelPolicies: { whatsapp: { freeFormWindowHours: 72 } } });
      assert.equal(only(reply(late, SERVICE_ES), 'whatsapp/window-closed', options({ rulesConfig: cfg })).length, 0);
    });
    it('is quiet inside the window and on other channels', () => {
      assert.equal(only(reply({ customer: 'C-OK', channel: 'whatsapp', last_customer_message: '2026-11-20T01:00:00Z' }, SERVICE_ES), 'whatsapp/window-closed').length, 0);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'sms', last_customer_message: '2026-11-01T01:00:00Z' }, SERVICE_ES), 'whatsapp/window-closed').length, 0);
    });
  });

  describe('contact-hours/outside', () => {
    const promo = PROMO_ES + ' Responde BAJA.';
    it('CO: no marketing on Sunday or after 19:00 on weekdays; Saturday until 15:00', () => {
      const co = { customer: 'C-OK', channel: 'sms', jurisdiction: 'CO' };
      const [f] = only(reply({ ...co, send_at: '2026-11-22T10:00:00-05:00' }, promo), 'contact-hours/outside');
      assert.match(f.message, /domingo/);
      assert.equal(only(reply({ ...co, send_at: '2026-11-23T19:30:00-05:00' }, promo), 'contact-hours/outside').length, 1);
      assert.equal(only(reply({ ...co, send_at: '2026-11-21T14:59:00-05:00' }, promo), 'contact-hours/outside').length, 0);
      assert.equal(only(reply({ ...co, send_at: '2026-11-23T18:59:00-05:00' }, promo), 'contact-hours/outside').length, 0);
    });
    it('ES: commercial calls only on weekdays 09-21; emails are not limited', () => {
      assert.equal(only(reply({ customer: 'C-OK', channel: 'phone', jurisdiction: 'ES', send_at: '2026-11-21T11:00:00+01:00' }, promo), 'contact-hours/outside').length, 1);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'email', jurisdiction: 'ES', subject: 'Publicidad', send_at: '2026-11-21T23:00:00+01:00' }, promo), 'contact-hours/outside').length, 0);
    });
    it('US: texts 08-21 recipient time; pack holidays close the day', () => {
      assert.equal(only(reply({ customer: 'C-OK', channel: 'sms', jurisdiction: 'US', send_at: '2026-11-20T07:30:00-08:00' }, promo), 'contact-hours/outside').length, 1);
      const cfg = rulesConfigFrom({ options: { 'contact-hours/outside': { holidays: { CO: ['2026-12-08'] } } } });
      const [f] = only(reply({ customer: 'C-OK', channel: 'sms', jurisdiction: 'CO', send_at: '2026-12-08T10:00:00-05:00' }, promo), 'contact-hours/outside', options({ rulesConfig: cfg }));
      assert.match(f.message, /festivo/);
    });
    it('is quiet for service replies and without send_at', () => {
      assert.equal(only(reply({ customer: 'C-OK', channel: 'sms', jurisdiction: 'CO', send_at: '2026-11-22T10:00:00-05:00' }, SERVICE_ES), 'contact-hours/outside').length, 0);
      assert.equal(only(reply({ customer: 'C-OK', channel: 'sms', jurisdiction: 'CO' }, promo), 'contact-hours/outside').length, 0);
    });
  });

  describe('reply/front-matter-invalid', () => {
    it('a malformed header is a finding with its line, not a crash; body rules still run', () => {
      const text = '---\ncustomer: C-OK\nchannel: [whatsapp\n---\nConéctese por TeamViewer.\n';
      assert.deepEqual(rulesOf(checkReply(text, options())), ['reply/front-matter-invalid']);
      const fs = checkReply(text, options({ defaults: { channel: 'chat' } }));
      assert.deepEqual(rulesOf(fs), ['remote-support/consent-missing', 'reply/front-matter-invalid']);
      assert.match(fs.find((f) => f.rule === 'reply/front-matter-invalid')!.message, /line|línea/);
    });
  });

  describe('pack settings', () => {
    it('disabled rules and severities (incl. "off") come from the pack', () => {
      const text = reply({ customer: 'C-OUT', channel: 'email' }, PROMO_ES);
      const cfg = rulesConfigFrom({ severities: { 'consent/revoked': 'warning', 'marketing/unsubscribe-missing': 'off' }, disabled: ['consent/expired'] });
      const fs = checkReply(text, options({ rulesConfig: cfg }));
      assert.deepEqual(rulesOf(fs), ['consent/revoked']);
      assert.equal(fs[0].severity, 'warning');
    });
    it('message overrides per language replace the main message', () => {
      const cfg = rulesConfigFrom({ messages: { 'consent/revoked': { en: 'Opted out on {channel}. Ask your team lead.' } } });
      const [f] = only(reply({ customer: 'C-OUT', channel: 'email' }, PROMO_ES), 'consent/revoked', options({ rulesConfig: cfg, scanOptions: { uiLang: 'en' } }));
      assert.equal(f.message, 'Opted out on email. Ask your team lead.');
    });
    it('jurisdiction overrides apply only to replies for that jurisdiction', () => {
      const cfg = rulesConfigFrom({ jurisdictions: { PE: { consentMaxAgeDays: 1000 } } });
      const old = (j: string) => reply({ customer: 'C-OLD', channel: 'email', jurisdiction: j }, PROMO_ES + ' Darse de baja. PUBLICIDAD');
      assert.equal(only(old('PE'), 'consent/expired', options({ rulesConfig: cfg })).length, 0);
      assert.equal(only(old('CO'), 'consent/expired', options({ rulesConfig: cfg })).length, 1);
    });
    it('a pack can turn WhatsApp opt-in off and add an ad label and contact hours for a jurisdiction', () => {
      const cfg = rulesConfigFrom({
        channelPolicies: { whatsapp: { optIn: false } },
        jurisdictions: { MX: { adLabel: { text: 'PROMO', placement: 'start', channels: ['sms'] }, contactHours: { channels: ['sms'], windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:30' }] } } },
      });
      assert.equal(only(reply({ customer: 'C-NEW', channel: 'whatsapp' }, SERVICE_ES), 'consent/missing', options({ rulesConfig: cfg })).length, 0);
      const mx = reply({ customer: 'C-OK', channel: 'sms', jurisdiction: 'MX', send_at: '2026-11-20T18:45:00-06:00' }, PROMO_ES + ' Responde BAJA.');
      assert.deepEqual(rulesOf(checkReply(mx, options({ rulesConfig: cfg }))), ['contact-hours/outside', 'marketing/ad-label-missing']);
    });
  });

  it('messages follow the reply locale', () => {
    const text = reply({ customer: 'C-OUT', channel: 'email', locale: 'pt-BR' }, PROMO_ES);
    assert.match(only(text, 'consent/revoked')[0].message, /revogou/);
  });

  it('never throws; findings are rule findings within bounds (property)', () => {
    const headers = fc.record({ customer: fc.constantFrom('C-OK', 'C-OUT', 'C-NEW'), channel: fc.constantFrom('email', 'sms', 'whatsapp', 'chat', 'phone', 'fax'), jurisdiction: fc.constantFrom('ES', 'PE', 'CO', 'US', 'MX') });
    fc.assert(
      fc.property(headers, fc.string({ maxLength: 200 }), (h, body) => {
        const text = reply(h, body);
        for (const f of checkReply(text, options())) {
          assert.equal(f.kind, 'rule');
          assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a 1 MB adversarial reply is checked in under a second', () => {
    const body = ('envíenos envíenos tarjeta número de '.repeat(5000) + 'TeamViewer '.repeat(1000) + '9'.repeat(100_000) + 'a'.repeat(300_000)).slice(0, 1_000_000);
    const text = reply({ customer: 'C-OK', channel: 'whatsapp' }, body);
    const pii = scan(text);
    const t = performance.now();
    checkReply(text, options({ pii }));
    assert.ok(performance.now() - t < 1000, `${Math.round(performance.now() - t)} ms`);
  });
});

describe('docs/rules.md', () => {
  it('has a heading for every rule id (the editor links diagnostics to it)', async () => {
    const { readFileSync } = await import('node:fs');
    const headings = new Set([...readFileSync('docs/rules.md', 'utf8').matchAll(/^## ([a-z-]+\/[a-z-]+)\s*$/gm)].map((m) => m[1]));
    assert.deepEqual(RULE_IDS.filter((id) => !headings.has(id)), []);
  });
});

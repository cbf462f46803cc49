import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ScanOptions } from '../../src/core';
import { credentialsDetector, entropy, looksLikePassword, looksLikeToken } from '../../src/core/detectors/credentials';
import { expectGold } from '../support/expect-gold';

const CRED: ScanOptions = { entities: ['CREDENTIAL'] };
const detect = (text: string) => credentialsDetector.detect(text, { lang: 'es', phoneRegions: [] });

// Published example values only: AWS's documented example key id, Stripe's documentation
// keys, jwt.io's sample token, Google's documentation key; the rest are made up.
const AWS_EXAMPLE = 'AKIAIOSFODNN7EXAMPLE';
const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('CREDENTIAL', () => {
  describe('passwords after cue words', () => {
    it('Spanish', () => {
      expectGold('Tu contraseña temporal es [[CREDENTIAL/PASSWORD:Xy7#pq2a]]. Cámbiala al entrar.', CRED);
      expectGold('Usuario: jperez / Contraseña: [[CREDENTIAL/PASSWORD:Verano2024!]]', CRED);
      expectGold('La clave de acceso es [[CREDENTIAL/PASSWORD:Mx-2024-ab]], no la comparta.', CRED);
      expectGold('Clave del wifi: [[CREDENTIAL/PASSWORD:casa_1234]]', CRED);
    });
    it('English and Portuguese', () => {
      expectGold('Password: [[CREDENTIAL/PASSWORD:hunter2]]', CRED);
      expectGold('Your new password is [[CREDENTIAL/PASSWORD:Tr0ub4dor&3]], please change it.', CRED);
      expectGold('pwd=[[CREDENTIAL/PASSWORD:s3cr3t!]] user=admin', CRED);
      expectGold('A senha é [[CREDENTIAL/PASSWORD:Abc12345]] e o usuário é o seu e-mail.', CRED);
      expectGold('Senha provisória: "[[CREDENTIAL/PASSWORD:Praia#2024]]"', CRED);
    });
    it('keeps ! and ? in the value, drops sentence punctuation and wrapping brackets', () => {
      expectGold('Clave: [[CREDENTIAL/PASSWORD:Mx2024!]]', CRED);
      expectGold('Password: ([[CREDENTIAL/PASSWORD:Abc123]]).', CRED);
    });
    it('stays quiet on policy talk, links, masked values and plain words', () => {
      expectGold('Your password must be 8 characters and is case sensitive.', CRED);
      expectGold('Puede restablecer contraseña en https://example.com/reset o con "Olvidé mi contraseña".', CRED);
      expectGold('Contraseña: ******** (oculta). Password: [redacted]. Senha: <sua senha>.', CRED);
      expectGold('Tu contraseña es incorrecta; la contraseña nueva debe tener mínimo 8 caracteres.', CRED);
      expectGold('Contraseña: mínimo 8 caracteres. Password: 8+ chars.', CRED);
      expectGold('Boarding pass: ABC123. Pass the test 2 times.', CRED);
      // Glued to a value another detector already masked: redacting twice must change nothing.
      expectGold('password: hunter2!**** **** **** 1111 y clave: abc1[TARJETA]', CRED);
    });
    it('a few plain words may qualify the cue before "es" / ":" ("para el portal de clientes")', () => {
      expectGold('La contraseña provisoria para el portal de clientes es [[CREDENTIAL/PASSWORD:BsAs#9921kp]]. Cambiala.', CRED);
      expectGold('Su contraseña temporal para el portal de facturación es [[CREDENTIAL/PASSWORD:Mx7$hQ2w9b]].', CRED);
      expectGold('Contraseña del portal de proveedores: [[CREDENTIAL/PASSWORD:Prov-2291x]]', CRED);
      expectGold('Your password for the billing portal is [[CREDENTIAL/PASSWORD:Qq81!wzt]].', CRED);
      // The gap is letters only: it never crosses punctuation, and plain words stay plain.
      expectGold('La contraseña que elegiste es demasiado corta. Tu contraseña, por seguridad, es personal.', CRED);
      expectGold('The password for your account is stronger now: 12 characters.', CRED);
    });
    it('Mexican "clave" that is not a secret (rastreo, CURP, CLABE) stays quiet', () => {
      expectGold('La clave de rastreo es MBAN01002405120001 y la clave interbancaria 002010077777777771.', CRED);
      expectGold('Clave única de registro: ABCD800101HDFRRN09; clave de elector XYZW800101.', CRED);
    });
  });

  describe('one-time codes', () => {
    it('finds codes after verification cues in es/en/pt', () => {
      expectGold('Su código de verificación es [[CREDENTIAL/OTP:482913]].', CRED);
      expectGold('Tu código de verificación es [[CREDENTIAL/OTP:123 456]].', CRED);
      expectGold('Your one-time code: [[CREDENTIAL/OTP:123-456]]', CRED);
      expectGold('OTP [[CREDENTIAL/OTP:4821]] (válido 5 minutos)', CRED);
      expectGold('Código OTP: [[CREDENTIAL/OTP:739201]]; código de acceso [[CREDENTIAL/OTP:5521]].', CRED);
      expectGold('Seu código de verificação é [[CREDENTIAL/OTP:G-582013]].', CRED);
      expectGold('token: [[CREDENTIAL/OTP:902114]]', CRED);
    });
    it('the code after words that qualify the cue, or later in the same paragraph', () => {
      expectGold('El código de verificación para confirmar el cambio de titular es [[CREDENTIAL/OTP:858717]].', CRED);
      expectGold('El código de verificación de tu cuenta es [[CREDENTIAL/OTP:043242]]. Vence en 10 minutos.', CRED);
      expectGold('We sent a verification code to your phone ending in 0123. If it does not arrive, request a new one; the current one is [[CREDENTIAL/OTP:934550]].', CRED);
      expectGold('Te enviamos un SMS con un código de 6 cifras. El código que nos has dictado ([[CREDENTIAL/OTP:894447]]) ya no es válido.', CRED);
      // Not across a paragraph, and not a number that merely follows ("ending in 0123").
      expectGold('Te enviamos un código de verificación por SMS.\n\nTu número de cliente es 558812.', CRED);
      expectGold('We sent a verification code to your phone ending in 0123.', CRED);
    });
        it('postal codes, ticket codes and confirmation numbers are not codes', () => {
      expectGold('Código postal 28013. Código de ticket TCK-99812. Confirmation code ABCDEF.', CRED);
      expectGold('El código de verificación llegará por SMS en unos minutos.', CRED);
    });
  });

  describe('layouts: markdown labels, config lines, chats (holdout classes)', () => {
    it('a markdown-bold label: "**Contraseña:** value"', () => {
      expectGold('**Usuario:** rocio.blanco\n**Contraseña:** [[CREDENTIAL/PASSWORD:Lm4!tq9Zr2]]', CRED);
      expectGold('*Password:* [[CREDENTIAL/PASSWORD:Xy7#pq2a]]', CRED);
    });
    it('UPPER_SNAKE configuration names ending in PASSWORD, TOKEN, SECRET or KEY', () => {
      expectGold('DB_PASSWORD=[[CREDENTIAL/PASSWORD:pg_Adm1n!2024]]\nAUTH_TOKEN: [[CREDENTIAL/TOKEN:Zm9vYmFyMTIzNDU2Nzg5MGFiY2RlZg]]', CRED);
      expectGold('STRIPE_SECRET_KEY="[[CREDENTIAL/API_KEY:9f8e7d6c5b4a39281706f5e4d3c2b1a0]]"', CRED);
      expectGold('Set DB_PASSWORD= (empty) and MAX_KEY=10; my_password=x is lower case.', CRED);
    });
    it('a code sent by SMS and then pasted in a chat', () => {
      expectGold('[09:15] Agente: Te acabo de reenviar el código\n[09:16] Cliente: ok ya está, es el [[CREDENTIAL/OTP:482331]]?', CRED);
      expectGold('[8:43] Nubeo: Te enviamos un código al celular registrado\n[8:44] Ana: ya llegó, [[CREDENTIAL/OTP:448190]]', CRED);
      expectGold('[14:22] Nubeo: Enviamos um código por SMS\n[14:24] Cliente: chegou o código [[CREDENTIAL/OTP:662014]] mas expirou', CRED);
      expectGold('Código de portabilidad recibido por SMS: [[CREDENTIAL/OTP:9262]]', CRED);
      // Sent things that are not codes, and numbers in another paragraph.
      expectGold('Te enviamos el código de seguimiento por correo.\n\nTu pedido 20240611 sale hoy.', CRED);
    });
    it("a code the customer says they received, without any verification word", () => {
      expectGold('hola me llego este codigo [[CREDENTIAL/OTP:683348]] pero no se donde ponerlo', CRED);
      expectGold('el código que me llegó es [[CREDENTIAL/OTP:424712]]', CRED);
      expectGold('Recibí el código [[CREDENTIAL/OTP:5521]] por SMS.', CRED);
      // Received codes that are not secrets: no code-shaped value, or a value in another paragraph.
      expectGold('Me llegó el código postal equivocado en la factura.', CRED);
      expectGold('Recibí el código de barras.\n\nPedido 20240611 sale hoy.', CRED);
    });
    it('a plain accented word is not a password ("clave dinámica")', () => {
      expectGold('Te enviamos la clave dinámica por SMS.', CRED);
      assert.equal(looksLikePassword('dinámica'), false);
      assert.equal(looksLikePassword('Pássword1'), true);
    });
  });

    describe('PINs', () => {
    it('SIM PIN, PUK and NIP are PINs, also after qualifying words', () => {
      expectGold('Su PIN: [[CREDENTIAL/PIN:4821]] y su NIP [[CREDENTIAL/PIN:9031]].', CRED);
      expectGold('- PIN de la SIM: [[CREDENTIAL/PIN:4831]]\n- PUK: [[CREDENTIAL/PIN:27581934]]', CRED);
      expectGold('Your SIM PIN is [[CREDENTIAL/PIN:7291]]. Keep it safe.', CRED);
      expectGold('El NIP de portabilidad que nos diste ([[CREDENTIAL/PIN:4417]]) ya fue validado.', CRED);
      expectGold('Código PUK: [[CREDENTIAL/PIN:12345678]]', CRED);
    });
    it('a PIN is digits only; "PIN" words without one stay quiet', () => {
      expectGold('Guarda el PIN y el PUK en un lugar seguro. El PIN es personal. PIN: ver carta adjunta.', CRED);
    });
  });

    describe('API keys and tokens', () => {
    it('by published prefix, without any cue', () => {
      expectGold(`Se filtró la clave [[CREDENTIAL/API_KEY:${AWS_EXAMPLE}]] en el ticket.`, CRED);
      expectGold('Revoke [[CREDENTIAL/TOKEN:ghp_1234567890abcdefghijklmnopqrstuvwxyz12]] now.', CRED);
      expectGold(`PAT [[CREDENTIAL/TOKEN:github_pat_${'11ABCDEFG0'.repeat(5)}abcdefghij_${'x1'.repeat(15)}]]`, CRED);
      expectGold('Slack [[CREDENTIAL/TOKEN:xoxb-123456789012-1234567890123-abcdefghijABCDEFGHIJ]]', CRED);
      expectGold('Stripe [[CREDENTIAL/API_KEY:sk_live_4eC39HqLyjWDarjtT1zdp7dc]] and [[CREDENTIAL/API_KEY:sk_test_4eC39HqLyjWDarjtT1zdp7dc]]', CRED);
      expectGold('Maps [[CREDENTIAL/API_KEY:AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe]]', CRED);
      expectGold(`Authorization: Bearer [[CREDENTIAL/TOKEN:${JWT_IO}]]`, CRED);
    });
    it('scores publishable and test keys below live secrets', () => {
      const score = (v: string) => detect(v)[0].score;
      assert.ok(score('pk_live_TYooMQauvdEDq54NiTphI7jx') < score('sk_test_4eC39HqLyjWDarjtT1zdp7dc'));
      assert.ok(score('sk_test_4eC39HqLyjWDarjtT1zdp7dc') < score('sk_live_4eC39HqLyjWDarjtT1zdp7dc'));
    });
    it('a prefix glued inside a longer token is not a key', () => {
      expectGold(`x${AWS_EXAMPLE} and ${AWS_EXAMPLE}X and AKIA1234 and ghp_short`, CRED);
    });
    it('long random values after token / api key cues, by entropy', () => {
      expectGold('api key: [[CREDENTIAL/API_KEY:9f8e7d6c5b4a39281706f5e4d3c2b1a0]]', CRED);
      expectGold('Access token = [[CREDENTIAL/TOKEN:Zm9vYmFyMTIzNDU2Nzg5MGFiY2RlZg]]', CRED);
      expectGold('El token de acceso es [[CREDENTIAL/TOKEN:a1B2c3D4e5F6g7H8i9J0k1L2]].', CRED);
      expectGold('The token is aaaaaaaaaaaaaaaaaaaa1 and the secret key is in the vault.', CRED);
      assert.ok(entropy('aaaaaaaaaaaaaaaaaaaa1') < 1 && entropy('9f8e7d6c5b4a39281706f5e4d3c2b1a0') > 3.5);
      assert.equal(looksLikeToken('documentation-page-url'), false);
    });
    it('PEM private key blocks, header to END line', () => {
      const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----';
      expectGold(`Adjunto la clave:\n[[CREDENTIAL/PRIVATE_KEY:${pem}]]\nSaludos`, CRED);
      expectGold('[[CREDENTIAL/PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----]] (cortado)', CRED);
      expectGold('-----BEGIN PUBLIC KEY----- is fine to share.', CRED);
    });
  });

  describe('looksLikePassword', () => {
    it('wants letters with digits or symbols, or a PIN-like digit run', () => {
      for (const yes of ['hunter2', 'Tr0ub4dor&3', 'Mx2024!', '4821', 'casa_1234', 'VeranoLargo']) assert.ok(looksLikePassword(yes), yes);
      for (const no of ['incorrecta', 'must', 'your', '8', '********', 'https://example.com/reset', 'ana@example.com', 'xxxx']) assert.ok(!looksLikePassword(no), no);
    });
  });

  describe('hostile input', () => {
    it('long runs of key prefixes, cue words, dots and digits return quickly', () => {
      const t0 = performance.now();
      const baits = [
        'eyJ'.repeat(20_000), `eyJ${'a'.repeat(50_000)}.eyJ${'b'.repeat(50_000)}`, 'AKIA'.repeat(20_000), 'ghp_'.repeat(20_000),
        'contraseña '.repeat(10_000), 'password: '.repeat(10_000), '1'.repeat(100_000), '-----BEGIN RSA PRIVATE KEY-----'.repeat(2_000),
        '.'.repeat(50_000), 'xoxb-'.repeat(20_000), '𝟏𝟐𝟑𝟒 \ud800 código OTP 𝟏𝟐𝟑𝟒 \udfff',
      'código llegó 1234 '.repeat(20_000), 'contraseña es '.repeat(20_000), `clave ${'es '.repeat(50_000)}`, 'llegó el '.repeat(20_000) + '1234', `código ${'llegó '.repeat(30_000)}${'9'.repeat(100_000)}`,
      ];
      for (const bait of baits) detect(bait);
      assert.ok(performance.now() - t0 < 2000);
      assert.deepEqual(detect('1'.repeat(100_000)), []);
    });
    it('1 MB of a self-repeating key prefix ("eyJeyJ...", "xoxb-xoxb-...") stays under a second', () => {
      // Without a lookbehind each glued repeat started a 2000-char scan: 3.3 s for 1 MB of "eyJ".
      for (const bait of ['eyJ'.repeat(333_000), 'xoxb-'.repeat(200_000), `${'eyJ'.repeat(100_000)}.eyJ${'a'.repeat(100_000)}.`]) {
        const t0 = performance.now();
        assert.deepEqual(detect(bait), []);
        assert.ok(performance.now() - t0 < 1000, bait.slice(0, 10));
      }
    });
    it('property: never throws, offsets within bounds, values never empty', () => {
      const parts = fc.constantFrom('contraseña', 'password', ' es ', ' is ', ': ', 'código OTP', 'token', '1234', 'Abc1!', 'AKIA', 'eyJ', '.', ' ', '\n', '"', 'ñ', '\ud800', '𝟏');
      fc.assert(
        fc.property(fc.array(parts, { maxLength: 30 }).map((a) => a.join('')), (text) => {
          for (const c of detect(text)) assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
        }),
        { numRuns: 2000 },
      );
    });
  });
});

describe('CREDENTIAL: a code the customer reports receiving (English)', () => {
  const CRED = { entities: ['CREDENTIAL' as const] };
  it('is a one-time code even when they did not ask for it', () => {
    expectGold("I got an SMS with code [[CREDENTIAL/OTP:482913]] that I didn't request.", CRED);
    expectGold('I just received the code [[CREDENTIAL/OTP:7731]] on my phone.', CRED);
  });
  it('stays quiet without a code value', () => {
    expectGold('I got a code by SMS but it expired.', CRED);
    expectGold('We received your zip code change request.', CRED);
  });
  describe('a code announced by its arrival (chat)', () => {
    it('"ya llegó 482915" after the code was talked about is a one-time code', () => {
      expectGold('Agente: te mandamos un SMS con la clave.\nCliente: ya llegó [[CREDENTIAL/OTP:482915]]', CRED);
      expectGold('Agente: vuelve a pedir el código.\nCliente: vale, me ha llegado el [[CREDENTIAL/OTP:5531]] otra vez', CRED);
      expectGold('Atendente: reenviei o código por SMS.\nCliente: chegou: [[CREDENTIAL/OTP:770214]]', CRED);
    });
    it('without talk of a code, an arrival is a delivery or a date', () => {
      expectGold('El paquete llegó el 12345 según el sistema, y la factura llegó el 2024.', CRED);
      // Too far from the code talk: another conversation.
      expectGold(`Tu código de cliente es personal.${' Gracias por elegirnos.'.repeat(25)}\nEl pedido llegó 88213 horas tarde.`, CRED);
    });
  });
  describe('a password given a little after its cue', () => {
    it('"la contraseña del wifi... la actual es X", "una clave nueva... puse X"', () => {
      expectGold('Quiero cambiar la contraseña del router porque la conoce medio barrio. La actual es [[CREDENTIAL/PASSWORD:Tucuman77!]] y no la recuerdo bien.', CRED);
      expectGold('Me pidieron una clave nueva de 10 caracteres.\nCliente: listo, puse [[CREDENTIAL/PASSWORD:Caracol2020x]] como nueva', CRED);
    });
    it('"la API key de la tienda, la que me dieron era <key>"', () => {
      expectGold('Necesito la API key nueva de la tienda; la que nos dieron en marzo era [[CREDENTIAL/API_KEY:9c2e71b04fa35d86e1b7c0a49d53f2e8]] y dejó de funcionar.', CRED);
    });
    it('PINs and PUKs given after an aside, a Portuguese "é", a cue inside a longer cue', () => {
      expectGold('me pidieron el NIP de la tarjeta? es [[CREDENTIAL/PIN:5816]] pero no sé si es ese', CRED);
      expectGold('Para el chip nuevo necesitas el PUK, te lo dicto: [[CREDENTIAL/PIN:73019264]].', CRED);
      expectGold('minha filha disse pra passar a senha do app pra vocês, é [[CREDENTIAL/PASSWORD:flor1961]].', CRED);
      expectGold('Se le reenvió código de verificación [[CREDENTIAL/OTP:552017]] por SMS.', CRED);
    });
    it('a code or password given at the start of a later sentence, after a question, or as a bank "clave dinámica"', () => {
      expectGold('Agente: le he reenviado el código al móvil. ¿Le ha llegado?\nCliente: Sí. Es el [[CREDENTIAL/OTP:126582]].', CRED);
      expectGold('Agent: I just sent the code.\nCustomer: Oh, okay, got it, it\'s [[CREDENTIAL/OTP:090336]].', CRED);
      expectGold('me pidieron una clave dinámica en la app, me salió [[CREDENTIAL/OTP:400392]] y se cayó', CRED);
      // "ahí?" ends the agent's question; the password is the customer's answer.
      expectGold('Agente: ¿Usted ingresó su clave ahí?\nCliente: Ehh... sí. Era [[CREDENTIAL/PASSWORD:Medellin.2023]].', CRED);
      expectGold('¿Cambiaste la contraseña hoy?', CRED);
      // A macro's unfilled field is not the password; the filled-in value after it is.
      expectGold('Contraseña inicial: %PASSWORD% → [[CREDENTIAL/PASSWORD:Bajio#2025Lgx]] (cámbiela al entrar)', CRED);
      // The Portuguese/Spanish link "é"/"e" is a word: not the "e" of "e-mail".
      expectGold('Nubeo will never ask for your password by e-mail.', CRED);
      expectGold('- Código de validación que se le envió al titular por SMS: [[CREDENTIAL/OTP:643790]] (ya caducado)', CRED);
      expectGold('- Verification code sent to your phone: [Code] → [[CREDENTIAL/OTP:927709]]', CRED);
      expectGold('pin_sim = [[CREDENTIAL/PIN:2580]]\npin_sim_nueva = [[CREDENTIAL/PIN:7734]]', CRED);
      expectGold('Con la SIM nueva recibieron el código [[CREDENTIAL/OTP:616504]] y entraron', CRED);
      expectGold('el código que me llegó por SMS — [[CREDENTIAL/OTP:536018]] — caducó', CRED);
      expectGold('→ o código que chegou por SMS: [[CREDENTIAL/OTP:310471]]', CRED);
      expectGold('Agente: te mandamos el código por SMS.\nCliente: chegou aqui: [[CREDENTIAL/OTP:808141]]', CRED);
    });
    it('not an order number, not across a paragraph, not a plain word', () => {
      expectGold('Olvidé la contraseña. Mi pedido es ORD-55120X y llega mañana.', CRED);
      expectGold('Olvidé la contraseña.\n\nOtra cosa: la actual es Tucuman77! según el sistema.', CRED);
      expectGold('Cambié la contraseña ayer. La nueva es larguísima y segura.', CRED);
    });
  });
});

// Packs: the schema and loader (each kind of invalid pack, located), signatures, approval,
// merge order, snippet variables and data-rights deadlines.
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  addDeadline,
  bytesToBase64,
  canonicalJson,
  checkPackSignature,
  deadlineDateFor,
  mergePacks,
  packSigningBytes,
  parsePack,
  resolveSnippetBody,
  rulesForJurisdiction,
  snippetsFor,
  SNIPPET_PURPOSES,
  type LoadedPack,
  type Pack,
  type PackProblem,
} from '../../src/core/policy';
import { nodeVerifier } from '../../src/cli/pack-crypto';
import { webCryptoVerifier } from '../../src/extension/pack-crypto';
import { loadPacks, type PackInput } from '../../src/extension/pack-loader';
import { stringify } from 'yaml';

const NOW = new Date(2026, 10, 23); // 23 Nov 2026, local time

/** A small valid pack; tests change one thing at a time. */
function basePack(): Pack {
  return {
    id: 'acme.support',
    name: 'Acme support',
    version: '1.2.0',
    publisher: 'Acme privacy office',
    approval: { approvedBy: 'DPO Acme', date: '2026-01-10', expires: '2027-01-10' },
    locales: ['es', 'en'],
    jurisdictions: ['ES', 'MX', 'US'],
    snippets: [
      { id: 'unsubscribe.es', title: 'Baja', purpose: 'unsubscribe', channels: ['email'], locale: 'es', body: 'Para darse de baja: ${unsubscribeUrl}' },
      { id: 'access.es-es', title: 'Acceso', purpose: 'data-rights-access', channels: ['email', 'chat'], locale: 'es-ES', jurisdiction: 'ES', body: 'Hola ${customerName}, responderemos antes del ${deadlineDate}.$0' },
    ],
    detectors: { allowList: ['+34 900 123 456'], contextWords: { NATIONAL_ID: ['expediente'] }, customPatterns: [{ id: 'member', entity: 'NATIONAL_ID', subtype: 'ACME_MEMBER', pattern: '\\bACM-\\d{6}\\b', score: 0.6, context: ['socio'] }] },
    rules: { consentMaxAgeDays: 90, channelPolicies: { whatsapp: { optIn: true, piiRestricted: ['CREDIT_CARD'] } } },
  };
}

const yaml = (pack: unknown) => stringify(pack);

function problems(text: string): PackProblem[] {
  return parsePack(text, 'team.pack.yaml', { now: NOW }).problems;
}

/** The one error of a pack text, asserting its code and line. */
function oneError(text: string, code: string, line: number): PackProblem {
  const errors = problems(text).filter((p) => p.severity === 'error');
  assert.equal(errors.length, 1, `expected one error, got:\n${errors.map((e) => `${e.line}:${e.column} ${e.code} ${e.message}`).join('\n')}`);
  assert.equal(errors[0].code, code, errors[0].message);
  assert.equal(errors[0].line, line, `${errors[0].message} reported at line ${errors[0].line}`);
  assert.equal(errors[0].file, 'team.pack.yaml');
  return errors[0];
}

describe('packs: schema and loader', () => {
  it('accepts a valid pack in YAML and in JSON, with the same content', () => {
    const fromYaml = parsePack(yaml(basePack()), 'a.pack.yaml', { now: NOW });
    const fromJson = parsePack(JSON.stringify(basePack(), null, '\t'), 'a.pack.json', { now: NOW });
    assert.deepEqual(fromYaml.problems, []);
    assert.deepEqual(fromJson.problems, []);
    assert.deepEqual(fromYaml.pack, fromJson.pack);
    assert.equal(fromYaml.approval, 'approved');
  });

  it('the built-in pack is valid, a template, and covers every purpose in es, en and pt', () => {
    const parsed = parsePack(readFileSync('snippets/default.pack.yaml', 'utf8'), 'snippets/default.pack.yaml', { now: NOW });
    assert.deepEqual(parsed.problems.map((p) => `${p.line}: ${p.message}`), []);
    const pack = parsed.pack!;
    assert.equal(pack.template, true);
    assert.equal(parsed.approval, 'template');
    assert.ok((pack.sources ?? []).length >= 10);
    for (const lang of ['es', 'en', 'pt']) {
      for (const purpose of SNIPPET_PURPOSES) {
        assert.ok(pack.snippets.some((s) => s.locale.startsWith(lang) && s.purpose === purpose), `no ${lang} snippet for ${purpose}`);
      }
    }
    // Spain and the LatAm variants where the law differs.
    for (const j of ['ES', 'PE', 'MX', 'CO', 'AR', 'CL', 'US', 'CA', 'BR']) {
      assert.ok(pack.snippets.some((s) => s.jurisdiction === j), `no snippet for ${j}`);
    }
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    // The parser notices the unclosed list where the next key starts.
    oneError('id: a\nname: [unclosed\nversion: 1.0.0\n', 'yaml/bad_indent', 3);
    const dup = oneError(`${yaml(basePack())}id: again\n`, 'yaml/duplicate_key', yaml(basePack()).split('\n').length);
    assert.match(dup.message, /unique/);
  });

  it('reports a missing required property at its parent', () => {
    const pack = basePack() as Partial<Pack>;
    delete pack.version;
    const e = oneError(yaml(pack), 'schema/required', 1);
    assert.match(e.message, /missing required property "version"/);
    const noTitle = basePack();
    delete (noTitle.snippets[1] as Partial<Pack['snippets'][number]>).title;
    const text = yaml(noTitle);
    const line = text.split('\n').findIndex((l) => l.includes('id: access.es-es')) + 1;
    assert.match(oneError(text, 'schema/required', line).message, /snippets\[1\]: missing required property "title"/);
  });

  it('reports an unknown property at its key, with a suggestion', () => {
    const text = yaml(basePack()).replace('    channels:\n      - email\n    locale: es\n', '    chanels:\n      - email\n    locale: es\n');
    const line = text.split('\n').findIndex((l) => l.includes('chanels')) + 1;
    const errors = problems(text).filter((p) => p.severity === 'error');
    const unknown = errors.find((e) => e.code === 'schema/additionalProperties');
    assert.ok(unknown, JSON.stringify(errors));
    assert.equal(unknown.line, line);
    assert.match(unknown.message, /did you mean "channels"/);
    assert.ok(errors.some((e) => e.code === 'schema/required' && /"channels"/.test(e.message)));
  });

  it('reports a bad enum value (purpose, channel) at the value, with a suggestion', () => {
    const text = yaml(basePack()).replace('purpose: unsubscribe', 'purpose: unsubscrib');
    const line = text.split('\n').findIndex((l) => l.includes('purpose: unsubscrib')) + 1;
    const e = oneError(text, 'schema/enum', line);
    assert.match(e.message, /snippets\[0\]\.purpose: "unsubscrib" is not one of/);
    assert.match(e.message, /did you mean "unsubscribe"/);
    assert.equal(e.column, text.split('\n')[line - 1].indexOf('unsubscrib') + 1);
    const fax = yaml(basePack()).replace('      - email\n    locale: es\n', '      - fax\n    locale: es\n');
    oneError(fax, 'schema/enum', fax.split('\n').findIndex((l) => l.includes('- fax')) + 1);
  });

  it('reports bad formats: version, dates, locale, jurisdiction, non-https source', () => {
    const cases: [string, string, RegExp][] = [
      ['version: 1.2.0', 'version: "1.2"', /semantic version/],
      ['expires: 2027-01-10', 'expires: 10/01/2027', /YYYY-MM-DD/],
      ['    locale: es-ES', '    locale: es_ES', /language tag/],
      ['jurisdiction: ES', 'jurisdiction: Spain', /country code/],
    ];
    for (const [from, to, message] of cases) {
      const text = yaml(basePack()).replace(from, to);
      assert.notEqual(text, yaml(basePack()), `fixture did not change for ${from}`);
      const line = text.split('\n').findIndex((l) => l.includes(to.trim())) + 1;
      assert.match(oneError(text, 'schema/pattern', line).message, message);
    }
    const unquoted = yaml(basePack()).replace('version: 1.2.0', 'version: 1.2');
    assert.match(oneError(unquoted, 'schema/type', 3).message, /put the value in quotes/);
    const http = { ...basePack(), sources: [{ title: 'x', url: 'http://example.com/law' }] };
    assert.match(oneError(yaml(http), 'schema/pattern', yaml(http).split('\n').findIndex((l) => l.includes('http://')) + 1).message, /https/);
  });

  it('requires approval unless the pack is a template', () => {
    const pack = basePack();
    delete pack.approval;
    assert.match(oneError(yaml(pack), 'schema/required', 1).message, /"approval"/);
    assert.deepEqual(problems(yaml({ ...pack, template: true })), []);
  });

  it('semantic checks: duplicate snippet ids, locale and jurisdiction coverage, unclosed ${, unknown variables', () => {
    const dup = basePack();
    dup.snippets.push({ ...dup.snippets[0], title: 'Otra' });
    const dupText = yaml(dup);
    const dupLine = dupText.split('\n').findIndex((l, i) => l.includes('id: unsubscribe.es') && i > dupText.indexOf('access.es-es') / 1e9 && dupText.split('\n').slice(0, i).some((x) => x.includes('id: access.es-es'))) + 1;
    assert.match(oneError(dupText, 'snippet/duplicate-id', dupLine).message, /already used by snippets\[0\]/);

    const pt = basePack();
    pt.snippets[0].locale = 'pt-BR';
    oneError(yaml(pt), 'snippet/locale', yaml(pt).split('\n').findIndex((l) => l.includes('pt-BR')) + 1);

    const co = basePack();
    co.snippets[1].jurisdiction = 'CO';
    oneError(yaml(co), 'snippet/jurisdiction', yaml(co).split('\n').findIndex((l) => l.includes('jurisdiction: CO')) + 1);

    const open = basePack();
    open.snippets[0].body = 'Hola ${customerName';
    assert.match(oneError(yaml(open), 'snippet/syntax', yaml(open).split('\n').findIndex((l) => l.includes('Hola')) + 1).message, /never closed/);

    const unknown = basePack();
    unknown.snippets[0].body = 'Hola ${clientName}, ${TM_SELECTED_TEXT}';
    const warnings = problems(yaml(unknown));
    assert.deepEqual(warnings.map((w) => [w.severity, w.code]), [['warning', 'snippet/unknown-variable']]);
    assert.ok(parsePack(yaml(unknown), 'x', { now: NOW }).pack, 'warnings do not refuse the pack');
  });

  it('refuses custom patterns that are unsafe, at the pattern line', () => {
    for (const [pattern, reason] of [['(a+)+', 'nested-quantifier'], ['(a|a)*', 'overlapping-alternation'], ['(.*a){20}', 'nested-quantifier'], ['(x)\\1', 'backreference'], ['ACM-\\d+', 'unbounded-quantifier']]) {
      const pack = basePack();
      pack.detectors!.customPatterns![0].pattern = pattern;
      const text = yaml(pack);
      const line = text.split('\n').findIndex((l) => l.includes('pattern:') && !l.includes('customPatterns')) + 1;
      assert.match(oneError(text, `pattern/${reason}`, line).message, /pattern refused/);
    }
  });

  it('approval dates: expired is a warning; expiry before approval is an error', () => {
    const expired = basePack();
    expired.approval = { approvedBy: 'DPO Acme', date: '2025-01-01', expires: '2026-06-30' };
    const parsed = parsePack(yaml(expired), 'x', { now: NOW });
    assert.equal(parsed.approval, 'expired');
    assert.deepEqual(parsed.problems.map((p) => [p.severity, p.code]), [['warning', 'approval/expired']]);
    const backwards = basePack();
    backwards.approval = { approvedBy: 'DPO', date: '2026-05-01', expires: '2026-04-01' };
    oneError(yaml(backwards), 'approval/order', yaml(backwards).split('\n').findIndex((l) => l.includes('expires')) + 1);
  });

  it('refuses oversized packs and alias bombs without hanging', () => {
    assert.equal(problems('a: "' + 'x'.repeat(2_200_000) + '"')[0].code, 'pack/too-large');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    const started = Date.now();
    const result = problems(bomb.join('\n'));
    assert.ok(Date.now() - started < 2000);
    assert.ok(result.some((p) => p.severity === 'error'));
  });
});

describe('packs: canonical JSON and signatures', () => {
  const keys = generateKeyPairSync('ed25519');
  const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const signPack = (pack: unknown) => bytesToBase64(sign(null, packSigningBytes(pack), keys.privateKey));

  it('canonical JSON sorts keys at every level and has no whitespace', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 'x', c: null }], e: 'ñ "q"' }), '{"a":[{"c":null,"d":"x"}],"b":1,"e":"ñ \\"q\\""}');
  });

  it('a signature survives reformatting (YAML <-> JSON, key order, comments, $schema) but not a content change', async () => {
    const pack = basePack();
    const signature = signPack(pack);
    const reordered = parsePack(`# signed copy\n$schema: ../schemas/pack.schema.json\n${yaml(Object.fromEntries(Object.entries(pack).reverse()))}`, 'x', { now: NOW }).pack!;
    const asJson = parsePack(JSON.stringify(pack), 'x', { now: NOW }).pack!;
    for (const verifier of [nodeVerifier, webCryptoVerifier]) {
      assert.equal((await checkPackSignature(reordered, signature, [publicPem], verifier, 'p')).state, 'valid');
      assert.equal((await checkPackSignature(asJson, signature, [publicPem], verifier, 'p')).state, 'valid');
      const tampered = basePack();
      tampered.snippets[0].body += ' ';
      const result = await checkPackSignature(tampered, signature, [publicPem], verifier, 'Pack "Acme support"');
      assert.equal(result.state, 'invalid');
      assert.match((result as { message: string }).message, /Pack "Acme support".*does not match/);
    }
  });

  it('accepts the key as PEM, base64 DER or base64 raw; rejects other keys', async () => {
    const pack = basePack();
    const signature = signPack(pack);
    const der = keys.publicKey.export({ type: 'spki', format: 'der' });
    for (const key of [publicPem, der.toString('base64'), der.subarray(12).toString('base64')]) {
      assert.equal((await checkPackSignature(pack, signature, [key], webCryptoVerifier, 'p')).state, 'valid', key);
    }
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    assert.equal((await checkPackSignature(pack, signature, [other], webCryptoVerifier, 'p')).state, 'invalid');
    assert.equal((await checkPackSignature(pack, 'not base64!', [publicPem], webCryptoVerifier, 'p')).state, 'invalid');
    assert.equal((await checkPackSignature(pack, undefined, [publicPem], webCryptoVerifier, 'p')).state, 'unsigned');
  });

  describe('loading with trusted keys and approval settings', () => {
    const input = (pack: Pack, origin: PackInput['origin'], location: string, signature?: string): PackInput => ({ origin, location, text: yaml(pack), signature });
    const trust = { trustedKeys: [publicPem], allowExpired: true, verifier: webCryptoVerifier, now: NOW };

    it('without trusted keys, unsigned packs load (signature not checked)', async () => {
      const { policy, reports } = await loadPacks([input(basePack(), 'workspace', '/w/a.pack.yaml')], { ...trust, trustedKeys: [] });
      assert.equal(policy.packs.length, 1);
      assert.equal(policy.packs[0].signature, 'not-checked');
      assert.equal(reports[0].refused, undefined);
    });

    it('with trusted keys, an unsigned pack is refused with a message naming it; the built-in still loads', async () => {
      const builtin = { ...basePack(), id: 'builtin', template: true };
      const { policy, reports } = await loadPacks([input(builtin, 'builtin', 'builtin'), input(basePack(), 'path', '/shared/team.pack.yaml')], trust);
      assert.deepEqual(policy.packs.map((p) => p.pack.id), ['builtin']);
      assert.match(reports[1].refused ?? '', /Pack "Acme support" \(\/shared\/team\.pack\.yaml\) is not signed/);
      assert.equal(reports[1].problems[0].code, 'signature/unsigned');
    });

    it('a signed pack loads; the same pack tampered after signing is refused, others keep working', async () => {
      const good = basePack();
      const tampered = { ...basePack(), id: 'acme.other', name: 'Acme other' };
      const signatureOfOriginal = signPack({ ...tampered, name: 'Acme before edit' });
      const { policy, reports } = await loadPacks([input(good, 'path', '/s/good.pack.yaml', signPack(good)), input(tampered, 'url', 'https://packs.example/other.pack.yaml', signatureOfOriginal)], trust);
      assert.deepEqual(policy.packs.map((p) => [p.pack.id, p.signature]), [['acme.support', 'valid']]);
      assert.match(policy.packs[0].signedBy ?? '', /^[0-9a-f]{16}$/);
      assert.equal(reports[1].problems[0].code, 'signature/invalid');
      assert.match(reports[1].refused ?? '', /https:\/\/packs\.example\/other\.pack\.yaml.*does not match/);
    });

    it('an unreadable trusted key fails closed: unsigned packs stay refused', async () => {
      const { policy, badKeys } = await loadPacks([input(basePack(), 'path', '/s/a.pack.yaml')], { ...trust, trustedKeys: ['not a key'] });
      assert.deepEqual(badKeys, [0]);
      assert.equal(policy.packs.length, 0);
    });

    it('expired approval: a warning by default, refused when allowExpired is off', async () => {
      const expired = basePack();
      expired.approval = { approvedBy: 'DPO Acme', date: '2025-01-01', expires: '2026-06-30' };
      const allowed = await loadPacks([input(expired, 'workspace', 'w.pack.yaml')], { ...trust, trustedKeys: [] });
      assert.equal(allowed.policy.packs[0].approval, 'expired');
      assert.equal(allowed.policy.snippets[0].approval, 'expired');
      assert.equal(allowed.reports[0].problems[0].severity, 'warning');
      const refused = await loadPacks([input(expired, 'workspace', 'w.pack.yaml')], { ...trust, trustedKeys: [], allowExpired: false });
      assert.equal(refused.policy.packs.length, 0);
      assert.equal(refused.reports[0].problems[0].severity, 'error');
      assert.match(refused.reports[0].refused ?? '', /approval expired on 2026-06-30.*allowExpired/);
    });

    it('an invalid pack is refused and the next one still loads', async () => {
      const broken = { ...basePack(), version: 'one' };
      const { policy, reports } = await loadPacks([input(broken as Pack, 'workspace', 'a.pack.yaml'), input({ ...basePack(), id: 'b' }, 'workspace', 'b.pack.yaml')], { ...trust, trustedKeys: [] });
      assert.deepEqual(policy.packs.map((p) => p.pack.id), ['b']);
      assert.match(reports[0].refused ?? '', /a\.pack\.yaml: 1 error/);
    });
  });
});

describe('packs: merge order and filtering', () => {
  const loaded = (pack: Pack, origin: LoadedPack['origin']): LoadedPack => ({ pack, origin, location: origin, approval: 'approved', signature: 'not-checked', problems: [] });

  it('later packs override earlier ones by snippet id; rules merge, lists add up', () => {
    const builtin = { ...basePack(), id: 'builtin', name: 'Built-in', template: true };
    const team = basePack();
    team.snippets = [{ ...team.snippets[0], body: 'Baja del equipo: ${unsubscribeUrl}' }];
    team.detectors = { allowList: ['soporte@acme.example'], contextWords: { NATIONAL_ID: ['dossier'] }, customPatterns: [] };
    team.rules = { consentMaxAgeDays: 30, channelPolicies: { whatsapp: { freeFormWindowHours: 24 } }, disabled: ['contact-hours/outside'] };
    const policy = mergePacks([loaded(builtin, 'builtin'), loaded(team, 'workspace')]);
    const unsubscribe = policy.snippets.find((s) => s.id === 'unsubscribe.es')!;
    assert.equal(unsubscribe.packId, 'acme.support');
    assert.equal(unsubscribe.body, 'Baja del equipo: ${unsubscribeUrl}');
    assert.deepEqual(unsubscribe.overrides, ['builtin']);
    assert.equal(policy.snippets.find((s) => s.id === 'access.es-es')!.packId, 'builtin');
    assert.equal(policy.rules.consentMaxAgeDays, 30);
    assert.deepEqual(policy.rules.channelPolicies.whatsapp, { optIn: true, piiRestricted: ['CREDIT_CARD'], freeFormWindowHours: 24 });
    assert.deepEqual(policy.rules.disabled, ['contact-hours/outside']);
    assert.deepEqual(policy.allowList, ['+34 900 123 456', 'soporte@acme.example']);
    assert.deepEqual(policy.contextWords.NATIONAL_ID, ['expediente', 'dossier']);
    assert.deepEqual(policy.customPatterns.map((p) => p.id), ['builtin/member']);
    // Reversed order: the built-in wins.
    assert.equal(mergePacks([loaded(team, 'workspace'), loaded(builtin, 'builtin')]).snippets.find((s) => s.id === 'unsubscribe.es')!.packId, 'builtin');
  });

  it('the default rules are the template pack\'s, and jurisdiction overrides apply per reply', () => {
    const pack = parsePack(readFileSync('snippets/default.pack.yaml', 'utf8'), 'x', { now: NOW }).pack!;
    const policy = mergePacks([loaded(pack, 'builtin')]);
    assert.equal(policy.rules.consentMaxAgeDays, 180);
    assert.equal(policy.rules.channelPolicies.email?.optIn, true);
    assert.equal(rulesForJurisdiction(policy.rules, 'US').channelPolicies.email?.optIn, false);
    assert.equal(rulesForJurisdiction(policy.rules, 'MX').channelPolicies.sms?.optIn, false);
    assert.deepEqual(rulesForJurisdiction(policy.rules, 'US').channelPolicies.whatsapp?.piiRestricted, ['CREDIT_CARD', 'IBAN_CODE', 'NATIONAL_ID', 'PASSPORT']);
  });

  it('snippetsFor filters by channel and locale; a jurisdiction\'s own text hides the general one', () => {
    const pack = parsePack(readFileSync('snippets/default.pack.yaml', 'utf8'), 'x', { now: NOW }).pack!;
    const { snippets } = mergePacks([loaded(pack, 'builtin')]);
    const pe = snippetsFor(snippets, { channel: 'email', locale: 'es-PE' });
    assert.ok(pe.every((s) => s.channels.includes('email') && s.locale.startsWith('es') && (!s.jurisdiction || s.jurisdiction === 'PE')));
    const access = pe.filter((s) => s.purpose === 'data-rights-access').map((s) => s.id);
    assert.deepEqual(access, ['data-rights-access.es-pe']);
    assert.ok(pe.some((s) => s.id === 'ad-label.es-pe'));
    assert.ok(!pe.some((s) => s.id === 'ad-label.es'), 'the general label is hidden by the Peruvian one on email');
    const sms = snippetsFor(snippets, { channel: 'sms', locale: 'es-PE' });
    assert.ok(sms.some((s) => s.id === 'ad-label.es'), 'on SMS the general label remains');
    assert.ok(snippetsFor(snippets, { channel: 'whatsapp', locale: 'pt-BR' }).every((s) => s.locale.startsWith('pt')));
    const usSms = snippetsFor(snippets, { channel: 'sms', locale: 'en-US' }).filter((s) => s.purpose === 'consent-request');
    assert.deepEqual(usSms.map((s) => s.id), ['consent-request.en-us.sms']);
  });
});

describe('packs: snippet variables and deadlines', () => {
  it('inserts known values as text and turns the others into numbered placeholders', () => {
    const body = 'Hola ${customerName}, soy ${agentName} de ${company}. ${1:Detalle} Baja: ${unsubscribeUrl}. ${customerName}$0';
    assert.equal(
      resolveSnippetBody(body, { agentName: 'Ana', company: 'Acme $ {x}' }),
      'Hola ${2:customerName}, soy Ana de Acme \\$ {x\\}. ${1:Detalle} Baja: ${3:unsubscribeUrl}. ${2:customerName}$0',
    );
    assert.equal(resolveSnippetBody('${TM_SELECTED_TEXT} \\${company} ${company:ACME}'), '${TM_SELECTED_TEXT} \\${company} ${1:ACME}');
  });

  it('adds deadlines in months (clamped), calendar days and business days', () => {
    assert.deepEqual(addDeadline({ year: 2026, month: 1, day: 31 }, { amount: 1, unit: 'months' }), { year: 2026, month: 2, day: 28 });
    assert.deepEqual(addDeadline({ year: 2026, month: 12, day: 15 }, { amount: 1, unit: 'months' }), { year: 2027, month: 1, day: 15 });
    assert.deepEqual(addDeadline({ year: 2026, month: 11, day: 23 }, { amount: 15, unit: 'days' }), { year: 2026, month: 12, day: 8 });
    // Friday 20 Nov 2026 + 10 business days = Friday 4 Dec 2026.
    assert.deepEqual(addDeadline({ year: 2026, month: 11, day: 20 }, { amount: 10, unit: 'business-days' }), { year: 2026, month: 12, day: 4 });
    // A request on Saturday: the first business day counted is Monday.
    assert.deepEqual(addDeadline({ year: 2026, month: 11, day: 21 }, { amount: 1, unit: 'business-days' }), { year: 2026, month: 11, day: 23 });
  });

  it('computes ${deadlineDate} per jurisdiction and right, in the snippet\'s language', () => {
    const received = { year: 2026, month: 11, day: 23 };
    assert.equal(deadlineDateFor('data-rights-access', 'ES', 'es-ES', received), '23 de diciembre de 2026');
    assert.equal(deadlineDateFor('data-rights-erasure', 'BR', 'pt-BR', received), '8 de dezembro de 2026');
    // Colombia: consulta 10 business days, reclamo 15 business days.
    assert.equal(deadlineDateFor('data-rights-access', 'CO', 'es-CO', received), '7 de diciembre de 2026');
    assert.equal(deadlineDateFor('data-rights-erasure', 'CO', 'es-CO', received), '14 de diciembre de 2026');
    // Argentina: access 10 calendar days.
    assert.equal(deadlineDateFor('data-rights-access', 'AR', 'es-AR', received), '3 de diciembre de 2026');
    assert.equal(deadlineDateFor('data-rights-access', 'US', 'en-US', received), undefined, 'no general US deadline: left to the agent');
    assert.equal(deadlineDateFor('unsubscribe', 'ES', 'es', received), undefined);
    // A pack's table wins over the built-in one.
    assert.equal(deadlineDateFor('data-rights-access', 'US-CA', 'en-US', received, { US: { default: { amount: 45, unit: 'days' } } }), 'January 7, 2027');
  });
});

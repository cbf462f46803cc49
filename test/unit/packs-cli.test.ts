// `reply-guard pack ...` end to end in a temporary folder, and the generated snippet files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runPackCommand } from '../../src/cli/pack';

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPackCommand(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out, err };
}

describe('reply-guard pack (CLI)', () => {
  let dir: string;
  const path = (name: string) => join(dir, name);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'reply-guard-pack-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('validate: the built-in pack is valid (exit 0)', async () => {
    const r = await run('validate', 'snippets/default.pack.yaml');
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.match(r.out[0], /valid pack reply-guard\.default 1\.0\.0: \d+ snippets.*template, needs approval/);
  });

  it('validate: an invalid pack exits 2 with file:line:col errors', async () => {
    writeFileSync(path('bad.pack.yaml'), 'id: Bad Id\nname: x\nversion: 1.0.0\npublisher: x\ntemplate: true\nlocales: [es]\nsnippets:\n  - id: a\n    title: A\n    purpose: unsubscribe\n    channels: [fax]\n    locale: es\n    body: hola\n');
    const r = await run('validate', path('bad.pack.yaml'));
    assert.equal(r.code, 2);
    assert.deepEqual(r.out, []);
    assert.equal(r.err.length, 2, r.err.join('\n'));
    assert.match(r.err[0], new RegExp(`^${path('bad.pack.yaml').replace(/[.]/g, '\\.')}:1:5: error: id: "Bad Id" is not lower-case`));
    assert.match(r.err[1], /:11:16: error: snippets\[0\]\.channels\[0\]: "fax" is not one of email, sms, whatsapp, chat, phone \[schema\/enum\]$/);
    const missing = await run('validate', path('nope.pack.yaml'));
    assert.equal(missing.code, 2);
    assert.match(missing.err[0], /nope\.pack\.yaml: cannot read \(ENOENT\)/);
  });

  it('keygen, sign, verify; a content change is caught, a format change is not', async () => {
    const keygen = await run('keygen', '--out', path('team'));
    assert.equal(keygen.code, 0, keygen.err.join('\n'));
    assert.equal(statSync(path('team.private.pem')).mode & 0o077, 0, 'the private key is private');
    assert.match(readFileSync(path('team.public.pem'), 'utf8'), /BEGIN PUBLIC KEY/);
    assert.equal((await run('keygen', '--out', path('team'))).code, 2, 'does not overwrite keys');

    const packYaml = readFileSync('snippets/default.pack.yaml', 'utf8');
    writeFileSync(path('team.pack.yaml'), packYaml);
    const signed = await run('sign', '--key', path('team.private.pem'), path('team.pack.yaml'));
    assert.equal(signed.code, 0, signed.err.join('\n'));
    assert.match(readFileSync(path('team.pack.yaml.sig'), 'utf8'), /^[A-Za-z0-9+/]{86}==\n$/);

    const ok = await run('verify', '--pubkey', path('team.public.pem'), path('team.pack.yaml'));
    assert.equal(ok.code, 0, ok.err.join('\n'));
    assert.match(ok.out[0], /signature valid \(key [0-9a-f]{16}\)/);

    // Same content as JSON: the signature still holds.
    writeFileSync(path('team.pack.json'), JSON.stringify(parse(packYaml), null, 4));
    assert.equal((await run('verify', '--pubkey', path('team.public.pem'), '--sig', path('team.pack.yaml.sig'), path('team.pack.json'))).code, 0);

    // One word changed: refused, exit 1.
    writeFileSync(path('team.pack.yaml'), packYaml.replace('Hecho: ', 'Listo: '));
    const tampered = await run('verify', '--pubkey', path('team.public.pem'), path('team.pack.yaml'));
    assert.equal(tampered.code, 1);
    assert.match(tampered.err.join('\n'), /does not match any trusted key/);

    // Another key: refused.
    await run('keygen', '--out', path('other'));
    writeFileSync(path('team.pack.yaml'), packYaml);
    assert.equal((await run('verify', '--pubkey', path('other.public.pem'), path('team.pack.yaml'))).code, 1);
    // No signature file: exit 1 with a clear message.
    assert.deepEqual((await run('verify', '--pubkey', path('team.public.pem'), '--sig', path('none.sig'), path('team.pack.yaml'))).err, [`${path('team.pack.yaml')}: no signature at ${path('none.sig')}`]);
  });

  it('sign refuses an invalid pack and a non-Ed25519 key', async () => {
    const r = await run('sign', '--key', path('team.private.pem'), path('bad.pack.yaml'));
    assert.equal(r.code, 2);
    assert.match(r.err.at(-1) ?? '', /not signed: fix the errors above first/);
    execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-out', path('ec.pem')], { stdio: 'ignore' });
    const ec = await run('sign', '--key', path('ec.pem'), path('team.pack.yaml'));
    assert.equal(ec.code, 2);
    assert.match(ec.err[0], /not Ed25519/);
  });

  it('usage errors exit 2', async () => {
    assert.equal((await run()).code, 2);
    assert.equal((await run('sign', path('team.pack.yaml'))).code, 2);
    assert.equal((await run('frobnicate')).code, 2);
    assert.equal((await run('verify', '--bogus', 'x')).code, 2);
  });

  it('the plain snippet files are generated from the built-in pack and up to date', () => {
    execFileSync(process.execPath, ['scripts/generate-snippets.mjs', '--check'], { stdio: 'pipe' });
    const es = JSON.parse(readFileSync('snippets/reply-guard.es.code-snippets', 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const entry = Object.values(es).find((s) => s.prefix === 'rg-data-rights-access-es-es');
    assert.ok(entry);
    assert.match(entry.body.join('\n'), /\$\{\d+:deadlineDate\}/, 'computed variables become placeholders');
  });
});

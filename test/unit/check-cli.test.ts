import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ConsentEndpoint, isAllowedEndpoint } from '../../src/cli/consent-endpoint';
import { loadConsentFile } from '../../src/cli/consent-file';
import { runCli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'rg-check-'));
const consent = join(dir, 'consent.csv');
writeFileSync(consent, 'customer_id,channel,purpose,status,updated_at,source\nC-OK,email,any,granted,2026-10-01,form\nC-OUT,whatsapp,any,revoked,2026-11-01,STOP\nthis row is broken\n');
const revoked = join(dir, 'revoked.reply.md');
writeFileSync(revoked, '---\ncustomer: C-OUT\nchannel: whatsapp\n---\nHola, su pedido salió. Tarjeta 4111 1111 1111 1111.\n');
const plain = join(dir, 'plain.txt');
writeFileSync(plain, 'Aprovecha el 20% de descuento. Escribe a ana.perez@example.com\n');
const fine = join(dir, 'fine.reply.md');
writeFileSync(fine, '---\ncustomer: C-OK\nchannel: email\n---\nHola, su pedido ORD-1 salió hoy.\n');
const NOW = ['--now', '2026-11-20T12:00:00Z'];

describe('reply-guard check', () => {
  it('reports PII and rule findings together; rule findings carry "rule", PII "entity"', async () => {
    const r = await runCli(['check', '--consent', consent, '--format', 'json', ...NOW, revoked]);
    assert.equal(r.code, 1);
    const [unit] = JSON.parse(r.stdout);
    const ids = unit.findings.map((f: { rule?: string; entity?: string }) => f.rule ?? f.entity);
    assert.ok(ids.includes('consent/revoked'), ids.join());
    assert.ok(ids.includes('channel/pii-restricted'), ids.join());
    // The restricted card is reported once, as the rule.
    assert.equal(unit.findings.filter((f: { start: number }) => f.start === unit.findings.find((g: { rule?: string }) => g.rule === 'channel/pii-restricted').start).length, 1);
    for (const f of unit.findings) assert.equal(f.value, undefined);
    // Line-numbered registry errors on stderr, and the good rows still work.
    assert.match(r.stderr, /consent\.csv:4: /);
  });

  it('takes the consent registry from a --pack that names one when --consent is absent', async () => {
    const pack = join(dir, 'consent-source.pack.yaml');
    writeFileSync(pack, `id: acme.consent\nname: Acme consent\nversion: 1.0.0\npublisher: Acme\ntemplate: true\nlocales: [es]\nsnippets: []\nconsent: { source: ${JSON.stringify(consent)} }\n`);
    const rules = async (args: string[]) => {
      const [unit] = JSON.parse((await runCli(['check', '--format', 'json', ...NOW, ...args, revoked])).stdout);
      return unit.findings.filter((f: { rule?: string }) => f.rule?.startsWith('consent/')).map((f: { rule: string }) => f.rule);
    };
    assert.deepEqual(await rules([]), []);
    assert.deepEqual(await rules(['--pack', pack]), ['consent/revoked']);
  });

  it('a reply with no front matter and no --channel gets PII findings only', async () => {
    const r = await runCli(['check', '--consent', consent, '--format', 'json', ...NOW, plain]);
    const [unit] = JSON.parse(r.stdout);
    assert.ok(unit.findings.length > 0);
    assert.ok(unit.findings.every((f: { entity?: string }) => f.entity));
  });

  it('--channel and --customer give such a reply its rules', async () => {
    const r = await runCli(['check', '--consent', consent, '--channel', 'sms', '--customer', 'C-NEW', '--format', 'jsonl', ...NOW, plain]);
    const unit = JSON.parse(r.stdout.split('\n')[0]);
    const rules = unit.findings.filter((f: { rule?: string }) => f.rule).map((f: { rule: string }) => f.rule);
    assert.deepEqual(rules.sort(), ['consent/missing', 'marketing/unsubscribe-missing']);
  });

  it('a service reply on a consented channel exits 0 with no findings', async () => {
    const r = await runCli(['check', '--consent', consent, ...NOW, fine]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  it('text and SARIF formats carry rule ids', async () => {
    const t = await runCli(['check', '--consent', consent, ...NOW, revoked]);
    assert.match(t.stdout, /revoked\.reply\.md:2:\d+ +error +consent\/revoked/);
    const s = await runCli(['check', '--consent', consent, '--format', 'sarif', ...NOW, revoked]);
    const sarif = JSON.parse(s.stdout);
    assert.ok(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'consent/revoked'));
  });

  it('JSONL helpdesk input: channel and customer fields of the record are used', async () => {
    const input = JSON.stringify({ id: 't-1', text: 'Hola, su pedido salió.', channel: 'whatsapp', customer: 'C-OUT' }) + '\n';
    const r = await runCli(['check', '--consent', consent, '--input', 'jsonl', ...NOW, '-'], input);
    const line = JSON.parse(r.stdout);
    assert.equal(line.id, 't-1');
    assert.deepEqual(line.findings.map((f: { rule: string }) => f.rule), ['consent/revoked']);
  });

  it('usage errors exit 2 with a clear message', async () => {
    assert.equal((await runCli(['check', '--channel', 'fax', fine])).code, 2);
    const r = await runCli(['check', '--consent', join(dir, 'missing.csv'), fine]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.csv/);
    assert.equal((await runCli(['check', '--consent', 'http://crm.example/{customer}', fine])).code, 2);
  });

  it('a pack given with --pack changes the rules (disable a rule)', async () => {
    const pack = join(dir, 'team.pack.yaml');
    writeFileSync(pack, 'id: team\nname: Team\nversion: 1.0.0\npublisher: Team\napproval: {approvedBy: Privacy office, date: 2026-01-01, expires: 2027-12-31}\nlocales: [es]\nsnippets: []\nrules:\n  disabled: [consent/revoked]\n');
    const r = await runCli(['check', '--consent', consent, '--pack', pack, '--format', 'json', ...NOW, revoked]);
    assert.equal(r.stderr.includes('error'), false, r.stderr);
    const [unit] = JSON.parse(r.stdout);
    assert.ok(!unit.findings.some((f: { rule?: string }) => f.rule === 'consent/revoked'));
  });
});

describe('consent file loader (streamed)', () => {
  it('streams a CSV across chunk boundaries with line-numbered errors', async () => {
    const path = join(dir, 'big.csv');
    const rows = ['customer_id,channel,purpose,status,updated_at,source'];
    for (let i = 0; i < 60_000; i++) rows.push(i === 30_000 ? 'broken' : `C-${i},email,marketing,granted,2026-10-01,form ${'x'.repeat(i % 40)}`);
    writeFileSync(path, rows.join('\r\n'));
    const progress: number[] = [];
    const reg = await loadConsentFile(path, { onProgress: (p) => progress.push(p.rows) });
    assert.equal(reg.size, 59_999);
    assert.deepEqual(reg.errors.map((e) => e.line), [30_002]);
    assert.ok(progress.length > 1, 'more than one chunk');
    assert.equal(reg.recordsOf('C-59999').length, 1);
  });
});

describe('consent endpoint', () => {
  let server: Server;
  let base = '';
  const seen: { url: string; auth?: string }[] = [];
  let mode: 'ok' | 'fail' | 'slow' = 'ok';
  before(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', auth: req.headers.authorization });
      if (mode === 'fail') return void res.writeHead(500).end();
      if (mode === 'slow') return void setTimeout(() => res.writeHead(200).end('[]'), 500);
      const customer = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
      if (customer === 'nobody') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify([
          { customer_id: customer, channel: 'email', purpose: 'marketing', status: 'granted', updated_at: '2026-11-01', source: 'crm' },
          { customer_id: 'someone-else', channel: 'email', purpose: 'marketing', status: 'revoked', updated_at: '2026-11-02', source: 'crm' },
        ]),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/consent/{customer}`;
  });
  after(() => server.close());
  const q = (customer: string) => ({ customer, channel: 'email' as const, purpose: 'marketing' as const, now: new Date('2026-11-20'), maxAgeDays: 180 });

  it('answers unknown until loaded, then from the cache; sends the bearer token; keeps only this customer', async () => {
    mode = 'ok';
    const loaded: string[] = [];
    const ep = new ConsentEndpoint({ urlTemplate: base, token: 's3cret', onLoaded: (c) => loaded.push(c) });
    assert.equal(ep.lookup(q('C 1')).state, 'unknown');
    await ep.prefetch('C 1');
    assert.equal(ep.lookup(q('C 1')).state, 'granted');
    assert.deepEqual(loaded, ['C 1']);
    assert.equal(seen.at(-1)!.auth, 'Bearer s3cret');
    assert.match(seen.at(-1)!.url, /C%201$/);
    const before = seen.length;
    ep.lookup(q('C 1'));
    assert.equal(seen.length, before, 'served from the cache');
  });

  it('404 is "missing"; 500 and timeouts are "unknown", never granted', async () => {
    mode = 'ok';
    const ep = new ConsentEndpoint({ urlTemplate: base });
    await ep.prefetch('nobody');
    assert.equal(ep.lookup(q('nobody')).state, 'missing');
    mode = 'fail';
    const ep2 = new ConsentEndpoint({ urlTemplate: base });
    await ep2.prefetch('C-1');
    assert.deepEqual([ep2.lookup(q('C-1')).state, ep2.lookup(q('C-1')).detail], ['unknown', 'HTTP 500']);
    mode = 'slow';
    const ep3 = new ConsentEndpoint({ urlTemplate: base, timeoutMs: 50 });
    await ep3.prefetch('C-1');
    assert.equal(ep3.lookup(q('C-1')).detail, 'timeout');
  });

  it('offline (nothing listening) is unknown', async () => {
    const ep = new ConsentEndpoint({ urlTemplate: 'http://127.0.0.1:9/{customer}', timeoutMs: 500 });
    await ep.prefetch('C-1');
    assert.equal(ep.lookup(q('C-1')).state, 'unknown');
  });

  it('only https (or this machine) and a {customer} placeholder', () => {
    assert.equal(isAllowedEndpoint('https://crm.example/{customer}'), true);
    assert.equal(isAllowedEndpoint('http://crm.example/{customer}'), false);
    assert.throws(() => new ConsentEndpoint({ urlTemplate: 'https://crm.example/all' }), /\{customer\}/);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'rg-cli-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('reply-guard CLI contract', () => {
  const reply = 'Hola,\nescríbame a ana.perez@example.com o a soporte@example.org.\nGracias';

  it('prints the contract JSON shape with exact UTF-16 offsets, line and column', async () => {
    const p = file('reply.txt', reply);
    const r = await runCli(['scan', '--format', 'json', '--entities', 'EMAIL_ADDRESS', p]);
    assert.equal(r.code, 1);
    const [unit] = JSON.parse(r.stdout);
    assert.equal(unit.path, p);
    assert.equal(unit.findings.length, 2);
    const f = unit.findings[0];
    assert.deepEqual(Object.keys(f).sort(), ['column', 'detector', 'end', 'entity', 'line', 'score', 'severity', 'start']);
    assert.equal(reply.slice(f.start, f.end), 'ana.perez@example.com');
    assert.equal(f.line, 2);
    assert.equal(f.column, 'escríbame a '.length + 1);
  });

  it('prints no raw value unless --show-values is given', async () => {
    const p = file('reply2.txt', reply);
    for (const format of ['text', 'json', 'jsonl', 'sarif']) {
      const r = await runCli(['scan', '--format', format, p]);
      assert.ok(!r.stdout.includes('ana.perez@example.com'), `${format} leaked a value`);
    }
    const shown = await runCli(['scan', '--format', 'jsonl', '--show-values', p]);
    assert.ok(shown.stdout.includes('"value":"ana.perez@example.com"'));
  });

  it('--input jsonl answers one line per input line, in order, with the same ids', async () => {
    const lines = [
      JSON.stringify({ id: 't-1', text: 'Sin datos personales.' }),
      JSON.stringify({ id: 't-2', text: 'Mi correo: a@example.com', channel: 'email' }),
      JSON.stringify({ id: 't-3', text: 'write to b@example.net' }),
    ].join('\n');
    const r = await runCli(['scan', '--input', 'jsonl', '--entities', 'EMAIL_ADDRESS', '-'], lines);
    const out = r.stdout.split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id), ['t-1', 't-2', 't-3']);
    assert.deepEqual(out.map((o) => o.findings.length), [0, 1, 1]);
    assert.equal('Mi correo: a@example.com'.slice(out[1].findings[0].start, out[1].findings[0].end), 'a@example.com');
    assert.equal(r.code, 1);
  });

  it('reports a malformed JSONL line with its number, keeps going and exits 2', async () => {
    const r = await runCli(['scan', '--input', 'jsonl', '-'], '{"id":"a","text":"ok"}\n{not json\n{"id":"c","text":"x@example.com"}');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /<stdin>:2: not valid JSON/);
    const out = r.stdout.split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id ?? `line ${o.line}`), ['a', 'line 2', 'c']);
  });

  it('exit codes: 0 without findings, 1 with findings, 2 on usage or input errors', async () => {
    assert.equal((await runCli(['scan', file('clean.txt', 'Gracias por escribirnos.')])).code, 0);
    assert.equal((await runCli(['scan', file('dirty.txt', 'x@example.com')])).code, 1);
    assert.equal((await runCli(['scan', '--fail-on', 'warning', file('info.txt', 'x@example.com')])).code, 0);
    assert.equal((await runCli(['scan', '--min-score', '2', '-'])).code, 2);
    assert.equal((await runCli(['scan', '--entities', 'CARD', '-'])).code, 2);
    assert.equal((await runCli(['frobnicate'])).code, 2);
    assert.equal((await runCli(['scan', '--no-such-flag', '-'])).code, 2);
  });

  it('names a binary or missing file in a clear error and still scans the others', async () => {
    const bin = file('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const good = file('good.txt', 'x@example.com');
    const r = await runCli(['scan', '--format', 'jsonl', bin, join(dir, 'missing.txt'), good]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /image\.bin: looks binary/);
    assert.match(r.stderr, /missing\.txt: cannot read/);
    assert.equal(JSON.parse(r.stdout).findings.length, 1);
  });

  it('never flags allow-listed values', async () => {
    const allow = file('allow.txt', '# our own addresses\nsoporte@example.org\n');
    const r = await runCli(['scan', '--format', 'json', '--allow-list', allow, '--entities', 'EMAIL_ADDRESS', file('r3.txt', reply)]);
    const [unit] = JSON.parse(r.stdout);
    assert.equal(unit.findings.length, 1);
  });

  it('writes SARIF 2.1.0 with rules and UTF-16 regions', async () => {
    const r = await runCli(['scan', '--format', 'sarif', file('r4.txt', reply)]);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'EMAIL_ADDRESS');
    assert.ok(run.tool.driver.rules.some((rule: { id: string }) => rule.id === 'EMAIL_ADDRESS'));
    assert.equal(result.locations[0].physicalLocation.region.startLine, 2);
  });

  it('redact prints the text with only the finding spans changed', async () => {
    const r = await runCli(['redact', '--operator', 'label', '--lang', 'es', '--entities', 'EMAIL_ADDRESS', '-'], reply);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'Hola,\nescríbame a [CORREO] o a [CORREO].\nGracias');
  });
});

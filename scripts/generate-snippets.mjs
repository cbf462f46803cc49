// Generates the plain VS Code snippet files (contributes.snippets) from the built-in pack,
// one per language: snippets/reply-guard.<lang>.code-snippets. The pack stays the source of
// truth; these files serve editors without the extension's insert command. Named variables
// (${customerName}...) become numbered placeholders, since plain snippets cannot compute them.
//   node scripts/generate-snippets.mjs          write the files
//   node scripts/generate-snippets.mjs --check  exit 1 when a file is missing or stale
import { readFileSync, writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packFile = 'snippets/default.pack.yaml';

/** The same validator and variable handling the extension uses, bundled from src/core. */
async function loadPolicyCore() {
  const dir = mkdtempSync(join(tmpdir(), 'reply-guard-snippets-'));
  try {
    const outfile = join(dir, 'policy.cjs');
    await build({ entryPoints: [join(root, 'src/core/policy/index.ts')], bundle: true, format: 'cjs', platform: 'node', outfile, logLevel: 'error' });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const { parsePack, formatProblem, resolveSnippetBody } = await loadPolicyCore();

export const LANGUAGES = ['es', 'en', 'pt'];

/** The `rg-` prefix keeps them apart from other extensions' snippets in completion. */
export function snippetFilesFor(pack) {
  const files = {};
  for (const lang of LANGUAGES) {
    const entries = {};
    for (const s of pack.snippets.filter((x) => x.locale.split('-')[0] === lang)) {
      const where = s.jurisdiction ?? s.locale;
      entries[`${s.title} [${where}, ${s.channels.join('/')}]`] = {
        prefix: `rg-${s.id.replace(/\./g, '-')}`,
        body: resolveSnippetBody(typeof s.body === 'string' ? s.body : s.body.join('\n')).split('\n'),
        description: `Reply Guard (${pack.template ? 'template, not yet approved' : `approved by ${pack.approval.approvedBy}`}): ${s.purpose}${s.description ? ` — ${s.description}` : ''}`,
      };
    }
    files[`snippets/reply-guard.${lang}.code-snippets`] = JSON.stringify(entries, null, 2) + '\n';
  }
  return files;
}

const parsed = parsePack(readFileSync(join(root, packFile), 'utf8'), packFile);
for (const p of parsed.problems) console.error(formatProblem(p));
if (!parsed.pack) process.exit(2);

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of Object.entries(snippetFilesFor(parsed.pack))) {
  const path = join(root, file);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${file}: out of date; run node scripts/generate-snippets.mjs`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.error(`wrote ${file} (${Object.keys(JSON.parse(text)).length} snippets)`);
  }
}
process.exit(stale ? 1 : 0);

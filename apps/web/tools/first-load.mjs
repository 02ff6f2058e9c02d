// The JavaScript a first visit to a page downloads before it can run: the entry chunk, the
// page's own chunk, and every chunk they import statically (from Vite's manifest), gzipped.
// `node apps/web/tools/first-load.mjs [--budget KB] [page source ...]` prints the sizes and
// exits 1 when the sign-in page is over its budget (200 KB, issue #18). Deterministic: the
// same build gives the same figure, so the build fails on it rather than a timing test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', '..', '..', 'dist', 'apps', 'web');
const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budgetKb = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : 200;
const SIGN_IN = 'src/modules/auth/SignInPage.tsx';
const pages = args.length ? args : [SIGN_IN, 'src/modules/board/BoardPage.tsx', 'src/modules/projects/PipelinePage.tsx', 'src/modules/explorer/ExplorerPage.tsx'];

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
export function firstLoad(page) {
  const keys = closure([entry.src ?? 'index.html', ...(manifest[page] ? [page] : [])]);
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  return { files: files.length, bytes: files.reduce((sum, file) => sum + gzipped(file), 0) };
}

let over = false;
for (const page of pages) {
  if (!manifest[page]) continue;
  const { files, bytes } = firstLoad(page);
  const kb = bytes / 1024;
  const line = `${page}: ${kb.toFixed(1)} KB gzip in ${files} files`;
  if (page === SIGN_IN && kb > budgetKb) {
    over = true;
    process.stderr.write(`${line}: over the ${budgetKb} KB budget\n`);
  } else process.stdout.write(`${line}${page === SIGN_IN ? ` (budget ${budgetKb} KB)` : ''}\n`);
}
process.exit(over ? 1 : 0);

// `npm start`: builds the API and the web app when their sources changed, then runs the API in this process.
//
// Nx alone takes 1.2-1.6 s on a 2-core machine to find that both builds are cached (loading its plugins and the
// project graph), more than the API needs to start. So this script first compares a hash of every build input
// with the one recorded after the last build it ran, and a fingerprint of the built files: when both match, the
// build in dist/ is the build of these sources and Nx is not asked. When anything differs (a source, the lock
// file, a missing or rebuilt dist/), Nx runs as before and decides from its own cache what to rebuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const STAMP = join(ROOT, 'dist', '.start-inputs.json');
// What the api and web build targets read (their projects, the libs, the shared root files: see nx.json's sharedGlobals).
const INPUT_DIRS = ['apps/api', 'apps/web', 'libs'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'nx.json', 'tsconfig.base.json', 'tsconfig.json'];
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.nx', '.vite', 'tmp']);
// The built files whose content tells whether dist/ was rebuilt or replaced since the stamp (Vite's index.html names the hashed assets).
const OUTPUTS = ['dist/apps/api/main.js', 'dist/apps/api/cli.js', 'dist/apps/web/index.html'];

function inputsHash() {
  const hash = createHash('sha256');
  const add = (path) => {
    hash.update(relative(ROOT, path));
    hash.update('\0');
    hash.update(readFileSync(path));
    hash.update('\0');
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  for (const dir of INPUT_DIRS) walk(join(ROOT, dir));
  for (const file of INPUT_FILES) add(join(ROOT, file));
  return hash.digest('hex');
}

function outputsFingerprint() {
  try {
    // By content, not time: Nx restores identical outputs from its cache with new times.
    const hash = createHash('sha256');
    for (const file of OUTPUTS) hash.update(readFileSync(join(ROOT, file)));
    return hash.digest('hex');
  } catch {
    return null;
  }
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

// Hashed before building: a source changed while the build runs leaves a stamp that no longer matches.
const inputs = inputsHash();
const stamp = readStamp();
const current = stamp !== null && stamp.inputs === inputs && stamp.outputs !== null && stamp.outputs === outputsFingerprint();
if (!current) {
  const nxPackage = join(ROOT, 'node_modules', 'nx');
  const nxBin = JSON.parse(readFileSync(join(nxPackage, 'package.json'), 'utf8')).bin.nx;
  const nx = spawnSync(process.execPath, [join(nxPackage, nxBin), 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static-failures-only'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_ISOLATE_PLUGINS: 'false' },
  });
  if (nx.status !== 0) process.exit(nx.status ?? 1);
  writeFileSync(STAMP, `${JSON.stringify({ inputs, outputs: outputsFingerprint() })}\n`);
}
// In this process (started with the API's node options by package.json): one Node start less than `exec node …`.
createRequire(import.meta.url)(join(ROOT, 'dist', 'apps', 'api', 'main.js'));

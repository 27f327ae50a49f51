// OpenCC's dictionaries (Apache-2.0) as shipped in the npm package `opencc`:
// the package tarball is fetched with `npm pack` (no install scripts run) and
// cached in .tools/; set OPENCC_DIR to use an unpacked copy instead (e.g. on
// an intranet mirror). Used by scripts/gen-s2t.mjs and scripts/gen-t2s.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERSION = '1.4.2';
const FILES = ['STPhrases.txt', 'STCharacters.txt', 'TSCharacters.txt'];

export function openccDir(root) {
  if (process.env.OPENCC_DIR) return process.env.OPENCC_DIR;
  const cache = join(root, '.tools', `opencc-${VERSION}`);
  const missing = FILES.filter((f) => !existsSync(join(cache, 'package/data/dictionary', f)));
  if (missing.length) {
    mkdirSync(cache, { recursive: true });
    if (!existsSync(join(cache, `opencc-${VERSION}.tgz`))) {
      execFileSync('npm', ['pack', `opencc@${VERSION}`, '--silent', '--pack-destination', cache], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    execFileSync('tar', ['xzf', `opencc-${VERSION}.tgz`, 'package/LICENSE', 'package/package.json',
      ...FILES.map((f) => `package/data/dictionary/${f}`)], { cwd: cache });
  }
  return join(cache, 'package');
}

// A dictionary's entries as [key, first value] (OpenCC takes the first value).
export function readDict(dir, file) {
  return readFileSync(join(dir, 'data/dictionary', file), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => { const [k, v] = l.split('\t'); return [k, v.split(' ')[0]]; });
}

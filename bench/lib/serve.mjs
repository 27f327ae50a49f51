// The benchmark's static server: dist/ at the root, the benchmark's pages and
// data under /bench/, and the ECharts package (a dev dependency of bench/ only)
// under /node_modules/echarts/. Like the side-by-side tool it replaces, it sends
// no cache headers (every run uses a fresh browser context) and no CSP (the
// ECharts page has inline script); the e2e tests check the widget under the CSP.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const ECHARTS_DIR = dirname(dirname(require.resolve('echarts/dist/echarts.min.js')));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function serve({ dist, work }) {
  const server = createServer((rq, rs) => {
    const url = normalize(decodeURIComponent(rq.url.split('?')[0]));
    let file;
    if (url.startsWith('/node_modules/echarts/')) file = join(ECHARTS_DIR, url.slice('/node_modules/echarts/'.length));
    else if (url.startsWith('/bench/')) file = join(work, url.slice('/bench/'.length));
    else file = join(dist, url.endsWith('/') ? url + 'index.html' : url);
    if (!existsSync(file) || !statSync(file).isFile()) {
      rs.writeHead(404);
      rs.end();
      return;
    }
    // Content-Length, as a static server sends it (the widget sizes its buffer by it).
    rs.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(rs);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    ok({ base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((c) => server.close(c)) });
  }));
}

// A small static file server for the built widget: correct MIME types
// (application/wasm), the strict Content-Security-Policy header a portal
// would send, and an optional second directory of test fixtures at
// /fixtures/. Used by scripts/serve.sh and the browser tests.
//
// For the browser tests only (`delays: true`), a response can be held back
// to provoke races: `?delay=MS` on any URL, or `server.delay(pathname, MS)`
// for a URL the test does not choose (the widget's 繁體 table); and
// `?redirect=URL` answers 302 to URL (an open redirect, as a portal may have).
// Stalls and slow bodies: `?stall=BYTES` (or `server.stall(pathname, BYTES)`)
// sends the headers and the first BYTES bytes of the file, then nothing more
// while the connection stays open; `?trickle=MS` sends the file in 16 parts,
// MS apart (a slow download that keeps making progress). Both state the
// file's Content-Length.
// `cors: true` lets any origin read the files; `connectExtra` adds origins to
// the page's connect-src (a portal whose policy allows another site).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";

/** The import page also fetches blob: URLs (its preview of the converted report). */
export const IMPORT_CSP = CSP.replace("connect-src 'self'", "connect-src 'self' blob:");

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function safeJoin(root, urlPath) {
  const p = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const full = resolve(root, p);
  if (full !== resolve(root) && !full.startsWith(resolve(root) + sep)) return null;
  return full;
}

const MAX_DELAY_MS = 30_000;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Starts a server; resolves to { url, close, delay }. port 0 picks a free port.
 *  `prefix` serves `root` under a sub-path (e.g. /portal/sub/), as a portal would.
 *  `delays` turns on the test-only response delays (see the top of this file). */
export function serve({ root, fixtures = null, port = 0, host = '127.0.0.1', prefix = '/', delays = false, cors = false, connectExtra = '' }) {
  const csp = (pathname) => {
    const base = /\/import\//.test(pathname) ? IMPORT_CSP : CSP;
    return connectExtra ? base.replace("connect-src 'self'", `connect-src 'self' ${connectExtra}`) : base;
  };
  /** pathname → milliseconds, set by `delay()`. */
  const held = new Map();
  /** pathname → bytes sent before the body stalls, set by `stall()`. */
  const stalled = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (delays) {
      const ms = Number(url.searchParams.get('delay') ?? held.get(url.pathname) ?? 0);
      if (ms > 0) await sleep(Math.min(ms, MAX_DELAY_MS));
      const to = url.searchParams.get('redirect');
      if (to) {
        res.writeHead(302, { location: to, 'cache-control': 'no-store' });
        res.end();
        return;
      }
    }
    let base = root;
    let path = url.pathname;
    if (fixtures && path.startsWith('/fixtures/')) {
      base = fixtures;
      path = path.slice('/fixtures'.length);
    } else if (prefix !== '/') {
      path = path.startsWith(prefix) ? '/' + path.slice(prefix.length) : null;
    }
    let file = path === null ? null : safeJoin(base, path);
    try {
      if (!file) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const stallAt = delays ? url.searchParams.get('stall') ?? stalled.get(url.pathname) : undefined;
      const trickle = delays ? Number(url.searchParams.get('trickle') ?? 0) : 0;
      res.writeHead(200, {
        ...(stallAt !== undefined || trickle > 0 ? { 'content-length': String(body.length) } : {}),
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        // The import page's preview reads the converted report from a blob: URL.
        'content-security-policy': csp(url.pathname),
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      if (stallAt !== undefined) {
        res.flushHeaders();
        res.write(body.subarray(0, Number(stallAt))); // and then nothing
        return;
      }
      if (trickle > 0) {
        const part = Math.ceil(body.length / 16);
        for (let at = 0; at < body.length; at += part) {
          if (at > 0) await sleep(Math.min(trickle, MAX_DELAY_MS));
          res.write(body.subarray(at, at + part));
        }
      }
      res.end(trickle > 0 ? undefined : body);
    } catch {
      if (res.headersSent) return void res.destroy();
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const { port: p } = server.address();
      const delay = (pathname, ms) => {
        if (!delays) throw new Error('serve({ delays: true }) is needed for delay()');
        if (ms > 0) held.set(pathname, ms);
        else held.delete(pathname);
      };
      const stall = (pathname, bytes) => {
        if (!delays) throw new Error('serve({ delays: true }) is needed for stall()');
        if (bytes === null || bytes === undefined) stalled.delete(pathname);
        else stalled.set(pathname, bytes);
      };
      // Stalled replies never end by themselves.
      const close = () => new Promise((c) => { server.close(c); server.closeAllConnections(); });
      ok({ url: `http://${host}:${p}${prefix}`, origin: `http://${host}:${p}`, port: p, delay, stall, close });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  const { url } = await serve({ root, port });
  console.log(`整改看板 is served at ${url}  (Ctrl+C to stop)`);
}

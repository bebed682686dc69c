// A small static server for the benchmark: longest matching URL prefix → folder, on 127.0.0.1.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Server {
  origin: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/**
 * Serves `mounts` (URL prefix ending in `/` → folder); tries ports from `port` up to 4499.
 * With `gzip`, text is sent compressed as a production host would (Lighthouse counts it); the
 * benchmark leaves it off: on loopback it would only add compression time.
 */
export async function startServer(
  mounts: Record<string, string>,
  port: number,
  options: { gzip?: boolean } = {},
): Promise<Server> {
  const compressed = new Map<string, Buffer>();
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const folder = prefix === undefined ? undefined : mounts[prefix];
    if (prefix === undefined || folder === undefined) {
      response.writeHead(404).end();
      return;
    }
    const root = resolve(folder);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const immutable = path.includes('/assets/');
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (options.gzip && accepts && COMPRESSIBLE.has(extname(file))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      let body = compressed.get(key);
      if (!body) {
        body = gzipSync(readFileSync(file));
        compressed.set(key, body);
      }
      response.writeHead(200, {
        ...headers,
        'content-encoding': 'gzip',
        'content-length': body.length,
      });
      response.end(body);
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
  // Tries the given port and the eight after it (sessions sharing the machine keep to their own ranges).
  const last = port + 8;
  for (let p = port; p <= last; p++) {
    const ok = await new Promise<boolean>((done) => {
      server.once('error', () => done(false));
      server.listen(p, '127.0.0.1', () => done(true));
    });
    if (ok) {
      const address = server.address() as AddressInfo;
      return {
        origin: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      };
    }
  }
  throw new Error(`no free port in ${port}–${last}`);
}

// A small HTTP server of the end-to-end tests' own, bound to 127.0.0.1, serving the broken and
// slow responses the loader must survive. Reached both as 127.0.0.1 and as localhost, which the
// browser treats as two hosts (for redirects). Every response allows cross-origin reads (CORS).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { generateDataset } from '../../bench/generate';

export const TEST_SERVER_TITLE = 'Served by the test server';
/** The title of the > 1 MB dataset at `/big`. */
export const BIG_TITLE = 'A big dataset from the test server';

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The same server as `http://localhost:PORT`: another origin to the browser. */
  otherOrigin: string;
  url: (path: string) => string;
  /** The size in bytes of the dataset `/big` sends (its Content-Length). */
  bigSize: number;
  /**
   * Resolves once a response to `path` (with its query) has been closed by the client before it
   * was complete.
   */
  closedEarly: (path: string) => Promise<void>;
  /** Lets `/big` (with this query) send the rest of its body; it holds after the first half. */
  release: (path: string) => void;
  /** How many requests reached `path` (with its query). */
  requests: (path: string) => number;
  close: () => Promise<void>;
}

function seedJson(title: string): string {
  const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as { title: string };
  return JSON.stringify({ ...seed, title });
}

function bigJson(): string {
  const dataset = generateDataset({ events: 2500, seed: 7 });
  return JSON.stringify({ ...dataset, title: BIG_TITLE });
}

const CORS = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
const JSON_HEADERS = { ...CORS, 'content-type': 'application/json; charset=utf-8' };

export async function startTestServer(): Promise<TestServer> {
  const ok = Buffer.from(seedJson(TEST_SERVER_TITLE));
  const big = Buffer.from(bigJson());
  const counts = new Map<string, number>();
  const earlyCloses = new Map<string, number>();
  const closeWaiters: Array<{ path: string; resolve: () => void }> = [];
  const releases = new Map<string, () => void>();
  const released = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  let otherOrigin = '';

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  /** Waits until `path` is released (or the response is gone). */
  const held = (path: string, response: ServerResponse) =>
    new Promise<boolean>((resolve) => {
      if (released.has(path)) return resolve(true);
      releases.set(path, () => resolve(true));
      response.on('close', () => resolve(false));
    });

  const noteClose = (path: string, response: ServerResponse) => {
    response.on('close', () => {
      if (response.writableFinished) return;
      earlyCloses.set(path, (earlyCloses.get(path) ?? 0) + 1);
      for (const waiter of closeWaiters.filter((w) => w.path === path)) {
        closeWaiters.splice(closeWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
  };

  type Route = (request: IncomingMessage, response: ServerResponse, key: string) => void;
  const routes = new Map<string, Route>(
    Object.entries({
      '/ok.json': (_request, response) => {
        response.writeHead(200, { ...JSON_HEADERS, 'content-length': ok.byteLength }).end(ok);
      },
      // Headers and part of the body, then the connection is reset: 100 ms later, or with
      // `hold` in the query once released (when the page shows it has read that part: a stream
      // errored by the reset drops what the page had not read yet, and a page still busy
      // starting up reads late).
      '/reset': (_request, response, key) => {
        response.writeHead(200, { ...JSON_HEADERS, 'content-length': ok.byteLength });
        response.write(ok.subarray(0, Math.floor(ok.byteLength / 2)), () => {
          const reset = () => response.socket?.resetAndDestroy();
          if (key.includes('hold')) void held(key, response).then((go) => go && reset());
          else later(100, reset);
        });
      },
      // Says gzip; the body starts like gzip and then is garbage. With `expose` in the query,
      // the page may read the Content-Encoding header (cross-origin it may not, by default).
      '/corrupt-gzip': (_request, response, key) => {
        const gzip = gzipSync(ok);
        const body = Buffer.concat([gzip.subarray(0, 10), Buffer.alloc(4096, 0xa5)]);
        const expose = key.includes('expose')
          ? { 'access-control-expose-headers': 'content-encoding' }
          : {};
        response
          .writeHead(200, {
            ...JSON_HEADERS,
            ...expose,
            'content-encoding': 'gzip',
            'content-length': body.byteLength,
          })
          .end(body);
      },
      // Headers and a few bytes, then nothing, ever.
      '/never-ends': (_request, response) => {
        response.writeHead(200, JSON_HEADERS);
        response.write(ok.subarray(0, 100));
      },
      // A byte every 200 ms, without a declared length.
      '/drip': (_request, response) => {
        response.writeHead(200, JSON_HEADERS);
        let sent = 0;
        const drip = () => {
          if (response.destroyed || sent >= ok.byteLength) return;
          response.write(ok.subarray(sent, sent + 1));
          sent++;
          later(200, drip);
        };
        drip();
      },
      // A > 1 MB dataset with its length: 64 KB every 50 ms up to half, held there until released.
      '/big': (_request, response, key) => {
        response.writeHead(200, { ...JSON_HEADERS, 'content-length': big.byteLength });
        const half = Math.floor(big.byteLength / 2);
        const step = 64 * 1024;
        let sent = 0;
        const send = async () => {
          if (response.destroyed) return;
          if (sent >= half && !(await held(key, response))) return;
          const end = Math.min(sent + step, big.byteLength);
          response.write(big.subarray(sent, end));
          sent = end;
          if (sent >= big.byteLength) response.end();
          else later(50, () => void send());
        };
        void send();
      },
      // To the same dataset on another host name of this machine.
      '/redirect': (_request, response) => {
        response.writeHead(302, { ...CORS, location: `${otherOrigin}/ok.json` }).end();
      },
      // For addresses with user:pass@ in them; answers like any server that wants a password.
      '/credentialed': (request, response) => {
        if (!request.headers.authorization) {
          response.writeHead(401, { ...CORS, 'www-authenticate': 'Basic realm="test"' }).end();
          return;
        }
        response.writeHead(200, { ...JSON_HEADERS, 'content-length': ok.byteLength }).end(ok);
      },
    } satisfies Record<string, Route>),
  );

  const server = createServer((request, response) => {
    // Counted and watched by path and query, so each test can use its own `?test=…`.
    const key = request.url ?? '/';
    const route = routes.get(new URL(key, 'http://x').pathname);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    noteClose(key, response);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...CORS, 'access-control-allow-headers': '*' }).end();
    } else if (route) {
      route(request, response, key);
    } else {
      response.writeHead(404, CORS).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  otherOrigin = `http://localhost:${port}`;

  return {
    origin,
    otherOrigin,
    url: (path) => `${origin}${path}`,
    bigSize: big.byteLength,
    closedEarly: (path) =>
      new Promise((resolve) => {
        if ((earlyCloses.get(path) ?? 0) > 0) resolve();
        else closeWaiters.push({ path, resolve });
      }),
    release: (path) => {
      released.add(path);
      releases.get(path)?.();
      releases.delete(path);
    },
    requests: (path) => counts.get(path) ?? 0,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

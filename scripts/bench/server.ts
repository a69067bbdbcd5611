/**
 * A tiny static file server for the built app (dist/), gzip when the browser accepts it, bound to
 * 127.0.0.1 only. Used by the benchmark and Lighthouse so both measure the same thing.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, port: number): Promise<StaticServer> {
  const gzCache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      } catch {
        // Unknown paths are the SPA's: serve index.html, as a static host would with a fallback.
        file = extname(path) ? file : join(root, 'index.html');
      }
      try {
        const body = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const immutable = file.includes(`${sep}assets${sep}`);
        const headers: Record<string, string> = {
          'content-type': type,
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        };
        const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !/image|font/.test(type);
        if (gzipOk && body.length > 1024) {
          let gz = gzCache.get(file);
          if (!gz) {
            gz = gzipSync(body);
            gzCache.set(file, gz);
          }
          res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gz);
        } else res.writeHead(200, headers).end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// A static server for the benchmark: serves one folder at the web root on 127.0.0.1, gzip-compressed (node's zlib, level 9) as a production host would.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/** Serves `dir` at a free port; compresses every known type for clients that accept gzip. */
export async function serve(dir) {
  const root = resolve(dir);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const type = TYPES[extname(file)];
      const headers = { "content-type": type ?? "application/octet-stream", "cache-control": "no-cache", vary: "accept-encoding" };
      let body = await readFile(file);
      if (type && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        const key = `${file}:${body.length}`;
        if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
        body = cache.get(key);
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(200, { ...headers, "content-length": body.length });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

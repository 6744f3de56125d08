// A small static file server for scripts/serve: serves one folder at http://127.0.0.1:PORT/ exactly
// as a plain static host would (a folder's address gives its index.html), adding nothing to the files.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const [dir = "dist", port = "8080"] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
};

createServer(async (req, res) => {
  let file;
  try {
    file = resolve(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  } catch {
    file = null;
  }
  if (!file || (file !== root && !file.startsWith(root + sep))) {
    res.writeHead(400).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
  }
}).listen(Number(port), "127.0.0.1", () => console.log(`serving ${dir}/ at http://127.0.0.1:${port}/`));

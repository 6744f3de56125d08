// Runs after each Trunk build, in its staging folder: writes the offline service worker (sw.js) for
// the built files, and the single self-contained page (naas-checker-offline.html) that works when
// opened from disk with no network, carrying its own Content-Security-Policy with hashes.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error("run by Trunk (TRUNK_STAGING_DIR), or pass the built folder");
const OFFLINE = "naas-checker-offline.html";

const read = (name) => readFileSync(join(dir, name), "utf8");
const html = read("index.html");
const files = readdirSync(dir).filter((f) => !f.startsWith(".") && f !== "sw.js" && f !== OFFLINE);
const css = files.find((f) => /^app-.*\.css$/.test(f));
const js = files.find((f) => /^naas-checker-.*\.js$/.test(f));
const wasm = files.find((f) => /^naas-checker-.*_bg\.wasm$/.test(f));
if (!css || !js || !wasm) throw new Error(`missing build output in ${dir}: ${files.join(", ")}`);

// The service worker: a cache named after the files' content, so each deployment gets its own
// cache and the old one is deleted when the new worker takes over.
const version = createHash("sha256");
for (const f of files.sort()) version.update(f).update(readFileSync(join(dir, f)));
const cacheName = `naas-checker-${version.digest("hex").slice(0, 16)}`;
const precache = ["./", ...files.filter((f) => f !== "index.html" && f !== "embed.js")];
writeFileSync(
  join(dir, "sw.js"),
  `// Keeps the NAAS checker working offline after a first visit. Made by scripts/post-build.mjs for one build.
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(precache)};

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("naas-checker-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // The page and the council's settings: the network first, so a new version or an edited
  // setting shows at once; the saved copy when offline.
  if (request.mode === "navigate" || url.pathname.endsWith("/naas-config.json")) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request.mode === "navigate" ? "./" : request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request.mode === "navigate" ? "./" : request, { ignoreSearch: true })),
    );
    return;
  }
  // Everything else is named by its content and never changes: the cache first.
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
`,
);

// The single file: styles and script inline, the WebAssembly gzipped and base64-encoded, unpacked
// by the browser's own DecompressionStream.
const glue = read(js).replace(/^export \{[^}]*\};?\s*$/m, "");
if (glue.includes("export {")) throw new Error("unexpected export in the wasm-bindgen glue");
const packed = gzipSync(readFileSync(join(dir, wasm)), { level: 9 }).toString("base64");
const script = `${glue}
const packed = ${JSON.stringify(packed)};
const raw = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
const bytes = await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
await __wbg_init({ module_or_path: bytes });
`;
const style = read(css);
const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const policy = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(style)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

let single = html
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${style}</style>`)
  .replace(/<script type="module" src="[^"]*boot\.js"[^>]*><\/script>/, () => `<script type="module">${script}</script>`)
  .replace(/<link rel="modulepreload"[^>]*>/g, "")
  .replace(/<link rel="preload"[^>]*>/g, "")
  .replace(/<meta charset="utf-8">/, () => `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
for (const leftover of [/<link rel="stylesheet"/, /src="[^"]*boot\.js"/, /rel="(module)?preload"/]) {
  if (leftover.test(single)) throw new Error(`the single file still refers to a separate file: ${leftover}`);
}
writeFileSync(join(dir, OFFLINE), single);
console.log(`post-build: sw.js (${cacheName}), ${OFFLINE} (${single.length} bytes)`);

// Runs after each Trunk build, in its staging folder: writes the start page into the page, gives the
// WebAssembly and its glue short shared names, minifies the scripts, refuses a page with inline script, writes the
// offline service worker (sw.js) for the built files, and the single self-contained page
// (naas-checker-offline.html) that works when opened from disk with no network, carrying its own
// Content-Security-Policy with hashes, and says so, as boot.js does, if it cannot start.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { minify } from "terser";

import { shortenNames } from "./short-names.mjs";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error("run by Trunk (TRUNK_STAGING_DIR), or pass the built folder");
const OFFLINE = "naas-checker-offline.html";

const read = (name) => readFileSync(join(dir, name), "utf8");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The start page, rendered at build time by the app's own components (examples/prerender.rs), so
// that it shows before the WebAssembly arrives; the app then takes its place. Without JavaScript
// it still says what the checker is, with a note that the questions need JavaScript.
const prerendered = execFileSync("cargo", ["run", "--quiet", "--offline", "--example", "prerender", "-p", "naas-checker"], {
  cwd: root,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
const NOSCRIPT = '<noscript><div class="govuk-inset-text"><p class="govuk-body">The questions and results need JavaScript, which is turned off or not available in this browser.</p></div></noscript>';
// If no script runs at all (a proxy blocks boot.js or every script), the Start button would do
// nothing: this note then takes the start page's place after a few seconds, by the stylesheet
// alone. boot.js, and the offline file's script, stop it as soon as they run (_checker.scss).
const NOT_STARTED =
  '<div class="app-not-started"><h2 class="govuk-heading-l">Sorry, the checker has not started</h2>' +
  '<p class="govuk-body">Part of it did not load, or this browser will not run it. Reload the page to try again.</p>' +
  "<p class=\"govuk-body\">If it still does not start, your organisation's network or security settings may be blocking it. Ask your IT team for help, or use the offline copy of the checker if your organisation provides one.</p></div>";
const withMain = prerendered.replace(/(<main\b[^>]*>)/, (tag) => tag + NOT_STARTED + NOSCRIPT);
if (withMain === prerendered) throw new Error("the prerendered start page has no <main>");
// The app's block, as index.html has it or as an earlier run wrote it (so a rerun is harmless).
const appBlock = /<div id="app"[^>]*>[\s\S]*?<!-- \/app -->/;
const staged = read("index.html");
if (!appBlock.test(staged)) throw new Error("index.html has no <div id=\"app\"> ... <!-- /app --> block for the start page");
const html = staged.replace(appBlock, () => `<div id="app" data-prerendered>${withMain}</div><!-- /app -->`);
writeFileSync(join(dir, "index.html"), html);
const files = readdirSync(dir).filter((f) => !f.startsWith(".") && f !== "sw.js" && f !== OFFLINE);
const css = files.find((f) => /^app-.*\.css$/.test(f));
const js = files.find((f) => /^naas-checker-.*\.js$/.test(f));
const wasm = files.find((f) => /^naas-checker-.*_bg\.wasm$/.test(f));
if (!css || !js || !wasm) throw new Error(`missing build output in ${dir}: ${files.join(", ")}`);

// Short import and export names in the WebAssembly and its glue, then the scripts minified (about
// 3 KB less gzipped on a first visit); doing either again to an earlier run's output is harmless.
// The single file below is made from the glue and WebAssembly as they are here.
const glueSource = shortenNames(root, join(dir, wasm), read(js));
const small = async (code) => (await minify(code, { module: true, compress: { passes: 2 }, format: { comments: false } })).code;
writeFileSync(join(dir, js), await small(glueSource));
writeFileSync(join(dir, "boot.js"), await small(read("boot.js")));

// Nothing that can be copied to a host may run inline script: a strict Content-Security-Policy
// refuses it (Trunk's live-reload script, injected by `trunk serve`, is one). Only data blocks
// (the configuration) may be inline.
const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/\bsrc=/.test(attrs) && !/type="application\/json"/.test(attrs));
if (inline.length || /TRUNK/i.test(html.replace(/data-trunk/g, ""))) {
  throw new Error("the built page has an inline script or a Trunk reference (trunk serve's live reload?): build with scripts/build");
}

// The service worker. Its cache holds one build, whole: the page and exactly the files it names,
// checked against each other at install, so a page is never served with another build's files.
const version = createHash("sha256");
for (const f of files.sort()) version.update(f).update(readFileSync(join(dir, f)));
const hash = version.digest("hex").slice(0, 16);
const worker = `// Keeps the NAAS checker working offline after a first visit. Made by scripts/post-build.mjs for one build.
const VERSION = ${JSON.stringify(hash)};
// Named by their content: the same name is always the same file.
const HASHED = ${JSON.stringify([css, js, wasm])};
// The app's own files, by exact name: the page (at the folder's address), boot.js and this build's files.
const FILES = ["./", "boot.js", ...HASHED];
const CONFIG = "naas-config.json";
const SCOPE = self.registration.scope;
const at = (name) => new URL(name, SCOPE).href;
const PAGES = [at("./"), at("index.html")];
// One cache per build and per folder, so two copies of the checker on one site never meet.
const PREFIX = "naas-checker " + SCOPE + " ";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // Fresh from the server, past the HTTP cache; any failure, or a page that names other files
      // (a deployment half copied), fails the install, and the worker before stays with its own build.
      const responses = await Promise.all(
        FILES.map(async (name) => {
          const response = await fetch(at(name), { cache: "reload" });
          if (!response.ok) throw new Error(name + ": " + response.status);
          return response;
        }),
      );
      const page = await responses[0].clone().text();
      for (const name of HASHED) if (!page.includes(name)) throw new Error("the page is not this build's: no " + name);
      const cache = await caches.open(CACHE);
      await Promise.all(responses.map((response, i) => cache.put(at(FILES[i]), response)));
      // The council's settings file is optional: kept when there is one.
      try {
        const response = await fetch(at(CONFIG), { cache: "reload" });
        if (response.ok) await cache.put(at(CONFIG), response);
      } catch {}
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => keys.filter((k) => (k.startsWith(PREFIX) || /^naas-checker-[0-9a-f]{16}$/.test(k)) && k !== CACHE))
      .then((old) => Promise.all(old.map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const address = url.origin + url.pathname;
  if (request.mode === "navigate") {
    // Only the app's own page. Any other address opened (the settings file, a script) is the
    // network's, and is never kept, let alone as the page.
    if (PAGES.includes(address)) event.respondWith(networkElseCache(request, at("./")));
  } else if (address === at(CONFIG)) {
    event.respondWith(settings(request));
  } else if (HASHED.some((name) => at(name) === address)) {
    event.respondWith(caches.match(address, { cacheName: CACHE }).then((kept) => kept || fetch(request)));
  } else if (address === at("boot.js")) {
    event.respondWith(networkElseCache(request, address));
  }
});

// Online, the network, so a new version shows at once (its files have new names); offline, this
// build's own copy. Nothing is stored here: the cache holds one build, whole.
function networkElseCache(request, name) {
  return fetch(request).catch(() => caches.match(name, { cacheName: CACHE }).then((kept) => kept || Response.error()));
}

// The council's settings: the network first, kept for offline use, forgotten when removed; with
// none, or none known offline, an empty answer, which means no settings (and, unlike a 404, is
// not logged in the page's console on every visit).
async function settings(request) {
  try {
    const response = await fetch(request);
    if ((response.ok || response.status === 404) && (await caches.has(CACHE))) {
      const cache = await caches.open(CACHE);
      await (response.ok ? cache.put(at(CONFIG), response.clone()) : cache.delete(at(CONFIG)));
    }
    return response.status === 404 ? new Response(null, { status: 204 }) : response;
  } catch {
    return (await caches.match(at(CONFIG), { cacheName: CACHE })) || new Response(null, { status: 204 });
  }
}
`;
writeFileSync(join(dir, "sw.js"), await small(worker));

// The single file: styles and script inline, the WebAssembly gzipped and base64-encoded, unpacked
// by the browser's own DecompressionStream.
// The glue's exports become plain names: its init function is the one exported as default.
const exports = /export\s*\{([^}]*)\};?\s*$/;
const init = glueSource.match(exports)?.[1].match(/([\w$]+)\s+as\s+default\b/)?.[1];
if (!init) throw new Error("the wasm-bindgen glue exports no default init function");
const glue = glueSource.replace(exports, "");
if (/\bexport\s*[{*]/.test(glue)) throw new Error("unexpected export in the wasm-bindgen glue");
const packed = gzipSync(readFileSync(join(dir, wasm)), { level: 9 }).toString("base64");
// If it cannot start (no DecompressionStream in an older browser, WebAssembly refused by a policy),
// it says so as the served page does: boot.js's own function, from its source.
const couldNotStart = readFileSync(join(root, "assets/boot.js"), "utf8").match(/^function couldNotStart\([\s\S]*?^\}$/m)?.[0];
if (!couldNotStart) throw new Error("assets/boot.js has no function couldNotStart for the single file");
const script = await small(`document.documentElement.classList.add("app-booted");
${glue}
${couldNotStart}
try {
  const packed = ${JSON.stringify(packed)};
  const raw = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const bytes = await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  await ${init}({ module_or_path: bytes });
} catch (error) {
  couldNotStart(error, true);
}
`);
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

// Served from a website under a Content-Security-Policy, the file's inline script and styles are
// refused: the note the styles would hide then shows, and it says what to do with this file.
const OFFLINE_NOTE =
  "This is the offline copy of the NAAS checker, a file to keep on your computer. It cannot run from this website. Save it to your computer (for example, go back and right-click its link, then choose to save the link), then open the saved file.";
let single = html
  .replace(/(<p class="app-not-loaded">)[^<]*(<\/p>)/, (_, open, close) => open + OFFLINE_NOTE + close)
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${style}</style>`)
  .replace(/<script type="module" src="[^"]*boot\.js"[^>]*><\/script>/, () => `<script type="module">${script}</script>`)
  .replace(/<link rel="modulepreload"[^>]*>/g, "")
  .replace(/<link rel="preload"[^>]*>/g, "")
  .replace(/<meta charset="utf-8">/, () => `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
if (!single.includes(OFFLINE_NOTE)) throw new Error("the single file has no note for when it is served and cannot run");
for (const leftover of [/<link rel="stylesheet"/, /src="[^"]*boot\.js"/, /rel="(module)?preload"/]) {
  if (leftover.test(single)) throw new Error(`the single file still refers to a separate file: ${leftover}`);
}
writeFileSync(join(dir, OFFLINE), single);
console.log(`post-build: sw.js (build ${hash}), ${OFFLINE} (${single.length} bytes)`);

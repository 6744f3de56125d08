// Shared by the end-to-end tests: a static server for the built app, Debian's Chromium driven by
// playwright-core (never a downloaded browser), and a page that records console errors.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { inflateSync } from "node:zlib";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = resolve(new URL("../..", import.meta.url).pathname);
export const DIST = resolve(ROOT, process.env.DIST || "dist");
export const ARTEFACTS = resolve(ROOT, "test-results");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
};

const ADDRESSES = new Map();

/** The whole address of a journey given by intent: the date, the answers that matter (by the
 * data's ids, `{ date: "2019-10-05", council: "leeds" }`) and maybe the outcome wanted, with every
 * other answer filled in by the engine, as the Rust tests do (`tools/examples/address.rs`), so a
 * question added to the rules fills itself in. `page` is "result" (the default), "check" or
 * "q/<question>" (that question's page, with the answers before it). Runs the example once per
 * distinct request. */
export function address({ date, outcome, page = "result", ...answers }) {
  const intent = [`date=${date}`, ...Object.entries(answers).map(([q, o]) => `${q}=${o}`)].join("&");
  const args = ["run", "--quiet", "-p", "naas-tools", "--example", "address", "--", intent, "--page", page];
  if (outcome) args.push("--outcome", outcome);
  const key = args.join(" ");
  if (!ADDRESSES.has(key)) ADDRESSES.set(key, execFileSync("cargo", args, { cwd: ROOT, encoding: "utf8" }).trim());
  return ADDRESSES.get(key);
}

/** Serves `dir` on 127.0.0.1 at a free port. `headers` are added to every response; `routes`
 * answers some paths with `{ type, body }` (and `status`, 200 unless given) instead of a file, and
 * may be changed while the server runs. */
export async function serve(dir = DIST, { headers = {}, routes = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    if (routes[path]) {
      const { status = 200, type, body } = routes[path];
      res.writeHead(status, { "content-type": type, ...headers });
      return res.end(body);
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  // Closing also ends the connections a browser keeps open, so that a test that failed before
  // closing its page still ends.
  const close = () => {
    server.closeAllConnections();
    return new Promise((ok) => server.close(ok));
  };
  return { url, requests, close };
}

/** For one test file: serves the build (with `options`, as for `serve`) and launches Chromium
 * before its tests, and closes both after. Returns `{ server, browser }`, filled in by then. */
export function useApp(options) {
  const env = {};
  before(async () => {
    env.server = await serve(undefined, options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Debian's Chromium, headless, with the flags this machine needs when running as root, and any more. */
export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** A fresh page whose clock reads `today`, collecting console errors and page errors. */
export async function newPage(browser, { today = "2026-11-22", viewport = { width: 1024, height: 800 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const { page, errors } = await openTab(context, today);
  return { page, context, errors };
}

/** A new tab in `context` whose clock reads `today`, collecting console errors and page errors. */
export async function openTab(context, today = "2026-11-22") {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  const errors = [];
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    // The browser itself logs that the optional settings file is missing (a build ships none, so
    // that an update never replaces a council's: README, Updating); the app says nothing of it.
    if (/status of 404/.test(m.text()) && m.location().url.endsWith("/naas-config.json")) return;
    errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return { page, errors };
}

/** Waits until the app has rendered a page: the app titles each page "… – NAAS eligibility
 * checker", while the page that loads it (with an h1 of its own) is titled only with the name. */
export async function ready(page) {
  await page.waitForFunction(() => document.title.endsWith(" \u2013 NAAS eligibility checker") && document.querySelector("#app main h1"));
}

/** The element that has focus, described for assertions. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), text: el.textContent.trim(), className: el.className } : null;
  });
}

/** Clicks a radio's label (as a user does), presses Continue, and waits for the next page. */
export async function choose(page, label) {
  const before = await page.evaluate(() => location.hash);
  await page.locator("label.govuk-radios__label").getByText(label, { exact: true }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForFunction((h) => location.hash !== h, before);
}

/** Answers the eligibility questions for a practitioner at Leeds on 5 October 2019, from the start page. */
export async function answerLeeds2019(page) {
  await page.getByRole("button", { name: "Start now" }).click();
  await page.locator("label.govuk-radios__label").getByText("Another date", { exact: true }).click();
  await page.getByLabel("Day", { exact: true }).fill("5");
  await page.getByLabel("Month", { exact: true }).fill("10");
  await page.getByLabel("Year", { exact: true }).fill("2019");
  await page.getByRole("button", { name: "Continue" }).click();
  await choose(page, "Child and family social worker (frontline practitioner)");
  await choose(page, "Yes");
  await choose(page, "A local authority (council)");
  await choose(page, "Leeds");
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "Check your answers");
  await page.getByRole("button", { name: "See your result" }).click();
  await page.waitForFunction(() => location.hash.startsWith("#/result"));
}

/** The built index.html with its configuration block replaced by `block`. */
export async function withConfig(block) {
  const html = await readFile(join(DIST, "index.html"), "utf8");
  const replaced = html.replace(/<script type="application\/json" id="naas-config">[\s\S]*?<\/script>/, () => `<script type="application/json" id="naas-config">${block}</script>`);
  if (replaced === html && !html.includes(block)) throw new Error("no configuration block in dist/index.html");
  return replaced;
}

/** The README's Content-Security-Policy for the served app. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** Records Content-Security-Policy violations in every frame of pages from `context`, read back
 * with `violations(page)`. */
export async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}
export const violations = (page) => page.evaluate(() => window.__violations);

/** The executable inline scripts of an HTML text (not data blocks such as the configuration)
 * that its own Content-Security-Policy (a meta tag) does not allow by their hash: for a page
 * without one, every inline script. */
export function unhashedScripts(html) {
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? "";
  const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs) && !/type="application\/json"/.test(attrs))
    .map(([, , body]) => body)
    .filter((body) => !scriptSrc.includes(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`))
    .map((body) => body.slice(0, 80));
}

/** Polls `check` (an async function returning a value, or something falsy) until it returns a
 * value, which it returns; fails with `message` (given the last value seen) if it never does. */
export async function until(check, message, { tries = 100, every = 100 } = {}) {
  let last;
  for (let i = 0; i < tries; i++) {
    last = await check();
    if (last?.ok) return last;
    await new Promise((ok) => setTimeout(ok, every));
  }
  throw new Error(`${message}: ${JSON.stringify(last)}`);
}

/** On the page as it prints (emulate print media first): the source numbers cited in text paper
 * shows, and the numbers of the sources its list shows. Each should be the other. */
export function printedCitations(page) {
  return page.evaluate(() => {
    const cited = new Set();
    for (const c of document.querySelectorAll(".app-cite")) {
      if (!c.checkVisibility()) continue;
      for (const n of c.textContent.match(/\d+/g) || []) cited.add(Number(n));
    }
    // The number each shown item is drawn with: its own value, else one more than the last
    // shown item's (the list counter skips items that are not shown).
    const listed = [];
    let last = 0;
    for (const li of document.querySelectorAll(".app-source-list > li")) {
      if (!li.checkVisibility()) continue;
      last = li.hasAttribute("value") ? Number(li.getAttribute("value")) : last + 1;
      listed.push(last);
    }
    return { cited: [...cited].sort((a, b) => a - b), listed };
  });
}

/** How many A4 pages Chromium's PDF of the page has. */
export async function pages(page) {
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  return (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
}

/** For each A4 page of Chromium's PDF of the page, printed with the 1 cm margins a browser's print
 * dialog gives by default, in order, how many runs of text it draws: a page that draws none is
 * blank. */
export async function pdfText(page) {
  const margin = "1cm";
  const pdf = (await page.pdf({ format: "A4", margin: { top: margin, right: margin, bottom: margin, left: margin } })).toString("latin1");
  const objects = new Map();
  for (const [, n, body] of pdf.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(n, body);
  const tree = [...objects.values()].find((body) => /\/Type\s*\/Pages\b/.test(body))?.match(/\/Kids\s*\[([^\]]*)\]/);
  if (!tree) throw new Error("a PDF without a page tree");
  return [...tree[1].matchAll(/(\d+) 0 R/g)].map(([, n]) => {
    const contents = objects.get(n).match(/\/Contents\s+(\d+) 0 R/);
    const stream = objects.get(contents[1]);
    const data = Buffer.from(stream.slice(stream.indexOf("stream") + 6, stream.lastIndexOf("endstream")).replace(/^\r?\n/, ""), "latin1");
    const drawn = /FlateDecode/.test(stream) ? inflateSync(data).toString("latin1") : data.toString("latin1");
    return (drawn.match(/\bT[jJ]\b/g) || []).length;
  });
}

// Offline in Chromium: the single self-contained file opened from disk with the network blocked,
// under its own strict CSP; and the hosted app working offline after a first visit, its worker
// keeping only the app's own files, tolerating a missing settings file, updating cleanly to a new
// version, and never serving a page with another build's files; About offering the single file as a
// download, and the file, served under a strict CSP that stops it, saying to save it and open it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { CSP, DIST, ROOT, serve, launch, newPage, ready, answerLeeds2019, watchViolations, violations, unhashedScripts, address } from "./harness.mjs";

const START = "Check if you could take the NAAS assessment";
const heading = async (page) => (await page.locator("main h1").innerText()).trim();
/** A copy of the build in a folder of its own, to deploy to and change. */
async function site() {
  const dir = await mkdtemp(join(tmpdir(), "naas-site-"));
  await cp(DIST, dir, { recursive: true });
  return dir;
}
/** Makes the build in `dir` into another: its files renamed as a new build's would be, its page
 * naming them (and marked "version 2"), and its worker made again for them. */
async function version2(dir) {
  let html = await readFile(join(dir, "index.html"), "utf8");
  for (const f of await readdir(dir)) {
    const renamed = f.replace(/^(app-.*|naas-checker-[0-9a-f]+)(\.css|_bg\.wasm|\.js)$/, "$1v2$2");
    if (renamed === f) continue;
    await rename(join(dir, f), join(dir, renamed));
    html = html.replaceAll(f, renamed);
  }
  await writeFile(join(dir, "index.html"), html.replace("</body>", "<!-- version 2 --></body>"));
  execFileSync("node", [join(ROOT, "scripts/post-build.mjs"), dir]);
}
/** Visits the app once online and waits until its worker controls the page. */
async function firstVisit(page, url) {
  await page.goto(url);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the service worker controls the page");
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the single file works from disk with every request blocked", async () => {
  const { page, context, errors } = await newPage(browser, { acceptDownloads: true });
  await watchViolations(context);
  const blocked = [];
  await context.setOffline(true);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.goto(`file://${join(DIST, "naas-checker-offline.html")}`);
  await ready(page);
  await answerLeeds2019(page);
  assert.equal((await page.locator("main h1").innerText()).trim(), "You could have taken the NAAS practitioner assessment");
  // The readiness plan downloads from the file too.
  await page.locator("#to-readiness").click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForFunction(() => location.hash.startsWith("#/readiness/p1"));
  const html = await readFile(join(DIST, "naas-checker-offline.html"), "utf8");
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
  assert.deepEqual(unhashedScripts(html), [], "every inline script is named by its hash in the file's CSP");
  assert.doesNotMatch(html, /trunk/i);
  assert.deepEqual(await violations(page), [], "CSP violations");
  assert.deepEqual(blocked, [], "no request left the page");
  assert.deepEqual(errors, []);
  await context.close();
});

test("hosted, it works offline after the first visit", async () => {
  const server = await serve();
  const { page, context, errors } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the service worker controls the page");

  await context.setOffline(true);
  await page.goto(`${server.url}#/q/role?date=2019-10-05`);
  await ready(page);
  assert.equal((await page.locator("main h1").innerText()).trim(), "What was your role on 5 October 2019?");
  await page.reload();
  await ready(page);
  assert.equal((await page.locator("main h1").innerText()).trim(), "What was your role on 5 October 2019?");
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
  await context.close();
  await server.close();
});

test("a new deployment replaces the old cache", async () => {
  const site = await mkdtemp(join(tmpdir(), "naas-site-"));
  await cp(DIST, site, { recursive: true });
  const server = await serve(site);
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const first = await page.evaluate(() => caches.keys());
  assert.equal(first.length, 1);

  // Deploy a new version: a changed page, and the worker made again for it.
  const index = join(site, "index.html");
  await writeFile(index, (await readFile(index, "utf8")).replace("</body>", "<!-- version 2 --></body>"));
  execFileSync("node", [join(ROOT, "scripts/post-build.mjs"), site]);
  await page.reload();
  await ready(page);
  await page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && k[0] !== old), first[0], { timeout: 10000 });
  const html = await page.evaluate(() => fetch("./").then((r) => r.text()));
  assert.match(html, /version 2/, "the new page is served");
  await context.close();
  await server.close();
});

test("answers saved from a file opened from disk can be read by another file opened from disk", async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`file://${join(DIST, "naas-checker-offline.html")}${address({ date: "2019-10-05", council: "leeds", outcome: "practitioner" })}`);
  await ready(page);
  await page.getByRole("button", { name: "Save my answers on this device" }).click();
  const KEY = "naas-checker:saved-answers";
  await page.waitForFunction((k) => localStorage.getItem(k), KEY);
  const other = join(await mkdtemp(join(tmpdir(), "naas-other-")), "other.html");
  await writeFile(other, "<!DOCTYPE html><title>Any other file</title>");
  const elsewhere = await context.newPage();
  await elsewhere.goto(`file://${other}`);
  assert.match(await elsewhere.evaluate((k) => localStorage.getItem(k), KEY), /#\/result\?date=2019-10-05/);
  await context.close();
});

test("the worker keeps only the app's own files, and serves the app's page only at its own address", async () => {
  const dir = await site();
  await writeFile(join(dir, "naas-config.json"), '{ "organisation": "Anytown Council" }');
  const server = await serve(dir);
  const { page, context, errors } = await newPage(browser);
  const missing = [];
  page.on("response", (r) => r.status() === 404 && !r.url().endsWith("/favicon.ico") && missing.push(r.url()));
  await firstVisit(page, server.url);
  // Opening the settings file, embed.js or the worker itself stores none of them as the app's page.
  for (const other of ["naas-config.json", "embed.js", "sw.js"]) await page.goto(server.url + other);
  await context.setOffline(true);
  await page.goto(server.url);
  await ready(page);
  assert.equal(await heading(page), START);
  const files = await readdir(dir);
  const built = files.filter((f) => /^(app-.*\.css|naas-checker-.*\.js|naas-checker-.*_bg\.wasm)$/.test(f));
  const kept = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { caches: keys.length, files: (await cache.keys()).map((r) => new URL(r.url).pathname).sort() };
  });
  assert.deepEqual(kept, { caches: 1, files: ["/", "/boot.js", "/naas-config.json", ...built.map((f) => `/${f}`)].sort() });
  // Any other address is not the app: offline, it fails as any page would.
  await assert.rejects(page.goto(`${server.url}embed.js`), /ERR_INTERNET_DISCONNECTED/);
  // (The browser asks for /favicon.ico when it shows a file that is not a page.)
  assert.deepEqual(missing, []);
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|status of 404/.test(e)), []);
  await context.close();
  await server.close();
});

test("without naas-config.json the worker still installs, and the app works offline", async () => {
  const dir = await site();
  assert.equal(existsSync(join(dir, "naas-config.json")), false, "the build ships no settings file");
  const server = await serve(dir);
  const { page, context, errors } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  const installed = await page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((ok) => setTimeout(() => ok(false), 20000))]));
  assert.ok(installed, "the service worker installed");
  await page.reload();
  await ready(page);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), START);
  assert.equal(await page.locator("#config-notice").count(), 0);
  assert.deepEqual(errors.filter((e) => !/status of 404|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
  await server.close();
});

test("a deployment whose worker fails to install leaves the build before whole for offline use", async () => {
  const dir = await site();
  const server = await serve(dir);
  const { page, context } = await newPage(browser);
  await firstVisit(page, server.url);

  // Version 2, whose worker then fails to arrive (a deployment half done).
  await version2(dir);
  await rm(join(dir, "sw.js"));

  await page.reload();
  await ready(page);
  assert.match(await page.content(), /version 2/, "online, the new version");
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), START);
  assert.doesNotMatch(await page.content(), /version 2/, "offline, the version before, whole");
  await context.close();
  await server.close();
});

test("a new worker whose page is not its build's never installs, and the build before stays", async () => {
  const dir = await site();
  const server = await serve(dir);
  const { page, context } = await newPage(browser);
  await firstVisit(page, server.url);
  const before = await page.evaluate(() => caches.keys());

  // Half copied: version 2's files and worker have arrived, but the page is still version 1's.
  const next = await site();
  await version2(next);
  for (const f of await readdir(next)) {
    if (/v2|^sw\.js$/.test(f)) await cp(join(next, f), join(dir, f));
  }
  const outcome = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    const worker = registration.installing || registration.waiting;
    if (!worker) return "no new worker";
    if (worker.state === "redundant" || worker.state === "activated") return worker.state;
    return new Promise((ok) => worker.addEventListener("statechange", () => ["redundant", "activated"].includes(worker.state) && ok(worker.state)));
  });
  assert.equal(outcome, "redundant", "the new worker gave up");
  assert.deepEqual(await page.evaluate(() => caches.keys()), before, "the build before is kept");
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), START);
  await context.close();
  await server.close();
});

test("About offers the offline copy as a download from the same site, and it is the file that works from disk", async () => {
  const server = await serve(DIST);
  const { page, context, errors } = await newPage(browser, { acceptDownloads: true });
  await page.goto(`${server.url}#/about`);
  await ready(page);
  const link = page.getByRole("link", { name: "Download the offline copy" });
  assert.equal(new URL(await link.getAttribute("href"), page.url()).href, `${server.url}naas-checker-offline.html`, "the same site, beside the page");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.equal(download.suggestedFilename(), "naas-checker-offline.html");
  const saved = await readFile(await download.path());
  assert.ok(saved.equals(await readFile(join(DIST, "naas-checker-offline.html"))), "the very file");
  // Opened from disk, the file's own About offers no copy of itself.
  const copy = join(await mkdtemp(join(tmpdir(), "naas-saved-")), "naas-checker-offline.html");
  await writeFile(copy, saved);
  await page.goto(`file://${copy}#/about`);
  await ready(page);
  assert.equal(await page.locator("#offline-copy").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("served under the README's CSP, where its script cannot run, the offline file says to save it and open it from the computer", async () => {
  const server = await serve(DIST, { headers: { "content-security-policy": CSP } });
  const { page, context } = await newPage(browser);
  await page.goto(`${server.url}naas-checker-offline.html`);
  await page.waitForTimeout(500);
  const note = page.locator(".app-not-loaded");
  assert.ok(await note.isVisible(), "the note shows");
  const text = await note.innerText();
  assert.match(text, /^This is the offline copy of the NAAS checker/);
  assert.match(text, /Save it to your computer .*then open the saved file\./);
  assert.doesNotMatch(await page.locator("body").innerText(), /add one and reload|does not end with a \//, "nothing about a missing slash");
  await context.close();
  await server.close();
});

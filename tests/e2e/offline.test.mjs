// Offline in Chromium: the single self-contained file opened from disk with the network blocked,
// and the hosted app working offline after a first visit, then updating cleanly to a new version.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { DIST, ROOT, serve, launch, newPage, ready, answerLeeds2019 } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the single file works from disk with every request blocked", async () => {
  const { page, context, errors } = await newPage(browser, { acceptDownloads: true });
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

// Updating a council's copy in Chromium (README, Updating): the built folder ships an example
// settings file and never naas-config.json, so copying a new build over a configured one keeps
// the council's settings; a missing settings file, or a web page a host serves in its place, is
// no settings, with no notice, and once the offline worker runs, not even a 404 in the console.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, serve, launch, newPage, ready } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The organisation in the header and the settings notice's text ("" when there is none). */
async function shown(url) {
  const { page, context, errors } = await newPage(browser);
  await page.goto(url);
  await ready(page);
  const header = page.locator(".app-header__organisation");
  const organisation = (await header.count()) ? await header.innerText() : "";
  const notice = page.locator("#config-notice");
  const problems = (await notice.count()) ? await notice.innerText() : "";
  const version = await page.goto(`${url}#/about`).then(() => page.locator("#version").innerText());
  await context.close();
  return { organisation, problems, version, errors };
}

test("the built folder ships an example settings file and no naas-config.json", async () => {
  const files = await readdir(DIST);
  assert.ok(files.includes("naas-config.example.json"));
  assert.equal(files.includes("naas-config.json"), false);
});

test("copying a new build over a configured one keeps its settings", async () => {
  // Last year's deployment, configured as the README says: the example copied to naas-config.json
  // and edited.
  const site = await mkdtemp(join(tmpdir(), "naas-update-"));
  await cp(DIST, site, { recursive: true });
  const example = JSON.parse(await readFile(join(site, "naas-config.example.json"), "utf8"));
  const settings = JSON.stringify({ ...example, organisation: "Barsetshire Council" });
  await writeFile(join(site, "naas-config.json"), settings);
  // A new build copied over it, every file, as the README's Updating says.
  await cp(DIST, site, { recursive: true, force: true });
  assert.equal(await readFile(join(site, "naas-config.json"), "utf8"), settings, "the council's file is untouched");

  const server = await serve(site);
  const live = await shown(server.url);
  await server.close();
  assert.equal(live.organisation, "Barsetshire Council");
  assert.equal(live.problems, "", "the example's settings are all valid");
  assert.match(live.version, /^NAAS checker \d+\.\d+\.\d+/, "About names the version now live");
  assert.deepEqual(live.errors, []);
});

for (const [what, routes] of [
  ["a missing settings file", {}],
  ["a host's own page served for the missing file", { "/naas-config.json": { type: "text/html; charset=utf-8", body: "<!DOCTYPE html><html lang=\"en\"><title>Intranet</title><h1>Welcome</h1></html>" } }],
  ["a host's 'not found' page", { "/naas-config.json": { status: 404, type: "text/html; charset=utf-8", body: "<!DOCTYPE html><title>Not found</title>" } }],
]) {
  test(`${what} is no settings, quietly`, async () => {
    const server = await serve(DIST, { routes });
    const live = await shown(server.url);
    await server.close();
    assert.equal(live.organisation, "");
    assert.equal(live.problems, "", "no settings problem is shown");
    assert.deepEqual(live.errors, [], "and nothing but the browser's own note of a missing file is logged");
  });
}

test("once the offline worker runs, a missing settings file is not even logged", async () => {
  const server = await serve(DIST);
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const logged = [];
  page.on("console", (m) => logged.push(`${m.type()} ${m.text()} ${m.location().url}`));
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the worker controls the page");
  assert.deepEqual(logged, []);
  await context.close();
  await server.close();
});

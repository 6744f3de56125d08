// Council hosting in Chromium: the built folder copied to a sub-path of a static server starts and
// works offline there, with and without the README's Content-Security-Policy; opened without its
// closing slash from a server that does not redirect, the page says what to do; and the folder
// scripts/serve makes and serves (scripts/build's) holds no inline script and no Trunk live reload,
// in the page or in the single offline file, which works from disk with every request blocked; and
// the WebAssembly and its glue name their imports and exports shortly, without wasm-bindgen's hashes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSP, DIST, ROOT, serve, launch, newPage, ready, choose, watchViolations, violations, unhashedScripts } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const csp of [false, true]) {
  test(`copied to /naas-checker/ it starts and works offline there${csp ? ", under the README's CSP" : ""}`, async () => {
    const site = await mkdtemp(join(tmpdir(), "naas-site-"));
    await cp(DIST, join(site, "naas-checker"), { recursive: true });
    const server = await serve(site, { headers: csp ? { "content-security-policy": CSP } : {} });
    const { page, context, errors } = await newPage(browser);
    await watchViolations(context);
    const failed = [];
    // The settings file is optional, and this site has none.
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/naas-config.json") && failed.push(`${r.status()} ${r.url()}`));
    const home = `${server.url}naas-checker/`;
    await page.goto(home);
    await ready(page);
    await page.getByRole("button", { name: "Start now" }).click();
    await page.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "What date do you want to check?");
    assert.equal(await page.locator(".app-not-loaded").isVisible(), false, "no note that the page has not loaded");
    assert.deepEqual(failed, [], "no request failed");
    assert.deepEqual(server.requests.filter((p) => !p.startsWith("/naas-checker/")), [], "nothing asked of the site's root");

    // Offline after this first visit, at the sub-path too.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope)), home);
    await page.reload();
    await ready(page);
    await context.setOffline(true);
    await page.goto(`${home}#/q/role?date=2019-10-05`);
    await page.reload();
    await ready(page);
    await choose(page, "Child and family social worker (frontline practitioner)");
    assert.deepEqual(await violations(page), [], "CSP violations");
    assert.deepEqual(errors, []);
    await context.close();
    await server.close();
  });
}

test("opened at /naas-checker without the closing slash, the page says to add it", async () => {
  const site = await mkdtemp(join(tmpdir(), "naas-site-"));
  await cp(DIST, join(site, "naas-checker"), { recursive: true });
  // The tests' server gives a folder's index.html at its address without the slash, and does not
  // redirect, as many intranet hosts do not: so every relative address points at the site's root.
  const server = await serve(site);
  const { page, context } = await newPage(browser);
  const note = page.locator(".app-not-loaded");
  await page.goto(`${server.url}naas-checker`, { waitUntil: "load" });
  assert.equal(new URL(page.url()).pathname, "/naas-checker", "not redirected");
  assert.ok(await note.isVisible(), "the note shows");
  assert.match(await note.innerText(), /has not loaded properly\. If its address does not end with a \/, add one and reload/);
  // It is the first thing on the page.
  assert.equal(await page.evaluate(() => document.body.innerText.trim().split("\n")[0]), await note.innerText());

  // With the slash, the same page and server: the app starts and the note stays hidden.
  await page.goto(`${server.url}naas-checker/`);
  await ready(page);
  assert.equal(await note.isVisible(), false);
  await context.close();
  await server.close();
});

/** A port nobody listens on now. */
async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, "127.0.0.1", ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** Nothing in a deployable file refers to Trunk or opens a WebSocket, and it runs no inline
 * script its own CSP does not name by hash. */
function assertDeployable(html, name) {
  assert.doesNotMatch(html, /trunk/i, `${name} refers to Trunk`);
  assert.doesNotMatch(html, /wss?:\/\//, `${name} opens a WebSocket`);
  assert.deepEqual(unhashedScripts(html), [], `${name}: inline script`);
}

test("scripts/serve serves the deployable folder: no inline script or Trunk live reload, offline file included", async () => {
  const port = await freePort();
  const serving = spawn(join(ROOT, "scripts/serve"), [], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  serving.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((ok) => serving.on("exit", (code) => ok(code)));
  try {
    const url = `http://127.0.0.1:${port}/`;
    // It builds first unless dist/ is up to date; wait for the server, or for the script to stop.
    for (;;) {
      const up = await fetch(url).then((r) => r.ok, () => false);
      if (up) break;
      const code = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok(undefined), 1000))]);
      assert.equal(code, undefined, `scripts/serve stopped (${code}): ${stderr}`);
    }
    const page = await (await fetch(url)).text();
    assertDeployable(page, "the served page");
    const single = await (await fetch(`${url}naas-checker-offline.html`)).text();
    assertDeployable(single, "the served offline file");
    assert.match(single, /script-src 'sha256-/);

    // The offline file it wrote, opened from disk with every request blocked: no violation, nothing asked.
    const { page: offline, context, errors } = await newPage(browser);
    await watchViolations(context);
    const blocked = [];
    await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : (blocked.push(route.request().url()), route.abort())));
    await offline.goto(`file://${join(ROOT, "dist", "naas-checker-offline.html")}`);
    await ready(offline);
    await offline.getByRole("button", { name: "Start now" }).click();
    await offline.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "What date do you want to check?");
    assert.equal(await offline.locator(".app-not-loaded").isVisible(), false, "no note that the page has not loaded");
    assert.deepEqual(await violations(offline), [], "CSP violations");
    assert.deepEqual(blocked, [], "requests from the offline file");
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    try {
      process.kill(-serving.pid, "SIGTERM");
    } catch {}
    await exited;
  }
});

test("the deployable WebAssembly and its glue use short names for what they share, with no wasm-bindgen hash", async () => {
  const page = await readFile(join(DIST, "index.html"), "utf8");
  const [, js] = page.match(/data-js="\.\/([^"]+)"/);
  const [, wasm] = page.match(/data-wasm="\.\/([^"]+)"/);
  const module = new WebAssembly.Module(await readFile(join(DIST, wasm)));
  const names = [...WebAssembly.Module.imports(module).flatMap((i) => [i.module, i.name]), ...WebAssembly.Module.exports(module).map((e) => e.name)];
  assert.ok(names.length > 100, `only ${names.length} names`);
  assert.deepEqual(names.filter((n) => n.length > 3), [], "long import, module or export names");
  const glue = await readFile(join(DIST, js), "utf8");
  assert.deepEqual(glue.match(/\w*_[0-9a-f]{16}\b/g), null, "hashed names left in the glue");
});

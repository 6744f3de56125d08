// The release to download, in Chromium: scripts/release makes naas-checker-VERSION.zip from a
// clean build, with a SHA-256 file that matches it; unzipped, its site/ folder serves the
// checker, which runs a journey to a result that names the version, as About does; the offline
// file beside it is the site's own; and CHANGELOG.md in it describes the version and its rules.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, serve, launch, newPage, ready, answerLeeds2019 } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const VERSION = (await readFile(join(ROOT, "Cargo.toml"), "utf8")).match(/\[package\][\s\S]*?\nversion = "([^"]+)"/)[1];
const RULES = (await readFile(join(ROOT, "core/src/policy/naas.toml"), "utf8")).match(/\[meta\][\s\S]*?\nversion = "([^"]+)"/)[1];

test("the release archive, unzipped and served, runs a journey and names its version", async () => {
  const out = await mkdtemp(join(tmpdir(), "naas-release-"));
  // --dirty: the tests run on a tree with changes; a real release is made from a clean one.
  execFileSync(join(ROOT, "scripts/release"), ["--dirty"], { cwd: ROOT, env: { ...process.env, RELEASE_DIR: out }, stdio: ["ignore", "ignore", "inherit"] });
  const name = `naas-checker-${VERSION}`;
  assert.deepEqual((await readdir(out)).sort(), [`${name}.zip`, `${name}.zip.sha256`]);
  const zip = await readFile(join(out, `${name}.zip`));
  assert.equal(await readFile(join(out, `${name}.zip.sha256`), "utf8"), `${createHash("sha256").update(zip).digest("hex")}  ${name}.zip\n`);

  const unpacked = await mkdtemp(join(tmpdir(), "naas-unzipped-"));
  execFileSync("unzip", ["-q", join(out, `${name}.zip`), "-d", unpacked]);
  const top = join(unpacked, name);
  assert.deepEqual((await readdir(top)).sort(), ["CHANGELOG.md", "naas-checker-offline.html", "site"]);
  const site = join(top, "site");
  assert.ok((await readFile(join(top, "naas-checker-offline.html"))).equals(await readFile(join(site, "naas-checker-offline.html"))), "the offline file is the site's own");
  assert.equal((await readdir(site)).includes("naas-config.json"), false, "no settings file to overwrite a council's");
  assert.match(await readFile(join(top, "CHANGELOG.md"), "utf8"), new RegExp(`^## ${VERSION.replaceAll(".", "\\.")} .*rules version ${RULES}`, "m"));

  const server = await serve(site);
  const { page, context, errors } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  await answerLeeds2019(page);
  await ready(page);
  assert.match(await page.locator("main h1").innerText(), /could have taken/i);
  assert.match(await page.locator("#record").innerText(), new RegExp(`with the NAAS checker ${VERSION.replaceAll(".", "\\.")}, applying the rules for 5 October 2019 \\(rules version ${RULES},`));
  await page.goto(`${server.url}#/about`);
  await ready(page);
  assert.equal(await page.locator("#version").innerText(), `NAAS checker ${VERSION}`);
  assert.match(await page.locator("#rules-checked").innerText(), new RegExp(`Rules version ${RULES}\\.`));
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

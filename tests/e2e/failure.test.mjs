// When the checker cannot start, in Chromium: its WebAssembly or script blocked or lost (a proxy,
// a dropped connection), WebAssembly refused by a Content-Security-Policy or missing from the
// browser, and in the single offline file an older browser; each time the page says so in plain
// English, with a heading and a title, instead of a start page whose button does nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { DIST, serve, launch, newPage, ready } from "./harness.mjs";

const HEADING = "Sorry, the checker could not start";
const TITLE = `${HEADING} \u2013 NAAS eligibility checker`;
const DEEP = "#/result?date=today&role=frontline";

let server, strict, browser;
before(async () => {
  server = await serve();
  // The README's policy without 'wasm-unsafe-eval', as a council's own policy might be.
  strict = await serve(undefined, { headers: { "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
});

/** Waits for the message, then checks it: the heading (with focus), the title, what to try, and
 * the page's header and footer kept around it. Returns the text of the main area. */
async function assertMessage(page) {
  await page.waitForFunction((h) => document.querySelector("main h1")?.textContent === h, HEADING, { timeout: 20000 });
  assert.equal(await page.title(), TITLE);
  assert.equal(await page.locator("h1").count(), 1, "one h1");
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1", "focus on the heading");
  const text = await page.locator("main").innerText();
  assert.match(text, /could not start in this browser/);
  assert.match(text, /Reload the page/);
  assert.doesNotMatch(text, /The checker is starting|Start now/);
  assert.equal(await page.locator("header.app-header").count(), 1, "the header stays");
  assert.equal(await page.locator("footer").count(), 1, "the footer stays");
  return text;
}

for (const [what, blocked] of [
  ["the WebAssembly", /\.wasm$/],
  ["the app's script", /naas-checker-[0-9a-f]+\.js$/],
]) {
  for (const [where, hash] of [
    ["the start address", ""],
    ["a deep link", DEEP],
  ]) {
    test(`${what} blocked: ${where} says the checker could not start, and what to try`, async () => {
      const { page, context, errors } = await newPage(browser);
      await page.route(blocked, (route) => route.abort("blockedbyclient"));
      await page.goto(server.url + hash);
      const text = await assertMessage(page);
      assert.match(text, /network or security settings may be blocking it\. Ask your IT team/);
      assert.match(text, /offline copy/);
      // Answers in the address are not lost, and the user is told so.
      if (hash) assert.match(text, /Your answers are still in the page address/);
      else assert.doesNotMatch(text, /Your answers/);
      assert.ok(errors.some((e) => /could not start/.test(e)), "the reason is in the console for whoever looks");
      await context.close();
    });
  }
}

// Review: with boot.js itself blocked (or every script), no script can say anything, and the
// start page stayed with a Start button that did nothing. The stylesheet alone shows a note in
// its place after a few seconds.
for (const [what, blocked] of [
  ["boot.js", /boot\.js$/],
  ["every script", /\.js$/],
]) {
  for (const [where, hash] of [
    ["the start address", ""],
    ["a deep link", DEEP],
  ]) {
    test(`${what} blocked: ${where} says, by the stylesheet alone, that the checker has not started`, async () => {
      const { page, context } = await newPage(browser);
      await page.route(blocked, (route) => route.abort("blockedbyclient"));
      await page.goto(server.url + hash);
      const note = page.locator(".app-not-started");
      await note.waitFor({ state: "visible", timeout: 20000 });
      assert.match(await note.innerText(), /Sorry, the checker has not started[\s\S]*Reload the page[\s\S]*ask your IT team|Ask your IT team/i);
      assert.equal(await page.getByRole("button", { name: "Start now" }).isVisible(), false, "no Start button that does nothing");
      assert.equal(await page.locator("main h1").isVisible(), false, "the start page's heading has gone with it");
      assert.equal(await page.locator("header.app-header").isVisible(), true, "the header stays");
      await context.close();
    });
  }
}

// Review: with reduced motion asked for, the stylesheet stopped every animation, this one too.
test("boot.js blocked, with reduced motion asked for: the note still takes the start page's place", async () => {
  const { page, context } = await newPage(browser, { reducedMotion: "reduce" });
  await page.route(/boot\.js$/, (route) => route.abort("blockedbyclient"));
  await page.goto(server.url);
  await page.locator(".app-not-started").waitFor({ state: "visible", timeout: 20000 });
  assert.equal(await page.getByRole("button", { name: "Start now" }).isVisible(), false);
  await context.close();
});

test("once boot.js runs, the note for a page with no script is stopped, even while the WebAssembly is slow", async () => {
  const { page, context } = await newPage(browser);
  await page.route(/\.wasm$/, () => {}); // never answered
  await page.goto(server.url, { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.classList.contains("app-booted"));
  const animations = await page.evaluate(() => [
    getComputedStyle(document.querySelector(".app-not-started")).animationName,
    getComputedStyle(document.querySelector("#app main h1")).animationName,
  ]);
  assert.deepEqual(animations, ["none", "none"], "nothing is timed to hide the start page");
  assert.equal(await page.locator(".app-not-started").isVisible(), false);
  await context.close();
});

test("the WebAssembly answered by a proxy's block page says so too", async () => {
  const { page, context } = await newPage(browser);
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 403, contentType: "text/html", body: "<h1>Blocked by your organisation</h1>" }));
  await page.goto(server.url);
  await assertMessage(page);
  await context.close();
});

test("a Content-Security-Policy without 'wasm-unsafe-eval' gets the message, not a dead page", async () => {
  const { page, context } = await newPage(browser);
  await page.goto(strict.url);
  await assertMessage(page);
  await context.close();
});

test("a browser without WebAssembly gets the message", async () => {
  const { page, context } = await newPage(browser);
  await page.addInitScript(() => delete globalThis.WebAssembly);
  await page.goto(server.url + DEEP);
  await assertMessage(page);
  await context.close();
});

test("the single offline file says so too when it cannot start, without sending anyone to itself", async () => {
  const file = `file://${join(DIST, "naas-checker-offline.html")}`;
  for (const missing of ["DecompressionStream", "WebAssembly"]) {
    const { page, context } = await newPage(browser);
    await page.addInitScript((name) => delete globalThis[name], missing);
    await page.goto(file);
    const text = await assertMessage(page);
    assert.match(text, /up-to-date Edge, Chrome, Firefox or Safari/, missing);
    assert.doesNotMatch(text, /offline copy/, missing);
    await context.close();
  }
});

test("a slow start is not a failure: the app still takes over when its WebAssembly arrives", async () => {
  const { page, context, errors } = await newPage(browser);
  await page.route(/\.wasm$/, async (route) => {
    await new Promise((ok) => setTimeout(ok, 3000));
    await route.continue();
  });
  await page.goto(server.url + "#/q/role?date=2019-10-05");
  assert.match(await page.locator("main").innerText(), /The checker is starting/);
  await ready(page);
  assert.equal((await page.locator("main h1").innerText()).trim(), "What was your role on 5 October 2019?");
  assert.deepEqual(errors, []);
  await context.close();
});

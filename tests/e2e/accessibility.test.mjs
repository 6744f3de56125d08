// Accessibility and layout on every kind of screen, in Chromium: axe-core (WCAG 2.0, 2.1 and 2.2
// A and AA) with zero violations, valid HTML (html-validate), one h1, landmarks, a skip link,
// labelled inputs, no sideways scrolling at 320px or at 200% zoom; screenshots at 375px and
// 1280px are saved in test-results/screens for people to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { ARTEFACTS, serve, launch, newPage, ready, withConfig } from "./harness.mjs";
import { screens } from "./screens.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SHOTS = join(ARTEFACTS, "screens");
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // GOV.UK's start button and "See your result" are links styled as buttons, with
    // role="button" and draggable="false", as the GOV.UK Design System specifies.
    "prefer-native-element": ["error", { exclude: ["button"] }],
    "no-redundant-role": "off",
    // Yew writes boolean attributes it is given a value for as `novalidate="true"`; browsers
    // treat any value as true.
    "attribute-boolean-style": "off",
    // Long source titles are text, not markup problems.
    "long-title": "off",
    // Whitespace in Trunk's generated <head>, and empty attributes that outerHTML writes as
    // crossorigin="", are serialisation details, not markup errors.
    "no-trailing-whitespace": "off",
    "attribute-empty-style": "off",
    // The GOV.UK markup uses inline SVG for the start arrow without a title: it is aria-hidden.
    "svg-focusable": "off",
    // Checkboxes in one group share a name, as in GOV.UK's markup and as HTML intends.
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
  },
});

let server, noticeServer, browser;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve();
  noticeServer = await serve(undefined, {
    routes: { "/": { type: "text/html; charset=utf-8", body: await withConfig(`{ "theme": { "brand": "#ffff00" }, "colour": "red" }`) } },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await noticeServer?.close();
});

const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

async function checkScreen(page, name) {
  // Validate first, before axe's own script tag is added to the page.
  const html = "<!DOCTYPE html>\n" + (await page.evaluate(() => document.documentElement.outerHTML));
  const report = await validator.validateString(html);
  const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector})`));
  assert.deepEqual(problems, [], `${name}: html-validate`);

  await page.addScriptTag({ path: AXE });
  const axe = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, TAGS);
  assert.deepEqual(axe, [], `${name}: axe violations`);

  const structure = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll("h1").length,
    header: document.querySelectorAll("header").length,
    main: document.querySelectorAll("main").length,
    footer: document.querySelectorAll("footer").length,
    skip: document.querySelector("a")?.getAttribute("href"),
    unlabelled: [...document.querySelectorAll("input, select, textarea")]
      .filter((i) => i.type !== "hidden" && !(i.labels && i.labels.length) && !i.getAttribute("aria-label"))
      .map((i) => i.id || i.name),
  }));
  assert.deepEqual(structure, { lang: "en-GB", h1: 1, header: 1, main: 1, footer: 1, skip: "#main-content", unlabelled: [] }, name);

  await page.screenshot({ path: join(SHOTS, `${slug(name)}-1280.png`), fullPage: true });
  for (const width of [320, 640]) {
    // 640 CSS pixels is a 1280-pixel window at 200% zoom.
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > width + 1);
      return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 3).map((e) => e.outerHTML.slice(0, 80)) };
    });
    assert.deepEqual(overflow, { scroll: 0, wide: [] }, `${name}: content wider than ${width}px`);
  }
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: join(SHOTS, `${slug(name)}-375.png`), fullPage: true });
}

for (const screen of screens()) {
  test(`accessible and in layout: ${screen.name}`, async () => {
    const { page, context, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + screen.hash);
    await ready(page);
    if (screen.act) await screen.act(page);
    await checkScreen(page, screen.name);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("accessible and in layout: the configuration notice", async () => {
  const { page, context, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(noticeServer.url);
  await ready(page);
  await page.waitForSelector("#config-notice");
  await checkScreen(page, "configuration notice");
  assert.deepEqual(errors, []);
  await context.close();
});

test("accessible and in layout: the page when the checker cannot start", async () => {
  const { page, context } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(`${server.url}#/q/role?date=2019-10-05`);
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent === "Sorry, the checker could not start");
  await checkScreen(page, "could not start");
  await context.close();
});

test("reduced motion and forced colours are respected", async () => {
  const { page, context } = await newPage(browser);
  await page.emulateMedia({ reducedMotion: "reduce", forcedColors: "active" });
  await page.goto(`${server.url}#/q/role?date=2019-10-05`);
  await ready(page);
  const transition = await page.locator(".govuk-button").evaluate((e) => getComputedStyle(e).transitionDuration);
  assert.match(transition, /^0s/);
  await page.keyboard.press("Tab");
  const focus = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.notEqual(focus.outline, "none", "in forced colours the focus outline shows");
  assert.ok(focus.width >= 2, `focus outline ${focus.width}px`);
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => (await window.axe.run(document, { runOnly: { type: "tag", values: tags } })).violations.length, TAGS);
  assert.equal(violations, 0);
  await context.close();
});

test("without JavaScript the page says what the checker is and where the facts are", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  const text = await page.locator("body").innerText();
  assert.match(text, /need JavaScript/);
  assert.match(text, /National Assessment and Accreditation System/);
  assert.match(text, /Today: NAAS closed in March 2022\./);
  assert.ok((await page.locator("main a[href^='https://']").count()) >= 2, "links to the key sources");
  assert.equal(await page.locator("h1").count(), 1);
  await context.close();
});

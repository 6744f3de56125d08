// Embedding in Chromium: a council's page on another origin embeds the checker with embed.js; the
// checker tells only pages the council allows its height, growing and shrinking the frame with its
// content; a page it does not tell still gets a frame that scrolls, and a console warning naming
// parentOrigins; embedded, it shows no header or footer of its own; frame-ancestors stops other
// sites framing it at all; a council's theme colour reaches every place the brand colour appears.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CSP, serve, launch, newPage, ready, withConfig, until, address } from "./harness.mjs";

const LONG = address({ date: "2019-10-05", council: "leeds", outcome: "practitioner" });
const html = (body) => ({ type: "text/html; charset=utf-8", body });
const origin = (url) => new URL(url).origin;

/** A page that embeds the checker at `src` as the README says, and notes every height it is told. */
const hostPage = (app, src, above = "") =>
  html(`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,"></head><body>
<h1>Anytown intranet</h1>${above}
<iframe data-naas-checker src="${src}" title="NAAS eligibility checker"></iframe>
<script src="${app.url}embed.js"></script>
<script>
  window.heard = [];
  window.loaded = false;
  addEventListener("message", (e) => { if (e.data && e.data.type === "naas-checker:height") heard.push(e.data.height); });
  document.querySelector("iframe").addEventListener("load", () => (window.loaded = true));
</script>
</body></html>`);

let app, plain, guarded, host, stranger, browser;
const [appRoutes, guardedRoutes, hostRoutes, strangerRoutes] = [{}, {}, {}, {}];
before(async () => {
  app = await serve(undefined, { routes: appRoutes });
  // The same copy of the checker with no settings: it tells no other origin its height.
  plain = await serve();
  host = await serve(undefined, { routes: hostRoutes });
  stranger = await serve(undefined, { routes: strangerRoutes });
  host.routes = hostRoutes;
  stranger.routes = strangerRoutes;
  // The council names its intranet as the parent; the same copy, served with frame-ancestors too.
  const config = { type: "application/json", body: JSON.stringify({ parentOrigins: [origin(host.url)] }) };
  appRoutes["/naas-config.json"] = config;
  guardedRoutes["/naas-config.json"] = config;
  guarded = await serve(undefined, { headers: { "content-security-policy": `${CSP}; frame-ancestors 'self' ${origin(host.url)}` }, routes: guardedRoutes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [host, stranger, app, plain, guarded]) await s?.close();
});

/** Opens `server`'s page embedding `src`; returns the page, the checker's frame once loaded, the
 * console warnings of the host page and when it was opened. */
async function embed(server, src, { viewport } = {}) {
  server.routes["/"] = hostPage(app, src);
  const opened = await newPage(browser, viewport ? { viewport } : {});
  const warnings = [];
  opened.page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const since = Date.now();
  await opened.page.goto(server.url);
  await opened.page.waitForFunction(() => window.loaded);
  const inner = opened.page.frames().find((f) => f.url().startsWith(src.split("#")[0]));
  return { ...opened, inner, warnings, since };
}
/** embed.js warns after 10 seconds without a height; this waits until then and a little more. */
const pastWarning = (since) => new Promise((ok) => setTimeout(ok, Math.max(0, since + 11000 - Date.now())));
const frameHeight = (page) => page.evaluate(() => parseFloat(document.querySelector("iframe").style.height) || 0);
/** The height of the checker's content: its body, whose height is its content's, not the frame's. */
const contentHeight = (inner) => inner.evaluate(() => document.body.getBoundingClientRect().height);

// Review: on a slow device the app took the start page's place (a new #app) after boot.js had
// begun to watch the old one, so it posted a height of 0 and never another: the frame shrank to
// 150 pixels for good. Here the page's #app is replaced once the checker runs, as the app does
// when it is late, and the frame must follow the new one.
test("when the app takes the start page's place late, the frame follows the new page", async () => {
  appRoutes["/intranet.html"] = hostPage(app, app.url);
  const { page, context, errors } = await newPage(browser, { viewport: { width: 375, height: 800 } });
  await page.goto(`${app.url}intranet.html`);
  await page.waitForFunction(() => window.loaded);
  const inner = page.frames().find((f) => f.url() === app.url);
  await ready(inner);
  const fits = async () => {
    const [frame, content] = [await frameHeight(page), await contentHeight(inner)];
    return { ok: content > 300 && Math.abs(frame - content) <= 3, frame, content };
  };
  await until(fits, "the frame fits its content");
  // A new #app in place of the old one, then a page of a different height in it.
  await inner.evaluate(() => {
    const old = document.getElementById("app");
    const fresh = old.cloneNode(true);
    old.after(fresh);
    old.remove();
    const main = fresh.querySelector("main");
    for (let i = 0; i < 30; i++) main.append(Object.assign(document.createElement("p"), { className: "govuk-body", textContent: "More text." }));
  });
  await until(fits, "the frame follows the new #app");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an allowed host page sizes the frame to the checker's content, with no inner scrollbar", async () => {
  const { page, context, errors, inner, warnings, since } = await embed(host, `${app.url}#/q/role?date=2019-10-05`);
  await ready(inner);
  const fitted = async () => {
    const [frame, content] = [await frameHeight(page), await contentHeight(inner)];
    return { ok: Math.abs(frame - content) <= 3, frame, content };
  };
  const first = await until(fitted, "the frame fits its content");
  assert.ok(await inner.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1), "no scrollbar inside the frame");
  assert.equal(await page.locator("iframe").getAttribute("scrolling"), "no", "sized, the frame stops scrolling");

  // The height follows the page: the council list is much longer than the role question.
  const frame = page.frameLocator("iframe[data-naas-checker]");
  for (const label of ["Child and family social worker (frontline practitioner)", "Yes", "A local authority (council)"]) {
    await frame.locator("label").getByText(label, { exact: true }).click();
    await frame.getByRole("button", { name: "Continue" }).click();
  }
  await frame.locator("label").getByText("Leeds", { exact: true }).waitFor();
  await until(async () => ({ ...(await fitted()), ok: (await fitted()).ok && (await frameHeight(page)) > first.frame + 300 }), "the frame grows");
  // Links to other sites open in a new tab and say so.
  await inner.evaluate(() => (location.hash = "#/about"));
  const external = frame.locator("main a[href^='https://']").first();
  assert.equal(await external.getAttribute("target"), "_blank");
  assert.match(await external.innerText(), /opens in new tab/);
  // Told its height, the host page has nothing to warn its developer about.
  await pastWarning(since);
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page on another origin not in parentOrigins still gets a frame the user can scroll, and a warning naming the setting and frame-ancestors", async () => {
  const { page, context, errors, inner, warnings, since } = await embed(host, plain.url, { viewport: { width: 375, height: 667 } });
  await ready(inner);
  const iframe = page.locator("iframe");
  const start = page.frameLocator("iframe[data-naas-checker]").getByRole("button", { name: "Start now" });
  // A user turns the mouse wheel over the frame until Start now shows, inside the frame and the window.
  const shown = async () => {
    const [button, frame] = [await start.boundingBox(), await iframe.boundingBox()];
    return { ok: button.y >= Math.max(0, frame.y) && button.y + button.height <= Math.min(667, frame.y + frame.height), button, frame };
  };
  const frame = await iframe.boundingBox();
  await page.mouse.move(frame.x + frame.width / 2, frame.y + 40);
  let seen = await shown();
  for (let turns = 0; !seen.ok && turns < 30; turns++) {
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(100);
    seen = await shown();
  }
  assert.ok(seen.ok, `Start now never came into view: ${JSON.stringify(seen)}`);
  await page.mouse.click(seen.button.x + seen.button.width / 2, seen.button.y + seen.button.height / 2);
  await inner.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "What date do you want to check?");
  // As tall as the window (667 pixels here), as it was from the start.
  assert.equal(Math.round((await iframe.boundingBox()).height), 667);
  assert.equal(await iframe.getAttribute("scrolling"), null, "the frame keeps its scrollbar");
  assert.deepEqual(await page.evaluate(() => window.heard), [], "no height told");

  // The host page's developer finds why in the console.
  await pastWarning(since);
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.match(warnings[0], /parentOrigins/);
  assert.match(warnings[0], /frame-ancestors, that must name this page's origin too/, "and the CSP directive that can stop a frame");
  assert.ok(warnings[0].includes(JSON.stringify(origin(host.url))), `names this page's origin: ${warnings[0]}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone, the frame shrinks to its content after a long result gives way to a short page", async () => {
  const { page, context, errors, inner } = await embed(host, `${app.url}${LONG}`, { viewport: { width: 375, height: 667 } });
  await ready(inner);
  const long = await until(async () => {
    const height = await frameHeight(page);
    return { ok: height > 3000 && Math.abs(height - (await contentHeight(inner))) <= 3, height };
  }, "the frame fits the long result");
  await page.frameLocator("iframe[data-naas-checker]").getByRole("link", { name: "Start again" }).click();
  await inner.waitForFunction(() => location.hash.startsWith("#/date"));
  const short = await until(async () => {
    const [frame, content] = [await frameHeight(page), await contentHeight(inner)];
    return { ok: Math.abs(frame - content) <= 3, frame, content };
  }, "the frame shrinks to its content");
  assert.ok(short.frame < long.height / 2, `from ${long.height}px to ${short.frame}px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page on the checker's own origin is told the height without being named", async () => {
  appRoutes["/intranet.html"] = hostPage(app, `${app.url}#/q/role?date=2019-10-05`);
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${app.url}intranet.html`);
  await page.waitForFunction(() => window.loaded);
  const inner = page.frames().find((f) => f.url().startsWith(`${app.url}#`));
  await ready(inner);
  await until(async () => {
    const [frame, content] = [await frameHeight(page), await contentHeight(inner)];
    return { ok: Math.abs(frame - content) <= 3, frame, content };
  }, "the frame fits its content");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a height the host page gives the frame itself is kept while no height arrives", async () => {
  host.routes["/"] = html(hostPage(app, plain.url).body.replace("<iframe ", '<iframe style="height: 420px" '));
  const { page, context, errors } = await newPage(browser);
  await page.goto(host.url);
  await page.waitForFunction(() => window.loaded);
  await ready(page.frames().find((f) => f.url().startsWith(plain.url)));
  assert.equal(await page.evaluate(() => document.querySelector("iframe").style.height), "420px");
  assert.equal(await page.locator("iframe").getAttribute("scrolling"), null, "it scrolls");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page the council does not allow is never told the height", async () => {
  const { page, context, inner } = await embed(stranger, `${app.url}${LONG}`);
  await ready(inner);
  // It introduces itself, as embed.js does, and the checker's page changes height.
  await page.evaluate(() => document.querySelector("iframe").contentWindow.postMessage({ type: "naas-checker:hello" }, "*"));
  await inner.evaluate(() => (location.hash = "#/about"));
  await inner.waitForFunction(() => document.querySelector("main h1")?.textContent.includes("About"));
  await new Promise((ok) => setTimeout(ok, 500));
  assert.deepEqual(await page.evaluate(() => window.heard), [], "heights told to another site");
  assert.equal(await page.evaluate(() => document.querySelector("iframe").style.height), "max(600px, 100vh)", "the frame keeps the height it was given at first");
  await context.close();
});

test("with frame-ancestors, the council's page may frame the checker and no other site can", async () => {
  const allowed = await embed(host, `${guarded.url}#/q/role?date=2019-10-05`);
  await ready(allowed.inner);
  await until(async () => ({ ok: (await frameHeight(allowed.page)) > 300 }), "the allowed page sizes the frame");
  assert.deepEqual(allowed.errors, []);
  await allowed.context.close();

  const other = await embed(stranger, `${guarded.url}#/q/role?date=2019-10-05`);
  const frame = other.page.frames()[1];
  assert.equal(await frame.locator("#app").count(), 0, "the checker did not load in another site's frame");
  assert.deepEqual(await other.page.evaluate(() => window.heard), []);
  await other.context.close();
});

test("embedded, the checker drops its own header and footer and keeps what users need", async () => {
  const { page, context, errors, inner } = await embed(host, `${app.url}#/q/role?date=2019-10-05`);
  await ready(inner);
  const frame = page.frameLocator("iframe[data-naas-checker]");
  assert.equal(await frame.locator("header, .app-header").count(), 0, "no header");
  assert.equal(await frame.locator(".govuk-footer").count(), 0, "no footer chrome");
  assert.equal(await frame.locator("a.govuk-skip-link[href='#main-content']").count(), 1, "the skip link");
  assert.match(await frame.locator(".govuk-phase-banner").innerText(), /Independent[\s\S]*not a government service/);
  assert.equal(await frame.getByRole("link", { name: "About this checker and its sources" }).count(), 1);
  assert.equal(await frame.getByRole("link", { name: "Accessibility statement" }).count(), 1);
  assert.match(await frame.locator("footer").innerText(), /Your answers stay on this device/);
  assert.equal(await frame.locator(".app-not-loaded").isVisible(), false, "no note that the page has not loaded");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the theme colour reaches every place the brand colour appears, and focus stays yellow", async () => {
  const server = await serve(undefined, { routes: { "/": html(await withConfig(JSON.stringify({ theme: { brand: "#00703c" }, colour: "red" }))) } });
  const { page, context, errors } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  const green = "rgb(0, 112, 60)";
  const style = (selector, property) => page.locator(selector).first().evaluate((e, p) => getComputedStyle(e)[p], property);
  assert.equal(await style(".app-header", "backgroundColor"), green, "the header");
  assert.equal(await style(".govuk-footer", "borderTopColor"), green, "the footer's rule");
  assert.equal(await style("#config-notice", "borderTopColor"), green, "the notification banner");
  assert.equal(await style("#config-notice .govuk-notification-banner__header", "backgroundColor"), green);
  assert.equal(await page.locator("meta[name=theme-color]").getAttribute("content"), "#00703c", "the browser's theme colour");
  await page.locator(".app-header__service-name").focus();
  assert.equal(await style(".app-header__service-name", "backgroundColor"), "rgb(255, 221, 0)", "focus stays GOV.UK yellow");
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("embedded set to false keeps the header and footer inside a frame", async () => {
  const framed = await serve(undefined, { routes: { "/": html(await withConfig(`{ "embedded": false }`)) } });
  const outer = await serve(undefined, { routes: { "/": hostPage(framed, `${framed.url}#/q/role?date=2019-10-05`) } });
  const { page, context, errors } = await newPage(browser);
  await page.goto(outer.url);
  await page.waitForFunction(() => window.loaded);
  await ready(page.frames()[1]);
  const frame = page.frameLocator("iframe[data-naas-checker]");
  assert.equal(await frame.locator(".app-header").count(), 1);
  assert.equal(await frame.locator(".govuk-footer").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
  await outer.close();
  await framed.close();
});

test("the embedded setting drops the header and footer even outside a frame", async () => {
  const server = await serve(undefined, { routes: { "/": html(await withConfig(`{ "embedded": true, "organisation": "Anytown Council" }`)) } });
  const { page, context, errors } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  assert.equal(await page.locator(".app-header").count(), 0);
  assert.equal(await page.locator(".govuk-footer").count(), 0);
  assert.equal(await page.getByRole("link", { name: "About this checker and its sources" }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("embedded, each step shows the frame's top: the host page scrolls to it, and the heading takes focus", async () => {
  appRoutes["/tall.html"] = hostPage(app, `${app.url}#/q/role?date=2019-10-05`, `<div style="height: 1400px">News and notices</div>`);
  const { page, context, errors } = await newPage(browser, { viewport: { width: 375, height: 667 } });
  await page.goto(`${app.url}tall.html`);
  await page.waitForFunction(() => window.loaded);
  const inner = page.frames().find((f) => f.url().startsWith(app.url) && f !== page.mainFrame());
  await ready(inner);
  const frame = page.frameLocator("iframe[data-naas-checker]");
  for (const [label, heading] of [
    ["Child and family social worker (frontline practitioner)", /registered/],
    ["Yes", /Who employed you/],
    ["A local authority (council)", /Which council/],
  ]) {
    // The user has scrolled the host page down to the frame's Continue button.
    await frame.locator("label").getByText(label, { exact: true }).click();
    await frame.getByRole("button", { name: "Continue" }).click();
    await inner.waitForFunction((h) => new RegExp(h).test(document.querySelector("main h1")?.textContent), heading.source);
    const top = await until(async () => {
      const at = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().top);
      return { ok: at >= -1 && at <= 40, at };
    }, `after "${label}", the host page does not show the frame's top`);
    assert.ok(top.ok);
    assert.equal(await inner.evaluate(() => document.activeElement?.matches("main h1")), true);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

// Embedding in Chromium: a council's page on another origin embeds the checker in an iframe,
// receives its height and sizes the frame, with no inner scrollbar.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, newPage } from "./harness.mjs";

let app, host, browser;
before(async () => {
  app = await serve();
  const snippet = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,"></head><body>
<h1>Anytown intranet</h1>
<iframe data-naas-checker src="${app.url}#/q/role?date=2019-10-05" title="NAAS eligibility checker"></iframe>
<script src="${app.url}embed.js"></script>
</body></html>`;
  host = await serve(undefined, { routes: { "/": { type: "text/html; charset=utf-8", body: snippet } } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

test("the host page sizes the iframe to the checker's height", async () => {
  const { page, context, errors } = await newPage(browser);
  await page.goto(host.url);
  const frame = page.frameLocator("iframe[data-naas-checker]");
  await frame.locator("main h1").waitFor();
  await page.waitForFunction(() => parseInt(document.querySelector("iframe").style.height) > 600);
  const sizes = async () =>
    page.evaluate(async () => {
      const iframe = document.querySelector("iframe");
      return { frame: iframe.getBoundingClientRect().height };
    });
  const inner = page.frames().find((f) => f.url().startsWith(app.url));
  const content = await inner.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
  const { frame: height } = await sizes();
  assert.ok(Math.abs(height - content.scroll) <= 2, `frame ${height}px for content ${content.scroll}px`);
  assert.ok(content.scroll <= content.client + 1, "no scrollbar inside the frame");

  // The height follows the page: the council list is much longer than the role question.
  await frame.locator("label").getByText("Child and family social worker (frontline practitioner)", { exact: true }).click();
  await frame.getByRole("button", { name: "Continue" }).click();
  await frame.locator("label").getByText("Yes", { exact: true }).click();
  await frame.getByRole("button", { name: "Continue" }).click();
  await frame.locator("label").getByText("A local authority (council)", { exact: true }).click();
  await frame.getByRole("button", { name: "Continue" }).click();
  await frame.locator("label").getByText("Leeds", { exact: true }).waitFor();
  await page.waitForFunction((before) => parseInt(document.querySelector("iframe").style.height) > before + 300, height);
  // Links to other sites open in a new tab and say so.
  await inner.evaluate(() => (location.hash = "#/about"));
  const external = frame.locator("main a[href^='https://']").first();
  assert.equal(await external.getAttribute("target"), "_blank");
  assert.match(await external.innerText(), /opens in new tab/);
  assert.deepEqual(errors, []);
  await context.close();
});

// Strict security in Chromium: the served app under a strict Content-Security-Policy header has
// no violations, asks nothing of other origins and sets no cookies, through a whole journey.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, answerLeeds2019, choose } from "./harness.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const env = useApp({ headers: { "content-security-policy": CSP } });

test("no CSP violations, no other origins, no cookies, through eligibility and readiness", async () => {
  const { page, context, errors } = await newPage(env.browser, { acceptDownloads: true });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const origin = new URL(env.server.url).origin;
  const elsewhere = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin)) elsewhere.push(r.url());
  });
  await page.goto(env.server.url);
  await ready(page);
  await answerLeeds2019(page);
  await page.locator("#to-readiness").click();
  await page.getByRole("button", { name: "Continue" }).click();
  for (let i = 0; i < 10; i++) await choose(page, i % 3 ? "Confident" : "Partly confident");
  await page.locator("label").getByText("None of these", { exact: true }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForFunction(() => location.hash.startsWith("#/readiness/plan"));
  await Promise.all([page.waitForEvent("download"), page.locator("#download-plan").click()]);
  await page.getByRole("button", { name: "Save my answers on this device" }).click();

  assert.deepEqual(await page.evaluate(() => window.__violations), [], "CSP violations");
  assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
  assert.deepEqual(elsewhere, [], "requests to other origins");
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.deepEqual(errors, []);
  await context.close();
});

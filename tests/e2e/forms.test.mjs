// The question pages' own behaviour, in Chromium: what a radio reveals shows and hides with it,
// "None of these" and the other boxes exclude each other, the error summary's link moves focus
// without changing the address, and a second, different problem takes focus again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready } from "./harness.mjs";

const env = useApp();

test("the date input shows with Another date and hides with Today", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/date`);
  await ready(page);
  const day = page.getByLabel("Day", { exact: true });
  assert.equal(await day.isVisible(), false);
  await page.locator("label").getByText("Another date", { exact: true }).click();
  assert.equal(await day.isVisible(), true);
  await page.locator("label").getByText("Today, 22 November 2026", { exact: true }).click();
  assert.equal(await day.isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("None of these and the other boxes exclude each other", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/readiness/checks?date=2019-10-05&set=supervisor&s1=partly&s2=confident&s3=confident&s4=confident&s5=confident&s6=confident&s7=confident&s8=confident`);
  await ready(page);
  const photo = page.getByLabel("Photo ID for the assessment centre");
  const none = page.getByLabel("None of these");
  await photo.check();
  await none.check();
  assert.equal(await photo.isChecked(), false, "None of these unticks the others");
  await photo.check();
  assert.equal(await none.isChecked(), false, "another box unticks None of these");
  assert.deepEqual(errors, []);
  await context.close();
});

test("each new problem takes focus, and its link focuses the field without leaving the page", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/date`);
  await ready(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains("govuk-error-summary"));
  assert.match(await page.locator(".govuk-error-summary").innerText(), /Select today or another date/);
  // A different problem: focus moves to the summary again.
  await page.locator("label").getByText("Another date", { exact: true }).click();
  await page.getByLabel("Year", { exact: true }).fill("20");
  await page.getByLabel("Month", { exact: true }).focus();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains("govuk-error-summary") && /must include a month/.test(document.activeElement.innerText));
  assert.equal(await page.getByLabel("Year", { exact: true }).inputValue(), "20", "what was typed is kept");
  const before = page.url();
  await page.locator(".govuk-error-summary a").click();
  assert.equal(page.url(), before, "the address still holds the page");
  assert.match(await page.evaluate(() => document.activeElement.id), /^when-date-/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the same problem again takes focus again, on a question and on the plan's reminder", async () => {
  const { page, context, errors } = await newPage(env.browser);
  const summaryFocused = () => page.waitForFunction(() => document.activeElement?.classList.contains("govuk-error-summary"), null, { timeout: 5000 });
  await page.goto(`${env.server.url}#/q/role?date=today`);
  await ready(page);
  const cont = page.getByRole("button", { name: "Continue" });
  await cont.click();
  await summaryFocused();
  // Back to the button, as a keyboard user is after reading the summary, and press it again.
  await cont.focus();
  await page.keyboard.press("Enter");
  await summaryFocused();

  await page.goto(`${env.server.url}#/readiness/plan?set=leader&l1=partly&l2=confident&l3=confident&l4=confident&l5=confident&l6=confident`);
  await ready(page);
  const remind = page.getByRole("button", { name: "Download a calendar reminder" });
  await page.locator("#remind-day").fill("1");
  await page.locator("#remind-month").fill("1");
  await page.locator("#remind-year").fill("2020");
  await remind.click();
  await summaryFocused();
  assert.match(await page.locator(".govuk-error-summary").innerText(), /must be in the future/);
  await remind.focus();
  await page.keyboard.press("Enter");
  await summaryFocused();
  assert.deepEqual(errors, []);
  await context.close();
});

// End to end in Chromium: a user answers by clicking labels, changes an answer, reaches a
// sourced result, reloads it, and the console stays free of errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, focused, choose, address } from "./harness.mjs";

const env = useApp();

/** Asserts the page's h1 reads `heading` and has focus, as after every step. */
async function onPage(page, heading) {
  await page.waitForFunction((h) => document.querySelector("main h1")?.textContent.trim() === h, heading);
  const el = await focused(page);
  assert.equal(el?.tag, "h1", `focus should be on the h1 of "${heading}", was ${JSON.stringify(el)}`);
  assert.match(await page.title(), new RegExp(`^${heading.replace(/[?()]/g, "\\$&")} – NAAS eligibility checker$`));
}

test("a practitioner in 2019 gets a sourced result, changes an answer, and reloads it", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  assert.match(await page.locator("#status").innerText(), /Today: NAAS closed in March 2022\./);

  await page.getByRole("button", { name: "Start now" }).click();
  await onPage(page, "What date do you want to check?");
  await page.locator("label.govuk-radios__label").getByText("Another date", { exact: true }).click();
  await page.getByLabel("Day", { exact: true }).fill("5");
  await page.getByLabel("Month", { exact: true }).fill("10");
  await page.getByLabel("Year", { exact: true }).fill("2019");
  await page.getByRole("button", { name: "Continue" }).click();

  await onPage(page, "What was your role on 5 October 2019?");
  await choose(page, "Child and family social worker (frontline practitioner)");
  await onPage(page, "On 5 October 2019, were you registered as a social worker with the Health and Care Professions Council (HCPC)?");
  await choose(page, "Yes");
  await onPage(page, "Who employed you on 5 October 2019?");
  await choose(page, "A local authority (council)");
  await onPage(page, "Which council or children's trust did you work for on 5 October 2019?");
  await choose(page, "Leeds");

  await onPage(page, "Check your answers");
  const rows = await page.locator(".govuk-summary-list__row").allInnerTexts();
  assert.equal(rows.length, 5);
  assert.match(rows[0], /Date checked\s+5 October 2019/);
  assert.match(rows[4], /Council or trust\s+Leeds/);

  // Change the role: the other answers still apply, so it comes straight back here.
  await page.getByRole("link", { name: "Change role" }).click();
  await onPage(page, "What was your role on 5 October 2019?");
  assert.equal(await page.getByLabel("Child and family social worker (frontline practitioner)").isChecked(), true);
  await choose(page, "Practice supervisor");
  await onPage(page, "Check your answers");
  const changed = await page.locator(".govuk-summary-list__row").allInnerTexts();
  assert.match(changed[1], /Role\s+Practice supervisor/);
  assert.match(changed[4], /Council or trust\s+Leeds/, "the council answer is kept");

  await page.getByRole("button", { name: "See your result" }).click();
  const heading = "You could have taken the NAAS practice supervisor assessment";
  await onPage(page, heading);
  const why = await page.locator(".app-reasons > li").allInnerTexts();
  assert.ok(why.some((r) => /Leeds joined NAAS in phase one, from July 2018/.test(r)), why.join("\n"));
  // Every reason cites its sources by number; each number is in the one list of sources.
  const listed = await page.locator("#sources + ol > li").count();
  for (const reason of await page.locator(".app-reasons > li").all()) {
    const cite = await reason.locator(".app-cite").innerText();
    const numbers = cite.match(/\d+/g).map(Number);
    assert.ok(numbers.length > 0 && numbers.every((n) => n >= 1 && n <= listed), `${cite} of ${listed}`);
  }
  const first = page.locator("#sources + ol a").first();
  assert.match(await first.getAttribute("href"), /^https?:\/\//);
  assert.equal(await first.getAttribute("target"), "_blank");
  assert.match(await first.innerText(), /\(opens in new tab\)$/);
  assert.match(await page.locator("main").innerText(), /did not affect a social worker.s registration/);
  assert.match(await page.locator("#result-now").innerText(), /None of it can be done now: NAAS closed in March 2022/, "a past result says it cannot be done now");
  assert.match(await page.locator("main").innerText(), /voluntary/);

  // The result has its own address: reloading it shows the same result.
  const address = page.url();
  assert.match(address, /#\/result\?date=2019-10-05&role=practice-supervisor&registration=yes&employer=local-authority&council=leeds$/);
  await page.reload();
  await ready(page);
  assert.equal((await page.locator("main h1").innerText()).trim(), heading);

  // Back and forward move between the steps.
  await page.goBack();
  await page.waitForFunction(() => location.hash.startsWith("#/check"));
  assert.equal((await page.locator("main h1").innerText()).trim(), "Check your answers");
  await page.goForward();
  await page.waitForFunction((h) => document.querySelector("main h1")?.textContent.trim() === h, heading);

  assert.deepEqual(errors, [], "no console errors");
  await context.close();
});

test("with nothing chosen the question shows the GOV.UK error pattern", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}${address({ date: "2019-10-05", page: "q/employer" })}`);
  await ready(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForSelector(".govuk-error-summary");
  assert.match(await page.title(), /^Error: Who employed you on 5 October 2019\?/);
  const el = await focused(page);
  assert.match(el.className, /govuk-error-summary/);
  // The summary's link takes focus to the first radio.
  await page.locator(".govuk-error-summary a").click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "employer");
  assert.match(page.url(), /#\/q\/employer\?/, "following the error link keeps the address");
  assert.deepEqual(errors, []);
  await context.close();
});

test("for today the answer leads with the standard that applies, after the role alone", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole("button", { name: "Start now" }).click();
  await choose(page, "Today, 22 November 2026");
  await onPage(page, "What is your role?");
  await choose(page, "Child and family social worker (frontline practitioner)");
  await onPage(page, "Check your answers");
  await page.getByRole("button", { name: "See your result" }).click();
  await onPage(page, "The knowledge and skills statement for child and family practitioners applies to you until 31 March 2027");
  assert.match(await page.locator("main").innerText(), /early career standards/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link with a date past the horizon is refused, never answered", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/result?date=2099-01-01&role=frontline`);
  await ready(page);
  const banner = await page.locator(".govuk-notification-banner").innerText();
  assert.match(banner, /We could not read the link/);
  assert.match(banner, /1 January 2099 is after 31 December 2028, the last date the checker can check/);
  assert.equal((await page.locator("main h1").innerText()).trim(), "Check if you could take the NAAS assessment");
  assert.doesNotMatch(await page.locator("main").innerText(), /on 1 January 2099/);
  assert.equal(new URL(page.url()).hash, "#/", "the refused link is replaced by the page shown");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a mangled link shows a clear message and the start page", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/q/nowhere?date=yesterday&role=wizard`);
  await ready(page);
  const banner = await page.locator(".govuk-notification-banner").innerText();
  assert.match(banner, /We could not read the link/);
  assert.match(banner, /no page called “q\/nowhere”/);
  assert.match(banner, /“wizard” is not an answer/);
  assert.equal((await page.locator("main h1").innerText()).trim(), "Check if you could take the NAAS assessment");
  assert.equal(new URL(page.url()).hash, "#/", "the refused link is replaced by the page shown");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a change from check your answers reads back as itself, return included, after a reload", async () => {
  const { page, context, errors } = await newPage(env.browser);
  const check = address({ date: "2019-10-05", council: "leeds", outcome: "practitioner", page: "check" });
  await page.goto(`${env.server.url}${check}`);
  await ready(page);
  await page.getByRole("link", { name: "Change role" }).click();
  await onPage(page, "What was your role on 5 October 2019?");
  const change = new URL(page.url()).hash;
  assert.match(change, /&return=check$/);
  await page.reload();
  await ready(page);
  assert.equal(new URL(page.url()).hash, change, "the address changed on reading it back");
  await choose(page, "Practice supervisor");
  await onPage(page, "Check your answers");
  assert.deepEqual(errors, []);
  await context.close();
});

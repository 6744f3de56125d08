// End to end in Chromium: from an eligibility result, a practitioner completes the readiness
// self-assessment by clicking labels, gets an action plan listing exactly the weak areas,
// changes a rating, and downloads the plan and a calendar reminder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useApp, newPage, ready, choose } from "./harness.mjs";

const env = useApp();

const h1 = (page) => page.locator("main h1").innerText().then((t) => t.trim());
const waitH1 = (page, text) => page.waitForFunction((t) => document.querySelector("main h1")?.textContent.trim() === t, text);

const RATINGS = {
  "Relationships and effective direct work": "Partly confident",
  Communication: "Confident",
  "Child development": "Confident",
  "Adult mental ill health, substance misuse, domestic abuse, physical ill health and disability": "Not yet confident",
  "Abuse and neglect of children": "Confident",
  "Child and family assessment": "Confident",
  "Analysis, decision-making, planning and review": "Confident",
  "The law and the family and youth justice systems": "Partly confident",
  "The role of supervision": "Confident",
  "Organisational context": "Confident",
};

test("a practitioner rates themselves, gets a plan of exactly the weak areas, and keeps it", async () => {
  const { page, context, errors } = await newPage(env.browser, { acceptDownloads: true });
  await page.goto(`${env.server.url}#/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds`);
  await ready(page);
  await page.locator("#to-readiness").click();

  await waitH1(page, "Which standard do you want to check yourself against?");
  assert.equal(await page.getByLabel("Child and family practitioners (10 statements)").isChecked(), true, "the role's standard is suggested");
  await page.getByRole("button", { name: "Continue" }).click();

  // Nothing chosen on a statement: the GOV.UK error pattern.
  await waitH1(page, "Relationships and effective direct work");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForSelector(".govuk-error-summary");
  assert.match(await page.title(), /^Error: Relationships and effective direct work/);

  for (const [heading, level] of Object.entries(RATINGS)) {
    await waitH1(page, heading);
    await choose(page, level);
  }

  await waitH1(page, "Which of these have you done?");
  await page.locator("label").getByText("Photo ID for the assessment centre", { exact: true }).click();
  await page.locator("label").getByText("My registration number, to show on the day", { exact: true }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await waitH1(page, "Your readiness profile and action plan");
  const develop = await page.locator("#develop li").allInnerTexts();
  assert.deepEqual(develop, [
    "Statement 1: Relationships and effective direct work (partly confident)",
    "Statement 4: Adult mental ill health, substance misuse, domestic abuse, physical ill health and disability (not yet confident)",
    "Statement 8: The law and the family and youth justice systems (partly confident)",
  ]);
  assert.equal((await page.locator("#strengths li").allInnerTexts()).length, 7);
  const planned = await page.locator("#action-plan h3").allInnerTexts();
  assert.deepEqual(planned, [
    "Statement 1: Relationships and effective direct work",
    "Statement 4: Adult mental ill health, substance misuse, domestic abuse, physical ill health and disability",
    "Statement 8: The law and the family and youth justice systems",
    "Practical steps",
  ]);
  const steps = await page.locator("#action-plan .app-plan-item").last().innerText();
  assert.doesNotMatch(steps, /photo ID/, "a check already done is not a step");
  assert.match(steps, /reasonable adjustments/);
  assert.doesNotMatch(await page.locator("main").innerText(), /Unconfirmed/, "no heading carries a warning of its own");
  assert.equal(await page.locator(".app-headings-note").count(), 1, "one note on the headings, for the set");
  assert.match(await page.locator(".app-headings-note").innerText(), /DfE's headings/);
  for (const item of await page.locator("#action-plan .app-sourced > li").all()) {
    assert.ok((await item.locator(".app-sources a[href^='http']").count()) > 0, "every piece of guidance has a source");
  }
  const text = await page.locator("main").innerText();
  assert.match(text, /not a score/);
  assert.match(text, /18 short general-knowledge questions and 12 applied questions/);
  assert.match(text, /NAAS closed in March 2022/, "the plan says the assessment can no longer be taken");

  // Download the plan: a Markdown file made in the browser.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download-plan").click()]);
  assert.equal(download.suggestedFilename(), "naas-action-plan-2026-11-22.md");
  const markdown = await readFile(await download.path(), "utf8");
  const areas = markdown.split("## Areas to develop")[1].split("## Practical steps")[0];
  assert.deepEqual(areas.match(/^### .*$/gm), [
    "### Statement 1: Relationships and effective direct work (partly confident)",
    "### Statement 4: Adult mental ill health, substance misuse, domestic abuse, physical ill health and disability (not yet confident)",
    "### Statement 8: The law and the family and youth justice systems (partly confident)",
  ]);
  assert.match(markdown, /## Sources\n\n1\. .*https:\/\//);

  // A calendar reminder on a chosen date.
  await page.getByLabel("Day", { exact: true }).fill("15");
  await page.getByLabel("Month", { exact: true }).fill("3");
  await page.getByLabel("Year", { exact: true }).fill("2027");
  const [reminder] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download a calendar reminder" }).click()]);
  assert.equal(reminder.suggestedFilename(), "naas-plan-reminder-2027-03-15.ics");
  assert.match(await readFile(await reminder.path(), "utf8"), /DTSTART;VALUE=DATE:20270315/);

  // Change one rating from the plan: it comes straight back with the plan updated.
  await page.getByRole("link", { name: "Change 2. communication" }).click();
  await waitH1(page, "Communication");
  await choose(page, "Not yet confident");
  await waitH1(page, "Your readiness profile and action plan");
  assert.equal((await page.locator("#develop li").allInnerTexts()).length, 4);

  // The plan has its own address: reloading it shows the same plan.
  await page.reload();
  await ready(page);
  assert.equal(await h1(page), "Your readiness profile and action plan");
  assert.equal((await page.locator("#develop li").allInnerTexts()).length, 4);

  assert.deepEqual(errors, []);
  await context.close();
});

test("the print stylesheet hides navigation and shows where links go", async () => {
  const { page, context, errors } = await newPage(env.browser);
  const all = Object.keys(RATINGS).map((_, i) => `p${i + 1}=${i === 0 ? "not-yet" : "confident"}`).join("&");
  await page.goto(`${env.server.url}#/readiness/plan?set=practitioner&${all}&done=none`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const hidden = await page.evaluate(() =>
    [".govuk-back-link", ".govuk-footer", ".app-no-print", ".govuk-phase-banner"].map(
      (s) => getComputedStyle(document.querySelector(s)).display,
    ),
  );
  assert.deepEqual(hidden, ["none", "none", "none", "none"]);
  const after = await page.evaluate(() => getComputedStyle(document.querySelector("#action-plan a[href^='http']"), "::after").content);
  assert.match(after, /attr\(href\)|https?:/);
  assert.deepEqual(errors, []);
  await context.close();
});

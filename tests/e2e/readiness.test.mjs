// End to end in Chromium: from an eligibility result, a practitioner completes the readiness
// self-assessment by clicking labels, gets an action plan listing exactly the weak areas,
// downloads it and a calendar reminder, changes a rating and is brought back to it, and prints.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useApp, newPage, ready, choose, pages, printedCitations, address } from "./harness.mjs";

const env = useApp();

const PLAN = "Your readiness action plan";
const CHECKS = "Which of these had you done, while NAAS was running?";

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
  await page.goto(`${env.server.url}${address({ date: "2019-10-05", council: "leeds", outcome: "practitioner" })}`);
  await ready(page);
  await page.locator("#to-readiness").click();

  await waitH1(page, "Which standard do you want to check yourself against?");
  assert.equal(await page.getByLabel("Child and family practitioners (10 statements)").isChecked(), true, "the role's standard is suggested");
  await page.getByRole("button", { name: "Continue" }).click();

  // Nothing chosen on a statement: the GOV.UK error pattern.
  await waitH1(page, "Relationships and effective direct work");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForSelector(".govuk-error-summary");
  assert.match(await page.title(), /^Error: Statement 1 of 10: Relationships and effective direct work/);

  for (const [heading, level] of Object.entries(RATINGS)) {
    await waitH1(page, heading);
    await choose(page, level);
  }

  await waitH1(page, CHECKS);
  await page.locator("label").getByText("Photo ID for the assessment centre", { exact: true }).click();
  await page.locator("label").getByText("My registration number, to show on the day", { exact: true }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await waitH1(page, PLAN);
  const planned = await page.locator("#action-plan h3").allInnerTexts();
  assert.deepEqual(planned, [
    "Statement 1: Relationships and effective direct work (partly confident)",
    "Statement 4: Adult mental ill health, substance misuse, domestic abuse, physical ill health and disability (not yet confident)",
    "Statement 8: The law and the family and youth justice systems (partly confident)",
  ]);
  assert.equal((await page.locator("#strengths li").allInnerTexts()).length, 7);
  assert.doesNotMatch(await page.locator("main").innerText(), /Unconfirmed/, "no heading carries a warning of its own");
  assert.match(await page.locator("#ratings").evaluate((e) => e.textContent), /DfE's headings/, "one note on the headings, for the set, with the ratings");
  for (const item of await page.locator("#action-plan .app-sourced > li").all()) {
    assert.match(await item.locator(".app-cite").innerText(), /\(sources? \d/, "every piece of guidance has a source");
  }
  // The background is there, in sections a user can skip, and speaks of that time.
  for (const id of ["ratings", "how-naas-worked", "support"]) {
    assert.equal(await page.locator(`details#${id}`).getAttribute("open"), null, `${id} starts closed`);
  }
  const background = await page.locator("#how-naas-worked").evaluate((e) => e.textContent);
  assert.match(background, /18 short general-knowledge questions and 12 applied questions/);
  assert.match(background, /NAAS closed in March 2022/, "the plan says the assessment can no longer be taken");
  assert.match(await page.locator("main").innerText(), /not a score/);

  // Download the plan: a web page made in the browser that opens anywhere.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download-plan").click()]);
  assert.equal(download.suggestedFilename(), "naas-readiness-action-plan-2026-11-22.html");
  const file = await readFile(await download.path(), "utf8");
  assert.match(file, /^<!DOCTYPE html>/);
  assert.doesNotMatch(file, /<script/);
  assert.match(file, /Made on 22 November 2026 with the NAAS checker [\d.]+, applying the rules for 5 October 2019 \(rules version /);
  assert.match(file, /Standard: Post-qualifying standard: knowledge and skills statement for child and family practitioners/);
  assert.deepEqual(file.match(/<h3[^>]*>[^<]*<\/h3>/g).map((h) => h.replace(/<[^>]+>/g, "")), planned);
  assert.match(file, /Practical checks done<\/dt><dd[^>]*>[^<]*Photo ID for the assessment centre/);
  assert.match(file, />https:\/\/www\.gov\.uk\//, "sources are written out");
  // Opened as a page, the file shows the plan with no script and no request.
  const copy = await page.context().newPage();
  const requests = [];
  copy.on("request", (r) => requests.push(r.url()));
  await copy.setContent(file);
  assert.equal(await copy.locator("h1").innerText(), PLAN);
  assert.deepEqual(requests, [], "the file needs nothing else");
  await copy.close();

  // A calendar reminder on a chosen date.
  await page.getByLabel("Day", { exact: true }).fill("15");
  await page.getByLabel("Month", { exact: true }).fill("3");
  await page.getByLabel("Year", { exact: true }).fill("2027");
  const [reminder] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download a calendar reminder" }).click()]);
  assert.equal(reminder.suggestedFilename(), "naas-plan-reminder-2027-03-15.ics");
  const ics = await readFile(await reminder.path(), "utf8");
  assert.match(ics, /DTSTART;VALUE=DATE:20270315/);
  // A plan against the standards in force, reviewed after NAAS closed: never called NAAS's.
  assert.match(ics, /SUMMARY:Review my readiness action plan \(post-qualifying standards\)/);
  assert.doesNotMatch(ics, /^(SUMMARY|DESCRIPTION):[^\r\n]*NAAS/m);

  // Change one rating from the plan: it comes straight back to the plan, updated, with the
  // ratings open and focus on the rating changed.
  await page.locator("#ratings summary").click();
  await page.getByRole("link", { name: "Change 2. communication" }).click();
  await waitH1(page, "Communication");
  assert.match(await page.title(), /^Statement 2 of 10: Communication – /);
  await choose(page, "Not yet confident");
  await waitH1(page, PLAN);
  assert.equal(await page.locator("#action-plan h3").count(), 4);
  assert.equal(await page.locator("details#ratings").getAttribute("open"), "");
  const where = await page.evaluate(() => ({ href: document.activeElement.getAttribute("href"), inView: document.activeElement.getBoundingClientRect().top < innerHeight }));
  assert.match(where.href, /^#\/readiness\/p2\?/, "focus is back on the rating changed");
  assert.ok(where.inView, "and it is on screen");

  // The plan has its own address: reloading it shows the same plan.
  await page.reload();
  await ready(page);
  assert.equal(await h1(page), PLAN);
  assert.equal(await page.locator("#action-plan h3").count(), 4);

  assert.deepEqual(errors, []);
  await context.close();
});

test("printed, the plan is on at most 2 A4 pages, with no controls and its sources as notes of their sites", async () => {
  const { page, context, errors } = await newPage(env.browser);
  const all = Object.keys(RATINGS).map((_, i) => `p${i + 1}=partly`).join("&");
  await page.goto(`${env.server.url}#/readiness/plan?set=practitioner&${all}&done=none`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const hidden = await page.evaluate(() =>
    [".govuk-back-link", ".govuk-footer", ".app-no-print", ".govuk-phase-banner", ".govuk-button", "details", ".app-new-tab"].map(
      (s) => getComputedStyle(document.querySelector(s)).display,
    ),
  );
  assert.deepEqual(hidden, ["none", "none", "none", "none", "none", "none", "none"]);
  const note = await page.locator(".app-source-list .app-print-only").first().evaluate((e) => [getComputedStyle(e).display, e.textContent]);
  assert.deepEqual(note, ["inline", " (www.gov.uk)"]);
  const { cited, listed } = await printedCitations(page);
  assert.deepEqual(listed, cited, "paper lists exactly the sources its text cites");
  assert.ok((await pages(page)) <= 2, "at most 2 A4 pages, even with every statement to develop");
  assert.deepEqual(errors, []);
  await context.close();
});

// After NAAS (any date from April 2022, today included), the self-assessment is for development:
// no readiness page speaks of NAAS's assessment, and the plan and its download carry a CPD entry
// for each area to develop.
const NAAS_ONLY = /NAAS lead|photo ID|booking|book a|assessment day|on the day/i;

for (const [name, date, set] of [
  ["2023", "date=2023-06-01&", "supervisor"],
  ["today", "", "practitioner"],
  ["1 April 2027", "date=2027-04-01&", "supervisor"],
]) {
  test(`after NAAS (${name}), no readiness page mentions a NAAS lead, photo ID, booking or the assessment day, and the plan has CPD entries`, async () => {
    const { page, context, errors } = await newPage(env.browser, { acceptDownloads: true });
    const role = set === "supervisor" ? "practice-supervisor" : "frontline";
    await page.goto(`${env.server.url}#/readiness?${date}role=${role}`);
    await ready(page);
    await waitH1(page, "Which standard do you want to check yourself against?");
    assert.doesNotMatch(await page.locator("main").innerText(), NAAS_ONLY);
    assert.doesNotMatch(await page.locator("main").innerText(), /practical checks/);
    await page.getByRole("button", { name: "Continue" }).click();
    let seen = 0;
    while ((await h1(page)) !== PLAN) {
      assert.notEqual(await h1(page), CHECKS, "no practical checks after NAAS");
      assert.doesNotMatch(await page.locator("main").innerText(), NAAS_ONLY);
      const before = await h1(page);
      await choose(page, seen % 2 ? "Confident" : "Partly confident");
      seen += 1;
      await page.waitForFunction((t) => document.querySelector("main h1")?.textContent.trim() !== t, before);
    }
    assert.equal(seen, set === "supervisor" ? 8 : 10);
    for (const summary of await page.locator("details summary").all()) await summary.click();
    const main = await page.locator("main").innerText();
    assert.doesNotMatch(main, NAAS_ONLY);
    assert.equal(await page.locator("details#how-naas-worked").count(), 0);
    const areas = set === "supervisor" ? 4 : 5;
    assert.equal(await page.locator("#action-plan .app-cpd-entry").count(), areas);
    assert.equal(await page.locator("#action-plan .app-supervision").count(), areas);
    assert.match(main, /The positive impact on your practice:/);
    assert.match(main, /1 September to 30 November/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download-plan").click()]);
    const file = await readFile(await download.path(), "utf8");
    assert.equal((file.match(/class="app-cpd-entry"/g) || []).length, areas);
    assert.match(file, /What you learnt from a peer:/);
    assert.match(file, /at least two pieces of CPD/);
    assert.doesNotMatch(file.replace(/<[^>]+>/g, " "), NAAS_ONLY);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("from 1 April 2027, a frontline practitioner is told the early career standards apply and offered the old statement for reference only", async () => {
  const { page, context, errors } = await newPage(env.browser, { today: "2027-04-01" });
  await page.goto(`${env.server.url}#/readiness?role=frontline`);
  await ready(page);
  await waitH1(page, "Which standard do you want to check yourself against?");
  assert.match(await page.locator("#replaced").innerText(), /early career standards[\s\S]*first 2 years in practice/);
  const reference = page.getByLabel(/the standard used until 31 March 2027, for reference/);
  assert.equal(await reference.isChecked(), false, "not suggested as if it applied");
  await reference.check();
  await page.getByRole("button", { name: "Continue" }).click();
  await waitH1(page, "Relationships and effective direct work");
  assert.match(await page.locator("main").innerText(), /for reference: the standard used until 31 March 2027/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an adult services social worker is told the self-assessment covers the child and family statements only", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/result?date=2019-10-05&role=adult-services`);
  await ready(page);
  const note = await page.locator("#readiness-not-covered").innerText();
  assert.match(note, /covers the child and family knowledge and skills statements only/);
  assert.doesNotMatch(await page.locator("main").innerText(), /Rate yourself against/);
  await page.locator("#to-readiness").click();
  await waitH1(page, "Which standard do you want to check yourself against?");
  assert.match(await page.locator("#not-covered").innerText(), /does not fit the role you gave/);
  assert.equal(await page.locator("input[name=set]:checked").count(), 0, "nothing suggested");
  assert.deepEqual(errors, []);
  await context.close();
});

// What applies on a date, in Chromium, as the people who ask it would: a frontline practitioner
// today (qualified for years), someone newly qualified in the ASYE, a practice supervisor, a social
// worker in adult services, someone checking a date in 2027, and someone checking 2023, whose
// result cites only sources of that time. Each result leads with the standard or programme, says
// NAAS closed in one line of its reasons, and shows the timeline with the date checked placed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, choose } from "./harness.mjs";

const env = useApp();
const h1 = (page) => page.locator("main h1").innerText().then((t) => t.trim());
const waitH1 = (page, text) => page.waitForFunction((t) => document.querySelector("main h1")?.textContent.trim() === t, text);
/** What nobody may be told to do now: NAAS no longer exists. */
const NEVER = /\b(book|login|log in|bring photo ID)\b/i;

/** From the start page: "Start now", today, and the role. */
async function today(page, role) {
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole("button", { name: "Start now" }).click();
  await choose(page, "Today, 22 November 2026");
  await waitH1(page, "What is your role?");
  await choose(page, role);
}

async function seeResult(page) {
  await waitH1(page, "Check your answers");
  await page.getByRole("button", { name: "See your result" }).click();
  await page.waitForFunction(() => location.hash.startsWith("#/result") && document.querySelector("main h1")?.textContent.trim() !== "Check your answers");
  await ready(page);
}

/** The timeline's list, each item with where the date checked falls. */
const timeline = (page) => page.locator(".app-timeline-list > li").allInnerTexts();

test("a frontline practitioner today is told the standard until 31 March 2027, and what replaces it for everyone", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await today(page, "Child and family social worker (frontline practitioner)");
  await seeResult(page);
  assert.equal(await h1(page), "The knowledge and skills statement for child and family practitioners applies to you until 31 March 2027");
  const summary = await page.locator("#result-summary").innerText();
  // Qualified for years or not, the early career standards will apply to them: said plainly.
  assert.match(summary, /From 1 April 2027 the child and family social worker early career standards will replace it for all frontline practitioners, not only those in their first 2 years in practice/);
  const reasons = await page.locator(".app-reasons > li").allInnerTexts();
  assert.match(reasons.at(-1), /^NAAS closed in March 2022/, "NAAS's closure comes last, in one line");
  assert.equal(await page.locator("main .govuk-tag").count(), 0, "no Closed tag before what applies");
  const main = await page.locator("main").innerText();
  assert.doesNotMatch(main, /early career standards (apply|describe|are)\b/, "nothing not yet in force in the present tense");
  assert.doesNotMatch(main, NEVER);
  const rows = await timeline(page);
  assert.ok(rows.some((r) => /^Knowledge and skills statement for child and family practitioners: From 19 November 2015 to 31 March 2027\./.test(r) && /In force on 22 November 2026/.test(r)), rows.join("\n"));
  assert.ok(rows.some((r) => /^Child and family social worker early career standards: From 1 April 2027\./.test(r) && /Still to come on 22 November 2026/.test(r)), rows.join("\n"));
  assert.ok(rows.some((r) => /^NAAS, the National Assessment and Accreditation System: From July 2018 to March 2022\./.test(r) && /Ended before/.test(r)), rows.join("\n"));
  assert.equal(await page.locator("svg.app-timeline-chart .app-timeline-marker").count(), 1, "the date checked is marked on the drawing");
  assert.deepEqual(errors, []);
  await context.close();
});

test("someone newly qualified is asked whether their ASYE ends before the standards change, and one running across a change is unclear with whom to ask", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await today(page, "Newly qualified, in the assessed and supported year in employment (ASYE)");
  await waitH1(page, "Will your ASYE end before 1 April 2027?");
  await choose(page, "No, it runs to 1 April 2027 or later");
  await seeResult(page);
  assert.equal(await h1(page), "It is unclear how the changes of 2027 affect your ASYE");
  assert.match(await page.locator("#who-to-ask").innerText(), /Your employer's ASYE lead or coordinator/);
  // An ASYE that ends before 1 April 2027 is under the knowledge and skills statement throughout.
  await page.goto(`${env.server.url}#/result?date=today&role=asye&asye-april=yes`);
  await ready(page);
  assert.equal(await h1(page), "Your ASYE ends before the standards change: the knowledge and skills statement applies to it");
  assert.match(await page.locator("#result-summary").innerText(), /From 1 April 2027 the child and family social worker early career standards will apply/);
  // Someone still in an ASYE in November 2027 began it before the programme replaced it.
  await page.goto(`${env.server.url}#/result?date=2027-11-01&role=asye`);
  await ready(page);
  assert.equal(await h1(page), "It is unclear how the end of the ASYE will affect you");
  assert.match(await page.locator("#who-to-ask").innerText(), /ASYE lead/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a practice supervisor and an adult services social worker are each told their own standard", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await today(page, "Practice supervisor");
  await seeResult(page);
  assert.equal(await h1(page), "The knowledge and skills statement for practice supervisors applies to you");
  assert.match(await page.locator("#result-summary").innerText(), /no end date announced/);
  await today(page, "Social worker in adult services");
  await seeResult(page);
  assert.equal(await h1(page), "Adult social work has its own post-qualifying standard");
  assert.match(await page.locator("#result-summary").innerText(), /nothing we found says that the ASYE in adult services changes/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a date in 2027 is answered in the future tense, as announced and liable to change", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/date`);
  await ready(page);
  await page.locator("label.govuk-radios__label").getByText("Another date", { exact: true }).click();
  await page.getByLabel("Day", { exact: true }).fill("1");
  await page.getByLabel("Month", { exact: true }).fill("May");
  await page.getByLabel("Year", { exact: true }).fill("2027");
  await page.getByRole("button", { name: "Continue" }).click();
  await waitH1(page, "What will your role be on 1 May 2027?");
  await choose(page, "Child and family social worker (frontline practitioner)");
  await seeResult(page);
  assert.equal(await h1(page), "The child and family social worker early career standards will apply to you");
  assert.match(await page.locator("#result-now").innerText(), /This result is about 1 May 2027, which is still to come\. It rests on what GOV\.UK announced on 18 February 2026, which may change: check GOV\.UK before you rely on it\./);
  assert.match(await page.locator("main").innerText(), /What is announced/);
  const rows = await timeline(page);
  assert.ok(rows.some((r) => /^Child and family social worker early career standards/.test(r) && /In force on 1 May 2027/.test(r)), rows.join("\n"));
  assert.ok(rows.some((r) => /^Early career development programme/.test(r) && /Still to come on 1 May 2027/.test(r)), rows.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a result for 2023 cites only sources of that time and never speaks of what was announced later", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/result?date=2023-05-01&role=practice-supervisor`);
  await ready(page);
  assert.equal(await h1(page), "The knowledge and skills statement for practice supervisors applied to you");
  const sources = await page.locator("#sources + ol").innerText();
  assert.match(sources, /updated 18 May 2018/);
  assert.doesNotMatch(sources, /2026/, "no source published after the date checked");
  // What the result says (the drawing's year labels aside).
  const said = (await page.locator("#result-summary, #result-now, .app-reasons, .app-timeline-list").allInnerTexts()).join("\n");
  assert.doesNotMatch(said, /early career standards|2027/, "nothing announced after 2023");
  const rows = await timeline(page);
  assert.ok(rows.some((r) => /^Knowledge and skills statement for child and family practitioners: From 19 November 2015\. /.test(r)), "its end, announced in 2026, is not shown: " + rows.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("changing the date keeps the answers it does not need, lists them, and uses them again", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/check?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds`);
  await ready(page);
  await page.locator(".govuk-summary-list__row", { hasText: "Date checked" }).getByRole("link", { name: /Change/ }).click();
  await waitH1(page, "What date do you want to check?");
  await page.getByLabel("Day", { exact: true }).fill("15");
  await page.getByLabel("Month", { exact: true }).fill("6");
  await page.getByLabel("Year", { exact: true }).fill("2021");
  await page.getByRole("button", { name: "Continue" }).click();
  await waitH1(page, "What was your role on 15 June 2021?");
  // The reason for the selected answer is under the heading, in its hint.
  assert.match(await page.locator("#role-hint").innerText(), /Your earlier answer is selected/);
  await choose(page, "Child and family social worker (frontline practitioner)");
  // Social Work England now held the register: asked afresh, nothing selected for it.
  await waitH1(page, "On 15 June 2021, were you registered as a social worker with Social Work England?");
  assert.equal(await page.locator("input[type=radio]:checked").count(), 0);
  await choose(page, "Yes");
  await ready(page);
  // The employer, asked again for the new date with the earlier answer selected: confirmed.
  while ((await h1(page)) !== "Check your answers") {
    const before = await page.evaluate(() => location.hash);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForFunction((h) => location.hash !== h, before);
    await ready(page);
  }
  assert.match(await page.locator("#not-needed").innerText(), /Not needed for this date/);
  const kept = await page.locator("#not-needed ~ .govuk-summary-list").innerText();
  assert.match(kept, /Council or trust\s+Leeds \(your answer to “Which council or children's trust did you work for on 5 October 2019\?”\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

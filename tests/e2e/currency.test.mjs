// What applies now, in the right tense, in Chromium: today's journey asks only the role and says
// what applies now; a past result speaks of its time and says none of it can be done now; the
// About page tells NAAS's story as a dated timeline; the accessibility statement carries the
// council's contact; and the council question is quick to answer on a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, choose, serve, withConfig, address } from "./harness.mjs";

const env = useApp();
const h1 = (page) => page.locator("main h1").innerText().then((t) => t.trim());
const waitH1 = (page, text) => page.waitForFunction((t) => document.querySelector("main h1")?.textContent.trim() === t, text);
/** What a user today must never be told to do: NAAS no longer exists. */
const TODAY_NEVER = /\b(book|login|log in|bring photo ID|photo ID to bring)\b/i;

test("today: the role alone, then what applies now, with every line sourced", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole("button", { name: "Start now" }).click();
  await choose(page, "Today, 22 November 2026");
  await waitH1(page, "What is your role?");
  await choose(page, "Child and family social worker (frontline practitioner)");
  await waitH1(page, "Check your answers");
  assert.equal(await page.locator(".govuk-summary-list__row").count(), 2, "the date and the role: nothing else is asked");
  await page.getByRole("button", { name: "See your result" }).click();
  await waitH1(page, "The knowledge and skills statement for child and family practitioners applies to you until 31 March 2027");
  const main = await page.locator("main").innerText();
  assert.match(main, /Your result for today, 22 November 2026/);
  assert.match(main, /31 March 2027/);
  assert.match(main, /early career standards/);
  assert.match(main, /keep your own copy of your result and certificate/);
  assert.doesNotMatch(main, TODAY_NEVER);
  for (const line of await page.locator(".app-reasons > li, main .app-sourced > li").all()) {
    assert.match(await line.innerText(), /\(sources? \d/, "every line cites its sources");
  }
  // The readiness link names the standard that applies today.
  assert.match(await page.locator("#to-readiness").innerText(), /knowledge and skills statement for child and family practitioners/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a past result speaks of its time and says none of it can be done now", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}${address({ date: "2019-10-05", council: "leeds", outcome: "practitioner" })}`);
  await ready(page);
  assert.equal(await h1(page), "You could have taken the NAAS practitioner assessment");
  assert.match(await page.locator("#result-now").innerText(), /This result is about 5 October 2019\. None of it can be done now: NAAS closed in March 2022\./);
  await page.locator("#then summary").click();
  const then = await page.locator("#then").innerText();
  assert.match(then, /At that time you would have talked to your line manager/);
  assert.match(then, /you would have got a login/, "a login is spoken of in the past, never offered now");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the About page tells the story as a dated timeline, with when the rules were last checked", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/about`);
  await ready(page);
  const rows = await page.locator(".app-timeline .govuk-summary-list__row").allInnerTexts();
  assert.match(rows[0], /Before July 2018/);
  assert.ok(rows.some((r) => /April 2027/.test(r)), "the standards from 2027 are on it");
  const now = rows.filter((r) => /\bNow\b/.test(r));
  assert.equal(now.length, 1, "today's period is marked");
  assert.match(now[0], /closed/);
  assert.match(await page.locator("#rules-checked").innerText(), /last checked against their sources on \d+ \w+ \d{4}/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the accessibility statement is reached from the footer and carries the council's contact and dates", async () => {
  const block = JSON.stringify({
    organisation: "Anytown Council",
    accessibility: { email: "access@anytown.gov.uk", phone: "01234 567890", prepared: "2026-09-01", reviewed: "2026-11-01" },
  });
  const server = await serve(undefined, { routes: { "/": { type: "text/html; charset=utf-8", body: await withConfig(block) } } });
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(server.url);
  await ready(page);
  await page.locator("footer").getByRole("link", { name: "Accessibility statement" }).click();
  await waitH1(page, "Accessibility statement for the NAAS eligibility checker");
  const text = await page.locator("main").innerText();
  for (const section of ["How accessible this checker is", "Feedback and contact information", "Enforcement procedure", "Compliance status", "How we tested this checker", "Preparation of this accessibility statement"]) {
    assert.match(text, new RegExp(section), section);
  }
  assert.match(text, /published by Anytown Council/);
  // It claims no more than automated and scripted testing can show.
  assert.doesNotMatch(text, /fully compliant with/);
  assert.match(await page.locator("#compliance").innerText(), /not yet been audited .* so we do not claim that it is fully compliant/);
  assert.equal(await page.locator("#contact ~ ul a[href='mailto:access@anytown.gov.uk']").count(), 1);
  assert.equal(await page.locator("#contact ~ ul a[href='tel:01234567890']").count(), 1);
  assert.match(await page.locator("#statement-dates").innerText(), /prepared on 1 September 2026\. It was last reviewed on 1 November 2026\./);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("on a phone the council question is short, grouped by phase, narrowed by typing, and nothing is chosen for you", async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: { width: 375, height: 667 } });
  await page.goto(`${env.server.url}${address({ date: "2019-10-05", page: "q/council" })}`);
  await ready(page);
  assert.equal(await h1(page), "Which council or children's trust did you work for on 5 October 2019?");
  // The page's height without the block to report a problem, which came after this limit.
  const height = await page.evaluate(() => document.documentElement.scrollHeight - document.getElementById("feedback").offsetHeight);
  assert.ok(height < 2600, `the page is ${height} px tall (it was 3,510)`);
  assert.equal(await page.locator(".govuk-radios__hint").count(), 0, "no hint repeated on every council");
  assert.deepEqual(await page.locator(".app-radios__group").allInnerTexts(), ["Phase one, from July 2018", "Phase two, by 26 July 2019", "Phase two, added to a grant letter later", "A phase the sources do not name, by 7 July 2021"]);
  assert.equal(await page.locator("input[type=radio]:checked").count(), 0);
  await page.getByLabel("Find a council or trust by name").fill("lee");
  const shown = await page.locator(".govuk-radios__item:visible label").allInnerTexts();
  assert.deepEqual(shown, ["Leeds", "My council or trust is not listed", "I do not know"]);
  const status = page.locator("#council-filter-status");
  assert.equal(await status.innerText(), "1 name matches.");
  // Enter in the box narrows the list and sends nothing.
  await page.getByLabel("Find a council or trust by name").press("Enter");
  await page.waitForTimeout(300);
  assert.equal(await page.locator(".govuk-error-summary").count(), 0, "Enter in the filter sent the form");
  assert.equal(await h1(page), "Which council or children's trust did you work for on 5 October 2019?");
  // Nothing matching is said, not left as an empty list.
  await page.getByLabel("Find a council or trust by name").fill("zzz");
  assert.equal(await status.innerText(), "No names match. Delete some letters to see more.");
  assert.equal(await status.getAttribute("role"), "status");
  await page.getByLabel("Find a council or trust by name").fill("");
  assert.equal(await status.innerText(), "");
  await page.getByLabel("Leeds", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await waitH1(page, "Check your answers");
  assert.deepEqual(errors, []);
  await context.close();
});

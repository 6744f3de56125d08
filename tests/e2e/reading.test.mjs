// Results and plans a person can read on a phone and on paper, in Chromium at 375 px wide: the
// answer, the reasons and the actions come within the first two screens, the plan's download
// within three, a printed result fits two A4 pages, and focus looks as GOV.UK's does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, pages, printedCitations, address, choose } from "./harness.mjs";

const env = useApp();
const PHONE = { width: 375, height: 667 };

const LEEDS_2019 = address({ date: "2019-10-05", council: "leeds", outcome: "practitioner" });
const PLAN = "#/readiness/plan?set=practitioner&p1=partly&p2=confident&p3=confident&p4=not-yet&p5=confident&p6=confident&p7=confident&p8=partly&p9=confident&p10=confident&done=photo-id";

/** Where an element starts, in screens of the viewport's height from the top of the page. */
async function screens(page, selector) {
  return page.evaluate((s) => {
    const top = document.querySelector(s).getBoundingClientRect().top + scrollY;
    return top / innerHeight;
  }, selector);
}

test("on a phone the result's answer, reasons and actions are within the first two screens", async () => {
  for (const hash of [LEEDS_2019, "#/result?date=today&role=frontline", address({ date: "2019-10-05", employer: "agency", council: "leeds", outcome: "agency-at-site" })]) {
    const { page, context, errors } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(`${env.server.url}${hash}`);
    await ready(page);
    assert.ok((await screens(page, "main h1")) < 1, `${hash}: the answer on the first screen`);
    const why = await screens(page, "#why");
    assert.ok(why < 2, `${hash}: the reasons start on screen ${why.toFixed(2)}`);
    const actions = await screens(page, "#result-actions");
    assert.ok(actions < 2, `${hash}: the actions start on screen ${actions.toFixed(2)}`);
    // The print button reads as the links beside it: the same colour.
    const colours = await page.$$eval("#result-actions li > *", (els) => els.map((e) => getComputedStyle(e).color));
    assert.equal(new Set(colours).size, 1, `${hash}: action colours ${colours}`);
    // Each source is linked once, in the list at the end, not under every reason.
    const links = await page.locator("main a[target=_blank]").count();
    assert.equal(links, await page.locator("#sources + ol > li").count(), `${hash}: one link per source`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("on a phone the plan's download is within the first three screens", async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: PHONE });
  await page.goto(`${env.server.url}${PLAN}`);
  await ready(page);
  const download = await screens(page, "#download-plan");
  assert.ok(download < 3, `the download starts on screen ${download.toFixed(2)}`);
  assert.ok((await screens(page, "#action-plan")) < 3, "the action plan follows it");
  // The reminder and saving come after the plan, before what a user can skip and the sources.
  const reminder = await screens(page, ".app-reminder");
  assert.ok(reminder < (await screens(page, "#ratings")), "the reminder before the ratings");
  assert.ok(reminder < (await screens(page, "#sources")), "the reminder before the sources");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone a statement's first rating is on the first screen", async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: PHONE });
  await page.goto(`${env.server.url}#/readiness/p1?set=practitioner`);
  await ready(page);
  const first = await page.evaluate(() => document.querySelector(".govuk-radios__item").getBoundingClientRect().bottom);
  assert.ok(first <= 667, `the first rating ends at ${first} px`);
  assert.match(await page.locator("main").innerText(), /DfE's headings/, "the note on the headings is still there, below");
  assert.deepEqual(errors, []);
  await context.close();
});

test("printed, a result is on at most 2 A4 pages with no controls", async () => {
  for (const hash of [LEEDS_2019, "#/result?date=today&role=frontline", address({ date: "2021-07-10", council: "plymouth", outcome: "practitioner" })]) {
    const { page, context } = await newPage(env.browser);
    await page.goto(`${env.server.url}${hash}`);
    await ready(page);
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll("main button, main .govuk-summary-list__actions, #result-actions, .app-new-tab")].filter((e) => e.checkVisibility()).length,
    );
    assert.equal(shown, 0, `${hash}: no buttons, "Change" links or "opens in new tab" on paper`);
    const { cited, listed } = await printedCitations(page);
    assert.deepEqual(listed, cited, `${hash}: paper lists exactly the sources its text cites`);
    assert.ok((await pages(page)) <= 2, `${hash}: at most 2 A4 pages`);
    await context.close();
  }
});

test("focus: none drawn on a heading the page moves to, GOV.UK yellow on what a user tabs to", async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: PHONE });
  await page.goto(`${env.server.url}#/check?date=2019-10-05&role=adult-services`);
  await ready(page);
  await page.getByRole("button", { name: "See your result" }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === "H1" && location.hash.startsWith("#/result"));
  const heading = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(heading, "none", "no outline on the heading that received focus");
  await page.keyboard.press("Tab");
  const link = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { tag: document.activeElement.tagName, background: s.backgroundColor };
  });
  assert.equal(link.background, "rgb(255, 221, 0)", `GOV.UK's yellow focus on ${link.tag}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone each step shows the page's top: the Back link and caption in view, focus on the heading", async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: { width: 375, height: 667 } });
  await page.goto(env.server.url);
  await ready(page);
  /** After a step: the Back link and the caption (when the page has them) are within the
   * viewport, the heading has focus, and nothing of the top is scrolled away. */
  const top = async (step) => {
    await page.waitForFunction(() => document.activeElement?.matches("main h1"), null, { timeout: 5000 }).catch(() => {});
    const seen = await page.evaluate(() => {
      const within = (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      };
      return {
        back: within(".govuk-back-link"),
        caption: within("main h1 .govuk-caption-l, main h1 .govuk-caption-m, main .govuk-caption-l, main .govuk-caption-m"),
        heading: within("main h1"),
        focus: document.activeElement?.matches("main h1"),
        scrollY,
      };
    });
    for (const [what, ok] of Object.entries(seen)) {
      if (what !== "scrollY") assert.notEqual(ok, false, `${step}: ${what} is out of view (${JSON.stringify(seen)})`);
    }
    assert.equal(seen.back, true, `${step}: no Back link in view`);
  };
  await page.getByRole("button", { name: "Start now" }).click();
  await top("the date question");
  await page.locator("label.govuk-radios__label").getByText("Another date", { exact: true }).click();
  await page.getByLabel("Day", { exact: true }).fill("5");
  await page.getByLabel("Month", { exact: true }).fill("10");
  await page.getByLabel("Year", { exact: true }).fill("2019");
  // Scrolled down to press Continue, as a user on a phone is.
  await page.getByRole("button", { name: "Continue" }).click();
  for (const label of ["Child and family social worker (frontline practitioner)", "Yes", "A local authority (council)", "Leeds"]) {
    await top(`before "${label}"`);
    await choose(page, label);
  }
  await top("check your answers");
  await page.getByRole("button", { name: "See your result" }).click();
  await page.waitForFunction(() => location.hash.startsWith("#/result"));
  await top("the result");
  await page.locator("#to-readiness").click();
  await page.waitForFunction(() => location.hash.startsWith("#/readiness"));
  await top("the choice of standard");
  assert.deepEqual(errors, []);
  await context.close();
});

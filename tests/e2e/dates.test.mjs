// Dates as people write them, on a phone-sized screen (375px): month names and short names in
// any case, a month alone where the rules are the same all month (and which day is then used),
// and GOV.UK errors that name and mark the field at fault: a date past the horizon, a month within which
// the rules changed, a month that is not one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, address } from "./harness.mjs";

const env = useApp();
const PHONE = { width: 375, height: 800 };
const FIELDS = ["when-date-day", "when-date-month", "when-date-year"];

/** The date question on a phone whose clock reads 22 November 2026, with "Another date" chosen. */
async function datePage() {
  const opened = await newPage(env.browser, { viewport: PHONE });
  await opened.page.goto(`${env.server.url}#/date`);
  await ready(opened.page);
  await opened.page.locator("label.govuk-radios__label").getByText("Another date", { exact: true }).click();
  return opened;
}

/** Types the three fields and presses Continue. */
async function enter(page, day, month, year) {
  await page.getByLabel("Day", { exact: true }).fill(day);
  await page.getByLabel("Month", { exact: true }).fill(month);
  await page.getByLabel("Year", { exact: true }).fill(year);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function heading(page, text) {
  await page.waitForFunction((h) => document.querySelector("main h1")?.textContent.trim() === h, text);
}

/** After Continue with a date error: the summary has focus, the title says "Error: ", the
 * summary's one link goes to `field`, the message is shown by the fields, and exactly the fields
 * in `marked` are marked. Returns the message. */
async function dateError(page, field, marked) {
  await page.waitForSelector(".govuk-error-summary");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "govuk-error-summary");
  assert.match(await page.title(), /^Error: What date do you want to check\? – /);
  const links = page.locator(".govuk-error-summary a");
  assert.equal(await links.count(), 1);
  assert.equal(await links.getAttribute("href"), `#${field}`);
  const message = (await links.innerText()).trim();
  assert.equal((await page.locator("#when-date-error").innerText()).replace(/^Error:\s*/, "").trim(), message);
  const wrong = await page.evaluate(
    (ids) => ids.filter((id) => document.getElementById(id).classList.contains("govuk-input--error")),
    FIELDS,
  );
  assert.deepEqual(wrong, marked);
  // Following the link puts the cursor in the field to fix.
  await links.click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), field);
  return message;
}

test("month names and short names, in any case, are read as dates", async () => {
  const { page, context, errors } = await datePage();
  await enter(page, "5", "October", "2019");
  await heading(page, "What was your role on 5 October 2019?");
  assert.match(page.url(), /#\/q\/role\?date=2019-10-05$/);

  await page.goBack();
  await heading(page, "What date do you want to check?");
  await page.locator("label.govuk-radios__label").getByText("Another date", { exact: true }).click();
  await enter(page, "22nd", "SEPT", "2021");
  await heading(page, "What was your role on 22 September 2021?");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a month alone is asked about as a month, and the next pages say so", async () => {
  const { page, context, errors } = await datePage();
  // The month field takes text, so a phone offers letters as well as numbers.
  assert.equal(await page.getByLabel("Month", { exact: true }).getAttribute("inputmode"), null);
  await enter(page, "", "oct", "2019");
  await heading(page, "What was your role in October 2019?");
  assert.match(page.url(), /#\/q\/role\?date=2019-10$/);
  assert.match(await page.locator("#month-only").innerText(), /the same answer for every day of October 2019, so the questions ask about October 2019/);

  // Check your answers says the month alone was given.
  await page.goto(`${env.server.url}${address({ date: "2019-10", council: "leeds", outcome: "practitioner", page: "check" })}`);
  await heading(page, "Check your answers");
  const rows = await page.locator(".govuk-summary-list__row").allInnerTexts();
  assert.match(rows[0], /Date checked\s+October 2019 \(you gave the month only\)/);

  // Changing the date shows the month again, with the day still empty.
  await page.getByRole("link", { name: /Change date/ }).click();
  await heading(page, "What date do you want to check?");
  assert.equal(await page.getByLabel("Day", { exact: true }).inputValue(), "");
  assert.equal(await page.getByLabel("Month", { exact: true }).inputValue(), "10");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a date past the horizon is refused with a GOV.UK error marking the whole date, and one still to come is asked in the future tense", async () => {
  const { page, context, errors } = await datePage();
  await enter(page, "1", "Jan", "2029");
  const message = await dateError(page, "when-date-day", FIELDS);
  assert.equal(message, "The date must be on or before 31 December 2028");
  // The last date, and any day up to it, is fine.
  await enter(page, "23", "november", "2026");
  await heading(page, "What will your role be on 23 November 2026?");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a month within which the rules changed asks for the day, naming the change", async () => {
  const { page, context, errors } = await datePage();
  await enter(page, "", "March", "2020");
  const message = await dateError(page, "when-date-day", ["when-date-day"]);
  assert.match(message, /^Enter a day: the rules changed on 17 March 2020, so the answer depends on the day in March 2020$/);
  await enter(page, "16", "March", "2020");
  await heading(page, "What was your role on 16 March 2020?");
  assert.deepEqual(errors, []);
  await context.close();
});

test("each error names and marks the field at fault", async () => {
  const cases = [
    [["5", "Octobre", "2019"], "when-date-month", ["when-date-month"], /^The month must be a number from 1 to 12, or its name/],
    [["5", "Oct", "19"], "when-date-year", ["when-date-year"], /^The year must include 4 numbers$/],
    // The day may be left out, so a month or a year alone is told what to add, not the day.
    [["", "Oct", ""], "when-date-year", ["when-date-year"], /^The date must include a year$/],
    [["", "", "2035"], "when-date-month", ["when-date-month"], /^The date must include a month$/],
    [["31", "April", "2019"], "when-date-day", FIELDS, /^The date must be a real date$/],
    [["", "", ""], "when-date-day", FIELDS, /^Enter a date$/],
  ];
  for (const [typed, field, marked, expected] of cases) {
    const { page, context, errors } = await datePage();
    await enter(page, ...typed);
    assert.match(await dateError(page, field, marked), expected, typed.join(" / "));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("the date fields revealed by \"Another date\" are announced when they appear", async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: PHONE });
  await page.goto(`${env.server.url}#/date`);
  await ready(page);
  const other = page.getByLabel("Another date", { exact: true });
  const status = page.locator("[role=status][data-shown]");
  assert.equal(await status.innerText(), "", "nothing said before");
  const controls = await other.getAttribute("aria-controls");
  assert.equal(await page.locator(`#${controls}`).isVisible(), false);
  await page.locator("label.govuk-radios__label").getByText("Another date", { exact: true }).click();
  assert.equal(await page.locator(`#${controls}`).isVisible(), true, "the radio controls the fields it reveals");
  assert.match(await status.textContent(), /^Date to check: day, month and year fields shown/);
  await page.locator("label.govuk-radios__label", { hasText: /^Today/ }).click();
  assert.equal(await page.locator(`#${controls}`).isVisible(), false);
  assert.equal(await status.textContent(), "", "nothing left to be read once they are hidden");
  assert.deepEqual(errors, []);
  await context.close();
});

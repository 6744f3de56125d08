// Results and plans fit for a record, in Chromium: every result, on screen and on paper, says the
// day it was made, the date whose rules it applies and the versions of the checker and its rules;
// printed, it fills at most 2 A4 pages with none blank, and its sources are numbered 1, 2, 3 with
// none skipped; it offers Print at its top and at its end; the plan says the same, and its
// download keeps the council's contact and offers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { ROOT, useApp, newPage, ready, pdfText, printedCitations } from "./harness.mjs";

const COUNCIL = {
  organisation: "Anytown Council",
  naasLead: { name: "Sam Lee", email: "naas@anytown.gov.uk", phone: "01234 567890" },
  preparation: [{ title: "Post-qualifying standards workshop", description: "Half a day, with your team.", link: "https://intranet.anytown.gov.uk/pqs" }],
};
const env = useApp({ routes: { "/naas-config.json": { type: "application/json", body: JSON.stringify(COUNCIL) } } });

/** One address for every outcome of the rules, from the engine. */
const OUTCOMES = execFileSync("cargo", ["run", "--quiet", "--example", "outcome_addresses"], { cwd: ROOT, encoding: "utf8" })
  .trim()
  .split("\n")
  .map((line) => line.split("\t"))
  // Today's results, as the council review printed them (3 pages at 1 cm with a contact set).
  .concat([
    ["today, frontline", "#/result?date=2026-11-22&role=frontline"],
    ["today, practice supervisor", "#/result?date=2026-11-22&role=practice-supervisor"],
  ]);
// The record line as the tests' today (22 November 2026) makes it, for the date given.
const RECORD = (date) => new RegExp(`^Made on 22 November 2026 with the NAAS checker \\d+\\.\\d+\\.\\d+, applying the rules for ${date} \\(rules version [^,]+, last checked against their sources on \\d{1,2} \\w+ \\d{4}\\)\\.$`);
const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });
const long = (iso) => LONG.format(new Date(`${iso}T12:00:00`));

test("every result, printed, is a record: when made, for which date, which rules; at most 2 A4 pages, none blank; sources numbered without a gap", async () => {
  const { page, context, errors } = await newPage(env.browser);
  for (const [id, hash] of OUTCOMES) {
    await page.goto(`${env.server.url}${hash}`);
    await ready(page);
    await page.emulateMedia({ media: "screen" });
    const date = hash.match(/date=(\d{4}-\d{2}-\d{2})/)[1];
    const record = page.locator("#record");
    assert.match(await record.innerText(), RECORD(long(date)), `${id}: on screen`);
    await page.emulateMedia({ media: "print" });
    assert.ok(await record.isVisible(), `${id}: on paper`);
    const { cited, listed } = await printedCitations(page);
    assert.deepEqual(listed, cited, `${id}: paper lists exactly the sources its text cites`);
    assert.deepEqual(listed, listed.map((_, i) => i + 1), `${id}: numbered 1, 2, 3 with none skipped`);
    const drawn = await pdfText(page);
    assert.ok(drawn.length <= 2, `${id}: ${drawn.length} A4 pages`);
    assert.ok(drawn.every((runs) => runs > 0), `${id}: no blank page (${drawn})`);
    // A new address in the same page: the next result is read after it has rendered.
    await page.goto("about:blank");
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a result offers Print at its top and at its end, and neither is on paper", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => window.__printed++;
  });
  await page.goto(`${env.server.url}${OUTCOMES.find(([id]) => id === "supervisor")[1]}`);
  await ready(page);
  const buttons = page.getByRole("button", { name: "Print or save as PDF" });
  assert.equal(await buttons.count(), 2);
  const [top, end] = [await buttons.first().boundingBox(), await buttons.last().boundingBox()];
  const sources = await page.locator("#sources").boundingBox();
  assert.ok(top.y < 800 && end.y > sources.y, "one near the top, one after the sources");
  await buttons.first().click();
  await buttons.last().click();
  assert.equal(await page.evaluate(() => window.__printed), 2, "both print");
  await page.emulateMedia({ media: "print" });
  assert.equal(await buttons.first().isVisible(), false);
  assert.equal(await buttons.last().isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the plan is a record on screen, on paper and downloaded, and its download keeps the council's contact and offers", async () => {
  const { page, context, errors } = await newPage(env.browser, { acceptDownloads: true });
  await page.goto(`${env.server.url}#/readiness/plan?set=practitioner&p1=partly&p2=confident&p3=confident&p4=not-yet&p5=confident&p6=confident&p7=confident&p8=partly&p9=confident&p10=confident`);
  await ready(page);
  assert.match(await page.locator("#record").innerText(), RECORD("22 November 2026"));
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator("#record").isVisible(), "on paper");
  await page.emulateMedia({ media: "screen" });
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download-plan").click()]);
  const file = await readFile(await download.path(), "utf8");
  const kept = await context.newPage();
  await kept.setContent(file);
  assert.match(await kept.locator("#record").innerText(), RECORD("22 November 2026"));
  const contact = await kept.locator("#naas-lead").innerText();
  assert.match(contact, /Who to contact at Anytown Council/);
  assert.match(contact, /Sam Lee/);
  assert.equal(await kept.locator("#naas-lead a[href='mailto:naas@anytown.gov.uk']").count(), 1);
  assert.equal(await kept.locator("#naas-lead a[href='tel:01234567890']").count(), 1);
  const offers = await kept.locator("#local-offers").innerText();
  assert.match(offers, /Support offered by Anytown Council/);
  assert.match(offers, /Post-qualifying standards workshop/);
  assert.match(offers, /Half a day, with your team\./);
  assert.equal(await kept.locator("#local-offers a[href='https://intranet.anytown.gov.uk/pqs']").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

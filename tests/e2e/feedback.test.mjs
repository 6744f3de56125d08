// Reporting a problem, in Chromium: GOV.UK's Feedback block sits before the footer on every page
// (embedded too); with the `feedback` setting its link carries the page's exact address, in an
// email's body or as the form's `page=`, as the page is when the link is followed; without it, the
// block names whom to tell; a bad setting is named in the notice; axe finds nothing on any variant.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { serve, launch, newPage, ready, address } from "./harness.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LEEDS = address({ date: "2019-10-05", council: "leeds", outcome: "practitioner" });
const PAGES = ["#/", "#/date", "#/q/role?date=2019-10-05", LEEDS.replace("#/result", "#/check"), LEEDS, "#/about", "#/accessibility", "#/readiness/p1?set=practitioner"];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Serves the build with `settings` as its naas-config.json. */
const withSettings = (settings) => serve(undefined, { routes: { "/naas-config.json": { type: "application/json", body: JSON.stringify(settings) } } });

/** The report link's address after a user follows it (the browser is stopped from leaving). */
async function followed(page) {
  await page.evaluate(() => document.addEventListener("click", (e) => e.target.closest("#report-problem") && e.preventDefault(), { once: true }));
  await page.locator("#report-problem").click();
  return page.locator("#report-problem").getAttribute("href");
}

/** axe's violations, with nothing focused (as a page is first seen: a focused link is drawn
 * without its underline, as GOV.UK's focus style is). */
async function axe(page) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), TAGS);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

test("every page has the Feedback block after its main content and before its footer, embedded too", async () => {
  const server = await serve();
  for (const embedded of [false, true]) {
    const { page, context, errors } = await newPage(browser);
    const frame = embedded
      ? `<!DOCTYPE html><html lang="en"><title>Host</title><iframe title="checker" src="${server.url}"></iframe></html>`
      : null;
    for (const hash of PAGES) {
      let app = page;
      if (embedded) {
        await page.setContent(frame.replace(`src="${server.url}"`, `src="${server.url}${hash}"`));
        app = page.frames()[1];
      } else {
        await page.goto(`${server.url}${hash}`);
      }
      await ready(app);
      const order = await app.evaluate(() => {
        const feedback = document.getElementById("feedback");
        const main = document.querySelector("main");
        const footer = document.querySelector("footer");
        return {
          title: feedback?.querySelector(".govuk-feedback__title")?.textContent,
          afterMain: !!feedback && !!(main.compareDocumentPosition(feedback) & Node.DOCUMENT_POSITION_FOLLOWING),
          beforeFooter: !!feedback && !!(feedback.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      });
      assert.deepEqual(order, { title: "Help us improve this checker", afterMain: true, beforeFooter: true }, `${hash}${embedded ? ", embedded" : ""}`);
      assert.match(await app.locator("#feedback").innerText(), /Tell the organisation that gave you the link to this checker, and give them this page's address/);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
  await server.close();
});

test("with a feedback email, the link carries the page's exact address in the email's body", async () => {
  const server = await withSettings({ feedback: "mailto:checker@anytown.gov.uk" });
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${server.url}${LEEDS}`);
  await ready(page);
  const link = page.locator("#report-problem");
  assert.equal(await link.innerText(), "Report a problem with this result");
  const href = await followed(page);
  const [to, query] = href.split("?");
  assert.equal(to, "mailto:checker@anytown.gov.uk");
  const params = new URLSearchParams(query.replaceAll("%20", "+"));
  assert.equal(params.get("subject"), "A problem with the NAAS checker");
  assert.equal(params.get("body"), `The page: ${page.url()}\n\nWhat is wrong: `);
  assert.ok(page.url().endsWith(LEEDS), "the address is the result's own, with every answer");
  assert.deepEqual(await axe(page), []);

  // On another page the link says so, and carries that page's address.
  await page.goto(`${server.url}#/about`);
  await ready(page);
  assert.equal(await link.innerText(), "Report a problem with this page");
  assert.match(await followed(page), new RegExp(`body=The%20page%3A%20${encodeURIComponent(page.url()).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}%0A`));

  // A refused link to a result shows the start page, and the report is of that page.
  await page.goto(`${server.url}#/result?date=2099-01-01&role=frontline`);
  await ready(page);
  assert.equal(await link.innerText(), "Report a problem with this page");
  assert.match(await link.getAttribute("href"), /body=The%20page%3A%20[^&]*%23%2F%0A/);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("with a feedback form, the link carries the page's exact address as page=, and opens in a new tab", async () => {
  const server = await withSettings({ feedback: "https://forms.anytown.gov.uk/naas?from=checker" });
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${server.url}${LEEDS}`);
  await ready(page);
  const link = page.locator("#report-problem");
  assert.equal(await link.innerText(), "Report a problem with this result (opens in new tab)");
  assert.equal(await link.getAttribute("target"), "_blank");
  const href = new URL(await followed(page));
  assert.equal(href.origin + href.pathname, "https://forms.anytown.gov.uk/naas");
  assert.equal(href.searchParams.get("from"), "checker");
  assert.equal(href.searchParams.get("page"), page.url());
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("without a feedback setting, the block names the council's contact, with an email carrying the address", async () => {
  const server = await withSettings({ organisation: "Anytown Council", naasLead: { name: "Sam Lee", email: "naas@anytown.gov.uk", phone: "01234 567890" } });
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${server.url}${LEEDS}`);
  await ready(page);
  assert.match(await page.locator("#feedback").innerText(), /Tell Sam Lee at Anytown Council: Report a problem with this result by email, or call 01234 567890\./);
  const href = await followed(page);
  assert.ok(href.startsWith("mailto:naas@anytown.gov.uk?subject="), href);
  assert.ok(href.includes(encodeURIComponent(page.url())), "the address is carried");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("a feedback setting that is not an https page or a mailto address is named, and the block falls back", async () => {
  const server = await withSettings({ feedback: "http://intranet.anytown.gov.uk/feedback" });
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  assert.match(await page.locator("#config-notice").innerText(), /feedback: the link “http:\/\/intranet\.anytown\.gov\.uk\/feedback” must be an https:\/\/ page or a mailto: address/);
  assert.equal(await page.locator("#report-problem").count(), 0);
  assert.match(await page.locator("#feedback").innerText(), /Tell the organisation that gave you the link/);
  await context.close();
  await server.close();
});

// An accessibility statement a council can adopt, in Chromium: its settings state the compliance
// (listing what is not accessible when partial), when, how and by whom the council last tested
// its copy, and how soon it answers; statementUrl sends the footer's and About's links to the
// council's own statement; unset, the statement says what this project tests and when.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, serve, newPage, ready } from "./harness.mjs";

const env = useApp();
const withSettings = (settings) => serve(undefined, { routes: { "/naas-config.json": { type: "application/json", body: JSON.stringify(settings) } } });

test("a council's statement settings: partial compliance with what is not accessible, its testing and response time", async () => {
  const server = await withSettings({
    organisation: "Anytown Council",
    accessibility: {
      email: "access@anytown.gov.uk",
      compliance: "partial",
      nonAccessible: ["Some source documents linked from the checker are PDFs that are not accessible."],
      tested: "2026-11-20",
      testedHow: "We used the checker with NVDA and with JAWS.",
      testedBy: "Anytown Council's digital accessibility team",
      responseDays: 5,
    },
  });
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${server.url}#/accessibility`);
  await ready(page);
  assert.equal(await page.locator("#config-notice").count(), 0, "every setting is valid");
  assert.equal(
    await page.locator("#compliance").innerText(),
    "This checker is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.",
  );
  assert.deepEqual(await page.locator("#non-accessible li").allInnerTexts(), ["Some source documents linked from the checker are PDFs that are not accessible."]);
  assert.equal(
    await page.locator("#council-tested").innerText(),
    "This copy was last tested on 20 November 2026, by Anytown Council's digital accessibility team. We used the checker with NVDA and with JAWS.",
  );
  assert.equal(await page.locator("#response-time").innerText(), "We will consider your request and get back to you in 5 working days.");
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("unset, the statement claims no compliance and says what this project tests, and when", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}#/accessibility`);
  await ready(page);
  assert.match(await page.locator("#compliance").innerText(), /so we do not claim that it is fully compliant/);
  assert.equal(await page.locator("#non-accessible").count(), 0);
  const tested = await page.locator("main").innerText();
  for (const check of [/axe against WCAG 2\.0, 2\.1 and 2\.2 at levels A and AA, and its HTML is validated/, /with a keyboard alone/, /320 pixels wide and at 200% zoom/]) {
    assert.match(tested, check);
  }
  assert.match(await page.locator("#project-tested").innerText(), /Version \d+\.\d+\.\d+ passed all of these tests on \d{1,2} \w+ \d{4}\.$/);
  assert.equal(await page.locator("#council-tested").count(), 0);
  assert.equal(await page.locator("#response-time").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("statementUrl sends the footer's and About's links to the council's own statement", async () => {
  const url = "https://www.anytown.gov.uk/accessibility/naas-checker";
  const server = await withSettings({ accessibility: { statementUrl: url } });
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${server.url}#/about`);
  await ready(page);
  const footer = page.locator("footer").getByRole("link", { name: "Accessibility statement (opens in new tab)" });
  assert.equal(await footer.getAttribute("href"), url);
  assert.equal(await footer.getAttribute("target"), "_blank");
  assert.equal(await page.locator("main").getByRole("link", { name: "Read the accessibility statement (opens in new tab)" }).getAttribute("href"), url);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("a bad statement setting is named, and the checker's own statement stays", async () => {
  const server = await withSettings({ accessibility: { compliance: "partial", statementUrl: "http://www.anytown.gov.uk/a11y" } });
  const { page, context } = await newPage(env.browser);
  await page.goto(`${server.url}#/accessibility`);
  await ready(page);
  assert.match(await page.locator("#config-notice").innerText(), /accessibility: the statementUrl “http:\/\/www\.anytown\.gov\.uk\/a11y” must start with https:\/\//);
  assert.match(await page.locator("#compliance").innerText(), /so we do not claim that it is fully compliant/);
  assert.equal(await page.locator("footer").getByRole("link", { name: "Accessibility statement" }).getAttribute("href"), "#/accessibility");
  await context.close();
  await server.close();
});

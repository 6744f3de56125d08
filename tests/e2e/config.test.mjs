// Council configuration in Chromium: a full configuration shows the council's name, colours,
// contacts, offers, councils and fixed date; a bad one shows a notice naming each problem while
// the app keeps working; naas-config.json beside the page overrides the page's block.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, newPage, ready, withConfig, choose } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const page = (body) => ({ "/": { type: "text/html; charset=utf-8", body } });
const json = (body) => ({ "/naas-config.json": { type: "application/json", body } });

test("a full configuration is applied", async () => {
  const block = JSON.stringify({
    organisation: "Anytown Council",
    naasLead: { name: "Sam Lee", email: "naas@anytown.gov.uk", phone: "01234 567890" },
    preparation: [{ title: "NAAS preparation course", description: "Two days, with other volunteers.", link: "https://intranet.anytown.example/naas" }],
    councils: { first: ["wigan", "leeds"], preselect: "leeds" },
    theme: { brand: "#00703c" },
    asAt: "2019-10-05",
  });
  const server = await serve(undefined, { routes: page(await withConfig(block)) });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(server.url);
  await ready(p);
  assert.equal(await p.locator(".app-header__organisation").innerText(), "Anytown Council");
  assert.equal(await p.locator(".app-header").evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(0, 112, 60)");
  const status = await p.locator("#status").innerText();
  assert.match(status, /On 5 October 2019: NAAS was running/);
  assert.match(status, /Today, 22 November 2026: NAAS has closed/, "a fixed date never reads as today");
  assert.equal(await p.locator("#config-notice").count(), 0);

  // The date is fixed, so "Start now" goes straight to the first question.
  await p.getByRole("button", { name: "Start now" }).click();
  await p.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "What was your role on 5 October 2019?");
  await choose(p, "Child and family social worker (frontline practitioner)");
  await choose(p, "Yes");
  await choose(p, "A local authority (council)");
  const labels = await p.locator(".govuk-radios__label").allInnerTexts();
  assert.deepEqual(labels.slice(0, 2), ["Wigan", "Leeds"], "the council's own councils come first");
  assert.equal(await p.getByLabel("Leeds", { exact: true }).isChecked(), true, "and one is chosen in advance");
  await p.getByRole("button", { name: "Continue" }).click();
  await p.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "Check your answers");
  assert.equal(await p.getByRole("link", { name: "Change date checked" }).count(), 0, "a fixed date cannot be changed");
  await p.getByRole("button", { name: "See your result" }).click();
  await p.waitForSelector("#naas-lead");
  const lead = await p.locator("#naas-lead").innerText();
  assert.match(lead, /Who to contact at Anytown Council/);
  assert.equal(await p.locator("#naas-lead a[href='mailto:naas@anytown.gov.uk']").count(), 1);
  assert.equal(await p.locator("#naas-lead a[href='tel:01234567890']").count(), 1);
  assert.match(await p.locator("#local-offers").innerText(), /NAAS preparation course/);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("a bad configuration shows a notice naming each problem, and the app still works", async () => {
  const block = `{ "organisation": "Anytown Council", "theme": { "brand": "#ffdd00" },
    "preparation": [{ "title": "Course", "link": "javascript:alert(1)" }], "asAt": "someday", "colour": "red" }`;
  const server = await serve(undefined, { routes: page(await withConfig(block)) });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(server.url);
  await ready(p);
  const notice = await p.locator("#config-notice").innerText();
  for (const problem of [/theme: .*contrast/, /preparation: .*javascript:alert\(1\)/, /asAt: .*someday/, /colour.*is not a setting/]) {
    assert.match(notice, problem);
  }
  assert.equal(await p.locator(".app-header__organisation").innerText(), "Anytown Council", "the good setting still applies");
  assert.equal(await p.locator(".app-header").evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(29, 112, 184)", "the default colour is used");
  await p.getByRole("button", { name: "Start now" }).click();
  await p.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "What date do you want to check?");
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("a configuration that is not JSON is reported and the defaults apply", async () => {
  const server = await serve(undefined, { routes: page(await withConfig("{ organisation: Anytown")) });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(server.url);
  await ready(p);
  assert.match(await p.locator("#config-notice").innerText(), /the configuration block in the page is not valid JSON/);
  assert.equal(await p.locator(".app-header__organisation").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("naas-config.json beside the page overrides the page's block", async () => {
  const routes = { ...page(await withConfig(`{ "organisation": "From the page" }`)), ...json(`{ "organisation": "From the file" }`) };
  const server = await serve(undefined, { routes });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(server.url);
  await ready(p);
  assert.equal(await p.locator(".app-header__organisation").innerText(), "From the file");
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

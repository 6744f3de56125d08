// Council configuration in Chromium: a full configuration shows the council's name, colours,
// contacts, offers, councils and fixed date; a bad one shows a notice naming each problem while
// the app keeps working; naas-config.json beside the page overrides the page's block; hostile
// configurations and links (too deep, too large, thousands of problems, hidden characters) are
// refused with a short, plain notice, the defaults and the other settings kept.
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
  assert.match(status, /Today: NAAS closed in March 2022\./, "a fixed date never reads as today");
  assert.equal(await p.locator("#config-notice").count(), 0);

  // The date is fixed, so "Start now" goes straight to the first question.
  await p.getByRole("button", { name: "Start now" }).click();
  await p.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "What was your role on 5 October 2019?");
  await choose(p, "Child and family social worker (frontline practitioner)");
  await choose(p, "Yes");
  await choose(p, "A local authority (council)");
  const labels = await p.locator(".govuk-radios__label").allInnerTexts();
  assert.deepEqual(labels.slice(0, 2), ["Leeds", "Wigan"], "the council itself, then its own list, come first");
  assert.match(await p.locator(".app-radios__group").first().innerText(), /Listed first by Anytown Council/);
  assert.match(await p.locator("#council-item-hint").innerText(), /Your organisation/, "the council itself is marked");
  assert.equal(await p.locator("input[type=radio]:checked").count(), 0, "but nothing is chosen in advance");
  await p.getByLabel("Leeds", { exact: true }).check();
  await p.getByRole("button", { name: "Continue" }).click();
  await p.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "Check your answers");
  assert.equal(await p.getByRole("link", { name: "Change date checked" }).count(), 0, "a fixed date cannot be changed");
  await p.getByRole("button", { name: "See your result" }).click();
  await p.waitForSelector("#naas-lead");
  const lead = await p.locator("#naas-lead").innerText();
  assert.match(lead, /Who to contact at Anytown Council/);
  assert.equal(await p.locator("#naas-lead a[href='mailto:naas@anytown.gov.uk']").count(), 1);
  assert.equal(await p.locator("#naas-lead a[href='tel:01234567890']").count(), 1);
  // Every result is about NAAS, which nobody can take now: the council's offers of support are
  // on the readiness plan, about the standards in force, never beside a result.
  assert.equal(await p.locator("#local-offers").count(), 0);
  await p.goto(`${server.url}#/readiness/plan?set=leader&l1=partly&l2=confident&l3=confident&l4=confident&l5=confident&l6=confident`);
  await p.waitForSelector("#local-offers");
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

const notice = async (p) => ({ text: await p.locator("#config-notice").innerText(), items: await p.locator("#config-notice li").allInnerTexts() });
const BLUE = "rgb(29, 112, 184)";

test("a setting nested thousands of levels deep is refused by name, and the app starts with the rest", async () => {
  const deep = "[".repeat(5000) + "]".repeat(5000);
  const server = await serve(undefined, { routes: page(await withConfig(`{ "organisation": "Anytown Council", "theme": ${deep} }`)) });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(server.url);
  await ready(p);
  assert.deepEqual((await notice(p)).items, ["theme: nests lists or objects more than 8 levels deep"]);
  assert.equal(await p.locator(".app-header__organisation").innerText(), "Anytown Council", "the rest apply");
  assert.equal(await p.locator(".app-header").evaluate((e) => getComputedStyle(e).backgroundColor), BLUE, "the default colour");
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("a huge settings file is refused whole before it is read, and the page's settings still apply", async () => {
  const keys = Array.from({ length: 60000 }, (_, i) => `"unknown${i}": 0`).join(", ");
  const routes = { ...page(await withConfig(`{ "organisation": "Anytown Council" }`)), ...json(`{ ${keys} }`) };
  const server = await serve(undefined, { routes });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(server.url);
  await ready(p);
  const { items } = await notice(p);
  assert.equal(items.length, 1, items.join("\n"));
  assert.match(items[0], /^naas-config\.json is [\d,]+ KB, more than the 64 KB a configuration may be, so none of its settings are used$/);
  assert.equal(await p.locator(".app-header__organisation").innerText(), "Anytown Council");
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("a notice lists a handful of problems and says how many more, and the console lists them all", async () => {
  const block = JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`unknown${i}`, 0])));
  const server = await serve(undefined, { routes: page(await withConfig(block)) });
  const { page: p, context, errors } = await newPage(browser);
  const warnings = [];
  p.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await p.goto(server.url);
  await ready(p);
  const { items } = await notice(p);
  assert.equal(items.length, 6);
  assert.match(items[0], /unknown0/);
  assert.equal(items[5], "and 35 more");
  // The console lists all 40, once each, for whoever maintains the settings.
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  const listed = warnings[0].split("\n- ").slice(1);
  assert.equal(listed.length, 40);
  assert.ok(listed.every((line, i) => line.includes(`unknown${i}`)), listed.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("a link with thousands of identical problems lists each problem once", async () => {
  const server = await serve();
  const { page: p, context, errors } = await newPage(browser);
  const link = `#/readiness/checks?date=2019-10-05&set=practitioner&done=${",".repeat(4000)}`;
  assert.ok(link.length < 4096);
  await p.goto(server.url + link);
  await ready(p);
  const items = await p.locator("#link-problem li").allInnerTexts();
  assert.ok(items.length >= 1 && items.length <= 6, `${items.length} problems listed`);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("messages that quote the configuration carry no hidden direction controls", async () => {
  const routes = { ...page(await withConfig(`{ "col\\u202eour": 1, "naasLead": { "email": "x\\u2066@y" } }`)), ...json("{ organisation: \u202e Anytown") };
  const server = await serve(undefined, { routes });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(server.url);
  await ready(p);
  const { text, items } = await notice(p);
  assert.equal(items.length, 3, items.join("\n"));
  assert.match(text, /\u201ccolour\u201d is not a setting/);
  assert.match(text, /naas-config\.json is not valid JSON/);
  assert.doesNotMatch(text, /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("a link written Https:// is an https link: it opens in a new tab and says so", async () => {
  const block = JSON.stringify({ preparation: [{ title: "NAAS preparation course", link: "Https://intranet.anytown.example/naas" }] });
  const server = await serve(undefined, { routes: page(await withConfig(block)) });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(`${server.url}#/readiness/plan?set=leader&l1=partly&l2=confident&l3=confident&l4=confident&l5=confident&l6=confident`);
  await ready(p);
  const link = p.locator("#local-offers a");
  assert.equal(await link.getAttribute("href"), "https://intranet.anytown.example/naas");
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.match(await link.innerText(), /NAAS preparation course \(opens in new tab\)/);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("in the page's block, < written as \\u003c reaches the page as <, and cannot end the block", async () => {
  const block = String.raw`{ "organisation": "Children \u003c/script\u003e Services" }`;
  const server = await serve(undefined, { routes: page(await withConfig(block)) });
  const { page: p, context, errors } = await newPage(browser);
  await p.goto(server.url);
  await ready(p);
  assert.equal(await p.locator(".app-header__organisation").innerText(), "Children </script> Services");
  assert.equal(await p.locator("#config-notice").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

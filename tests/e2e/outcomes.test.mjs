// Every kind of outcome, reached in Chromium from its address: a heading, a kind tag unless the
// heading already says it, and reasons that each cite a source.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, address } from "./harness.mjs";

const JOURNEYS = {
  "Could take part": address({ date: "2018-10-01", council: "leeds", outcome: "practitioner" }),
  "Another route": address({ date: "2020-02-10", role: "asye", outcome: "route-asye" }),
  "Not yet": address({ date: "2018-10-01", council: "barnsley", outcome: "not-yet" }),
  Paused: address({ date: "2020-06-01", outcome: "paused" }),
  Closed: address({ date: "today", role: "frontline" }),
  "Not started": address({ date: "2017-01-01", outcome: "not-started" }),
  "Not in scope": address({ date: "2019-10-01", role: "adult-services" }),
  Unclear: address({ date: "2019-10-01", employer: "voluntary", outcome: "unclear-voluntary" }),
};

const env = useApp();

for (const [kind, hash] of Object.entries(JOURNEYS)) {
  test(`the "${kind}" result explains itself with sources`, async () => {
    const { page, context, errors } = await newPage(env.browser);
    await page.goto(`${env.server.url}${hash}`);
    await ready(page);
    const heading = (await page.locator("main h1").innerText()).trim();
    if (heading.toLowerCase().includes(kind.toLowerCase()) || kind === "Closed") {
      // A tag never repeats the heading, and a closed result leads with what applies: no tag.
      assert.equal(await page.locator("main .govuk-tag").count(), 0, `${kind}: a tag before "${heading}"`);
    } else {
      assert.equal((await page.locator("main .govuk-tag").first().innerText()).trim(), kind);
    }
    const reasons = page.locator(".app-reasons > li");
    assert.ok((await reasons.count()) > 0, "at least one reason");
    for (const reason of await reasons.all()) {
      assert.match(await reason.locator(".app-cite").innerText(), /\(sources? \d/, `${kind}: a reason without a source`);
    }
    assert.ok((await page.locator("#sources + ol a[href^='http']").count()) > 0, `${kind}: no list of sources`);
    if (kind === "Unclear") assert.match(await page.locator("#who-to-ask").innerText(), /Who to ask/);
    assert.doesNotMatch(await page.locator("main").innerText(), /\{[a-z]+\}/, "no unfilled placeholders");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

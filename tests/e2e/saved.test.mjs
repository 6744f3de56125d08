// Saving answers on the device in Chromium: nothing is stored until the user opts in; saved
// answers are offered again and can be cleared; corrupted saved data is discarded with a notice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, answerLeeds2019 } from "./harness.mjs";

const KEY = "naas-checker:saved-answers";
const env = useApp();

test("answers are kept only after opting in, offered again, and cleared", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await answerLeeds2019(page);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, "nothing stored before opting in");

  await page.getByRole("button", { name: "Save my answers on this device" }).click();
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes("#/result?date=2019-10-05"), KEY);
  assert.match(await page.locator("#save").innerText(), /Your answers are saved/);

  // A later visit offers them again.
  await page.goto(`${env.server.url}?again`);
  await ready(page);
  await page.getByRole("link", { name: "Continue where you left off" }).click();
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "You could have taken the NAAS practitioner assessment");

  await page.getByRole("button", { name: "Clear my saved answers" }).click();
  await page.waitForSelector("#saved-notice");
  assert.match(await page.locator("#saved-notice").innerText(), /cleared/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  assert.equal(new URL(page.url()).hash, "#/", "clearing also leaves the answers on screen");
  assert.deepEqual(errors, []);
  await context.close();
});

test("corrupted saved data is discarded with a notice", async () => {
  for (const garbage of ["{\"answers\":", "naas-checker saved answers v1\nsaved 2026-11-22\n#/q/role?role=wizard"]) {
    const { page, context, errors } = await newPage(env.browser);
    await page.addInitScript(([k, v]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(k, v);
        sessionStorage.setItem("seeded", "1");
      }
    }, [KEY, garbage]);
    await page.goto(env.server.url);
    await ready(page);
    assert.match(await page.locator("#saved-notice").innerText(), /could not be read .* removed/);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
    assert.equal(await page.getByRole("button", { name: "Start now" }).count(), 1, "the app still works");
    assert.deepEqual(errors, []);
    await context.close();
  }
});

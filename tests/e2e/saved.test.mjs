// Saving answers on the device in Chromium: nothing is stored until the user opts in; saved
// answers are offered again and can be cleared; corrupted saved data is discarded with a notice;
// tabs of one browser agree about what is saved; and a browser that will not store the answers
// is never said to have saved them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, answerLeeds2019, openTab, address } from "./harness.mjs";

const KEY = "naas-checker:saved-answers";
const LEEDS = address({ date: "2019-10-05", council: "leeds", outcome: "practitioner" });
const PLYMOUTH = address({ date: "2021-07-10", council: "plymouth", outcome: "practitioner" });
const env = useApp();

/** The saved record, as the page sees it. */
const record = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Follows a link or presses a button, and waits until the app has shown the next page (it
 * titles each page once it has rendered it and done what the page change asks of storage). */
async function moveOn(page, locator) {
  const [hash, title] = await page.evaluate(() => [location.hash, document.title]);
  await locator.click();
  await page.waitForFunction(([h, t]) => location.hash !== h && document.title !== t, [hash, title]);
  await ready(page);
}

const savePanel = (page) => page.locator("#save").innerText();

test("answers are kept only after opting in, offered again, and cleared", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await answerLeeds2019(page);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, "nothing stored before opting in");

  await page.getByRole("button", { name: "Save my answers on this device" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes("#/result?date=2019-10-05"), KEY);
  assert.match(await page.locator("#save").innerText(), /Your answers are saved/);
  // The button has gone: the keyboard's place is on what replaced it, not lost to the page.
  await page.waitForFunction(() => document.activeElement?.closest("#save") !== null, null, { timeout: 5000 });

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

test("a tab that never opted in keeps what another tab saved, learns of it, and follows its clearing", async () => {
  const { page: a, context, errors } = await newPage(env.browser);
  const { page: b, errors: bErrors } = await openTab(context);
  await b.goto(env.server.url);
  await ready(b);
  await a.goto(env.server.url);
  await ready(a);
  await answerLeeds2019(a);
  await a.getByRole("button", { name: "Save my answers on this device" }).click();
  await a.waitForFunction((k) => localStorage.getItem(k)?.includes("#/result?date=2019-10-05"), KEY);
  const saved = await record(a);
  assert.match(await savePanel(a), /Your answers are saved/);

  // Tab B, open all along and never opted in, moves on: A's answers stay saved.
  await moveOn(b, b.getByRole("button", { name: "Start now" }));
  assert.equal(await record(a), saved, "the other tab's page change removed the saved answers");

  // B has learned of them: its start page offers them, and continuing there keeps them.
  await b.goBack();
  await b.getByRole("link", { name: "Continue where you left off" }).waitFor({ timeout: 5000 });
  await moveOn(b, b.getByRole("link", { name: "Continue where you left off" }));
  assert.match(await savePanel(b), /Your answers are saved/);
  assert.equal(await record(b), saved);

  // Clearing them in A: B stops saying they are saved, says why, and does not save them again.
  await a.getByRole("button", { name: "Clear my saved answers" }).click();
  await a.waitForSelector("#saved-notice");
  await b.getByRole("button", { name: "Save my answers on this device" }).waitFor({ timeout: 5000 });
  assert.doesNotMatch(await savePanel(b), /Your answers are saved/);
  assert.match(await savePanel(b), /cleared in another tab or window/);
  assert.equal(new URL(b.url()).hash, LEEDS, "B's answers stay on its screen");
  await moveOn(b, b.getByRole("link", { name: "Change your answers" }));
  assert.equal(await record(b), null, "B saved the answers again after they were cleared");
  assert.deepEqual([...errors, ...bErrors], []);
  await context.close();
});

test("a link opened in a new tab after saving shows its answers and leaves the saved ones alone", async () => {
  const { page: a, context, errors } = await newPage(env.browser);
  await a.goto(`${env.server.url}${LEEDS}`);
  await ready(a);
  await a.getByRole("button", { name: "Save my answers on this device" }).click();
  await a.waitForFunction((k) => localStorage.getItem(k)?.includes("council=leeds"), KEY);
  const leeds = await record(a);

  // A colleague's link, opened in a new tab of the same browser.
  const { page: b, errors: bErrors } = await openTab(context);
  await b.goto(`${env.server.url}${PLYMOUTH}`);
  await ready(b);
  await b.getByRole("button", { name: "Save these answers instead" }).waitFor({ timeout: 5000 });
  assert.match(await savePanel(b), /Other answers are saved in this browser .* These answers are not saved/s);
  await moveOn(b, b.getByRole("link", { name: "Change your answers" }));
  assert.equal(await record(b), leeds, "the new tab replaced the saved answers");
  assert.match(await savePanel(a), /Your answers are saved/, "the first tab still has its answers saved");
  assert.deepEqual([...errors, ...bErrors], []);
  await context.close();
});

test("a tab with other answers leaves the saved ones alone, says so, and can save its own instead", async () => {
  const { page: a, context, errors } = await newPage(env.browser);
  const { page: b, errors: bErrors } = await openTab(context);
  await a.goto(`${env.server.url}${LEEDS}`);
  await ready(a);
  await b.goto(`${env.server.url}${PLYMOUTH}`);
  await ready(b);
  await a.getByRole("button", { name: "Save my answers on this device" }).click();
  await a.waitForFunction((k) => localStorage.getItem(k)?.includes("council=leeds"), KEY);
  const leeds = await record(a);

  await moveOn(b, b.getByRole("link", { name: "Change your answers" }));
  assert.equal(await record(b), leeds, "moving on in B replaced or removed A's saved answers");
  await b.getByRole("button", { name: "Save these answers instead" }).waitFor({ timeout: 5000 });
  assert.match(await savePanel(b), /Other answers are saved in this browser .* These answers are not saved/s);
  assert.doesNotMatch(await savePanel(b), /Your answers are saved/);

  // Saving B's answers instead: now A's are not saved, and A says so and stops writing.
  await b.getByRole("button", { name: "Save these answers instead" }).click();
  await b.waitForFunction(() => /Your answers are saved/.test(document.querySelector("#save")?.innerText));
  assert.match(await record(b), /council=plymouth/);
  await a.getByRole("button", { name: "Save these answers instead" }).waitFor({ timeout: 5000 });
  assert.doesNotMatch(await savePanel(a), /Your answers are saved/);
  await moveOn(a, a.getByRole("link", { name: "Change your answers" }));
  assert.match(await record(a), /council=plymouth/);
  assert.deepEqual([...errors, ...bErrors], []);
  await context.close();
});

test("when the browser will not store the answers, the page never says they are saved, and says what to do", async () => {
  const refusals = {
    "storage full": () => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
    "storage blocked": () => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
    },
  };
  for (const [name, refuse] of Object.entries(refusals)) {
    const { page, context, errors } = await newPage(env.browser);
    await page.addInitScript(refuse);
    await page.goto(`${env.server.url}${LEEDS}`);
    await ready(page);
    await page.getByRole("button", { name: "Save my answers on this device" }).click();
    await page.getByRole("button", { name: "Save my answers on this device" }).waitFor({ state: "detached" });
    const panel = await savePanel(page);
    assert.doesNotMatch(panel, /Your answers are saved/, name);
    assert.match(panel, /Your answers could not be saved on this device/, name);
    assert.match(panel, /still in this page's address, so you can bookmark this page/, name);
    assert.equal(await page.getByRole("button", { name: "Try again" }).count(), 1, name);
    // Each new page tries again, and says the same.
    await moveOn(page, page.getByRole("link", { name: "Change your answers" }));
    assert.match(await savePanel(page), /could not be saved on this device/, name);
    assert.doesNotMatch(await savePanel(page), /Your answers are saved/, name);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

test("when storage fills up after saving, the page stops saying the answers are saved", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (...args) {
      if (window.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return set.apply(this, args);
    };
  });
  await page.goto(`${env.server.url}${LEEDS}`);
  await ready(page);
  await page.getByRole("button", { name: "Save my answers on this device" }).click();
  await page.waitForFunction(() => /Your answers are saved/.test(document.querySelector("#save")?.innerText));
  const earlier = await record(page);

  await page.evaluate(() => (window.full = true));
  await moveOn(page, page.getByRole("link", { name: "Change your answers" }));
  assert.doesNotMatch(await savePanel(page), /Your answers are saved/);
  assert.match(await savePanel(page), /could not be saved on this device/);
  assert.equal(await record(page), earlier, "the answers saved earlier are still there");
  assert.equal(await page.getByRole("button", { name: "Clear my saved answers" }).count(), 1, "and can be cleared");

  // Once there is room again, trying again saves them.
  await page.evaluate(() => (window.full = false));
  await page.getByRole("button", { name: "Try again" }).click();
  await page.waitForFunction(() => /Your answers are saved/.test(document.querySelector("#save")?.innerText));
  assert.match(await record(page), /#\/check/);
  assert.deepEqual(errors, []);
  await context.close();
});

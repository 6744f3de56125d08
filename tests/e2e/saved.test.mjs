// Saving answers on the device in Chromium: nothing is stored until the user opts in; saved
// answers are offered again and can be cleared, and only an explicit choice writes over them;
// saved data that cannot be opened is removed once with a notice; tabs of one browser agree
// with storage, even when they act at once; and a browser that will not store the answers is
// never said to have saved them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready, answerLeeds2019, openTab, address, choose, until } from "./harness.mjs";

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

/** Puts `text` in the saved-answers slot before the page's first load only (a reload then
 * finds whatever the app left there). */
function seed(page, text) {
  return page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(k, v);
      sessionStorage.setItem("seeded", "1");
    }
  }, [KEY, text]);
}

/** Opens `address` in `page`, saves its answers, and returns the record stored. */
async function savedAt(page, address) {
  await page.goto(`${env.server.url}${address}`);
  await ready(page);
  await save(page);
  return record(page);
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
  await page.getByRole("button", { name: "Continue where you left off" }).click();
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
    await seed(page, garbage);
    await page.goto(env.server.url);
    await ready(page);
    assert.match(await page.locator("#saved-notice").innerText(), /could not be opened .* removed/);
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

  // Tab B, open all along on the start page and never opted in, has heard of them: it offers to
  // continue them or start again. Starting again, A's answers stay saved.
  await moveOn(b, b.getByRole("button", { name: "Start again" }));
  assert.equal(await record(a), saved, "the other tab's page change removed the saved answers");

  // B has learned of them: its start page offers them, and continuing there keeps them.
  await b.goBack();
  await b.getByRole("button", { name: "Continue where you left off" }).waitFor({ timeout: 5000 });
  await moveOn(b, b.getByRole("button", { name: "Continue where you left off" }));
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

/** Saves the answers on screen and waits until storage holds them. */
async function save(page, label = "Save my answers on this device") {
  await page.getByRole("button", { name: label }).click();
  await page.waitForFunction(() => /Your answers are saved/.test(document.querySelector("#save")?.innerText));
}

/** Whether what the tab says of saved answers matches what storage holds (storage events take
 * a moment between tabs, so callers poll with `until`). */
async function agrees(page) {
  return page.evaluate((k) => {
    const stored = localStorage.getItem(k);
    const held = stored?.split("\n")[2] ?? null;
    const panel = document.querySelector("#save")?.innerText ?? "";
    const notice = document.querySelector("#saved-notice")?.innerText ?? "";
    const offered = document.querySelector("#saved-answers") !== null;
    const says = /Your answers are saved/.test(panel) ? "saved here"
      : /Other answers are saved/.test(panel) ? "others saved"
      : panel ? "nothing saved" : offered ? "others saved" : "nothing saved";
    const truth = held === null ? "nothing saved" : held === location.hash ? "saved here" : "others saved";
    const cleared = /cleared/.test(notice);
    return { ok: says === truth && !(cleared && held !== null), says, truth, notice, hash: location.hash };
  }, KEY);
}

test("Start now with answers saved offers to continue or start again, and starting again leaves them alone", async () => {
  const { page, context, errors } = await newPage(env.browser);
  const leeds = await savedAt(page, LEEDS);

  // The start page, with answers saved: no plain "Start now", but the choice.
  await moveOn(page, page.getByRole("link", { name: "NAAS eligibility checker" }).first());
  assert.equal(await page.getByRole("button", { name: "Start now" }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "Continue where you left off" }).getAttribute("href"), LEEDS);
  await moveOn(page, page.getByRole("button", { name: "Start again" }));
  await page.locator("label.govuk-radios__label").getByText("Another date", { exact: true }).click();
  await page.getByLabel("Day", { exact: true }).fill("10");
  await page.getByLabel("Month", { exact: true }).fill("7");
  await page.getByLabel("Year", { exact: true }).fill("2021");
  await page.getByRole("button", { name: "Continue" }).click();
  await choose(page, "Child and family social worker (frontline practitioner)");
  await choose(page, "Yes");
  await choose(page, "A local authority (council)");
  await choose(page, "Plymouth");
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "Check your answers");
  assert.equal(await record(page), leeds, "starting again wrote over the saved answers");
  assert.match(await savePanel(page), /Other answers are saved .* These answers are not saved/s);
  // Only the user's choice saves these instead.
  await save(page, "Save these answers instead");
  assert.match(await record(page), /date=2021-07-10/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tab opened on the start or about page never takes over the saved answers", async () => {
  const { page: a, context, errors } = await newPage(env.browser);
  const leeds = await savedAt(a, LEEDS);
  for (const where of ["", "#/about"]) {
    const { page: b, errors: bErrors } = await openTab(context);
    await b.goto(`${env.server.url}${where}`);
    await ready(b);
    if (where) await moveOn(b, b.getByRole("link", { name: "NAAS eligibility checker" }).first());
    await moveOn(b, b.getByRole("button", { name: "Start again" }));
    await b.locator("label.govuk-radios__label", { hasText: /^Today/ }).click();
    await b.getByRole("button", { name: "Continue" }).click();
    await choose(b, "Child and family social worker (frontline practitioner)");
    assert.equal(await record(b), leeds, `a tab opened at "${where}" wrote over the saved answers`);
    assert.match(await savePanel(a), /Your answers are saved/);
    assert.deepEqual(bErrors, []);
    await b.close();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("races between tabs: every tab ends up saying what storage holds", async () => {
  for (let run = 0; run < 3; run++) {
    // Clearing in one tab while the other, keeping the same answers, moves on.
    const { page: a, context, errors } = await newPage(env.browser);
    await a.goto(`${env.server.url}${LEEDS}`);
    await ready(a);
    await save(a);
    const { page: b, errors: bErrors } = await openTab(context);
    await b.goto(`${env.server.url}${LEEDS}`);
    await ready(b);
    // Both within a millisecond, as the red team did it: B moves on before it hears of the clear.
    const change = await b.getByRole("link", { name: "Change your answers" }).getAttribute("href");
    await Promise.all([
      a.evaluate(() => document.querySelector("button.govuk-button--warning").click()),
      b.evaluate((h) => (location.hash = h), change),
    ]);
    for (const [name, page] of [["clearing tab", a], ["moving tab", b]]) {
      await until(() => agrees(page), `run ${run}, ${name} disagrees with storage`, { tries: 20 });
    }
    assert.deepEqual([...errors, ...bErrors], []);
    await context.close();
  }
  for (let run = 0; run < 3; run++) {
    // Two tabs press "Save these answers instead" at once.
    const { page: a, context, errors } = await newPage(env.browser);
    const { page: b, errors: bErrors } = await openTab(context);
    const { page: c } = await openTab(context);
    await c.goto(`${env.server.url}${address({ date: "2020-03-02", council: "leeds", outcome: "practitioner" })}`);
    await a.goto(`${env.server.url}${LEEDS}`);
    await b.goto(`${env.server.url}${PLYMOUTH}`);
    await Promise.all([ready(a), ready(b), ready(c)]);
    await save(c);
    const instead = (p) => p.getByRole("button", { name: "Save these answers instead" });
    await Promise.all([instead(a).waitFor(), instead(b).waitFor()]);
    await a.waitForTimeout(1100);
    const press = (p) => p.evaluate(() => [...document.querySelectorAll("#save button")].find((x) => /instead/.test(x.textContent)).click());
    await Promise.all([press(a), press(b)]);
    for (const [name, page] of [["a", a], ["b", b], ["c", c]]) {
      await until(() => agrees(page), `run ${run}, tab ${name} disagrees with storage`, { tries: 20 });
    }
    assert.deepEqual([...errors, ...bErrors], []);
    await context.close();
  }
});

test("a button whose meaning changes under the pointer does nothing, and says why", async () => {
  const { page: a, context, errors } = await newPage(env.browser);
  await a.goto(`${env.server.url}${LEEDS}`);
  await ready(a);
  await save(a);
  const { page: b, errors: bErrors } = await openTab(context);
  await b.goto(`${env.server.url}${PLYMOUTH}`);
  await ready(b);
  // A is about to press "Clear my saved answers" when B saves its answers instead: A's button
  // becomes "Save these answers instead" just as the press lands on it. (A saved a while ago:
  // a press within a second of its own is taken for the second half of a double click.)
  await a.waitForTimeout(1100);
  await b.getByRole("button", { name: "Save these answers instead" }).click();
  await a.getByRole("button", { name: "Save these answers instead" }).click();
  await a.waitForSelector("#saved-notice");
  assert.match(await a.locator("#saved-notice").innerText(), /changed in another tab or window just before you pressed/);
  assert.match(await record(a), /council=plymouth/, "the press saved over, or cleared, the other tab's answers");
  await until(() => agrees(a), "the first tab disagrees with storage");
  await until(() => agrees(b), "the second tab disagrees with storage");
  assert.deepEqual([...errors, ...bErrors], []);
  await context.close();
});

test("saved answers that cannot be opened are removed once, saying what and why", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await seed(page, "naas-checker saved answers v1\nsaved 2026-11-20\n#/result?date=2099-01-01&role=frontline");
  await page.goto(env.server.url);
  await ready(page);
  assert.match(
    await page.locator("#saved-notice").innerText(),
    /The answers you saved on 20 November 2026 could not be opened \(1 January 2099 is after 31 December 2028, the last date the checker can check\), so they have been removed from this device/,
  );
  assert.equal(await record(page), null);
  assert.equal(await page.getByRole("button", { name: "Start now" }).count(), 1, "no Continue that always fails");
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#saved-notice").count(), 0, "said once");
  assert.deepEqual(errors, []);
  await context.close();
});

// From the fresh-eyes review of 8 December 2026: each of these lost or overwrote saved answers.
test("a double click on Save saves once: its second half never clears what the first saved", async () => {
  const { page: a, context, errors } = await newPage(env.browser);
  await a.goto(`${env.server.url}${PLYMOUTH}`);
  await ready(a);
  await save(a);
  const { page: b } = await openTab(context);
  await b.goto(`${env.server.url}${LEEDS}`);
  await ready(b);
  await b.getByRole("button", { name: "Save these answers instead" }).dblclick();
  await b.waitForFunction(() => /Your answers are saved/.test(document.querySelector("#save")?.innerText));
  await b.waitForTimeout(300);
  assert.match(await record(b), /council=leeds/, "the double click cleared the answers it saved");
  assert.equal(new URL(b.url()).hash, LEEDS);
  // A later, deliberate press still clears them.
  await b.waitForTimeout(1000);
  await b.getByRole("button", { name: "Clear my saved answers" }).click();
  await b.waitForFunction((k) => localStorage.getItem(k) === null, KEY);
  assert.deepEqual(errors, []);
  await context.close();
});

test("Start again from a result, or from the plan, leaves the saved answers as they are", async () => {
  const PLAN = "#/readiness/plan?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds&set=supervisor&s1=partly&s2=partly&s3=partly&s4=partly&s5=partly&s6=partly&s7=partly&s8=partly&done=registration-number";
  for (const [where, link] of [[LEEDS, "Start again"], [PLAN, "Start the self-assessment again"]]) {
    const { page, context, errors } = await newPage(env.browser);
    const saved = await savedAt(page, where);
    await moveOn(page, page.getByRole("link", { name: link, exact: true }));
    await page.waitForTimeout(300);
    assert.equal(await record(page), saved, `"${link}" wrote over the saved answers`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("back and forward through the saved answers' page, or typing them again, does not take them over", async () => {
  const { page: a, context, errors } = await newPage(env.browser);
  const leeds = await savedAt(a, LEEDS);
  // Another tab, opened at other answers: passing through the saved answers' page by hand and
  // by back and forward is not a choice to keep its answers there.
  const bury = LEEDS.replace("council=leeds", "council=bury");
  const c = (await openTab(context)).page;
  await c.goto(`${env.server.url}${bury}`);
  await ready(c);
  await c.evaluate((h) => (location.hash = h), LEEDS);
  await ready(c);
  await c.goBack();
  await c.waitForFunction(() => location.hash.includes("council=bury"));
  await c.goForward();
  await c.waitForFunction(() => location.hash.includes("council=leeds"));
  await c.goBack();
  await c.waitForFunction(() => location.hash.includes("council=bury"));
  await c.waitForTimeout(300);
  assert.equal(await record(c), leeds, "passing through the saved answers' page took them over");
  assert.deepEqual(errors, []);
  await context.close();
});

test("saved answers that cannot be opened are reported at the top of whatever page the link opens", async () => {
  for (const where of ["#/q/role?date=2019-10-05", LEEDS]) {
    const { page, context, errors } = await newPage(env.browser, { viewport: { width: 375, height: 667 } });
    await seed(page, "garbage");
    await page.goto(`${env.server.url}${where}`);
    await ready(page);
    const notice = page.locator("#saved-notice");
    assert.match(await notice.innerText(), /could not be opened .* removed/);
    const box = await notice.boundingBox();
    assert.ok(box && box.y < 667, `the notice is out of view at y=${box?.y}`);
    assert.equal(await record(page), null);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("clearing from the start page by keyboard leaves focus on the notice that says so", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}${LEEDS}`);
  await ready(page);
  await save(page);
  await moveOn(page, page.getByRole("link", { name: "NAAS eligibility checker" }).first());
  await page.getByRole("button", { name: "Clear my saved answers" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "saved-notice", null, { timeout: 5000 });
  assert.match(await page.locator("#saved-notice").innerText(), /cleared/);
  assert.deepEqual(errors, []);
  await context.close();
});

// Keyboard alone, in Chromium: a whole journey with Tab, Space, Enter (and the arrow keys that
// move between radios), checking after each step that focus is on the new h1, or on the error
// summary, and that the focused control has a visible focus style.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, newPage, ready } from "./harness.mjs";

const env = useApp();

/** What has focus: its tag, id, text and whether its focus style can be seen. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    // GOV.UK radios and checkboxes draw their focus ring on the label's ::before.
    const label = el.matches(".govuk-radios__input, .govuk-checkboxes__input") ? el.nextElementSibling : null;
    const s = label ? getComputedStyle(label, "::before") : getComputedStyle(el);
    const visible =
      (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) ||
      s.boxShadow !== "none" ||
      s.backgroundColor === "rgb(255, 221, 0)";
    return { tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim().slice(0, 60), className: String(el.className), visible };
  });

/** Presses Tab until `matches(focused)` holds, checking each stop shows its focus. */
async function tabTo(page, matches, what) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const el = await focused(page);
    assert.ok(el.visible, `no visible focus style on ${JSON.stringify(el)}`);
    if (matches(el)) return el;
  }
  throw new Error(`Tab never reached ${what}`);
}

async function onNewPage(page, heading) {
  await page.waitForFunction((h) => document.querySelector("main h1")?.textContent.trim() === h, heading);
  const el = await focused(page);
  assert.equal(el.tag, "h1", `focus after moving to "${heading}": ${JSON.stringify(el)}`);
  assert.equal(el.text, heading.slice(0, 60));
}

test("the whole journey by keyboard, with focus on each new h1 or the error summary", async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);

  // The skip link is the first stop and moves focus to the main content.
  const skip = await tabTo(page, (e) => e.text === "Skip to main content", "the skip link");
  assert.equal(skip.tag, "a");
  await page.keyboard.press("Enter");
  assert.equal((await focused(page)).id, "main-content");

  await tabTo(page, (e) => e.text.startsWith("Start now"), "Start now");
  await page.keyboard.press("Enter");
  await onNewPage(page, "What date do you want to check?");

  // Continue with nothing chosen: focus goes to the error summary.
  await tabTo(page, (e) => e.text === "Continue", "Continue");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".govuk-error-summary");
  assert.match((await focused(page)).className, /govuk-error-summary/);

  // Into the radios: Space picks the focused one, the arrow key moves to "Another date".
  await tabTo(page, (e) => e.id === "when", "the first radio");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, (e) => e.id === "when-date-day", "the day");
  await page.keyboard.type("5");
  await page.keyboard.press("Tab");
  await page.keyboard.type("10");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2019");
  await tabTo(page, (e) => e.text === "Continue", "Continue");
  await page.keyboard.press("Enter");

  for (const [heading, radio] of [
    ["What was your role on 5 October 2019?", "role"],
    ["On 5 October 2019, were you registered as a social worker with the Health and Care Professions Council (HCPC)?", "registration"],
    ["Who employed you on 5 October 2019?", "employer"],
    ["Which council or children's trust did you work for on 5 October 2019?", "council"],
  ]) {
    await onNewPage(page, heading);
    await tabTo(page, (e) => e.id === radio, `the first ${radio} option`);
    await page.keyboard.press("Space");
    await tabTo(page, (e) => e.text === "Continue", "Continue");
    await page.keyboard.press("Enter");
  }

  await onNewPage(page, "Check your answers");
  await tabTo(page, (e) => e.text === "See your result", "See your result");
  await page.keyboard.press("Enter");
  // The first options were: frontline, registered, a local authority, Barnsley (phase two).
  await onNewPage(page, "You could have taken the NAAS practitioner assessment");

  // On to readiness and its checkboxes, still by keyboard.
  await tabTo(page, (e) => e.id === "to-readiness", "the readiness link");
  await page.keyboard.press("Enter");
  await onNewPage(page, "Which standard do you want to check yourself against?");
  await tabTo(page, (e) => e.text === "Continue", "Continue");
  await page.keyboard.press("Enter");
  await onNewPage(page, "Relationships and effective direct work");
  assert.deepEqual(errors, []);
  await context.close();
});

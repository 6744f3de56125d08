// Every kind of screen the checker shows, as addresses (and an action, for error states), for the
// accessibility and layout suite. Outcomes come from the engine itself, so a new outcome is
// visited without editing this list.
import { execFileSync } from "node:child_process";
import { ROOT, address } from "./harness.mjs";

const D = "date=2019-10-05";
const LEADER = "set=leader&l1=partly&l2=confident&l3=not-yet&l4=confident&l5=confident&l6=partly";
const SUPERVISOR = "set=supervisor&s1=partly&s2=confident&s3=not-yet&s4=confident&s5=confident&s6=partly&s7=confident&s8=confident";
const continueEmpty = async (page) => {
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForSelector(".govuk-error-summary");
};

function outcomes() {
  const out = execFileSync("cargo", ["run", "--quiet", "--example", "outcome_addresses"], { cwd: ROOT, encoding: "utf8" });
  return out
    .trim()
    .split("\n")
    .map((line) => line.split("\t"))
    .map(([id, address]) => ({ name: `outcome ${id}`, hash: address }));
}

export function screens() {
  return [
    { name: "start", hash: "#/" },
    { name: "start with a bad link", hash: "#/q/nowhere?role=wizard" },
    { name: "date question", hash: "#/date" },
    { name: "date question, error", hash: "#/date", act: continueEmpty },
    {
      name: "date question, bad date",
      hash: "#/date",
      act: async (page) => {
        await page.locator("label").getByText("Another date", { exact: true }).click();
        await page.getByLabel("Day", { exact: true }).fill("31");
        await page.getByLabel("Month", { exact: true }).fill("2");
        await page.getByLabel("Year", { exact: true }).fill("2019");
        await continueEmpty(page);
      },
    },
    {
      name: "date question, date past the horizon",
      hash: "#/date",
      act: async (page) => {
        await page.locator("label").getByText("Another date", { exact: true }).click();
        await page.getByLabel("Day", { exact: true }).fill("5");
        await page.getByLabel("Month", { exact: true }).fill("December");
        await page.getByLabel("Year", { exact: true }).fill("2029");
        await continueEmpty(page);
      },
    },
    {
      name: "result for a date still to come, with the timeline",
      hash: "#/result?date=2027-05-01&role=frontline",
    },
    {
      name: "question for someone in the ASYE",
      hash: "#/q/asye-april?date=today&role=asye",
    },
    {
      name: "date question, month that needs a day",
      hash: "#/date",
      act: async (page) => {
        await page.locator("label").getByText("Another date", { exact: true }).click();
        await page.getByLabel("Month", { exact: true }).fill("Mar");
        await page.getByLabel("Year", { exact: true }).fill("2020");
        await continueEmpty(page);
      },
    },
    { name: "role question after a month alone", hash: "#/q/role?date=2019-10" },
    { name: "role question", hash: `#/q/role?${D}` },
    { name: "role question, error", hash: `#/q/role?${D}`, act: continueEmpty },
    { name: "registration question", hash: address({ date: "2019-10-05", page: "q/registration" }) },
    { name: "registration question, error", hash: address({ date: "2019-10-05", page: "q/registration" }), act: continueEmpty },
    { name: "employer question", hash: address({ date: "2019-10-05", page: "q/employer" }) },
    { name: "employer question, error", hash: address({ date: "2019-10-05", page: "q/employer" }), act: continueEmpty },
    { name: "council question", hash: address({ date: "2019-10-05", page: "q/council" }) },
    { name: "council question, error", hash: address({ date: "2019-10-05", page: "q/council" }), act: continueEmpty },
    { name: "check answers", hash: address({ date: "2019-10-05", council: "leeds", outcome: "practitioner", page: "check" }) },
    ...outcomes(),
    { name: "readiness: choose a standard", hash: `#/readiness?${D}&role=frontline` },
    { name: "readiness: choose a standard, error", hash: "#/readiness", act: continueEmpty },
    { name: "readiness: a statement", hash: "#/readiness/p4?set=practitioner&p1=partly&p2=confident&p3=confident" },
    { name: "readiness: a statement, error", hash: "#/readiness/s1?set=supervisor", act: continueEmpty },
    { name: "readiness: checks", hash: `#/readiness/checks?${D}&${SUPERVISOR}` },
    { name: "readiness: checks, error", hash: `#/readiness/checks?${D}&${SUPERVISOR}`, act: continueEmpty },
    { name: "readiness: plan", hash: `#/readiness/plan?${D}&${SUPERVISOR}&done=photo-id` },
    { name: "readiness: choose a standard, today", hash: "#/readiness?role=frontline" },
    { name: "readiness: choose a standard, 1 April 2027 (for reference)", hash: "#/readiness?date=2027-04-01&role=frontline" },
    { name: "readiness: choose a standard, adult services", hash: `#/readiness?${D}&role=adult-services` },
    { name: "readiness: a statement, for reference", hash: "#/readiness/p1?date=2027-04-01&role=frontline&set=practitioner" },
    { name: "readiness: plan after NAAS (supervision and CPD)", hash: `#/readiness/plan?${SUPERVISOR}` },
    { name: "readiness: plan, practice leaders (no checks)", hash: `#/readiness/plan?${LEADER}` },
    {
      name: "readiness: plan, reminder error",
      hash: `#/readiness/plan?${SUPERVISOR}&done=none`,
      act: async (page) => {
        await page.getByRole("button", { name: "Download a calendar reminder" }).click();
        await page.waitForSelector(".govuk-error-summary");
      },
    },
    {
      name: "readiness: plan, ratings open",
      hash: `#/readiness/plan?${SUPERVISOR}&done=none`,
      act: async (page) => {
        for (const summary of await page.locator("details summary").all()) await summary.click();
      },
    },
    { name: "result for today", hash: "#/result?date=today&role=frontline" },
    {
      name: "council question, filtered",
      hash: address({ date: "2019-10-05", page: "q/council" }),
      act: async (page) => {
        await page.getByLabel("Find a council or trust by name").fill("ley");
      },
    },
    { name: "about", hash: "#/about" },
    { name: "accessibility statement", hash: "#/accessibility" },
  ];
}

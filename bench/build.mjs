// Builds the two comparison pages into bench/out/ from the policy JSON, and checks that both follow exactly the app's flow.
//
// bench/out/surveyjs/: the questionnaire as a SurveyJS survey (survey-core + survey-js-ui, default theme), set up as
//   SurveyJS's getting-started guide for plain HTML/CSS/JavaScript shows. The flow is SurveyJS's own: each question's
//   visibleIf and the outcomes' completedHtmlOnCondition are derived here from the ordered rules.
// bench/out/plain/: the hand-written plain JavaScript page (bench/plain/) with the policy JSON beside it.
//
// Usage: node bench/build.mjs <naas.json> [<journeys.txt>]. With journeys.txt (from `bench_engine --journeys`, the Rust
// engine's every journey on every test date), every journey of the JavaScript engine and of the SurveyJS survey
// (walked in node with survey-core) must be the same, or the build fails.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { load, evaluate, day, long, certain } from "./plain/engine.js";

const BENCH = dirname(fileURLToPath(import.meta.url));
const OUT = join(BENCH, "out");
const require = createRequire(import.meta.url);
const [policyPath, journeysPath] = process.argv.slice(2);
if (!policyPath) throw new Error("usage: node bench/build.mjs <naas.json> [<journeys.txt>]");
/** The policy (see plain/engine.js) and the SurveyJS survey made from it. */
let policy, survey;

/** The SurveyJS survey: a date page, one page per question, and one completed page per rule. */
function surveyJson(policy) {
  const flat = (list) => `[${list.map((s) => quote(s)).join(", ")}]`;
  const questions = policy.questions.map((q) => ({
    type: "radiogroup",
    name: q.id,
    title: q.title,
    ...(q.hint && { description: q.hint }),
    isRequired: true,
    requiredErrorText: q.error,
    choices: q.options.map((o) => ({ value: o.id, text: o.label })),
    visibleIf: visibleIf(policy, q),
  }));
  return {
    title: "NAAS eligibility checker",
    showQuestionNumbers: "off",
    clearInvisibleValues: "onHidden",
    pages: [
      {
        name: "date",
        elements: [{ type: "text", inputType: "date", name: "date", title: "What date do you want to check?", isRequired: true, requiredErrorText: "Enter the date to check" }],
      },
      ...questions.map((q) => ({ name: q.name, elements: [q] })),
    ],
    // The placeholders in the policy's texts, as SurveyJS calculated values ({date} and {council} are answers).
    calculatedValues: [
      { name: "regulator", expression: chain(policy.raw.regulators.map((r) => [dateIn(r), quote(r.name)])) },
      { name: "phase", expression: chain(policy.raw.phases.map((p) => [`{council} anyof ${flat(inPhase(policy, p))}`, quote(p.label)])) },
      { name: "joined", expression: chain(policy.raw.phases.filter((p) => p.from).map((p) => [`{council} anyof ${flat(inPhase(policy, p))}`, quote(long(p.from))])) },
    ],
    completedHtmlOnCondition: policy.raw.rules.map((rule) => ({ expression: all(rule.when.map((w) => holds(policy, w))), html: outcomeHtml(policy, rule) })),
    completedHtml: "<h3>No rule decides these answers.</h3>",
  };
}

// Expressions. A condition on a question is true when answered with one of its options, false when answered with
// another, and unknown (neither) while unanswered, as in the engine.
function quote(text) {
  if (/['"\\]/.test(text)) throw new Error(`cannot quote ${text} in a SurveyJS expression`);
  return `'${text}'`;
}
const all = (parts) => (parts.includes("false") ? "false" : parts.filter((p) => p !== "true").map(group).join(" and ") || "true");
const any = (parts) => (parts.includes("true") ? "true" : parts.filter((p) => p !== "false").map(group).join(" or ") || "false");
const group = (e) => (/ (and|or) /.test(e) && !wrapped(e) ? `(${e})` : e);
/** The expression is one parenthesised group, "(...)". */
function wrapped(e) {
  if (!e.startsWith("(")) return false;
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    depth += e[i] === "(" ? 1 : e[i] === ")" ? -1 : 0;
    if (depth === 0) return i === e.length - 1;
  }
  return false;
}
const dateIn = (span) => all([span.from ? `{date} >= ${quote(day(span.from))}` : "true", span.before ? `{date} < ${quote(day(span.before))}` : "true"]);
const chain = (cases) => cases.reduceRight((otherwise, [test, value]) => `iif(${test}, ${value}, ${otherwise})`, "''");
const inPhase = (policy, phase) => policy.raw.councils.filter((c) => c.phase === phase.id).map((c) => c.id);

/** The councils whose phase makes a council fact true on {date}, as an expression. */
function councilFact(policy, fact) {
  return any(
    policy.raw.phases.map((p) => {
      const ids = `{council} anyof [${inPhase(policy, p).map(quote).join(", ")}]`;
      // A phase that began in a month alone leaves that month's days unclear.
      // A phase without `from`: no source says when, or by when, its councils joined.
      const known = p.from !== undefined;
      const joined = known ? `{date} >= ${quote(certain(p.from))}` : "false";
      const notSure = known ? `{date} < ${quote(certain(p.from))}` : "true";
      const notYet = known ? `{date} < ${quote(day(p.from))}` : "true";
      // Before `unclear_from` a council of an inexact phase had not joined yet; from then, unclear.
      const later = p.exact ? notYet : p.unclear_from ? `{date} < ${quote(day(p.unclear_from))}` : "false";
      const start = p.exact ? day(p.from) : p.unclear_from ? day(p.unclear_from) : undefined;
      const unclear = start ? all([notSure, `{date} >= ${quote(start)}`]) : notSure;
      if (fact === "in-naas") return all([ids, joined]);
      if (fact === "joins-later") return all([ids, later]);
      if (fact === "join-date-unknown") return known ? "false" : all([ids, unclear]);
      return known ? all([ids, unclear]) : "false";
    }),
  );
}

/** The question a condition needs answered, if any. */
const needs = (policy, when) => when.answer ?? (when.council ? policy.councilQuestion : undefined);

/** The condition holds. */
function holds(policy, when) {
  if (when.answer) return `{${when.answer}} anyof [${when.is.map(quote).join(", ")}]`;
  if (when.council) return councilFact(policy, when.council);
  return dateIn(when);
}

/** The condition is false: its question is answered and it does not hold, or a date condition does not hold. */
function fails(policy, when) {
  const q = needs(policy, when);
  return q ? all([`{${q}} notempty`, `!(${holds(policy, when)})`]) : `!(${dateIn(when)})`;
}

/**
 * When the engine asks `question`, from the answers to the questions before it: going through the rules in order,
 * every earlier rule has a false condition, and this rule has none and needs the question. Questions from this one on
 * are unanswered at that point, so their conditions count as unknown (neither true nor false).
 */
function visibleIf(policy, question) {
  const known = (when) => {
    const q = needs(policy, when);
    return !q || policy.question.get(q).index < question.index;
  };
  let expression = "false";
  for (const rule of [...policy.raw.rules].reverse()) {
    const falseNow = any(rule.when.filter(known).map((w) => fails(policy, w)));
    const asks = rule.when.some((w) => needs(policy, w) === question.id)
      ? all(rule.when.filter(known).map((w) => holds(policy, w)))
      : "false";
    expression = any([asks, all([falseNow, expression])]);
  }
  return expression;
}

function outcomeHtml(policy, rule) {
  const outcome = policy.outcome.get(rule.outcome);
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const list = (items) => `<ul>${items.map((i) => `<li>${esc(i.text)}</li>`).join("")}</ul>`;
  const reasons = rule.when.filter((w) => w.because).map((w) => ({ text: w.because }));
  return [
    `<div data-rule="${rule.id}">`,
    `<h3>${esc(outcome.title)}</h3><p>${esc(outcome.summary)}</p>`,
    `<h4>Why</h4>${list(reasons)}`,
    outcome.next ? `<h4>What happens next</h4>${list(outcome.next)}` : "",
    outcome.instead ? `<h4>What you can do instead</h4>${list(outcome.instead)}` : "",
    outcome.ask ? `<p>Ask ${esc(outcome.ask)}.</p>` : "",
    `</div>`,
  ].join("");
}

/** Every journey of the JavaScript engine and of the SurveyJS survey, on the Rust engine's dates, must be the Rust engine's. */
function check(rust) {
  const dates = [...new Set(rust.map((line) => line.split(" ")[0]))];
  const Survey = require("survey-core");
  const model = new Survey.Model(survey);
  const js = [];
  const sjs = [];
  for (const date of dates) {
    walkEngine({ date }, [], js);
    model.clear();
    model.setValue("date", date);
    walkSurvey(model, date, [], sjs);
  }
  const compare = (name, lines) => {
    const expected = new Set(rust);
    const got = new Set(lines);
    const missing = rust.filter((l) => !got.has(l));
    const extra = lines.filter((l) => !expected.has(l));
    if (missing.length || extra.length || lines.length !== rust.length) {
      throw new Error(`${name} differs from the Rust engine (${lines.length} journeys, ${rust.length} expected)\n` +
        `missing: ${missing.slice(0, 5).join("\n  ")}\nextra: ${extra.slice(0, 5).join("\n  ")}`);
    }
  };
  compare("the plain JavaScript engine", js);
  compare("the SurveyJS survey", sjs);
  console.log(`bench: the plain page and the SurveyJS survey follow the Rust engine on all ${rust.length} journeys over ${dates.length} dates`);
}

function walkEngine(answers, path, out) {
  const step = evaluate(policy, answers);
  if (step.ask) {
    for (const o of policy.question.get(step.ask).options) walkEngine({ ...answers, [step.ask]: o.id }, [...path, `${step.ask}=${o.id}`], out);
  } else {
    out.push([answers.date, ...path, "->", step.rule ?? "gap"].join(" "));
  }
}

/** SurveyJS asks the first visible question left unanswered, page by page. */
function walkSurvey(model, date, path, out) {
  const next = model.getAllQuestions().find((q) => q.isVisible && q.isEmpty());
  if (next) {
    for (const choice of next.choices) {
      model.setValue(next.name, choice.value);
      walkSurvey(model, date, [...path, `${next.name}=${choice.value}`], out);
      model.clearValue(next.name);
    }
  } else {
    const rule = /data-rule="([^"]+)"/.exec(model.renderedCompletedHtml)?.[1] ?? "gap";
    out.push([date, ...path, "->", rule].join(" "));
  }
}

function main() {
  const policyJson = readFileSync(policyPath, "utf8");
  policy = load(JSON.parse(policyJson));
  survey = surveyJson(policy);

  // The pages.
  for (const name of ["surveyjs", "plain"]) {
    rmSync(join(OUT, name), { recursive: true, force: true });
    mkdirSync(join(OUT, name), { recursive: true });
  }
  const copy = (from, to) => copyFileSync(join(BENCH, "..", from), join(OUT, to));
  copy("bench/surveyjs/index.html", "surveyjs/index.html");
  copy("bench/surveyjs/index.js", "surveyjs/index.js");
  copy("node_modules/survey-core/survey-core.min.css", "surveyjs/survey-core.min.css");
  copy("node_modules/survey-core/survey.core.min.js", "surveyjs/survey.core.min.js");
  copy("node_modules/survey-js-ui/survey-js-ui.min.js", "surveyjs/survey-js-ui.min.js");
  writeFileSync(
    join(OUT, "surveyjs/survey-json.js"),
    `// Generated by bench/build.mjs from the policy: do not edit.\nwindow.surveyJson = ${JSON.stringify(survey)};\n`,
  );
  for (const file of ["index.html", "plain.js", "engine.js", "plain.css"]) copy(`bench/plain/${file}`, `plain/${file}`);
  writeFileSync(join(OUT, "plain/naas.json"), policyJson);
  writeFileSync(join(OUT, "survey.json"), JSON.stringify(survey, null, 2));
  console.log(`bench: built bench/out/surveyjs (${policy.questions.length + 1} pages, ${survey.completedHtmlOnCondition.length} outcome conditions) and bench/out/plain`);

  if (journeysPath) check(readFileSync(journeysPath, "utf8").trim().split("\n"));
}

main();

// The plain JavaScript comparison page: one question per screen from the policy JSON, the same ordered rules, answers in the URL fragment.
// It is the lower bound for the benchmark: no framework, no build step, a few kilobytes.
import { load, evaluate, fill, long } from "./engine.js";

const app = document.getElementById("app");
const policy = load(await (await fetch("naas.json")).json());
const DATE_QUESTION = { id: "date", title: "What date do you want to check?", error: "Enter the date to check" };

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** The page and answers in the fragment: "#/q/role?date=2019-10-05&role=frontline". */
function parse(hash) {
  const [path, query = ""] = hash.replace(/^#/, "").split("?");
  return { path: path || "/", answers: Object.fromEntries(new URLSearchParams(query)) };
}

function address(path, answers) {
  return `#${path}?${new URLSearchParams(answers)}`;
}

/** Where the answers lead: the date question, the next question, or the result. */
function next(answers) {
  if (!answers.date) return "/when";
  const step = evaluate(policy, answers);
  return step.ask ? `/q/${step.ask}` : "/result";
}

function show(html, title) {
  app.innerHTML = html;
  document.title = `${title} – NAAS eligibility checker`;
  const h1 = app.querySelector("h1");
  h1.tabIndex = -1;
  h1.focus();
}

function questionPage(question, answers, error) {
  const title = fill(policy, answers, question.title);
  const field =
    question === DATE_QUESTION
      ? `<label for="date">Date</label><input id="date" name="date" type="date" value="${esc(answers.date ?? "")}">`
      : question.options
          .map(
            (o) =>
              `<label><input type="radio" name="answer" value="${esc(o.id)}"${answers[question.id] === o.id ? " checked" : ""}>${esc(o.label)}${
                o.hint ? `<span class="hint">${esc(o.hint)}</span>` : ""
              }</label>`,
          )
          .join("");
  show(
    `<form novalidate><fieldset><legend><h1>${esc(title)}</h1></legend>${question.hint ? `<p class="hint">${esc(fill(policy, answers, question.hint))}</p>` : ""}${
      error ? `<p class="error">${esc(question.error)}</p>` : ""
    }${field}</fieldset><button type="submit">Continue</button></form>`,
    error ? `Error: ${title}` : title,
  );
  app.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault();
    const value = question === DATE_QUESTION ? app.querySelector("#date").value : new FormData(event.target).get("answer");
    if (!value) return questionPage(question, answers, true);
    const given = { ...answers, [question.id]: value };
    location.hash = address(next(given), given);
  });
}

function resultPage(answers) {
  const step = evaluate(policy, answers);
  const outcome = policy.outcome.get(step.outcome);
  const rule = policy.raw.rules.find((r) => r.id === step.rule);
  const text = (s) => esc(fill(policy, answers, s));
  const list = (items) => `<ul>${items.map((i) => `<li>${text(i.text)}</li>`).join("")}</ul>`;
  const reasons = rule.when
    .filter((w) => w.because)
    .map((w) => `<li>${text(w.because)} ${(w.sources ?? []).map((s) => `<a href="${esc(policy.sources.get(s).url)}">${esc(policy.sources.get(s).title)}</a>`).join(", ")}</li>`);
  show(
    `<h1>${text(outcome.title)}</h1><p>${text(outcome.summary)}</p><h2>Why</h2><ul>${reasons.join("")}</ul>${
      outcome.next ? `<h2>What happens next</h2>${list(outcome.next)}` : ""
    }${outcome.instead ? `<h2>What you can do instead</h2>${list(outcome.instead)}` : ""}${
      outcome.ask ? `<p>Ask ${esc(outcome.ask)}.</p>` : ""
    }<p>Rules as at ${esc(long(answers.date))}.</p><p><a href="#/when">Start again</a></p>`,
    fill(policy, answers, outcome.title),
  );
}

function render() {
  const { path, answers } = parse(location.hash);
  const id = path.startsWith("/q/") ? path.slice(3) : null;
  if (id && answers.date && policy.question.has(id)) return questionPage(policy.question.get(id), answers);
  if (path === "/result" && answers.date && evaluate(policy, answers).outcome) return resultPage(answers);
  questionPage(DATE_QUESTION, answers);
}

addEventListener("hashchange", render);
render();

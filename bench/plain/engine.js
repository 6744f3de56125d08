// The checker's rules engine in plain JavaScript, over the same policy JSON: ordered rules, first match wins, three-valued conditions.
// Shared by the plain comparison page (in the browser) and bench/build.mjs (in node), which checks it against the Rust engine.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2018-07" (a month) or "2019-03-18" (a day) as the ISO day it starts on. */
export const day = (spec) => (spec.length === 7 ? `${spec}-01` : spec);

/** The first day by which a change had certainly happened: a day itself, or for a month alone the first day of the next month. */
export function certain(spec) {
  if (spec.length !== 7) return spec;
  const [y, m] = spec.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** "5 October 2019" for a day, "July 2018" for a month, as the app writes dates. */
export function long(spec) {
  const [y, m, d] = spec.split("-");
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** True when the ISO date is inside [from, before); either end may be missing. */
export const within = (date, { from, before }) => (!from || date >= day(from)) && (!before || date < day(before));

/** Prepares the raw policy JSON: council options added to their question, lookups by id. */
export function load(raw) {
  const councils = new Map(raw.councils.map((c) => [c.id, c]));
  const phases = new Map(raw.phases.map((p) => [p.id, p]));
  const questions = raw.questions.map((q, index) => {
    const listed = q.options_from_councils
      ? [...raw.councils]
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .map((c) => {
            const phase = phases.get(c.phase);
            const hint = phase.from ? `${phase.label}, from ${long(phase.from)}` : phase.label;
            return { id: c.id, label: c.name, hint: hint[0].toUpperCase() + hint.slice(1), council: c.id };
          })
      : [];
    return { ...q, index, options: [...listed, ...q.options] };
  });
  return {
    raw,
    councils,
    phases,
    questions,
    question: new Map(questions.map((q) => [q.id, q])),
    councilQuestion: questions.find((q) => q.options_from_councils)?.id,
    outcome: new Map(raw.outcomes.map((o) => [o.id, o])),
    sources: new Map(raw.sources.map((s) => [s.id, s])),
  };
}

/** The council chosen in `answers`, or undefined for "not listed", "I do not know" or no answer. */
export function chosenCouncil(policy, answers) {
  return policy.councils.get(answers[policy.councilQuestion]);
}

const TRUE = { value: true };
const FALSE = { value: false };

/** One condition: TRUE, FALSE, or { unknown: questionId } while its question is unanswered. */
function truth(policy, answers, when) {
  if (when.answer) {
    const chosen = answers[when.answer];
    if (chosen === undefined) return { unknown: when.answer };
    return when.is.includes(chosen) ? TRUE : FALSE;
  }
  if (when.council) {
    if (answers[policy.councilQuestion] === undefined) return { unknown: policy.councilQuestion };
    const council = chosenCouncil(policy, answers);
    if (!council) return FALSE;
    const phase = policy.phases.get(council.phase);
    // A phase that began in a month alone leaves that month's days unclear.
    // A phase without `from`: no source says when, or by when, its councils joined.
    const known = phase.from !== undefined;
    const joined = known && answers.date >= certain(phase.from);
    const before = !known || answers.date < day(phase.from);
    // Before `unclear_from` (when the sources first show the phase forming) a council had not joined yet.
    const later = before && (phase.exact || (phase.unclear_from !== undefined && answers.date < day(phase.unclear_from)));
    const holds = {
      "in-naas": joined,
      "joins-later": later,
      "join-date-unclear": known && !joined && !later,
      "join-date-unknown": !known && !later,
    }[when.council];
    return holds ? TRUE : FALSE;
  }
  return within(answers.date, when) ? TRUE : FALSE;
}

/**
 * The next step for these answers ({ date, [questionId]: optionId }): { ask: questionId },
 * { rule, outcome } when a rule decides, or { gap: true } when none does.
 */
export function evaluate(policy, answers) {
  for (const rule of policy.raw.rules) {
    let needed;
    let holds = true;
    for (const when of rule.when) {
      const t = truth(policy, answers, when);
      if (t === FALSE) {
        holds = false;
        needed = undefined;
        break;
      }
      if (t.unknown && (needed === undefined || policy.question.get(t.unknown).index < policy.question.get(needed).index)) needed = t.unknown;
    }
    if (needed !== undefined) return { ask: needed };
    if (holds) return { rule: rule.id, outcome: rule.outcome };
  }
  return { gap: true };
}

/** The text with {date}, {regulator}, {council}, {phase}, {joined} and {site_from} filled in where known. */
export function fill(policy, answers, text) {
  const council = chosenCouncil(policy, answers);
  const phase = council && policy.phases.get(council.phase);
  const values = {
    date: answers.date && long(answers.date),
    regulator: answers.date && policy.raw.regulators.find((r) => within(answers.date, r))?.name,
    council: council?.name,
    phase: phase?.label,
    joined: phase?.from && long(phase.from),
    site_from: phase?.from && long(certain(phase.from)),
  };
  return text.replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);
}

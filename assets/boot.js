// Starts the checker without inline script, so the page runs under a strict Content-Security-Policy:
// reads the council's optional settings file, loads the WebAssembly named on the boot tag, then
// (when hosted) registers the offline service worker and (when embedded) tells the host page the
// height of its content, and only a host page the council allows. If the checker cannot start, it
// says so in place of the page, which would otherwise stay there, dead.
const boot = document.getElementById("app-boot");
// This script ran: the note for a page whose script never ran stays hidden (see _checker.scss).
document.documentElement.classList.add("app-booted");

// The start page the build wrote into the HTML shows until the app takes over. A link to any
// other page shows a short note instead, so the start page is never mistaken for that page.
const prerendered = document.querySelector("#app[data-prerendered] main");
if (prerendered && !["", "#", "#/"].includes(location.hash)) {
  const note = document.createElement("p");
  note.className = "govuk-body";
  note.textContent = "The checker is starting.";
  prerendered.replaceChildren(note);
}
const hosted = location.protocol === "https:" || location.protocol === "http:";
// Every address is relative to this script, which sits beside the page, so the folder works at
// any path of any host.
const here = (name) => new URL(name, boot.src).href;

// Inside a frame, the host page's embed.js introduces itself first ("naas-checker:hello"). Listen
// before anything else, so no introduction is missed while the WebAssembly loads.
const framed = window.parent !== window;
// Sized to its content by the host page, a frame keeps no room for the footer (see _checker.scss).
if (framed) document.documentElement.classList.add("app-framed");
const introduced = new Set();
let answer = () => {};
if (framed) {
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || event.data?.type !== "naas-checker:hello") return;
    introduced.add(event.origin);
    answer();
  });
}

// naas-config.json beside the page, fetched while the WebAssembly downloads (see README, Configuration).
const settings = hosted
  ? fetch(here("naas-config.json"), { cache: "no-cache" })
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null)
  : Promise.resolve(null);

// A proxy that blocks .wasm, a policy without 'wasm-unsafe-eval', a browser without WebAssembly or
// a dropped connection all end here, in an error: the user is told, rather than left with a start
// page whose button does nothing.
let started = false;
try {
  const { default: init } = await import(here(boot.dataset.js));
  const text = await settings;
  if (text) {
    const block = document.createElement("script");
    block.type = "application/json";
    block.id = "naas-config-file";
    block.textContent = text;
    document.head.append(block);
  }
  await init({ module_or_path: here(boot.dataset.wasm) });
  started = true;
} catch (error) {
  couldNotStart(error, false);
}

if (started && hosted && "serviceWorker" in navigator) {
  navigator.serviceWorker.register(here("sw.js")).catch(() => {});
}

// The height goes only to a host page that introduced itself and whose origin is this page's own
// or one the council named in parentOrigins (the app has checked them and left them on the boot
// tag), so no other site can frame the checker and learn the outcome from its height.
if (framed) {
  const allowed = new Set([location.origin, ...(boot.dataset.parents || "").split(" ").filter(Boolean)]);
  // The content's own height: the frame's document is never shorter than the frame, so its
  // scrollHeight could grow but never shrink. The app takes the place of the start page the build
  // wrote (a new #app) when it has rendered, which on a slow device is after this runs: so the
  // height is always read from the #app on the page now, that element is watched whenever it
  // changes, and nothing is posted while none has a height.
  const height = () => {
    const app = document.getElementById("app");
    return app ? Math.ceil(app.getBoundingClientRect().bottom + window.scrollY) : 0;
  };
  const post = () => {
    const h = height();
    if (h <= 0) return;
    for (const origin of introduced) {
      if (allowed.has(origin)) window.parent.postMessage({ type: "naas-checker:height", height: h }, origin);
    }
  };
  answer = post;
  const resized = new ResizeObserver(post);
  let watched = null;
  const watch = () => {
    const app = document.getElementById("app");
    if (app && app !== watched) {
      if (watched) resized.unobserve(watched);
      resized.observe(app);
      watched = app;
      post();
    }
  };
  new MutationObserver(watch).observe(document.body, { childList: true });
  watch();
}

// Says in the page's main area that the checker could not start (the header and footer stay), titles
// the page so, and moves focus to the heading so that screen readers announce it. `offline` is true
// in the single offline file, which scripts/post-build.mjs gives a copy of this function (from its
// first line to the "}" that starts a line), so both say the same.
function couldNotStart(error, offline) {
  console.error("The NAAS checker could not start:", error);
  // The app, or its crash page after a fault, has shown a page of its own (it titles every page
  // "... – NAAS eligibility checker"): that page stays.
  if (document.title.endsWith(" \u2013 NAAS eligibility checker")) return;
  const main = document.querySelector("#app main") || document.querySelector("main");
  if (!main) return;
  const make = (tag, className, text) => {
    const element = document.createElement(tag);
    element.className = className;
    if (text) element.textContent = text;
    return element;
  };
  const heading = make("h1", "govuk-heading-l", "Sorry, the checker could not start");
  heading.tabIndex = -1;
  const column = make("div", "govuk-grid-column-two-thirds");
  column.append(
    heading,
    ...[
      "The checker could not start in this browser: part of it did not load, or the browser would not run it.",
      location.hash.includes("?") ? "Your answers are still in the page address, so you have not lost them." : "",
      "Reload the page to try again.",
      offline
        ? "If it still does not start, this browser may be out of date, or your organisation's security settings may stop it running the checker. Try an up-to-date Edge, Chrome, Firefox or Safari, or ask your IT team for help."
        : "If it still does not start, your organisation's network or security settings may be blocking it. Ask your IT team for help, or use the offline copy of the checker if your organisation provides one.",
    ]
      .filter(Boolean)
      .map((text) => make("p", "govuk-body", text)),
  );
  const row = make("div", "govuk-grid-row");
  row.append(column);
  main.replaceChildren(row);
  document.title = "Sorry, the checker could not start \u2013 NAAS eligibility checker";
  heading.focus();
}

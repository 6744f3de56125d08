// Starts the checker without inline script, so the page runs under a strict Content-Security-Policy:
// reads the council's optional settings file, loads the WebAssembly named on the boot tag, then
// (when hosted) registers the offline service worker and (when embedded) tells the host page the
// height of its content, and only a host page the council allows.
const boot = document.getElementById("app-boot");

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

if (hosted && "serviceWorker" in navigator) {
  navigator.serviceWorker.register(here("sw.js")).catch(() => {});
}

// The height goes only to a host page that introduced itself and whose origin is this page's own
// or one the council named in parentOrigins (the app has checked them and left them on the boot
// tag), so no other site can frame the checker and learn the outcome from its height.
if (framed) {
  const allowed = new Set([location.origin, ...(boot.dataset.parents || "").split(" ").filter(Boolean)]);
  // The content's own height: the frame's document is never shorter than the frame, so its
  // scrollHeight could grow but never shrink.
  const app = document.getElementById("app");
  const height = () => Math.ceil(app.getBoundingClientRect().bottom + window.scrollY);
  const post = () => {
    for (const origin of introduced) {
      if (allowed.has(origin)) window.parent.postMessage({ type: "naas-checker:height", height: height() }, origin);
    }
  };
  answer = post;
  new ResizeObserver(post).observe(app);
  post();
}

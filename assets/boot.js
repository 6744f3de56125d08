// Starts the checker without inline script, so the page runs under a strict Content-Security-Policy:
// reads the council's optional settings file, loads the WebAssembly named on the boot tag, then
// (when hosted) registers the offline service worker and (when embedded) reports the page height.
const boot = document.getElementById("app-boot");
const hosted = location.protocol === "https:" || location.protocol === "http:";

// naas-config.json beside the page, fetched while the WebAssembly downloads (see README, Configuration).
const settings = hosted
  ? fetch(new URL("naas-config.json", location.href), { cache: "no-cache" })
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null)
  : Promise.resolve(null);

const { default: init } = await import(boot.dataset.js);
const text = await settings;
if (text) {
  const block = document.createElement("script");
  block.type = "application/json";
  block.id = "naas-config-file";
  block.textContent = text;
  document.head.append(block);
}
await init({ module_or_path: boot.dataset.wasm });

if (hosted && "serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("sw.js", location.href)).catch(() => {});
}

// Inside an iframe, tell the host page our height so embed.js can size the frame.
if (window.parent !== window) {
  const post = () =>
    window.parent.postMessage({ type: "naas-checker:height", height: Math.ceil(document.documentElement.scrollHeight) }, "*");
  new ResizeObserver(post).observe(document.body);
  post();
}

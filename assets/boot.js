// Starts the checker: loads the WebAssembly named on the boot script tag. Kept in its own file
// so the page needs no inline script and runs under a strict Content-Security-Policy.
const boot = document.getElementById("app-boot");
const { default: init } = await import(boot.dataset.js);
await init({ module_or_path: boot.dataset.wasm });

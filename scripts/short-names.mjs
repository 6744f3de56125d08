// Gives the WebAssembly's imports and exports short names, in the module and in its wasm-bindgen glue alike: the names
// wasm-bindgen writes carry a 16-digit hash each, twice over (once in each file), which gzip cannot shrink.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The one module every import of `bytes` comes from (wasm-bindgen's glue). */
function moduleOf(bytes) {
  const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.module));
  if (modules.size !== 1) throw new Error(`expected the imports to come from one module, not ${[...modules].join(", ")}`);
  return [...modules][0];
}

/**
 * Renames, with binaryen's wasm-opt (from `root`'s node_modules), the imports, exports and import module of the
 * WebAssembly at `wasm` in place, and returns `glue` (wasm-bindgen's JavaScript for it) with the same names. A module
 * renamed already (an earlier run over the same folder) is left as it is, and so is its glue.
 */
export function shortenNames(root, wasm, glue) {
  const oldModule = moduleOf(readFileSync(wasm));
  if (!oldModule.endsWith("_bg.js")) return glue;
  const printed = execFileSync(join(root, "node_modules/.bin/wasm-opt"), [wasm, "--minify-imports-and-exports-and-modules", "-o", wasm], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const map = JSON.parse(printed);
  const newModule = moduleOf(readFileSync(wasm));
  // The glue names an import as a key of its import object (`__wbg_focus_…: function`) and an export as a property of
  // the instance's exports (`wasm.memory`). Import names are unique (each ends in its hash, or is one of wasm-bindgen's
  // own `__wbindgen_…`), so any whole word is one; export names such as `memory` are ordinary words, so only `wasm.`
  // ones are renamed.
  const imports = new Map(map.imports.map(([, from, to]) => [from, to]));
  const exports = new Map(map.exports);
  const word = (names) => [...names].map((n) => n.replace(/[$]/g, "\\$")).join("|");
  const seen = new Set();
  let out = glue.replace(new RegExp(`(?<![\\w$])(${word(imports.keys())})(?![\\w$])`, "g"), (name) => (seen.add(name), imports.get(name)));
  out = out.replace(new RegExp(`(?<![\\w$])wasm\\.(${word(exports.keys())})(?![\\w$])`, "g"), (_, name) => `wasm.${exports.get(name)}`);
  const quoted = JSON.stringify(oldModule);
  if (!out.includes(quoted)) throw new Error(`the glue does not name its module ${quoted}`);
  out = out.replaceAll(quoted, JSON.stringify(newModule));
  const missing = [...imports.keys()].filter((n) => !seen.has(n));
  if (missing.length) throw new Error(`the glue does not provide the imports ${missing.join(", ")}`);
  return out;
}
